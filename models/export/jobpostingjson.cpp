#include "jobpostingjson.h"

#include "domain/listing.h"

#include <QJsonArray>

namespace jobdesk {
namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

void putText(QJsonObject &object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key(name), value);
}

void putTime(QJsonObject &object, const char *name, const QDateTime &value)
{
    if (value.isValid())
        object.insert(key(name), value.toUTC().toString(Qt::ISODate));
}

QJsonObject typed(const char *type)
{
    return {{key("@type"), key(type)}};
}

// A Place. With address parts it holds a PostalAddress; readers (Jobdesk's among them) name the place
// after those parts, so the shown name is added only when it says something else. Without parts the
// name is the address, as text (schema.org allows both).
QJsonObject place(const Location &location)
{
    QJsonObject result = typed("Place");
    QJsonObject address = typed("PostalAddress");
    QStringList parts;
    const std::pair<const char *, const QString &> fields[] = {{"addressLocality", location.locality},
                                                               {"addressRegion", location.region},
                                                               {"addressCountry", location.country}};
    for (const auto &[name, value] : fields) {
        if (value.isEmpty())
            continue;
        address.insert(key(name), value);
        if (!parts.contains(value, Qt::CaseInsensitive))
            parts.append(value);
    }
    if (parts.isEmpty()) {
        result.insert(key("address"), location.name);
        return result;
    }
    result.insert(key("address"), address);
    if (parts.join(QLatin1String(", ")) != location.name)
        putText(result, "name", location.name);
    return result;
}

// schema.org's jobLocationType knows only TELECOMMUTE. The property is text, so the other workplaces
// are written as words readers that know only TELECOMMUTE ignore, and Jobdesk's import reads back.
QString locationType(Workplace workplace)
{
    switch (workplace) {
    case Workplace::Remote:
        return QStringLiteral("TELECOMMUTE");
    case Workplace::Hybrid:
        return QStringLiteral("HYBRID");
    case Workplace::OnSite:
        return QStringLiteral("ONSITE");
    case Workplace::Unknown:
        break;
    }
    return {};
}

QString employmentType(EmploymentType type)
{
    switch (type) {
    case EmploymentType::FullTime:
        return QStringLiteral("FULL_TIME");
    case EmploymentType::PartTime:
        return QStringLiteral("PART_TIME");
    case EmploymentType::Contractor:
        return QStringLiteral("CONTRACTOR");
    case EmploymentType::Temporary:
        return QStringLiteral("TEMPORARY");
    case EmploymentType::Intern:
        return QStringLiteral("INTERN");
    case EmploymentType::Volunteer:
        return QStringLiteral("VOLUNTEER");
    case EmploymentType::PerDiem:
        return QStringLiteral("PER_DIEM");
    case EmploymentType::Other:
        return QStringLiteral("OTHER");
    case EmploymentType::Unknown:
        break;
    }
    return {};
}

QString unitText(SalaryPeriod period)
{
    switch (period) {
    case SalaryPeriod::Hour:
        return QStringLiteral("HOUR");
    case SalaryPeriod::Day:
        return QStringLiteral("DAY");
    case SalaryPeriod::Week:
        return QStringLiteral("WEEK");
    case SalaryPeriod::Month:
        return QStringLiteral("MONTH");
    case SalaryPeriod::Year:
        return QStringLiteral("YEAR");
    case SalaryPeriod::Unknown:
        break;
    }
    return {};
}

// A MonetaryAmount whose value is a QuantitativeValue: one `value` when both bounds are equal,
// otherwise the bounds that are known.
QJsonObject monetaryAmount(const Salary &salary)
{
    QJsonObject quantity = typed("QuantitativeValue");
    if (salary.min && salary.max && *salary.min == *salary.max) {
        quantity.insert(key("value"), *salary.min);
    } else {
        if (salary.min)
            quantity.insert(key("minValue"), *salary.min);
        if (salary.max)
            quantity.insert(key("maxValue"), *salary.max);
    }
    putText(quantity, "unitText", unitText(salary.period));
    QJsonObject amount = typed("MonetaryAmount");
    putText(amount, "currency", salary.currency);
    amount.insert(key("value"), quantity);
    return amount;
}

} // namespace

QJsonObject listingToJobPosting(const Listing &listing)
{
    QJsonObject posting = typed("JobPosting");
    posting.insert(key("@context"), QStringLiteral("https://schema.org"));
    putText(posting, "title", listing.title);
    putText(posting, "description",
            listing.descriptionHtml.isEmpty() ? listing.description : listing.descriptionHtml);
    putTime(posting, "datePosted", listing.postedAt);
    putTime(posting, "validThrough", listing.validThrough);
    if (!listing.company.isEmpty()) {
        QJsonObject organization = typed("Organization");
        organization.insert(key("name"), listing.company);
        posting.insert(key("hiringOrganization"), organization);
    }
    QJsonArray places;
    for (const Location &location : listing.locations)
        places.append(place(location));
    if (places.size() == 1)
        posting.insert(key("jobLocation"), places.first());
    else if (!places.isEmpty())
        posting.insert(key("jobLocation"), places);
    putText(posting, "jobLocationType", locationType(listing.workplace));
    putText(posting, "employmentType", employmentType(listing.employmentType));
    if (listing.salary.isKnown())
        posting.insert(key("baseSalary"), monetaryAmount(listing.salary));
    putText(posting, "url", listing.url);
    return posting;
}

} // namespace jobdesk
