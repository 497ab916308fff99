#include "matchscore.h"

#include "store/database.h"
#include "store/sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MatchScore", text);
}

bool displayOrder(const MatchedSkill &a, const MatchedSkill &b)
{
    if (a.required != b.required)
        return a.required;
    return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
}

// A number as people write it: "0.9", "14", "72.5".
QString number(double value)
{
    return QString::number(value, 'g', 4);
}

QString skillLine(const MatchedSkill &skill)
{
    const QString weight = QString::number(skill.weight());
    if (skill.level == 0)
        return tr("  ✗ %1 (weight %2): missing → 0").arg(skill.name, weight);
    QString line = tr("  ✓ %1 (weight %2): level %3 → %4")
                       .arg(skill.name, weight, QString::number(skill.level), number(skill.have()));
    if (skill.years)
        line += tr(", %1 years").arg(number(*skill.years));
    return line;
}

} // namespace

MatchBreakdown scoreSkills(QList<MatchedSkill> listingSkills)
{
    MatchBreakdown breakdown;
    std::sort(listingSkills.begin(), listingSkills.end(), displayOrder);
    for (const MatchedSkill &skill : std::as_const(listingSkills)) {
        breakdown.points += qint64(skill.weight()) * matchscore::haveTenths(skill.level);
        breakdown.maxPoints += qint64(skill.weight()) * 10;
        (skill.level > 0 ? breakdown.matched : breakdown.missing).append(skill);
    }
    // Exactly the SQL expression's arithmetic: exact integer sums, one multiplication, one division.
    if (breakdown.hasSkills())
        breakdown.score = matchscore::score(breakdown.points, breakdown.maxPoints);
    return breakdown;
}

MatchBreakdown matchListing(const Database &db, qint64 listingId, qint64 profileId)
{
    QSqlQuery query = sql::run(
        db.connection(),
        QStringLiteral("SELECT ls.skill_id, s.name, ls.required, coalesce(ps.level, 0), ps.years "
                       "FROM listing_skills ls JOIN skills s ON s.id = ls.skill_id "
                       "LEFT JOIN profile_skills ps ON ps.profile_id = ? AND ps.skill_id = ls.skill_id "
                       "WHERE ls.listing_id = ?"),
        {profileId, listingId});
    QList<MatchedSkill> skills;
    while (query.next()) {
        MatchedSkill skill{query.value(0).toLongLong(),
                           query.value(1).toString(),
                           query.value(2).toInt() != 0,
                           qMax(0, query.value(3).toInt()),
                           {}};
        if (!query.value(4).isNull())
            skill.years = query.value(4).toDouble();
        skills.append(skill);
    }
    return scoreSkills(std::move(skills));
}

QString matchscore::weightSql(const QString &required)
{
    return QStringLiteral("(CASE WHEN %1 <> 0 THEN %2 ELSE %3 END)")
        .arg(required)
        .arg(RequiredWeight)
        .arg(OptionalWeight);
}

QString matchscore::haveTenthsSql(const QString &level)
{
    // haveTenths(): levels above 5 count as 5, levels of 0 or less (and NULL) as missing.
    return QStringLiteral("(CASE WHEN %1 > 0 THEN 5 + min(%1, 5) ELSE 0 END)").arg(level);
}

QString matchSqlExpression(qint64 profileId)
{
    if (profileId <= 0)
        return QStringLiteral("(NULL)");
    // sum() over no rows is NULL, so a listing without skills has no score. Weights and have() are
    // matchscore::weight() and matchscore::haveTenths() written in SQL; the profile id is our own
    // integer, never text from a user.
    const QString weight = matchscore::weightSql(QStringLiteral("ls.required"));
    const QString have = matchscore::haveTenthsSql(QStringLiteral("ps.level"));
    return QStringLiteral("(SELECT 100.0 * sum(%1 * %2) / sum(%1 * 10) "
                          "FROM listing_skills ls LEFT JOIN profile_skills ps "
                          "ON ps.profile_id = %3 AND ps.skill_id = ls.skill_id "
                          "WHERE ls.listing_id = listings.id)")
        .arg(weight, have, QString::number(profileId));
}

QString MatchBreakdown::formulaText() const
{
    if (!hasSkills())
        return tr("No match score: no skills were found in this listing.");
    QStringList lines;
    lines.append(tr("Match %1% = 100 × %2 / %3")
                     .arg(QString::number(qRound(score)), number(points / 10.0), number(maxPoints / 10.0)));
    lines.append(tr("= 100 × Σ weight × have / Σ weight, over the listing's skills"));
    lines.append(tr("weight: %1 required, %2 optional; have: 0.5 + 0.1 × level (1–5), 0 when missing")
                     .arg(matchscore::RequiredWeight)
                     .arg(matchscore::OptionalWeight));
    for (const QList<MatchedSkill> *list : {&matched, &missing}) {
        for (const MatchedSkill &skill : *list)
            lines.append(skillLine(skill));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace jobdesk
