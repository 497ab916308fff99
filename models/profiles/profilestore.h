// Profiles: whose skills the listings are compared with. Kind "me" is the user (several are allowed, e.g.
// "backend" and "data"); kind "candidate" is a person a recruiter places. A profile holds skills of the
// dictionary, each with a level 1..5 and, when known, years of experience. Names are unique within a kind,
// ignoring case, so a re-import finds the profile it made before. Every change that writes more than one
// row runs in one transaction; failures are StoreError with a message meant for people.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

class Database;

// Stored as profiles.kind.
enum class ProfileKind
{
    Me = 0,
    Candidate = 1,
};

struct Profile
{
    qint64 id = 0;
    ProfileKind kind = ProfileKind::Me;
    QString name;
    QString headline;
    QString location;
    QDateTime createdAt;
    QDateTime updatedAt;
    int skillCount = 0;
};

struct ProfileSkill
{
    qint64 skillId = 0;
    QString name; // the dictionary's name; filled when read, ignored when written
    int level = 3;
    std::optional<double> years;

    friend bool operator==(const ProfileSkill &, const ProfileSkill &) = default;
};

// Everything a profile is, for writing a whole one at once (an import).
struct ProfileContent
{
    ProfileKind kind = ProfileKind::Me;
    QString name;
    QString headline;
    QString location;
    QString rawSource;
    QString resumeText; // what free-text search of candidates reads (the resume's texts)
    QList<ProfileSkill> skills;
};

class ProfileStore final
{
public:
    static constexpr int MinLevel = 1;
    static constexpr int MaxLevel = 5;

    explicit ProfileStore(const Database &db);
    Q_DISABLE_COPY_MOVE(ProfileStore)

    // Every profile, "me" before candidates, then by name.
    QList<Profile> list() const;
    QList<Profile> list(ProfileKind kind) const;
    std::optional<Profile> find(qint64 id) const;
    // Ignoring case.
    std::optional<Profile> findByName(ProfileKind kind, const QString &name) const;

    // Returns the new profile's id. Throws StoreError when the name is empty or taken within the kind.
    qint64 create(const QString &name, ProfileKind kind = ProfileKind::Me,
                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    void rename(qint64 id, const QString &name, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void setDetails(qint64 id, const QString &headline, const QString &location,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Removes the profile and everything about it (skills, pipelines with their notes and history, tags,
    // its words in the full-text index) and erases them from the file (secure_delete, then a WAL
    // checkpoint); an unknown id is not an error.
    void remove(qint64 id);
    // The searchable text of a profile made by hand (a resume pasted or typed).
    void setResumeText(qint64 id, const QString &text,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    QString resumeText(qint64 id) const;

    // Adds the skill to the profile or sets its level and years (both; no years means unknown). Throws
    // StoreError for an unknown profile or skill, a level outside 1..5 or negative years.
    void setSkill(qint64 profileId, qint64 skillId, int level, std::optional<double> years = std::nullopt,
                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    void removeSkill(qint64 profileId, qint64 skillId,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    // By skill name.
    QList<ProfileSkill> skills(qint64 profileId) const;

    struct Saved
    {
        qint64 id = 0;
        bool created = false;
    };
    // Creates the profile named content.name within content.kind, or overwrites the one that has that
    // name: its details and raw source are replaced and its skills become exactly content.skills. One
    // transaction; the same checks as create() and setSkill().
    Saved save(const ProfileContent &content, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    QString checkedName(const QString &name, ProfileKind kind, qint64 exceptId) const;
    void checkProfile(qint64 id) const;
    void checkSkill(const ProfileSkill &skill) const;
    void writeSkill(qint64 profileId, const ProfileSkill &skill) const;
    void touch(qint64 id, const QDateTime &now) const;

    const Database &m_db;
};

} // namespace jobdesk
