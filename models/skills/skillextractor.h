// The skills of one listing: what the dictionary finds in its title, description and the source's own
// skill list, with the ambiguity rules applied and each skill marked required or optional by the section
// it is named in. The importer stores the result per listing; the details pane highlights `hits`.
#pragma once

#include "skills/skillmatcher.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace jobdesk {

struct ExtractedSkill
{
    qint64 skillId = 0;
    bool required = false;
    int count = 0; // mentions: in the title, the source's skill list and the description

    friend bool operator==(const ExtractedSkill &, const ExtractedSkill &) = default;
};

struct Extraction
{
    QList<ExtractedSkill> skills; // in order of first mention: title, source list, description
    QList<SkillHit> hits;         // the description's mentions that count, in order, for highlighting
};

// A skill is required when any mention is: in the title, in `sourceSkills` (a source's explicit list,
// schema.org `skills` or a CSV "skills" column; every entry is matched as a text of its own and trusted
// without the ambiguity rules), or in the description where SectionMap::requiredAt says so. Mentions in
// excluded sections (benefits, how to apply) neither count nor are highlighted.
Extraction extractSkills(const SkillMatcher &matcher, QStringView description,
                         const QStringList &sourceSkills = {}, QStringView title = {});

} // namespace jobdesk
