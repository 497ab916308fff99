#include "listingcsv.h"

#include "csvformat.h"
#include "listingbatch.h"

#include "domain/vocabulary.h"

namespace jobdesk {
namespace {

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

QString time(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

// The keyword of a known value; an unknown one stays empty so that a re-import infers it again.
template <typename Enum>
QString known(Enum value)
{
    return value == Enum::Unknown ? QString() : keyword(value);
}

} // namespace

QStringList listingCsvHeader()
{
    return {QStringLiteral("id"),
            QStringLiteral("title"),
            QStringLiteral("company"),
            QStringLiteral("location"),
            QStringLiteral("workplace"),
            QStringLiteral("employment_type"),
            QStringLiteral("seniority"),
            QStringLiteral("salary_min"),
            QStringLiteral("salary_max"),
            QStringLiteral("salary_currency"),
            QStringLiteral("salary_period"),
            QStringLiteral("salary_yearly"),
            QStringLiteral("posted"),
            QStringLiteral("valid_through"),
            QStringLiteral("url"),
            QStringLiteral("source"),
            QStringLiteral("status"),
            QStringLiteral("rating"),
            QStringLiteral("tags"),
            QStringLiteral("description")};
}

QStringList listingCsvFields(const ExportedListing &exported)
{
    const Listing &listing = exported.listing;
    const Salary &salary = listing.salary;
    const std::optional<double> yearly = salary.yearly();
    // The yearly figure is an estimate (a midpoint scaled to a year): whole units are enough.
    const QString yearlyText = yearly ? QString::number(qRound64(*yearly)) : QString();
    return {QString::number(listing.id),
            guardFormula(listing.title),
            guardFormula(listing.company),
            guardFormula(listing.locationText()),
            known(listing.workplace),
            known(listing.employmentType),
            known(listing.seniority),
            number(salary.min),
            number(salary.max),
            guardFormula(salary.currency),
            salary.isKnown() ? known(salary.period) : QString(),
            yearlyText,
            time(listing.postedAt),
            time(listing.validThrough),
            guardFormula(listing.url),
            guardFormula(listing.source),
            guardFormula(exported.status),
            QString::number(exported.rating),
            guardFormula(exported.tags.join(QLatin1String(", "))),
            guardFormula(listing.description)};
}

} // namespace jobdesk
