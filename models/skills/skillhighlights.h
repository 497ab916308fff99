// Where the details pane highlights a listing's skills in its description, and how: the spans of the
// mentions extraction counted, moved from the plain text extraction read onto the text the pane shows,
// each marked with what the profile has of the skill.
//
// Extraction runs over the plain text the importer stores (htmlToPlainText of the source's HTML), so the
// highlighted skills are exactly the listing's stored skills; the pane shows a QTextDocument built from
// the sanitised HTML, whose text holds the same characters with other whitespace (paragraph separators
// for blank lines, no "• " before list items). alignHits() moves the offsets from one onto the other by
// aligning the two texts character by character, ignoring whitespace and bullets.
#pragma once

#include "skills/skillextractor.h"

#include <QHash>
#include <QList>
#include <QStringView>

namespace jobdesk {

struct SkillHighlight
{
    int start = 0; // UTF-16 offsets into the shown text
    int end = 0;
    qint64 skillId = 0;
    bool required = false; // the listing's: required anywhere counts (as for the match score)
    int level = 0;         // the profile's level 1..5, 0 when the profile lacks the skill

    bool have() const { return level > 0; }
    friend bool operator==(const SkillHighlight &, const SkillHighlight &) = default;
};

struct DescriptionHighlights
{
    QList<SkillHighlight> spans; // in order, not overlapping
    int haveCount = 0;           // distinct skills highlighted that the profile has
    int missingCount = 0;        // … and that it lacks
    int elsewhereCount = 0;      // the listing's skills named only in its title or the source's skill list

    bool isEmpty() const { return spans.isEmpty(); }
    // The span covering `position` of the shown text, or null.
    const SkillHighlight *at(int position) const;
};

// `hits` (offsets into `source`, in order) moved onto `shown`, which holds the same text apart from
// whitespace, list bullets (U+2022), soft hyphens, zero-width characters and QTextDocument's frame
// markers. A hit whose characters cannot all be found in `shown` in one piece is left out. Linear in
// the two texts' length; where they differ otherwise, the alignment resynchronises within a short window.
QList<SkillHit> alignHits(QStringView source, QStringView shown, const QList<SkillHit> &hits);

// The highlights of the shown text: `shownHits` (from alignHits) with the listing's `skills` (from the
// same extraction; a skill's required flag) and the profile's `levels` by skill id (missing = 0).
DescriptionHighlights describeHighlights(const QList<SkillHit> &shownHits,
                                         const QList<ExtractedSkill> &skills,
                                         const QHash<qint64, int> &levels);

} // namespace jobdesk
