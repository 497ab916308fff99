#include "profilestore.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cmath>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

const QString selectProfile =
    QStringLiteral("SELECT id, kind, name, headline, location, created_at, updated_at, "
                   "(SELECT count(*) FROM profile_skills WHERE profile_id = profiles.id) FROM profiles");
const QString profileOrder = QStringLiteral(" ORDER BY kind, name COLLATE NOCASE, id");

Profile profileFrom(const QSqlQuery &query)
{
    Profile profile;
    profile.id = query.value(0).toLongLong();
    profile.kind = query.value(1).toInt() == 1 ? ProfileKind::Candidate : ProfileKind::Me;
    profile.name = query.value(2).toString();
    profile.headline = query.value(3).toString();
    profile.location = query.value(4).toString();
    profile.createdAt = QDateTime::fromSecsSinceEpoch(query.value(5).toLongLong(), QTimeZone::UTC);
    profile.updatedAt = QDateTime::fromSecsSinceEpoch(query.value(6).toLongLong(), QTimeZone::UTC);
    profile.skillCount = query.value(7).toInt();
    return profile;
}

QList<Profile> profilesFrom(QSqlQuery &query)
{
    QList<Profile> profiles;
    while (query.next())
        profiles.append(profileFrom(query));
    return profiles;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant years(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

ProfileStore::ProfileStore(const Database &db)
    : m_db(db)
{}

QList<Profile> ProfileStore::list() const
{
    QSqlQuery query = sql::run(m_db.connection(), selectProfile + profileOrder);
    return profilesFrom(query);
}

QList<Profile> ProfileStore::list(ProfileKind kind) const
{
    QSqlQuery query = sql::run(m_db.connection(),
                               selectProfile + QLatin1String(" WHERE kind = ?") + profileOrder, {int(kind)});
    return profilesFrom(query);
}

std::optional<Profile> ProfileStore::find(qint64 id) const
{
    QSqlQuery query = sql::run(m_db.connection(), selectProfile + QLatin1String(" WHERE id = ?"), {id});
    return query.next() ? std::optional<Profile>(profileFrom(query)) : std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(ProfileKind kind, const QString &name) const
{
    QSqlQuery query = sql::run(
        m_db.connection(),
        selectProfile + QLatin1String(" WHERE kind = ? AND name = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
        {int(kind), name.trimmed()});
    return query.next() ? std::optional<Profile>(profileFrom(query)) : std::nullopt;
}

QString ProfileStore::checkedName(const QString &name, ProfileKind kind, qint64 exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StoreError(tr("A profile needs a name."));
    const QVariant other = sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT name FROM profiles WHERE kind = ? AND name = ? COLLATE NOCASE AND id != ?"),
        {int(kind), trimmed, exceptId});
    if (other.isValid())
        throw StoreError(tr("There is already a profile named “%1”.").arg(other.toString()));
    return trimmed;
}

void ProfileStore::checkProfile(qint64 id) const
{
    if (!sql::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM profiles WHERE id = ?"), {id})
             .isValid())
        throw StoreError(tr("There is no profile with id %1.").arg(id));
}

void ProfileStore::checkSkill(const ProfileSkill &skill) const
{
    if (skill.level < MinLevel || skill.level > MaxLevel)
        throw StoreError(
            tr("A skill level is %1 to %2, not %3.").arg(MinLevel).arg(MaxLevel).arg(skill.level));
    if (skill.years && !(std::isfinite(*skill.years) && *skill.years >= 0))
        throw StoreError(tr("Years of experience cannot be negative (%1).").arg(*skill.years));
    if (!sql::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM skills WHERE id = ?"), {skill.skillId})
             .isValid())
        throw StoreError(tr("There is no skill with id %1 in the dictionary.").arg(skill.skillId));
}

void ProfileStore::writeSkill(qint64 profileId, const ProfileSkill &skill) const
{
    sql::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO profile_skills (profile_id, skill_id, level, years) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (profile_id, skill_id) DO UPDATE SET level = excluded.level, "
                       "years = excluded.years"),
        {profileId, skill.skillId, skill.level, years(skill.years)});
}

void ProfileStore::touch(qint64 id, const QDateTime &now) const
{
    sql::run(m_db.connection(), QStringLiteral("UPDATE profiles SET updated_at = ? WHERE id = ?"),
             {now.toSecsSinceEpoch(), id});
}

qint64 ProfileStore::create(const QString &name, ProfileKind kind, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const QString checked = checkedName(name, kind, 0);
    const QSqlQuery insert = sql::run(
        db, QStringLiteral("INSERT INTO profiles (kind, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
        {int(kind), checked, now.toSecsSinceEpoch(), now.toSecsSinceEpoch()});
    const qint64 id = insert.lastInsertId().toLongLong();
    transaction.commit();
    return id;
}

void ProfileStore::rename(qint64 id, const QString &name, const QDateTime &now)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    const std::optional<Profile> profile = find(id);
    if (!profile)
        throw StoreError(tr("There is no profile with id %1.").arg(id));
    sql::run(m_db.connection(), QStringLiteral("UPDATE profiles SET name = ?, updated_at = ? WHERE id = ?"),
             {checkedName(name, profile->kind, id), now.toSecsSinceEpoch(), id});
    transaction.commit();
}

void ProfileStore::setDetails(qint64 id, const QString &headline, const QString &location,
                              const QDateTime &now)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    checkProfile(id);
    sql::run(m_db.connection(),
             QStringLiteral("UPDATE profiles SET headline = ?, location = ?, updated_at = ? WHERE id = ?"),
             {text(headline.trimmed()), text(location.trimmed()), now.toSecsSinceEpoch(), id});
    transaction.commit();
}

void ProfileStore::remove(qint64 id)
{
    // profile_skills, profile_tags, pipelines and their history go with it (ON DELETE CASCADE); the
    // trigger takes its words out of profiles_fts (secure-delete). A deleted candidate must leave the file.
    sql::run(m_db.connection(), QStringLiteral("DELETE FROM profiles WHERE id = ?"), {id});
    m_db.dialect().eraseDeleted(m_db.connection());
}

void ProfileStore::setResumeText(qint64 id, const QString &resume, const QDateTime &now)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    checkProfile(id);
    sql::run(m_db.connection(),
             QStringLiteral("UPDATE profiles SET resume_text = ?, updated_at = ? WHERE id = ?"),
             {text(resume), now.toSecsSinceEpoch(), id});
    transaction.commit();
}

QString ProfileStore::resumeText(qint64 id) const
{
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT resume_text FROM profiles WHERE id = ?"),
                       {id})
        .toString();
}

void ProfileStore::setSkill(qint64 profileId, qint64 skillId, int level, std::optional<double> years,
                            const QDateTime &now)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    checkProfile(profileId);
    const ProfileSkill skill{skillId, {}, level, years};
    checkSkill(skill);
    writeSkill(profileId, skill);
    touch(profileId, now);
    transaction.commit();
}

void ProfileStore::removeSkill(qint64 profileId, qint64 skillId, const QDateTime &now)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    const QSqlQuery removed = sql::run(
        m_db.connection(), QStringLiteral("DELETE FROM profile_skills WHERE profile_id = ? AND skill_id = ?"),
        {profileId, skillId});
    if (removed.numRowsAffected() > 0)
        touch(profileId, now);
    transaction.commit();
}

QList<ProfileSkill> ProfileStore::skills(qint64 profileId) const
{
    QSqlQuery query = sql::run(m_db.connection(),
                               QStringLiteral("SELECT ps.skill_id, s.name, ps.level, ps.years "
                                              "FROM profile_skills ps JOIN skills s ON s.id = ps.skill_id "
                                              "WHERE ps.profile_id = ? ORDER BY s.name COLLATE NOCASE"),
                               {profileId});
    QList<ProfileSkill> skills;
    while (query.next()) {
        ProfileSkill skill{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(), {}};
        if (!query.value(3).isNull())
            skill.years = query.value(3).toDouble();
        skills.append(skill);
    }
    return skills;
}

ProfileStore::Saved ProfileStore::save(const ProfileContent &content, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    Saved saved;
    const std::optional<Profile> existing = findByName(content.kind, content.name);
    const qint64 seconds = now.toSecsSinceEpoch();
    if (existing) {
        saved.id = existing->id;
        sql::run(
            db,
            QStringLiteral("UPDATE profiles SET headline = ?, location = ?, raw_source = ?, resume_text = ?, "
                           "updated_at = ? WHERE id = ?"),
            {text(content.headline), text(content.location), text(content.rawSource),
             text(content.resumeText), seconds, saved.id});
        sql::run(db, QStringLiteral("DELETE FROM profile_skills WHERE profile_id = ?"), {saved.id});
    } else {
        const QSqlQuery insert = sql::run(
            db,
            QStringLiteral("INSERT INTO profiles (kind, name, headline, location, raw_source, resume_text, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {int(content.kind), checkedName(content.name, content.kind, 0), text(content.headline),
             text(content.location), text(content.rawSource), text(content.resumeText), seconds, seconds});
        saved.id = insert.lastInsertId().toLongLong();
        saved.created = true;
    }
    for (const ProfileSkill &skill : content.skills) {
        checkSkill(skill);
        writeSkill(saved.id, skill);
    }
    transaction.commit();
    return saved;
}

} // namespace jobdesk
