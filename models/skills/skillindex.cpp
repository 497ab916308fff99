// Loading the dictionary into a SkillIndex. Names come before aliases in the matcher's terms, so when a
// user-made alias happens to equal another skill's name, the name wins. A skill merged into another
// (SkillDictionary::merge) is no skill of the index: its name and aliases find the target.
#include "skills/skillindex.h"

#include "store/database.h"
#include "store/sql.h"

namespace jobdesk {

SkillIndex::SkillIndex(QHash<qint64, Skill> skills, const QList<SkillTerm> &terms)
    : m_skills(std::move(skills))
    , m_matcher(terms)
{}

std::shared_ptr<const SkillIndex> SkillIndex::load(const Database &db)
{
    QHash<qint64, Skill> skills;
    QList<SkillTerm> names, aliases;
    // A merged skill's name and aliases are its target's terms (merged_into names a skill that is not
    // merged itself); an ignored target takes them with it.
    // One query at a time, each gone before the next runs (on a team library a query dropped while
    // another's result is read would end that result: docs/team-library.md, "One result at a time").
    {
        QSqlQuery query = sql::run(
            db.connection(), QStringLiteral("SELECT s.id, s.name, s.category, t.id FROM skills s "
                                            "JOIN skills t ON t.id = coalesce(s.merged_into, s.id) "
                                            "WHERE t.ignored = 0 AND t.merged_into IS NULL ORDER BY s.id"));
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const qint64 target = query.value(3).toLongLong();
            const QString name = query.value(1).toString();
            if (id == target)
                skills.insert(id, {name, skillCategoryFromInt(query.value(2).toInt())});
            names.append({target, name});
        }
    }
    {
        QSqlQuery query = sql::run(
            db.connection(),
            QStringLiteral("SELECT a.alias, t.id FROM skill_aliases a "
                           "JOIN skills s ON s.id = a.skill_id "
                           "JOIN skills t ON t.id = coalesce(s.merged_into, s.id) "
                           "WHERE t.ignored = 0 AND t.merged_into IS NULL ORDER BY a.skill_id, a.alias"));
        while (query.next())
            aliases.append({query.value(1).toLongLong(), query.value(0).toString()});
    }
    return std::shared_ptr<const SkillIndex>(new SkillIndex(std::move(skills), names + aliases));
}

std::shared_ptr<const SkillIndex> SkillIndex::fromEntries(const QList<SkillEntry> &entries)
{
    QHash<qint64, Skill> skills;
    QList<SkillTerm> names, aliases;
    for (qsizetype id = 0; id < entries.size(); ++id) {
        const SkillEntry &entry = entries[id];
        skills.insert(id, {entry.name, entry.category});
        names.append({id, entry.name});
        for (const QString &alias : entry.aliases)
            aliases.append({id, alias});
    }
    return std::shared_ptr<const SkillIndex>(new SkillIndex(std::move(skills), names + aliases));
}

QString SkillIndex::name(qint64 id) const
{
    return m_skills.value(id).name;
}

SkillCategory SkillIndex::category(qint64 id) const
{
    return m_skills.value(id).category;
}

} // namespace jobdesk
