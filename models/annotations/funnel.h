// The pipeline as a funnel: how many listings reached each stage, the response rate and the median
// days between consecutive stages, computed from the stage history. Definitions in docs/annotations.md:
//   - the stages a listing has been at: the first stage (every listing starts there), every stage in
//     its history, and its current stage;
//   - a listing reached stage S when it has been at S, or at a later open or success stage (a listing
//     moved straight to Interviewing went through Applied and Screening);
//   - response rate: listings that reached the 'response' stage (Screening) over those that reached
//     the 'applied' stage (Applied); unknown without either stage or without applications;
//   - median days from S to the next open or success stage T: over the listings whose history has
//     both, the days from the first change to S to the first change to T, when T came later.
#pragma once

#include "stagestore.h"

#include <QList>

#include <optional>

namespace jobdesk {

class Database;

struct FunnelStage
{
    Stage stage;
    int reached = 0;
    // Days from this stage to the next open or success stage (median); unset for closed stages, the
    // last one, and when no listing has both in its history.
    std::optional<double> medianDaysToNext;
    int timedListings = 0; // how many listings the median is over
};

struct Funnel
{
    int listings = 0;
    QList<FunnelStage> stages;          // in pipeline order
    std::optional<double> responseRate; // 0…1
};

// Reads the stages, annotations and the whole stage history (small next to the listings).
Funnel computeFunnel(const Database &db);

} // namespace jobdesk
