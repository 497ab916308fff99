// Where in a plain-text description a skill is demanded and where it is merely welcome: the description is
// read line by line (the importer stores plain text with blank lines between blocks and "• " bullets) and
// cut at its headings.
//   - A heading is a short line (at most 8 words, 60 characters, not a bullet) that either names a known
//     section ("Requirements", "Nice to have:", "## What we offer", "**Your profile**", "ANFORDERUNGEN")
//     or looks like one: ends with ':', or stands alone after a blank line with a list under it, starts
//     with a capital letter and holds no comma or sentence end. A known name followed by ':' and more text
//     ("Nice to have: Kafka, Redis", "• Bonus: Rust") is an inline heading: it covers its own line only.
//   - Known names (English, some German), tried in this order: optional ("Nice to have", "Bonus",
//     "Preferred qualifications", "Pluses", "Wünschenswert", "Von Vorteil"), excluded ("Benefits", "What
//     we offer", "How to apply", "Equal opportunity", "Wir bieten"), required ("Requirements", "Must
//     have", "What you bring", "Qualifications", "Skills", "Your profile", "Who you are", "Anforderungen",
//     "Das bringst du mit"), neutral ("Responsibilities", "What you'll do", "About us", "Tech stack",
//     "Aufgaben"); a heading-shaped line with none of them is neutral.
//   - Within a required or neutral section, a sentence that says it is optional ("… is a plus",
//     "ideally …", "bonus if …", "preferred", "von Vorteil") is optional.
// Text before the first heading is neutral.
#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace jobdesk {

struct SkillHit;

enum class SectionKind : quint8
{
    Neutral,  // the role, the company, the stack: demanded unless the listing has a required section
    Required, // requirements, must haves, qualifications, the candidate's profile
    Optional, // nice to have, bonus, preferred
    Excluded, // benefits, how to apply, legal text: skills named there are not the job's
};

struct SectionSpan
{
    int start = 0; // UTF-16 offsets into the description
    int end = 0;
    SectionKind kind = SectionKind::Neutral;
};

struct SectionMap
{
    QList<SectionSpan> spans; // in order, covering the whole text without gaps
    bool hasRequired = false; // a required heading of its own line exists (inline ones do not count)

    SectionKind kindAt(int offset) const;
    // Whether a skill named at `offset` is demanded: in a required section, or in a neutral one when the
    // description has no required section.
    bool requiredAt(int offset) const;
};

SectionMap findSections(QStringView description);
// The same with the description's optional cues as SkillMatcher::find(description, cues) found them,
// in the pass that finds its skills.
SectionMap findSections(QStringView description, const QList<SkillHit> &optionalCues);

// The phrases that make a sentence optional ("a plus", "ideally", "nice-to-have"), which every
// SkillMatcher finds beside the skills.
const QStringList &optionalCuePhrases();

// The kind a heading line names (after markup and a trailing ':' are removed), if it names one.
std::optional<SectionKind> headingKind(QStringView line);

} // namespace jobdesk
