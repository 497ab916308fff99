#include "ranking.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace jobdesk {
namespace {

// A listing's skills, each missing until a profile's levels are filled in.
QList<MatchedSkill> listingSkills(const QSqlDatabase &db, qint64 listingId)
{
    QSqlQuery query =
        sql::run(db,
                 QStringLiteral("SELECT ls.skill_id, s.name, ls.required FROM listing_skills ls "
                                "JOIN skills s ON s.id = ls.skill_id WHERE ls.listing_id = ?"),
                 {listingId});
    QList<MatchedSkill> skills;
    while (query.next())
        skills.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() != 0, 0, {}});
    return skills;
}

struct Level
{
    int level = 0;
    std::optional<double> years;
};

MatchBreakdown scored(QList<MatchedSkill> skills, const QHash<qint64, Level> &levels)
{
    for (MatchedSkill &skill : skills) {
        if (const auto found = levels.constFind(skill.skillId); found != levels.cend()) {
            skill.level = qMax(0, found->level);
            skill.years = found->years;
        }
    }
    return scoreSkills(std::move(skills));
}

// Best first; an unknown score (no skills) after every known one; then by name.
template <typename Rank>
void sortRanks(QList<Rank> &ranks, auto name)
{
    std::stable_sort(ranks.begin(), ranks.end(), [&](const Rank &a, const Rank &b) {
        if (a.match.hasSkills() != b.match.hasSkills())
            return a.match.hasSkills();
        if (a.match.hasSkills() && a.match.score != b.match.score)
            return a.match.score > b.match.score;
        return name(a).compare(name(b), Qt::CaseInsensitive) < 0;
    });
}

// The pipelines whose `filter` column is `id`, by their `key` column: (pipeline id, stage id). Its query
// is gone when this returns: on a team library a prepared query dropped while the next statement's
// result is read would end that result (DEALLOCATE; docs/team-library.md, "One result at a time").
QHash<qint64, std::pair<qint64, qint64>> pipelinesBy(const QSqlDatabase &connection, const QString &key,
                                                     const QString &filter, qint64 id)
{
    QHash<qint64, std::pair<qint64, qint64>> pipelines;
    QSqlQuery query = sql::run(
        connection, QStringLiteral("SELECT %1, id, stage_id FROM pipelines WHERE %2 = ?").arg(key, filter),
        {id});
    while (query.next())
        pipelines.insert(query.value(0).toLongLong(),
                         {query.value(1).toLongLong(), query.value(2).toLongLong()});
    return pipelines;
}

} // namespace

QList<CandidateRank> rankCandidates(const Database &db, qint64 listingId)
{
    const QSqlDatabase connection = db.connection();
    if (!sql::scalar(connection, QStringLiteral("SELECT 1 FROM listings WHERE id = ?"), {listingId})
             .isValid())
        throw StoreError(
            QCoreApplication::translate("Ranking", "There is no listing with id %1.").arg(listingId));
    const QList<MatchedSkill> skills = listingSkills(connection, listingId);

    // Every candidate's levels of the listing's skills, in one pass. Each statement's query is gone
    // before the next one runs: on a team library, dropping a prepared query runs DEALLOCATE on the
    // connection, which would end the next statement's result after its first row (reassigning one
    // QSqlQuery did that here, and the ranking showed only one candidate of the pipeline at a stage).
    QHash<qint64, QHash<qint64, Level>> levels;
    {
        QSqlQuery query =
            sql::run(connection,
                     QStringLiteral("SELECT ps.profile_id, ps.skill_id, ps.level, ps.years "
                                    "FROM listing_skills ls JOIN profile_skills ps ON ps.skill_id = "
                                    "ls.skill_id JOIN profiles p ON p.id = ps.profile_id "
                                    "WHERE ls.listing_id = ? AND p.kind = ?"),
                     {listingId, int(ProfileKind::Candidate)});
        while (query.next()) {
            Level level{query.value(2).toInt(), {}};
            if (!query.value(3).isNull())
                level.years = query.value(3).toDouble();
            levels[query.value(0).toLongLong()].insert(query.value(1).toLongLong(), level);
        }
    }
    const QHash<qint64, std::pair<qint64, qint64>> pipelines = // profile -> (pipeline, stage)
        pipelinesBy(connection, QStringLiteral("profile_id"), QStringLiteral("listing_id"), listingId);

    QList<CandidateRank> ranks;
    for (const Profile &candidate : ProfileStore(db).list(ProfileKind::Candidate)) {
        CandidateRank rank{candidate, scored(skills, levels.value(candidate.id)), 0, 0};
        if (const auto found = pipelines.constFind(candidate.id); found != pipelines.cend())
            std::tie(rank.pipelineId, rank.stageId) = *found;
        ranks.append(rank);
    }
    sortRanks(ranks, [](const CandidateRank &rank) { return rank.candidate.name; });
    return ranks;
}

QList<OpeningRank> rankOpenings(const Database &db, qint64 profileId)
{
    const std::optional<Profile> candidate = ProfileStore(db).find(profileId);
    if (!candidate || candidate->kind != ProfileKind::Candidate)
        throw StoreError(
            QCoreApplication::translate("Ranking", "There is no candidate with id %1.").arg(profileId));
    const QSqlDatabase connection = db.connection();
    QHash<qint64, Level> levels;
    for (const ProfileSkill &skill : ProfileStore(db).skills(profileId))
        levels.insert(skill.skillId, {skill.level, skill.years});
    const QHash<qint64, std::pair<qint64, qint64>> pipelines = // listing -> (pipeline, stage)
        pipelinesBy(connection, QStringLiteral("listing_id"), QStringLiteral("profile_id"), profileId);

    QList<OpeningRank> ranks;
    for (const Opening &opening : OpeningStore(db).list()) {
        OpeningRank rank{opening, scored(listingSkills(connection, opening.listingId), levels), 0, 0};
        if (const auto found = pipelines.constFind(opening.listingId); found != pipelines.cend())
            std::tie(rank.pipelineId, rank.stageId) = *found;
        ranks.append(rank);
    }
    sortRanks(ranks, [](const OpeningRank &rank) { return rank.opening.title; });
    return ranks;
}

} // namespace jobdesk
