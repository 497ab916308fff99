// Makes a profile from a JSON Resume file. Skills come from three places (docs/skills.md, "Profiles"):
//
// 1. skills[].name and skills[].keywords[]: each looked up in the dictionary by name or alias (exact,
//    ignoring case); a text with no exact hit is searched with the skill matcher instead ("REST APIs"
//    finds REST). Their level is the entry's skills[].level (resumeLevel(); 3 when absent).
// 2. work[].summary and work[].highlights, and basics.summary: the matcher finds skills there; one not
//    already listed under skills[] gets level 2 ("used it": named in the history, level not stated).
// 3. Years: a skill found in the summary or highlights of dated work entries gets the years those
//    entries cover together (overlaps count once; an entry without endDate runs to today). A skill no
//    dated entry mentions has unknown years.
//
// The whole profile is written in one transaction; a bad file writes nothing. Importing a resume whose
// name is already a profile of that kind replaces that profile's details and skills.
#pragma once

#include "profilestore.h"

#include <QDate>
#include <QStringList>

#include <memory>

namespace jobdesk {

class Database;
class SkillIndex;
struct JsonResumeDocument;

struct JsonResumeOptions
{
    QString name; // instead of basics.name
    ProfileKind kind = ProfileKind::Me;
    QDate today = QDate::currentDate(); // the end of work entries without endDate
};

struct JsonResumeResult
{
    qint64 profileId = 0;
    QString name;
    bool created = false;
    QList<ProfileSkill> skills; // as written, by name
    // Skill keywords (and names of skills[] entries without keywords) the dictionary does not know.
    QStringList unresolved;
};

class JsonResumeImporter final
{
public:
    explicit JsonResumeImporter(const Database &db);
    Q_DISABLE_COPY_MOVE(JsonResumeImporter)

    // Throws StoreError naming the file for a file that cannot be read or is not a JSON Resume, and
    // for a resume without basics.name when options.name is empty.
    JsonResumeResult importFile(const QString &path, const JsonResumeOptions &options = {});

    // The profile a resume makes with `index`, without writing it (content.rawSource is the file).
    static ProfileContent profileContent(const Database &db, const SkillIndex &index,
                                         const JsonResumeDocument &resume, QStringList *unresolved = nullptr);

private:
    const Database &m_db;
    std::shared_ptr<const SkillIndex> m_index;
};

} // namespace jobdesk
