#include "listingjson.h"

#include "domain/listing.h"
#include "domain/vocabulary.h"

#include <QJsonArray>

namespace jobdesk {
namespace {

void putText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void putTime(QJsonObject &object, const char *key, const QDateTime &value)
{
    if (value.isValid())
        object.insert(QLatin1String(key), value.toUTC().toString(Qt::ISODate));
}

} // namespace

QJsonObject listingToJson(const Listing &listing)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), listing.id);
    putText(object, "title", listing.title);
    putText(object, "company", listing.company);
    QJsonArray locations;
    for (const Location &location : listing.locations) {
        QJsonObject place{{QLatin1String("name"), location.name}};
        putText(place, "locality", location.locality);
        putText(place, "region", location.region);
        putText(place, "country", location.country);
        locations.append(place);
    }
    if (!locations.isEmpty())
        object.insert(QLatin1String("locations"), locations);
    object.insert(QLatin1String("workplace"), keyword(listing.workplace));
    object.insert(QLatin1String("employment_type"), keyword(listing.employmentType));
    object.insert(QLatin1String("seniority"), keyword(listing.seniority));
    if (listing.salary.isKnown()) {
        QJsonObject salary;
        if (listing.salary.min)
            salary.insert(QLatin1String("min"), *listing.salary.min);
        if (listing.salary.max)
            salary.insert(QLatin1String("max"), *listing.salary.max);
        putText(salary, "currency", listing.salary.currency);
        salary.insert(QLatin1String("period"), keyword(listing.salary.period));
        if (const auto yearly = listing.salary.yearly())
            salary.insert(QLatin1String("yearly"), *yearly);
        object.insert(QLatin1String("salary"), salary);
    }
    putTime(object, "posted", listing.postedAt);
    putTime(object, "valid_through", listing.validThrough);
    putText(object, "url", listing.url);
    putText(object, "source", listing.source);
    putText(object, "description", listing.description);
    putTime(object, "imported", listing.importedAt);
    putTime(object, "updated", listing.updatedAt);
    return object;
}

} // namespace jobdesk
