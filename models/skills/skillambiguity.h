// Skill names that are also everyday words ("Go", "R", "Swift", "Spark", "Teams", "Office", "Java" the
// island) are kept only when the text around the mention says it is the skill. The rules live in one data
// table (skillambiguity.cpp) and are described in docs/skills.md ("Extraction"); in short:
//   0. any mention inside a web or e-mail address ("https://…", "www.acme.com", "jobs@acme.io") is
//      dropped;
// and for a mention of a listed name:
//   1. veto: a word right before or after it that makes it the everyday word ("Go ahead", "Swift
//      response", "East Java", "Spring 2026"), or a hyphen joining it to a word ("Go-live"), drops it;
//   2. case: it must be written in one of the name's forms ("R", not "r"; "REST", not "rest"); a name
//      of two or more letters written otherwise is kept only inside a list of other skills ("go, docker,
//      kubernetes", as tag lists write them);
//   3. evidence, by the name's policy:
//        none  — kept (Java: the island is rarer in a job listing than the language);
//        case  — the written form is evidence enough (Excel, REST, Slack);
//        near  — a cue word right before or after ("in Go", "Go developer", "R programming") or another
//                skill within five words of the same sentence ("Go and Kubernetes");
//        list  — a name-specific cue ("MS Word") or another skill next to it in a list ("Word, Excel,
//                PowerPoint": a separator such as ',' or '/', or "and"/"or", and nothing else between;
//                "Basic SQL" is no list; a line of nothing but skills, "spring java docker", is one).
//      Skills accepted this way count as neighbours for the others, until nothing changes.
#pragma once

#include "skills/skillmatcher.h"

#include <QList>
#include <QStringView>

namespace jobdesk {

// The hits of `text` (as SkillMatcher::find returned them) that survive the rules, in order.
QList<SkillHit> resolveAmbiguity(QStringView text, const QList<SkillHit> &hits);

// Whether mentions written as `surface` are subject to the rules (compared case-insensitively).
bool isAmbiguousName(QStringView surface);

} // namespace jobdesk
