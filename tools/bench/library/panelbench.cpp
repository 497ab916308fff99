#include "panelbench.h"

#include "benchcontext.h"
#include "sqlliteral.h"

#include "skills/gapanalysis.h"
#include "skills/listingskillindex.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <stdexcept>

namespace jobdesk::bench {
namespace {

const QString viewFrom =
    QStringLiteral(" FROM listings LEFT JOIN annotations ON annotations.listing_id = listings.id"
                   " LEFT JOIN stages ON stages.id = annotations.stage_id");

// The demand statement of analyseViewGap (models/skills/gapanalysis.cpp), which is not exported: the
// part of the analysis the shell's GROUP BY is compared with. Keep the two equal.
QString groupStatement(const SqlFilter &view)
{
    return QLatin1String("SELECT listing_skills.skill_id, count(*), sum(listing_skills.required)") +
           viewFrom +
           QLatin1String(" JOIN listing_skills ON listing_skills.listing_id = listings.id WHERE ") +
           view.condition +
           QLatin1String(" GROUP BY listing_skills.skill_id ORDER BY count(*) DESC, listing_skills.skill_id");
}

} // namespace

QJsonObject benchPanel(const Database &db, const QString &search, const Repetitions &repeat)
{
    const qint64 profile = windowProfile(db);
    const SqlFilter view = allViewFilter(search, searchContext(db, profile));
    // What the window holds before the pane counts: the snapshot of every listing's skills (loaded once
    // in the background) and the view's ids (the table has read them). Their costs are reported apart.
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const ListingSkillIndex> index = ListingSkillIndex::load(db);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!index)
        throw std::runtime_error("the skills snapshot could not be loaded");
    timer.restart();
    const QList<qint64> ids = viewListingIds(db, view);
    const double idsMs = double(timer.nsecsElapsed()) / 1e6;
    const QSet<qint64> have = profileSkillIds(db, profile);

    QJsonArray samples;
    QJsonArray cpuSamples;
    int listings = 0;
    double spent = 0;
    // The first run warms the caches and is not counted.
    for (bool warmUp = true; warmUp || repeat.more(int(samples.size()), spent); warmUp = false) {
        const double cpuStart = processCpuMs();
        timer.restart();
        const std::optional<ViewGap> gap = analyseViewGap(*index, ids, have);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = processCpuMs() - cpuStart;
        if (!gap)
            throw std::runtime_error("the snapshot does not know a listing of the view");
        if (gap->listings > 0 && gap->skills.isEmpty())
            throw std::runtime_error("the view has listings but no skills: were they extracted?");
        listings = gap->listings;
        if (!warmUp) {
            spent += ms;
            samples.append(ms);
            cpuSamples.append(cpuMs);
        }
    }
    // The SQL analysis the panel ran before the snapshot, once, for comparison: up to 200,000 listings
    // (it needs minutes beyond).
    QJsonValue sqlMs = QJsonValue::Null;
    if (ids.size() <= 200000) {
        timer.restart();
        const ViewGap reference = analyseViewGap(db, view, profile);
        sqlMs = double(timer.nsecsElapsed()) / 1e6;
        if (reference.listings != listings)
            throw std::runtime_error("the SQL analysis and the counted one disagree on the view's listings");
    }
    return {
        {QStringLiteral("view"), search.isEmpty() ? QStringLiteral("All") : search},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("listings"), listings},
        {QStringLiteral("ms"), samples},
        {QStringLiteral("cpu"), cpuSamples},
        {QStringLiteral("snapshot_load_ms"), loadMs},
        {QStringLiteral("snapshot_bytes"), double(index->memoryBytes())},
        {QStringLiteral("view_ids_ms"), idsMs},
        {QStringLiteral("sql_ms"), sqlMs},
        {QStringLiteral("group_sql"), inlineValues(groupStatement(view), view.values)},
        {QStringLiteral("count_sql"),
         inlineValues(QLatin1String("SELECT count(*)") + viewFrom + QLatin1String(" WHERE ") + view.condition,
                      view.values)},
    };
}

} // namespace jobdesk::bench
