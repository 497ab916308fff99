#include "listingrow.h"

#include <QTimeZone>

namespace jobdesk::listingrow {

QString columns()
{
    return QStringLiteral(
        "listings.id, listings.title, listings.company, listings.workplace, listings.employment_type, "
        "listings.seniority, listings.salary_min, listings.salary_max, listings.salary_currency, "
        "listings.salary_period, listings.posted_at, listings.valid_through, listings.url, listings.source, "
        "listings.imported_at, listings.updated_at, listing_text.description, listing_text.description_html, "
        "listing_text.raw_format");
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

std::optional<double> numberFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

Listing read(const QSqlQuery &row)
{
    Listing listing;
    listing.id = row.value(0).toLongLong();
    listing.title = row.value(1).toString();
    listing.company = row.value(2).toString();
    listing.workplace = Workplace(row.value(3).toInt());
    listing.employmentType = EmploymentType(row.value(4).toInt());
    listing.seniority = Seniority(row.value(5).toInt());
    listing.salary = {numberFrom(row.value(6)), numberFrom(row.value(7)), row.value(8).toString(),
                      SalaryPeriod(row.value(9).toInt())};
    listing.postedAt = timeFrom(row.value(10));
    listing.validThrough = timeFrom(row.value(11));
    listing.url = row.value(12).toString();
    listing.source = row.value(13).toString();
    listing.importedAt = timeFrom(row.value(14));
    listing.updatedAt = timeFrom(row.value(15));
    listing.description = row.value(16).toString();
    listing.descriptionHtml = row.value(17).toString();
    listing.rawFormat = row.value(18).toString();
    return listing;
}

} // namespace jobdesk::listingrow
