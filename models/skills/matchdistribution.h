// The skills gap's what-if: how the match scores of a view's listings are spread, now and as if the
// profile had learned some of the skills it lacks. Each "learned" skill counts at LearnedLevel (3,
// intermediate: what a course and a project give; have = 0.8), the rest of the profile as it is; the
// score is matchscore's formula (docs/skills.md, "Match score"), summed in SQL from matchscore's
// weightSql()/haveTenthsSql() and divided by matchscore::score(), so "before" is exactly the Match
// column of every listing. Listings without extracted skills have no score and are only counted.
//
// Buckets are 10 points wide on the unrounded score: 0 ≤ s < 10 … 80 ≤ s < 90, and 90 ≤ s ≤ 100; a
// listing is "at or above 70" when its score is, as the search term `match>=70` says (a score of 69.6
// shows as 70 % in the table but is below). Slow on a very large view: run it on a BackgroundReader.
#pragma once

#include "listings/listingquery.h"

#include <QList>
#include <QSet>

#include <array>
#include <functional>

namespace jobdesk {

class Database;

struct MatchDistribution
{
    static constexpr int Buckets = 10;
    static constexpr double Threshold = 70;
    static constexpr int LearnedLevel = 3;

    std::array<int, Buckets> before{}; // listings per bucket, with the profile as it is
    std::array<int, Buckets> after{};  // … with the learned skills at LearnedLevel
    int atLeastBefore = 0;             // listings scoring ≥ Threshold now
    int atLeastAfter = 0;              // … and with the learned skills
    int withSkills = 0;                // listings of the view with a score (the buckets' total)
    int withoutSkills = 0;             // listings of the view without extracted skills
    QList<qint64> learned;             // the learned skill ids it was computed with, sorted

    // The bucket of a score 0..100.
    static int bucketOf(double score);
    friend bool operator==(const MatchDistribution &, const MatchDistribution &) = default;
};

// Over the listings `view` selects (hidden ones as the filter says, like the gap analysis), against
// `profileId` (0: no profile, an empty result) and the profile plus `learned`. Skills in `learned` the
// profile already has keep their level. `stale` is asked between statements; when it says true the
// result is incomplete and should be dropped.
MatchDistribution matchDistribution(const Database &db, const SqlFilter &view, qint64 profileId,
                                    const QSet<qint64> &learned, const std::function<bool()> &stale = {});

} // namespace jobdesk
