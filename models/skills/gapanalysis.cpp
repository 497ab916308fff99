#include "gapanalysis.h"

#include "listingskillindex.h"

#include "store/database.h"
#include "store/sql.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <bit>

namespace jobdesk {
namespace {

const QString viewFrom =
    QStringLiteral(" FROM listings LEFT JOIN annotations ON annotations.listing_id = listings.id"
                   " LEFT JOIN stages ON stages.id = annotations.stage_id");

QString whereOf(const SqlFilter &view)
{
    return view.isEmpty() ? QString() : QLatin1String(" WHERE ") + view.condition;
}

std::optional<double> median(const std::vector<double> &sorted)
{
    if (sorted.empty())
        return std::nullopt;
    const size_t n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

// The k-th smallest (0-based) of `all` minus the multiset `part` (both sorted, part ⊆ all): binary
// search over the values of `all` for the first whose complement rank exceeds k.
double complementAt(const std::vector<double> &all, const std::vector<double> &part, size_t k)
{
    size_t lo = 0, hi = all.size() - 1;
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        const double x = all[mid];
        const size_t inAll = size_t(std::upper_bound(all.begin(), all.end(), x) - all.begin());
        const size_t inPart = size_t(std::upper_bound(part.begin(), part.end(), x) - part.begin());
        if (inAll - inPart > k)
            hi = mid;
        else
            lo = mid + 1;
    }
    return all[lo];
}

std::optional<double> complementMedian(const std::vector<double> &all, const std::vector<double> &part)
{
    const size_t n = all.size() - part.size();
    if (n == 0)
        return std::nullopt;
    return n % 2 ? complementAt(all, part, n / 2)
                 : (complementAt(all, part, n / 2 - 1) + complementAt(all, part, n / 2)) / 2;
}

// Calls f(slot) for every marked slot, in slot order.
template <typename F>
void forEachMarked(const std::vector<uint64_t> &marked, F f)
{
    for (size_t word = 0; word < marked.size(); ++word) {
        for (uint64_t bits = marked[word]; bits; bits &= bits - 1)
            f(word * 64 + size_t(std::countr_zero(bits)));
    }
}

// One order statistic of a skill's salaries (with the skill, or without it): its rank among them, then
// the coarse bucket it falls in and its rank there, then the index of its value.
struct OrderStatistic
{
    bool without = false;
    uint32_t k = 0;
    uint32_t bucket = 0;
    uint32_t target = 0; // which of the skill's fine histograms holds the bucket
    uint32_t rank = 0;   // into index.salaries()
};

// The in-memory analysis over the marked slots, entries of type E (skill id << 1 | required).
//
// Counting: one pass adds every entry to `tally` (by skill and required flag); for listings with a
// salary it also counts the view's salaries by rank and, per skill, by coarse bucket of ranks. The
// medians of the shown skills are then found without sorting: the coarse histograms name the bucket
// holding each median's order statistic, and a second pass counts the ranks of those few buckets only.
template <typename E>
void countGap(const ListingSkillIndex &index, std::span<const E> entries, const std::vector<uint64_t> &marked,
              const QSet<qint64> &profileSkills, int limit, ViewGap &gap)
{
    const std::span<const uint32_t> offsets = index.offsets();
    const std::span<const uint32_t> ranks = index.salaryRanks();
    const std::span<const double> values = index.salaries();
    const size_t skills = index.skillLimit();
    const size_t distinct = values.size();
    // Buckets per skill: the coarse histograms of every skill together stay within 256 KB (a core's cache).
    const size_t buckets =
        distinct == 0 ? 1 : std::clamp<size_t>(65536 / std::max<size_t>(skills, 1), 4, 256);
    const size_t width = std::max<size_t>(1, (distinct + buckets - 1) / buckets);

    std::vector<uint32_t> tally(skills * 2, 0);
    std::vector<uint32_t> coarse(distinct ? skills * buckets : 0, 0);
    std::vector<uint32_t> viewSalaries(distinct, 0); // the view's listings by salary rank
    int withSkills = 0;
    uint32_t salaried = 0;
    forEachMarked(marked, [&](size_t slot) {
        const uint32_t begin = offsets[slot], end = offsets[slot + 1];
        withSkills += begin != end;
        const uint32_t rank = ranks[slot];
        if (rank == ListingSkillIndex::NoSalary) {
            for (uint32_t k = begin; k < end; ++k)
                ++tally[entries[k]];
            return;
        }
        ++viewSalaries[rank];
        ++salaried;
        uint32_t *bucket = coarse.data() + rank / width;
        for (uint32_t k = begin; k < end; ++k) {
            const E entry = entries[k];
            ++tally[entry];
            ++bucket[size_t(entry >> 1) * buckets];
        }
    });
    gap.listingsWithSkills = withSkills;

    // Most asked first, then by id, like the SQL.
    std::vector<uint32_t> asked;
    for (size_t skill = 0; skill < skills; ++skill) {
        if (tally[2 * skill] + tally[2 * skill + 1])
            asked.push_back(uint32_t(skill));
    }
    const auto count = [&tally](uint32_t skill) { return tally[2 * skill] + tally[2 * skill + 1]; };
    const size_t shown = std::min(asked.size(), size_t(std::max(limit, 0)));
    std::partial_sort(asked.begin(), asked.begin() + ptrdiff_t(shown), asked.end(),
                      [&count](uint32_t a, uint32_t b) {
                          const uint32_t ca = count(a), cb = count(b);
                          return ca != cb ? ca > cb : a < b;
                      });
    asked.resize(shown);

    // The view's salaries per coarse bucket.
    std::vector<uint32_t> viewBuckets(distinct ? buckets : 0, 0);
    for (size_t rank = 0; rank < distinct; ++rank)
        viewBuckets[rank / width] += viewSalaries[rank];

    // Each shown skill's order statistics (at most four: the middle one or two with and without it),
    // and the coarse buckets holding them.
    std::vector<std::array<OrderStatistic, 4>> statistics(shown);
    std::vector<uint8_t> statisticCount(shown, 0);
    std::vector<std::array<uint32_t, 4>> targets(shown);
    std::vector<uint8_t> targetCount(shown, 0);
    std::vector<uint32_t> withCount(shown, 0);
    std::vector<int> position(skills, -1);
    for (size_t i = 0; i < shown; ++i) {
        const uint32_t skill = asked[i];
        position[skill] = int(i);
        if (salaried == 0)
            continue;
        const uint32_t *own = coarse.data() + size_t(skill) * buckets;
        uint32_t with = 0;
        for (size_t b = 0; b < buckets; ++b)
            with += own[b];
        withCount[i] = with;
        for (const bool without : {false, true}) {
            const uint32_t n = without ? salaried - with : with;
            if (n == 0)
                continue;
            const uint32_t middle[2] = {n % 2 ? n / 2 : n / 2 - 1, n / 2};
            for (int m = 0; m < (n % 2 ? 1 : 2); ++m) {
                OrderStatistic statistic;
                statistic.without = without;
                uint32_t k = middle[m];
                size_t b = 0;
                for (;; ++b) {
                    const uint32_t inBucket = without ? viewBuckets[b] - own[b] : own[b];
                    if (k < inBucket)
                        break;
                    k -= inBucket;
                }
                statistic.k = k;
                statistic.bucket = uint32_t(b);
                uint8_t t = 0;
                while (t < targetCount[i] && targets[i][t] != statistic.bucket)
                    ++t;
                if (t == targetCount[i])
                    targets[i][targetCount[i]++] = statistic.bucket;
                statistic.target = t;
                statistics[i][statisticCount[i]++] = statistic;
            }
        }
    }

    // The ranks of the target buckets, per shown skill.
    std::vector<uint32_t> fine(salaried ? shown * 4 * width : 0, 0);
    if (salaried) {
        forEachMarked(marked, [&](size_t slot) {
            const uint32_t rank = ranks[slot];
            if (rank == ListingSkillIndex::NoSalary)
                return;
            const uint32_t bucket = uint32_t(rank / width);
            const size_t within = rank - size_t(bucket) * width;
            for (uint32_t k = offsets[slot]; k < offsets[slot + 1]; ++k) {
                const int i = position[entries[k] >> 1];
                if (i < 0)
                    continue;
                for (uint8_t t = 0; t < targetCount[size_t(i)]; ++t) {
                    if (targets[size_t(i)][t] == bucket) {
                        ++fine[(size_t(i) * 4 + t) * width + within];
                        break;
                    }
                }
            }
        });
    }

    gap.skills.reserve(qsizetype(shown));
    for (size_t i = 0; i < shown; ++i) {
        const uint32_t skill = asked[i];
        SkillDemand demand;
        demand.skillId = skill;
        demand.name = index.skillName(skill);
        demand.category = index.skillCategory(skill);
        demand.listings = int(count(skill));
        demand.required = int(tally[2 * size_t(skill) + 1]);
        demand.share = double(demand.listings) / gap.listings;
        demand.have = profileSkills.contains(skill);
        double sum[2] = {0, 0};
        int found[2] = {0, 0};
        for (uint8_t s = 0; s < statisticCount[i]; ++s) {
            OrderStatistic &statistic = statistics[i][s];
            const uint32_t *own = fine.data() + (i * 4 + statistic.target) * width;
            const size_t first = size_t(statistic.bucket) * width;
            uint32_t k = statistic.k;
            for (size_t within = 0; within < width && first + within < distinct; ++within) {
                const uint32_t here =
                    statistic.without ? viewSalaries[first + within] - own[within] : own[within];
                if (k < here) {
                    statistic.rank = uint32_t(first + within);
                    break;
                }
                k -= here;
            }
            sum[statistic.without] += values[statistic.rank];
            ++found[statistic.without];
        }
        if (found[0])
            demand.medianWith = found[0] == 1 ? sum[0] : sum[0] / 2;
        if (found[1])
            demand.medianWithout = found[1] == 1 ? sum[1] : sum[1] / 2;
        demand.learnNext = learnNextRank(demand.share, demand.have, demand.medianWith, demand.medianWithout);
        gap.skills.append(demand);
    }
}

} // namespace

double learnNextRank(double share, bool have, std::optional<double> medianWith,
                     std::optional<double> medianWithout)
{
    if (have)
        return 0;
    double lift = 0;
    if (medianWith && medianWithout && *medianWithout > 0)
        lift = std::clamp(*medianWith / *medianWithout - 1, -0.5, 1.0);
    return share * (1 + lift);
}

ViewGap analyseViewGap(const Database &db, const SqlFilter &view, qint64 profileId, int limit,
                       const std::function<bool()> &stale)
{
    const auto stopped = [&stale] { return stale && stale(); };
    const QSqlDatabase c = db.connection();
    ViewGap gap;
    // The view's listings and their yearly salaries, once.
    QSqlQuery listings =
        sql::run(c, QLatin1String("SELECT listings.id, listings.salary_yearly") + viewFrom + whereOf(view),
                 view.values);
    QHash<qint64, std::optional<double>> salaryOf;
    std::vector<double> allSalaries;
    while (listings.next()) {
        const QVariant salary = listings.value(1);
        const std::optional<double> yearly =
            salary.isNull() ? std::nullopt : std::optional(salary.toDouble());
        salaryOf.insert(listings.value(0).toLongLong(), yearly);
        if (yearly)
            allSalaries.push_back(*yearly);
    }
    gap.listings = int(salaryOf.size());
    std::sort(allSalaries.begin(), allSalaries.end());
    if (gap.listings == 0 || stopped())
        return gap;

    // Skills of those listings, most asked first. The view is joined again rather than passed as ids:
    // SQLite plans the join from listing_skills' primary key.
    QSqlQuery demand = sql::run(
        c,
        QLatin1String("SELECT listing_skills.skill_id, count(*), sum(listing_skills.required)") + viewFrom +
            QLatin1String(" JOIN listing_skills ON listing_skills.listing_id = listings.id") + whereOf(view) +
            QLatin1String(
                " GROUP BY listing_skills.skill_id ORDER BY count(*) DESC, listing_skills.skill_id"),
        view.values);
    QHash<qint64, int> position;
    while (demand.next()) {
        SkillDemand skill;
        skill.skillId = demand.value(0).toLongLong();
        skill.listings = demand.value(1).toInt();
        skill.required = demand.value(2).toInt();
        skill.share = double(skill.listings) / gap.listings;
        if (gap.skills.size() < limit) {
            position.insert(skill.skillId, int(gap.skills.size()));
            gap.skills.append(skill);
        }
    }
    QSqlQuery withSkills =
        sql::run(c,
                 QLatin1String("SELECT count(*) FROM (SELECT DISTINCT listings.id") + viewFrom +
                     QLatin1String(" JOIN listing_skills ON listing_skills.listing_id = "
                                   "listings.id") +
                     whereOf(view) + QLatin1Char(')'),
                 view.values);
    gap.listingsWithSkills = withSkills.next() ? withSkills.value(0).toInt() : 0;
    if (stopped())
        return gap;

    // Names, categories, and what the profile has.
    for (SkillDemand &skill : gap.skills) {
        QSqlQuery row = sql::run(c,
                                 QStringLiteral("SELECT name, category, EXISTS (SELECT 1 FROM profile_skills "
                                                "WHERE profile_id = ? AND skill_id = skills.id) "
                                                "FROM skills WHERE id = ?"),
                                 {profileId, skill.skillId});
        if (row.next()) {
            skill.name = row.value(0).toString();
            skill.category = row.value(1).toInt();
            skill.have = row.value(2).toBool();
        }
    }
    if (stopped())
        return gap;

    // Salaries of the listings asking for each shown skill.
    QHash<qint64, std::vector<double>> withSkill;
    const QString salaried = view.isEmpty() ? QStringLiteral(" WHERE listings.salary_yearly IS NOT NULL")
                                            : QLatin1String(" WHERE (") + view.condition +
                                                  QLatin1String(") AND listings.salary_yearly IS NOT NULL");
    QSqlQuery pairs = sql::run(
        c,
        QLatin1String("SELECT listing_skills.skill_id, listings.salary_yearly") + viewFrom +
            QLatin1String(" JOIN listing_skills ON listing_skills.listing_id = listings.id") + salaried,
        view.values);
    while (pairs.next()) {
        const qint64 id = pairs.value(0).toLongLong();
        if (position.contains(id))
            withSkill[id].push_back(pairs.value(1).toDouble());
    }
    for (SkillDemand &skill : gap.skills) {
        std::vector<double> &salaries = withSkill[skill.skillId];
        std::sort(salaries.begin(), salaries.end());
        skill.medianWith = median(salaries);
        skill.medianWithout = complementMedian(allSalaries, salaries);
        skill.learnNext = learnNextRank(skill.share, skill.have, skill.medianWith, skill.medianWithout);
    }
    return gap;
}

} // namespace jobdesk

namespace jobdesk {

std::optional<ViewGap> analyseViewGap(const ListingSkillIndex &index, const QList<qint64> &listingIds,
                                      const QSet<qint64> &profileSkills, int limit)
{
    std::vector<uint64_t> marked((index.slotCount() + 63) / 64, 0);
    ViewGap gap;
    for (const qint64 id : listingIds) {
        const int64_t slot = index.slotOf(id);
        if (slot < 0)
            return std::nullopt;
        uint64_t &word = marked[size_t(slot) >> 6];
        const uint64_t bit = uint64_t(1) << (slot & 63);
        gap.listings += (word & bit) == 0;
        word |= bit;
    }
    if (gap.listings == 0)
        return gap;
    if (index.wideEntries())
        countGap(index, index.entries32(), marked, profileSkills, limit, gap);
    else
        countGap(index, index.entries16(), marked, profileSkills, limit, gap);
    return gap;
}

QList<qint64> viewListingIds(const Database &db, const SqlFilter &view)
{
    QSqlQuery query = sql::run(db.connection(),
                               QLatin1String("SELECT listings.id") + viewFrom + whereOf(view), view.values);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QSet<qint64> profileSkillIds(const Database &db, qint64 profileId)
{
    QSet<qint64> skills;
    if (profileId <= 0)
        return skills;
    QSqlQuery query =
        sql::run(db.connection(), QStringLiteral("SELECT skill_id FROM profile_skills WHERE profile_id = ?"),
                 {profileId});
    while (query.next())
        skills.insert(query.value(0).toLongLong());
    return skills;
}

} // namespace jobdesk
