#include "gapreport.h"

#include "skilltaxonomy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GapReport", text);
}

QString percent(double share)
{
    return QString::number(qRound(share * 100)) + QLatin1String(" %");
}

QString thousands(const std::optional<double> &value)
{
    return value ? QString::number(qRound(*value / 1000)) + QLatin1Char('k') : QStringLiteral("—");
}

QString rank(const SkillDemand &skill)
{
    return skill.have ? QString() : QString::number(skill.learnNext * 100, 'f', 1);
}

QString summary(const ViewGap &gap, const GapReportHeader &header)
{
    QString text = tr("%1 listings, %2 with known skills").arg(gap.listings).arg(gap.listingsWithSkills);
    if (!header.profile.isEmpty())
        text += tr("; compared with the profile “%1”").arg(header.profile);
    return text + QLatin1Char('.');
}

// The what-if as Markdown: the match scores per 10 points now and, with ticked skills, if learned.
QString scoresMarkdown(const MatchDistribution &d, const QStringList &learned)
{
    const bool whatIf = !learned.isEmpty();
    QString md = QLatin1String("\n## ") + tr("Match scores") + QLatin1String("\n\n");
    md += tr("%1 of %2 listings with known skills score %3 % or more; %4 have no known skills.")
              .arg(d.atLeastBefore)
              .arg(d.withSkills)
              .arg(MatchDistribution::Threshold)
              .arg(d.withoutSkills);
    if (whatIf) {
        QStringList names = learned;
        for (QString &name : names)
            name.replace(QLatin1Char('|'), QLatin1String("\\|"));
        md +=
            QLatin1Char(' ') + tr("If you learned %1 (level %2): %3 (%4).")
                                   .arg(names.join(QLatin1String(", ")))
                                   .arg(MatchDistribution::LearnedLevel)
                                   .arg(d.atLeastAfter)
                                   .arg(QLatin1Char('+') + QString::number(d.atLeastAfter - d.atLeastBefore));
    }
    md += QLatin1String("\n\n| ") + tr("Match") + QLatin1String(" | ") + tr("Now");
    if (whatIf)
        md += QLatin1String(" | ") + tr("If learned") + QLatin1String(" |\n|---|--:|--:|\n");
    else
        md += QLatin1String(" |\n|---|--:|\n");
    for (int b = 0; b < MatchDistribution::Buckets; ++b) {
        const QString range = b == MatchDistribution::Buckets - 1
                                  ? QStringLiteral("%1–100 %").arg(b * 10)
                                  : QStringLiteral("%1–%2 %").arg(b * 10).arg(b * 10 + 9);
        md += QStringLiteral("| %1 | %2 |").arg(range).arg(d.before.at(b));
        if (whatIf)
            md += QStringLiteral(" %1 |").arg(d.after.at(b));
        md += QLatin1Char('\n');
    }
    return md;
}

} // namespace

QString gapMarkdown(const ViewGap &gap, const GapReportHeader &header)
{
    QString md = QLatin1String("# ") + tr("Skills gap") +
                 (header.title.isEmpty() ? QString() : QLatin1String(": ") + header.title) +
                 QLatin1String("\n\n") + summary(gap, header) + QLatin1String("\n\n");
    md += QLatin1String("| ") + tr("Skill") + QLatin1String(" | ") + tr("Category") + QLatin1String(" | ") +
          tr("Demand") + QLatin1String(" | ") + tr("Listings") + QLatin1String(" | ") + tr("You") +
          QLatin1String(" | ") + tr("Median with") + QLatin1String(" | ") + tr("Median without") +
          QLatin1String(" | ") + tr("Learn next") + QLatin1String(" |\n|---|---|--:|--:|---|--:|--:|--:|\n");
    for (const SkillDemand &skill : gap.skills) {
        QString name = skill.name;
        name.replace(QLatin1Char('|'), QLatin1String("\\|"));
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(name, label(skillCategoryFromInt(skill.category)), percent(skill.share))
                  .arg(skill.listings)
                  .arg(skill.have ? tr("have") : tr("missing"), thousands(skill.medianWith),
                       thousands(skill.medianWithout), rank(skill));
    }
    md += QLatin1String("\n") +
          tr("Learn next = demand × (1 + salary lift), lift = median with / median without − 1 between "
             "−50 % and +100 %; salaries are yearly figures as the listings state them, not converted "
             "between currencies.") +
          QLatin1Char('\n');
    if (header.scores && !header.profile.isEmpty())
        md += scoresMarkdown(*header.scores, header.learned);
    return md;
}

QString gapText(const ViewGap &gap, const GapReportHeader &header)
{
    int width = 5;
    for (const SkillDemand &skill : gap.skills)
        width = qMax(width, int(skill.name.size()));
    QString text = summary(gap, header) + QLatin1Char('\n');
    text += tr("Skill").leftJustified(width) + QLatin1String("  ") + tr("Demand").rightJustified(7) +
            QLatin1String("  ") + tr("You").leftJustified(7) + QLatin1String("  ") +
            tr("With").rightJustified(6) + QLatin1String("  ") + tr("Without").rightJustified(7) +
            QLatin1String("  ") + tr("Learn next").rightJustified(10) + QLatin1Char('\n');
    for (const SkillDemand &skill : gap.skills) {
        text += skill.name.leftJustified(width) + QLatin1String("  ") +
                percent(skill.share).rightJustified(7) + QLatin1String("  ") +
                (skill.have ? tr("have") : tr("missing")).leftJustified(7) + QLatin1String("  ") +
                thousands(skill.medianWith).rightJustified(6) + QLatin1String("  ") +
                thousands(skill.medianWithout).rightJustified(7) + QLatin1String("  ") +
                rank(skill).rightJustified(10) + QLatin1Char('\n');
    }
    return text;
}

QJsonObject gapJson(const ViewGap &gap, const GapReportHeader &header)
{
    QJsonArray skills;
    for (const SkillDemand &skill : gap.skills) {
        QJsonObject entry{{QStringLiteral("skill"), skill.name},
                          {QStringLiteral("category"), keyword(skillCategoryFromInt(skill.category))},
                          {QStringLiteral("listings"), skill.listings},
                          {QStringLiteral("required"), skill.required},
                          {QStringLiteral("share"), skill.share},
                          {QStringLiteral("have"), skill.have},
                          {QStringLiteral("learn_next"), skill.learnNext}};
        if (skill.medianWith)
            entry.insert(QStringLiteral("median_with"), *skill.medianWith);
        if (skill.medianWithout)
            entry.insert(QStringLiteral("median_without"), *skill.medianWithout);
        skills.append(entry);
    }
    QJsonObject result{{QStringLiteral("listings"), gap.listings},
                       {QStringLiteral("listings_with_skills"), gap.listingsWithSkills},
                       {QStringLiteral("skills"), skills}};
    if (!header.title.isEmpty())
        result.insert(QStringLiteral("query"), header.title);
    if (!header.profile.isEmpty())
        result.insert(QStringLiteral("profile"), header.profile);
    return result;
}

} // namespace jobdesk
