#include "skilldictionary.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SkillDictionary", text);
}

constexpr int maxTermLength = 100;
constexpr char16_t separator = u'\x1f';

// Own aliases and the names of the skills merged into it, each joined by the unit separator.
const QString selectSkill =
    QStringLiteral("SELECT s.id, s.name, s.category, s.origin, s.ignored, s.merged_into, "
                   "(SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM skill_aliases "
                   "WHERE skill_id = s.id ORDER BY alias COLLATE NOCASE) AS a), "
                   "(SELECT group_concat(name, char(31)) FROM (SELECT name FROM skills m "
                   "WHERE m.merged_into = s.id ORDER BY name COLLATE NOCASE) AS m) "
                   "FROM skills s");

DictionarySkill skillFrom(const QSqlQuery &query)
{
    DictionarySkill skill;
    skill.id = query.value(0).toLongLong();
    skill.name = query.value(1).toString();
    skill.category = skillCategoryFromInt(query.value(2).toInt());
    skill.user = query.value(3).toInt() == 1;
    skill.ignored = query.value(4).toInt() == 1;
    if (!query.value(5).isNull())
        skill.mergedInto = query.value(5).toLongLong();
    skill.aliases = query.value(6).toString().split(separator, Qt::SkipEmptyParts);
    skill.merged = query.value(7).toString().split(separator, Qt::SkipEmptyParts);
    return skill;
}

} // namespace

SkillDictionary::SkillDictionary(const Database &db)
    : m_db(db)
{}

QList<DictionarySkill> SkillDictionary::skills() const
{
    QList<DictionarySkill> result;
    QSqlQuery query = sql::run(m_db.connection(), selectSkill + QLatin1String(" WHERE s.merged_into IS NULL "
                                                                              "ORDER BY s.name COLLATE "
                                                                              "NOCASE, s.id"));
    while (query.next())
        result.append(skillFrom(query));
    return result;
}

std::optional<DictionarySkill> SkillDictionary::skill(qint64 id) const
{
    QSqlQuery query = sql::run(m_db.connection(), selectSkill + QLatin1String(" WHERE s.id = ?"), {id});
    return query.next() ? std::optional<DictionarySkill>(skillFrom(query)) : std::nullopt;
}

std::optional<DictionarySkill> SkillDictionary::find(const QString &nameOrAlias) const
{
    const QString term = nameOrAlias.trimmed();
    QVariant id =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM skills WHERE name = ?"), {term});
    if (!id.isValid())
        id = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT skill_id FROM skill_aliases WHERE alias = ?"), {term});
    return id.isValid() ? skill(id.toLongLong()) : std::nullopt;
}

QHash<qint64, int> SkillDictionary::listingCounts(const Database &db)
{
    QHash<qint64, int> counts;
    QSqlQuery query = sql::run(
        db.connection(), QStringLiteral("SELECT skill_id, count(*) FROM listing_skills GROUP BY skill_id"));
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

DictionarySkill SkillDictionary::existing(qint64 id) const
{
    const std::optional<DictionarySkill> found = skill(id);
    if (!found)
        throw StoreError(tr("There is no skill with id %1 in the dictionary.").arg(id));
    return *found;
}

// The name or alias as stored: trimmed, not empty, on one line, not too long.
QString SkillDictionary::checkedTerm(const QString &text, const QString &what) const
{
    const QString term = text.trimmed();
    if (term.isEmpty())
        throw StoreError(tr("The %1 cannot be empty.").arg(what));
    for (const QChar ch : term) {
        if (ch.category() == QChar::Other_Control)
            throw StoreError(tr("The %1 “%2” contains a tab or a line break.").arg(what, term));
    }
    if (term.size() > maxTermLength)
        throw StoreError(
            tr("The %1 “%2…” is longer than %3 characters.").arg(what, term.left(20)).arg(maxTermLength));
    return term;
}

// Refuses a name or alias that another skill has as its name or alias (ignoring case, as the tables do).
void SkillDictionary::checkUnused(const QString &term, qint64 exceptSkill) const
{
    QSqlQuery named = sql::run(m_db.connection(),
                               QStringLiteral("SELECT s.id, s.name, t.name FROM skills s "
                                              "LEFT JOIN skills t ON t.id = s.merged_into WHERE s.name = ?"),
                               {term});
    if (named.next() && named.value(0).toLongLong() != exceptSkill) {
        if (!named.value(2).isNull())
            throw StoreError(tr("“%1” is already the name of the skill “%2”, merged into “%3”.")
                                 .arg(term, named.value(1).toString(), named.value(2).toString()));
        throw StoreError(
            tr("“%1” is already the name of the skill “%2”.").arg(term, named.value(1).toString()));
    }
    QSqlQuery aliased = sql::run(m_db.connection(),
                                 QStringLiteral("SELECT a.alias, s.name FROM skill_aliases a "
                                                "JOIN skills s ON s.id = a.skill_id WHERE a.alias = ?"),
                                 {term});
    if (aliased.next())
        throw StoreError(tr("“%1” is already an alias of the skill “%2”.")
                             .arg(aliased.value(0).toString(), aliased.value(1).toString()));
}

void SkillDictionary::insertAlias(qint64 skillId, const QString &alias) const
{
    const QString term = checkedTerm(alias, tr("alias"));
    checkUnused(term, 0);
    sql::run(m_db.connection(),
             QStringLiteral("INSERT INTO skill_aliases (alias, skill_id, origin) VALUES (?, ?, 1)"),
             {term, skillId});
}

qint64 SkillDictionary::addSkill(const QString &name, SkillCategory category, const QStringList &aliases)
{
    const QString term = checkedTerm(name, tr("skill name"));
    Transaction transaction(m_db.connection(), m_db.dialect());
    checkUnused(term, 0);
    const qint64 id =
        sql::scalar(m_db.connection(),
                    QStringLiteral("INSERT INTO skills (name, category, origin, ignored) VALUES (?, ?, 1, 0) "
                                   "RETURNING id"),
                    {term, int(category)})
            .toLongLong();
    for (const QString &alias : aliases)
        insertAlias(id, alias); // checked against the new name and the aliases before it too
    transaction.commit();
    return id;
}

void SkillDictionary::addAlias(qint64 skillId, const QString &alias)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    const DictionarySkill target = existing(skillId);
    if (target.mergedInto)
        throw StoreError(tr("“%1” is merged into “%2”; give the alias to “%2”.")
                             .arg(target.name, existing(*target.mergedInto).name));
    insertAlias(skillId, alias);
    transaction.commit();
}

void SkillDictionary::removeAlias(const QString &alias)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    QSqlQuery query = sql::run(m_db.connection(),
                               QStringLiteral("SELECT a.alias, a.origin, s.name FROM skill_aliases a "
                                              "JOIN skills s ON s.id = a.skill_id WHERE a.alias = ?"),
                               {alias.trimmed()});
    if (!query.next())
        throw StoreError(tr("There is no alias “%1”.").arg(alias.trimmed()));
    if (query.value(1).toInt() != 1)
        throw StoreError(
            tr("“%1” (an alias of “%2”) comes with the shipped dictionary and cannot be removed; "
               "ignore or merge the skill instead.")
                .arg(query.value(0).toString(), query.value(2).toString()));
    sql::run(m_db.connection(), QStringLiteral("DELETE FROM skill_aliases WHERE alias = ?"),
             {query.value(0)});
    transaction.commit();
}

void SkillDictionary::setIgnored(qint64 skillId, bool ignored)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    const DictionarySkill target = existing(skillId);
    if (target.mergedInto)
        throw StoreError(tr("“%1” is merged into “%2”; ignore “%2” or undo the merge.")
                             .arg(target.name, existing(*target.mergedInto).name));
    if (target.ignored == ignored)
        return;
    sql::run(m_db.connection(), QStringLiteral("UPDATE skills SET ignored = ? WHERE id = ?"),
             {ignored ? 1 : 0, skillId});
    // Listings stop asking for it at once; the next extraction would do the same.
    if (ignored)
        sql::run(m_db.connection(), QStringLiteral("DELETE FROM listing_skills WHERE skill_id = ?"),
                 {skillId});
    transaction.commit();
}

MergeResult SkillDictionary::merge(qint64 from, qint64 into)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    const DictionarySkill source = existing(from);
    const DictionarySkill target = existing(into);
    if (from == into)
        throw StoreError(tr("“%1” cannot be merged into itself.").arg(source.name));
    if (source.mergedInto)
        throw StoreError(
            tr("“%1” is already merged into “%2”.").arg(source.name, existing(*source.mergedInto).name));
    if (target.mergedInto)
        throw StoreError(tr("“%1” is merged into “%2”; merge into “%2” instead.")
                             .arg(target.name, existing(*target.mergedInto).name));
    for (const DictionarySkill &skill : {source, target}) {
        if (skill.ignored)
            throw StoreError(tr("“%1” is ignored; un-ignore it before merging.").arg(skill.name));
    }

    const QSqlDatabase db = m_db.connection();
    // merged_into always names a skill that is not merged itself.
    sql::run(db, QStringLiteral("UPDATE skills SET merged_into = ? WHERE merged_into = ? OR id = ?"),
             {into, from, from});

    MergeResult result;
    result.listings =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM listing_skills WHERE skill_id = ?"), {from})
            .toInt();
    // The row already there is named by its table in DO UPDATE: a bare column could be excluded's too
    // (PostgreSQL refuses it as ambiguous).
    sql::run(
        db,
        QStringLiteral("INSERT INTO listing_skills (listing_id, skill_id, required, occurrences) "
                       "SELECT listing_id, ?, required, occurrences FROM listing_skills WHERE skill_id = ? "
                       "ON CONFLICT (listing_id, skill_id) DO UPDATE SET "
                       "required = max(listing_skills.required, excluded.required), "
                       "occurrences = listing_skills.occurrences + excluded.occurrences"),
        {into, from});
    sql::run(db, QStringLiteral("DELETE FROM listing_skills WHERE skill_id = ?"), {from});

    result.profiles =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM profile_skills WHERE skill_id = ?"), {from})
            .toInt();
    // The higher level and the more years (a known number beats an unknown one).
    sql::run(db,
             QStringLiteral("INSERT INTO profile_skills (profile_id, skill_id, level, years) "
                            "SELECT profile_id, ?, level, years FROM profile_skills WHERE skill_id = ? "
                            "ON CONFLICT (profile_id, skill_id) DO UPDATE SET "
                            "level = max(profile_skills.level, excluded.level), "
                            "years = CASE WHEN profile_skills.years IS NULL THEN excluded.years "
                            "WHEN excluded.years IS NULL THEN profile_skills.years "
                            "ELSE max(profile_skills.years, excluded.years) END"),
             {into, from});
    sql::run(db, QStringLiteral("DELETE FROM profile_skills WHERE skill_id = ?"), {from});
    transaction.commit();
    return result;
}

void SkillDictionary::unmerge(qint64 skillId)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    const DictionarySkill source = existing(skillId);
    if (!source.mergedInto)
        throw StoreError(tr("“%1” is not merged into another skill.").arg(source.name));
    sql::run(m_db.connection(), QStringLiteral("UPDATE skills SET merged_into = NULL WHERE id = ?"),
             {skillId});
    transaction.commit();
}

} // namespace jobdesk
