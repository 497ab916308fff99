// The skills gap of a whole view: over every listing a filter selects, which skills are asked for and
// how often, which of them a profile has, what listings asking for a skill pay against those that do
// not, and which missing skill to learn next. Read-only SQL over listing_skills and the view's filter;
// slow on a very large view, so callers run it on a BackgroundReader.
//
// "Learn next" rank of a skill the profile lacks: demand × (1 + lift), where demand is the share of
// the view's listings asking for it and lift = median yearly salary of listings asking for it / median
// of those that do not − 1, clamped to [−0.5, 1] and taken as 0 when either median is unknown. Skills
// the profile has rank 0. (docs/skills.md, "Skills gap of a view".)
#pragma once

#include "listings/listingquery.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace jobdesk {

class Database;
class ListingSkillIndex;

struct SkillDemand
{
    qint64 skillId = 0;
    QString name;
    int category = 0; // SkillCategory
    int listings = 0; // listings of the view asking for the skill
    int required = 0; // of those, how many list it as required
    double share = 0; // listings / the view's listings
    bool have = false;
    std::optional<double> medianWith;    // median yearly salary of the listings asking for it
    std::optional<double> medianWithout; // … of the view's other listings
    double learnNext = 0;
};

struct ViewGap
{
    int listings = 0;           // listings in the view
    int listingsWithSkills = 0; // of those, with at least one extracted skill
    QList<SkillDemand> skills;  // by demand, most asked first
};

// `profileId` 0: no profile (nothing is "have"). At most `limit` skills; `stale` is asked between
// statements and stops the work early (the result is then incomplete and should be dropped).
ViewGap analyseViewGap(const Database &db, const SqlFilter &view, qint64 profileId, int limit = 200,
                       const std::function<bool()> &stale = {});

// The same analysis, counted in memory: over the listings `listingIds` (the view's, in any order; an id
// given twice counts once) with the skills and salaries of `index` and the skill ids the profile has.
// Gives exactly what the SQL above gives for a view selecting those listings. Nullopt when `index`
// does not know one of the listings (it is older than the ids: load it again). A few milliseconds for
// 100,000 listings.
std::optional<ViewGap> analyseViewGap(const ListingSkillIndex &index, const QList<qint64> &listingIds,
                                      const QSet<qint64> &profileSkills, int limit = 200);

// The ids of the listings `view` selects, in id order (for the in-memory analysis when nobody else has
// them); the skills profile `profileId` has (none for 0). Throw StoreError.
QList<qint64> viewListingIds(const Database &db, const SqlFilter &view);
QSet<qint64> profileSkillIds(const Database &db, qint64 profileId);

// The learn-next rank of one skill from its parts (the formula above, in one place).
double learnNextRank(double share, bool have, std::optional<double> medianWith,
                     std::optional<double> medianWithout);

} // namespace jobdesk
