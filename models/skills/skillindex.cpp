// Loading the dictionary into a SkillIndex. Names come before aliases in the matcher's terms, so when a
// user-made alias happens to equal another skill's name, the name wins.
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
    QSqlQuery query =
        sql::run(db.connection(),
                 QStringLiteral("SELECT id, name, category FROM skills WHERE ignored = 0 ORDER BY id"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString name = query.value(1).toString();
        skills.insert(id, {name, skillCategoryFromInt(query.value(2).toInt())});
        names.append({id, name});
    }
    query =
        sql::run(db.connection(),
                 QStringLiteral("SELECT skill_aliases.alias, skill_aliases.skill_id FROM skill_aliases "
                                "JOIN skills ON skills.id = skill_aliases.skill_id WHERE skills.ignored = 0 "
                                "ORDER BY skill_aliases.skill_id, skill_aliases.alias"));
    while (query.next())
        aliases.append({query.value(1).toLongLong(), query.value(0).toString()});
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
