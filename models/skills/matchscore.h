// How well a profile fits a listing: the match score, 0..100, of the skills the listing asks for
// (listing_skills) against the skills of the profile (profile_skills). The formula is in docs/skills.md
// ("Match score"):
//
//     score = 100 × Σ w(s)·have(s) / Σ w(s)      over the skills s the listing asks for
//     w(s)    = 2 when s is required, 1 when it is optional ("nice to have")
//     have(s) = 0 when the profile lacks s, else 0.5 + 0.1 × level (level 1 → 0.6 … level 5 → 1.0)
//
// A listing with no extracted skills has no score (NULL in SQL), not 0: nothing is known about it.
// Years of experience are shown next to a skill but do not count.
//
// The same formula exists twice: in C++ for one listing with its explanation (the tooltip), and as an
// SQL expression for the listing table's Match column, its sort and the search term `match>=70`. Both
// sum integers (tenths of a point) and divide once, in the same order, so they give the same double.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

class Database;

namespace matchscore {

constexpr int RequiredWeight = 2;
constexpr int OptionalWeight = 1;

inline int weight(bool required)
{
    return required ? RequiredWeight : OptionalWeight;
}
// have(s) in tenths: 0 when missing (level 0), 5 + level for levels 1..5 (levels outside are clamped).
inline int haveTenths(int level)
{
    return level <= 0 ? 0 : 5 + qBound(1, level, 5);
}
// The score from the two sums in tenths (Σ w·have, Σ w): one multiplication, one division.
inline double score(qint64 points, qint64 maxPoints)
{
    return 100.0 * double(points) / double(maxPoints);
}
// weight() and haveTenths() as SQL, for the SQL expression and the what-if distribution
// (matchdistribution.h): `required` and `level` are SQL expressions (a NULL level is missing).
QString weightSql(const QString &required);
QString haveTenthsSql(const QString &level);

} // namespace matchscore

// One skill of the listing, with what the profile has of it.
struct MatchedSkill
{
    qint64 skillId = 0;
    QString name;
    bool required = true;
    int level = 0; // the profile's level 1..5, 0 when the profile lacks the skill
    std::optional<double> years;

    int weight() const { return matchscore::weight(required); }
    double have() const { return matchscore::haveTenths(level) / 10.0; }
};

struct MatchBreakdown
{
    // Meaningful only when hasSkills().
    double score = 0.0;
    // Skills the profile has and skills it lacks; required before optional, then by name.
    QList<MatchedSkill> matched;
    QList<MatchedSkill> missing;
    // Σ w·have and Σ w, both in tenths.
    qint64 points = 0;
    qint64 maxPoints = 0;

    bool hasSkills() const { return maxPoints > 0; }
    // Several lines for a tooltip: the score as the formula with this listing's numbers, then each skill
    // with its weight and what it contributes.
    QString formulaText() const;
};

// Scores a listing's skills (skillId, required) against a profile's levels; the parts of
// `listingSkills` without a level are missing. Fills and sorts the lists, computes the score.
MatchBreakdown scoreSkills(QList<MatchedSkill> listingSkills);
// The listing's skills against the profile's, read from the library.
MatchBreakdown matchListing(const Database &db, qint64 listingId, qint64 profileId);
// The score of the listing `listings.id` as an SQL expression (parenthesised; a correlated subquery
// over listing_skills and profile_skills by their primary keys), NULL for a listing with no skills.
QString matchSqlExpression(qint64 profileId);

} // namespace jobdesk
