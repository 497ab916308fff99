#include "benchqueries.h"

namespace jobdesk::bench {

QString BenchQuery::label() const
{
    QString label = text.isEmpty() ? QStringLiteral("(empty: the All view)") : text;
    if (sortColumn == ListingColumn::Salary)
        label += sortOrder == Qt::DescendingOrder ? QStringLiteral(" ↓salary") : QStringLiteral(" ↑salary");
    return label;
}

const QList<BenchQuery> &benchQueries()
{
    static const QList<BenchQuery> queries{
        // The whole view, as the window opens.
        {QString()},
        // Words, and one typed letter by letter (the last word is a prefix while typed).
        {QStringLiteral("engineer")},
        {QStringLiteral("py")},
        {QStringLiteral("pyth")},
        {QStringLiteral("python")},
        {QStringLiteral("kotlin")},
        {QStringLiteral("senior backend engineer")},
        // Phrases.
        {QStringLiteral("\"machine learning\"")},
        {QStringLiteral("\"site reliability\"")},
        // Field terms.
        {QStringLiteral("title:engineer")},
        {QStringLiteral("title:dev")},
        {QStringLiteral("company:vemar")},
        {QStringLiteral("location:berlin")},
        {QStringLiteral("skill:python")},
        {QStringLiteral("skill:kubernetes")},
        {QStringLiteral("workplace:remote")},
        {QStringLiteral("type:contract")},
        // Comparisons.
        {QStringLiteral("salary>=120k")},
        {QStringLiteral("posted<14d")},
        {QStringLiteral("seniority:senior salary>=150k")},
        // OR, NOT, -term.
        {QStringLiteral("rust OR go")},
        {QStringLiteral("senior -intern")},
        {QStringLiteral("NOT python")},
        {QStringLiteral("-workplace:onsite")},
        {QStringLiteral("(react OR vue) -junior workplace:remote")},
        {QStringLiteral("python salary>=120k posted<14d")},
        // Sorted by salary, highest first.
        {QString(), ListingColumn::Salary},
        {QStringLiteral("engineer"), ListingColumn::Salary},
        {QStringLiteral("kotlin"), ListingColumn::Salary},
    };
    return queries;
}

QString selectivePanelQuery()
{
    return QStringLiteral("kotlin");
}

} // namespace jobdesk::bench
