#include "jsonrecordmapper.h"

#include "dateparser.h"
#include "htmltext.h"
#include "inference.h"
#include "salaryparser.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <initializer_list>

namespace jobdesk {
namespace {

using Names = std::initializer_list<const char *>;

// The names sources use for each field, most specific first.
const Names titleNames{"title", "job_title", "jobTitle", "position", "name"};
const Names companyNames{"company",  "company_name",       "companyName",
                         "employer", "hiringOrganization", "organization"};
const Names locationNames{"locations",    "location", "candidate_required_location",
                          "job_location", "jobGeo",   "city"};
const Names workplaceNames{"workplace", "remote", "work_format", "location_type", "jobLocationType"};
const Names typeNames{"employment_type", "employmentType", "job_type", "jobType", "type"};
const Names seniorityNames{"seniority", "job_level", "experience_level", "level"};
const Names periodNames{"salary_period", "salaryPeriod", "salary_interval", "pay_period"};
const Names salaryNames{"salary", "salary_range", "salary_text", "compensation", "pay"};
const Names salaryMinNames{"salary_min", "salaryMin", "annualSalaryMin", "min_salary"};
const Names salaryMaxNames{"salary_max", "salaryMax", "annualSalaryMax", "max_salary"};
const Names currencyNames{"salary_currency", "salaryCurrency", "currency"};
const Names postedNames{"date_posted", "datePosted",  "publication_date", "posted_at",
                        "pubDate",     "listed_time", "created_at",       "date",
                        "posted",      "time_posted"};
const Names validNames{"valid_through", "validThrough", "expires", "expiration_date"};
const Names urlNames{"url", "link", "job_url", "apply_url", "jobUrl"};
const Names htmlNames{"description_html", "html_description", "jobDescription"};
const Names textNames{"description", "job_description", "jobExcerpt", "text", "body"};
const Names sourceNames{"source", "board"};
// Skills the source lists apart from the description (board tags are skill keywords on the boards we
// know); the skill extractor keeps only those in the dictionary.
const Names skillNames{"skills", "required_skills", "tags", "keywords"};

QJsonValue first(const QJsonObject &record, Names names)
{
    for (const char *name : names) {
        const QJsonValue value = record.value(QLatin1String(name));
        if (!value.isNull() && !value.isUndefined() &&
            !(value.isString() && value.toString().trimmed().isEmpty()))
            return value;
    }
    return {};
}

// Text of a value that may be a string, a number or an object with a "name" (schema.org style).
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString().trimmed();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QString();
    return {};
}

// A list of names from an array (of strings or named objects) or from text separated by commas,
// semicolons, bars or line breaks.
QStringList names(const QJsonValue &value)
{
    QStringList result;
    const auto add = [&result](const QString &name) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed, Qt::CaseInsensitive))
            result.append(trimmed);
    };
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            add(text(item));
    } else {
        static const QRegularExpression separators(QStringLiteral("[,;|\\n]"));
        for (const QString &part : text(value).split(separators, Qt::SkipEmptyParts))
            add(part);
    }
    return result;
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        if (const auto parsed = parseSalary(value.toString()))
            return parsed->min ? parsed->min : parsed->max;
    }
    return std::nullopt;
}

QList<Location> locations(const QJsonValue &value)
{
    QList<Location> result;
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : items) {
        const QJsonObject place = item.toObject();
        Location location{text(item), place.value(QLatin1String("locality")).toString(),
                          place.value(QLatin1String("region")).toString(),
                          place.value(QLatin1String("country")).toString()};
        if (location.name.isEmpty()) {
            QStringList parts;
            for (const QString &part : {location.locality, location.region, location.country}) {
                if (!part.isEmpty())
                    parts.append(part);
            }
            location.name = parts.join(QLatin1String(", "));
        }
        if (!location.name.isEmpty() && !result.contains(location))
            result.append(location);
    }
    return result;
}

Workplace workplace(const QJsonObject &record, const Listing &listing)
{
    const QJsonValue value = first(record, workplaceNames);
    if (value.isBool())
        return value.toBool() ? Workplace::Remote : Workplace::Unknown;
    const QString stated = text(value);
    if (const auto parsed = parseWorkplace(stated))
        return *parsed;
    if (stated.compare(QLatin1String("TELECOMMUTE"), Qt::CaseInsensitive) == 0)
        return Workplace::Remote;
    const Workplace fromStated = inferWorkplace(stated);
    if (fromStated != Workplace::Unknown)
        return fromStated;
    const Workplace fromLocation = inferWorkplace(listing.locationText());
    return fromLocation != Workplace::Unknown ? fromLocation : inferWorkplace(listing.title);
}

// The first type a source names that Jobdesk knows ("FULL_TIME", ["CONTRACTOR", "PART_TIME"]).
EmploymentType employmentType(const QJsonValue &value)
{
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : items) {
        if (const auto parsed = parseEmploymentType(text(item)))
            return *parsed;
    }
    return EmploymentType::Unknown;
}

SalaryPeriod salaryPeriod(const QString &stated)
{
    static const std::pair<const char *, SalaryPeriod> words[] = {
        {"hour", SalaryPeriod::Hour},   {"day", SalaryPeriod::Day},   {"week", SalaryPeriod::Week},
        {"month", SalaryPeriod::Month}, {"year", SalaryPeriod::Year}, {"annu", SalaryPeriod::Year},
    };
    const QString lower = stated.toLower();
    for (const auto &[word, period] : words) {
        if (lower.contains(QLatin1String(word)))
            return period;
    }
    return SalaryPeriod::Unknown;
}

Salary salary(const QJsonObject &record)
{
    const QString currency = text(first(record, currencyNames)).toUpper();
    const QString stated = text(first(record, salaryNames));
    const SalaryPeriod statedPeriod = salaryPeriod(text(first(record, periodNames)));
    if (!stated.isEmpty()) {
        if (auto parsed = parseSalary(stated, currency)) {
            if (parsed->period == SalaryPeriod::Unknown)
                parsed->period = statedPeriod;
            return *parsed;
        }
    }
    Salary result;
    result.min = number(first(record, salaryMinNames));
    result.max = number(first(record, salaryMaxNames));
    if (!result.isKnown())
        return {};
    result.currency = currency;
    result.period = statedPeriod;
    if (result.period == SalaryPeriod::Unknown && result.max.value_or(result.min.value_or(0)) >= 10000)
        result.period = SalaryPeriod::Year; // the same rule as for salary text (salaryparser.h)
    if (result.min && result.max && *result.min > *result.max)
        std::swap(result.min, result.max);
    return result;
}

} // namespace

JsonRecordMapper::JsonRecordMapper(const QDateTime &now)
    : m_now(now)
{}

std::optional<Listing> JsonRecordMapper::map(const SourceRecord &source, QString *error) const
{
    if (!source.error.isEmpty()) {
        if (error)
            *error = source.error;
        return std::nullopt;
    }
    const QJsonObject &record = source.fields;
    Listing listing;
    listing.title = htmlToPlainText(text(first(record, titleNames)));
    if (listing.title.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Import", "the record has no title");
        return std::nullopt;
    }
    listing.company = htmlToPlainText(text(first(record, companyNames)));
    listing.locations = locations(first(record, locationNames));
    listing.workplace = workplace(record, listing);
    listing.employmentType = employmentType(first(record, typeNames));
    const Seniority stated = parseSeniority(text(first(record, seniorityNames))).value_or(Seniority::Unknown);
    listing.seniority = stated != Seniority::Unknown ? stated : inferSeniority(listing.title);
    listing.salary = salary(record);
    listing.postedAt = parseDate(text(first(record, postedNames)), m_now);
    listing.validThrough = parseDate(text(first(record, validNames)), m_now);
    listing.url = text(first(record, urlNames));
    listing.source = text(first(record, sourceNames));
    listing.statedSkills = names(first(record, skillNames));

    QString html = text(first(record, htmlNames));
    const QString plain = text(first(record, textNames));
    if (html.isEmpty() && looksLikeHtml(plain))
        html = plain;
    if (!html.isEmpty()) {
        listing.descriptionHtml = sanitizeHtml(html);
        listing.description = htmlToPlainText(html);
    } else {
        listing.description = htmlToPlainText(plain);
    }
    listing.rawFormat = source.rawFormat;
    listing.rawSource = source.raw;
    return listing;
}

} // namespace jobdesk
