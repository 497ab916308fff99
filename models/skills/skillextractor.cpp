// Joins matcher, ambiguity rules and sections into one listing's skills (see skillextractor.h).
#include "skills/skillextractor.h"

#include "skills/skillambiguity.h"
#include "skills/skillsections.h"

#include <QHash>

namespace jobdesk {
namespace {

class Tally
{
public:
    void add(qint64 skillId, bool required)
    {
        const auto it = m_index.constFind(skillId);
        if (it == m_index.cend()) {
            m_index.insert(skillId, m_skills.size());
            m_skills.append({skillId, required, 1});
            return;
        }
        ExtractedSkill &skill = m_skills[*it];
        skill.required = skill.required || required;
        ++skill.count;
    }
    QList<ExtractedSkill> take() { return std::move(m_skills); }

private:
    QList<ExtractedSkill> m_skills;
    QHash<qint64, qsizetype> m_index;
};

} // namespace

Extraction extractSkills(const SkillMatcher &matcher, QStringView description,
                         const QStringList &sourceSkills, QStringView title)
{
    Extraction extraction;
    if (matcher.isEmpty())
        return extraction;
    Tally tally;
    if (!title.isEmpty()) {
        for (const SkillHit &hit : resolveAmbiguity(title, matcher.find(title)))
            tally.add(hit.skillId, true);
    }
    for (const QString &listed : sourceSkills) {
        for (const SkillHit &hit : matcher.find(listed))
            tally.add(hit.skillId, true);
    }
    if (!description.isEmpty()) {
        QList<SkillHit> cues;
        const QList<SkillHit> hits = resolveAmbiguity(description, matcher.find(description, cues));
        if (!hits.isEmpty()) {
            const SectionMap sections = findSections(description, cues);
            extraction.hits.reserve(hits.size());
            for (const SkillHit &hit : hits) {
                if (sections.kindAt(hit.start) == SectionKind::Excluded)
                    continue;
                extraction.hits.append(hit);
                tally.add(hit.skillId, sections.requiredAt(hit.start));
            }
        }
    }
    extraction.skills = tally.take();
    return extraction;
}

} // namespace jobdesk
