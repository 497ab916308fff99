// The dictionary as extraction uses it: every skill that is not ignored, by id, with its name and
// category, and one SkillMatcher over all names and aliases, built once and shared read-only between
// threads (the importer, the re-extraction worker, the details pane).
#pragma once

#include "skills/skillmatcher.h"
#include "skills/skilltaxonomy.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace jobdesk {

class Database;

class SkillIndex final
{
public:
    // The library's skills and skill_aliases, ignored skills left out, merged skills' names and aliases
    // given to the skill they were merged into. Throws StoreError.
    static std::shared_ptr<const SkillIndex> load(const Database &db);
    // A dictionary that is not in a library (the shipped one for `jobdesk skills extract` without a
    // library, tests): skill i is entries[i].
    static std::shared_ptr<const SkillIndex> fromEntries(const QList<SkillEntry> &entries);

    bool contains(qint64 id) const { return m_skills.contains(id); }
    QString name(qint64 id) const;           // empty for an unknown id
    SkillCategory category(qint64 id) const; // Other for an unknown id
    qsizetype size() const { return m_skills.size(); }
    const SkillMatcher &matcher() const { return m_matcher; }

private:
    struct Skill
    {
        QString name;
        SkillCategory category = SkillCategory::Other;
    };

    SkillIndex(QHash<qint64, Skill> skills, const QList<SkillTerm> &terms);

    QHash<qint64, Skill> m_skills;
    SkillMatcher m_matcher;
};

} // namespace jobdesk
