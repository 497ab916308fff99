#include "gapanalysis.h"

#include "store/database.h"
#include "store/sql.h"

#include <QHash>

#include <algorithm>

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
