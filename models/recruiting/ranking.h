// Ranked matches for a recruiter, with the seeker's explainable match score (skills/matchscore.h): for an
// opening, every candidate, best first, with the skills each has and misses; for a candidate, every
// opening. Ties (and listings without extracted skills, whose score is unknown and which come last) go
// by name. Each entry says whether the candidate is already in the opening's pipeline and at which stage.
#pragma once

#include "openingstore.h"
#include "profiles/profilestore.h"
#include "skills/matchscore.h"

#include <QList>

namespace jobdesk {

class Database;

struct CandidateRank
{
    Profile candidate;
    MatchBreakdown match;
    qint64 pipelineId = 0; // 0: not in the opening's pipeline
    qint64 stageId = 0;
};

struct OpeningRank
{
    Opening opening;
    MatchBreakdown match;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
};

// Throws StoreError when the listing does not exist (it need not be an opening: a recruiter may look
// before marking it).
QList<CandidateRank> rankCandidates(const Database &db, qint64 listingId);
// Throws StoreError when the profile is not a candidate.
QList<OpeningRank> rankOpenings(const Database &db, qint64 profileId);

} // namespace jobdesk
