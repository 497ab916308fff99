#include "matchdistribution.h"

#include "matchscore.h"

#include "store/database.h"
#include "store/sql.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace jobdesk {

int MatchDistribution::bucketOf(double score)
{
    return std::clamp(int(std::floor(score / 10)), 0, Buckets - 1);
}

MatchDistribution matchDistribution(const Database &db, const SqlFilter &view, qint64 profileId,
                                    const QSet<qint64> &learned, const std::function<bool()> &stale)
{
    const auto stopped = [&stale] { return stale && stale(); };
    MatchDistribution result;
    result.learned = QList<qint64>(learned.begin(), learned.end());
    std::sort(result.learned.begin(), result.learned.end());
    if (profileId <= 0)
        return result;
    const QSqlDatabase c = db.connection();
    const QString from = QStringLiteral(" FROM listings LEFT JOIN annotations ON annotations.listing_id = "
                                        "listings.id LEFT JOIN stages ON stages.id = annotations.stage_id");
    const QString where = view.isEmpty() ? QString() : QLatin1String(" WHERE ") + view.condition;

    QSqlQuery total = sql::run(c, QLatin1String("SELECT count(*)") + from + where, view.values);
    const int viewListings = total.next() ? total.value(0).toInt() : 0;
    if (viewListings == 0 || stopped())
        return result;

    // Per listing of the view with skills, the two sums of matchscore in tenths, before and after, in
    // one pass over listing_skills by its primary key. Ids and the level are our own integers.
    QStringList ids;
    for (qint64 id : std::as_const(result.learned))
        ids.append(QString::number(id));
    const QString learnedLevel =
        ids.isEmpty() ? QStringLiteral("ps.level")
                      : QStringLiteral("(CASE WHEN ps.level > 0 THEN ps.level WHEN ls.skill_id IN (%1) "
                                       "THEN %2 ELSE 0 END)")
                            .arg(ids.join(QLatin1Char(',')))
                            .arg(MatchDistribution::LearnedLevel);
    const QString weight = matchscore::weightSql(QStringLiteral("ls.required"));
    const QString statement =
        QStringLiteral("SELECT sum(%1 * %2), sum(%1 * %3), sum(%1 * 10)")
            .arg(weight, matchscore::haveTenthsSql(QStringLiteral("ps.level")),
                 matchscore::haveTenthsSql(learnedLevel)) +
        from +
        QStringLiteral(" JOIN listing_skills ls ON ls.listing_id = listings.id LEFT JOIN profile_skills ps "
                       "ON ps.profile_id = %1 AND ps.skill_id = ls.skill_id")
            .arg(profileId) +
        where + QLatin1String(" GROUP BY listings.id");
    QSqlQuery sums = sql::run(c, statement, view.values);
    while (sums.next()) {
        const qint64 maxPoints = sums.value(2).toLongLong();
        const double before = matchscore::score(sums.value(0).toLongLong(), maxPoints);
        const double after = matchscore::score(sums.value(1).toLongLong(), maxPoints);
        ++result.before[MatchDistribution::bucketOf(before)];
        ++result.after[MatchDistribution::bucketOf(after)];
        result.atLeastBefore += before >= MatchDistribution::Threshold;
        result.atLeastAfter += after >= MatchDistribution::Threshold;
        ++result.withSkills;
        if ((result.withSkills & 4095) == 0 && stopped())
            return result;
    }
    result.withoutSkills = viewListings - result.withSkills;
    return result;
}

} // namespace jobdesk
