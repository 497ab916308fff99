// A job listing as Jobdesk stores it: the normalised fields every filter uses, plus the wide text kept
// apart from the hot table (see resources/schema/sqlite/001_initial.sql).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jobdesk {

// The numeric values are stored in the database: never renumber, only append.
enum class Workplace : quint8
{
    Unknown = 0,
    OnSite = 1,
    Hybrid = 2,
    Remote = 3
};
enum class EmploymentType : quint8
{
    Unknown = 0,
    FullTime = 1,
    PartTime = 2,
    Contractor = 3,
    Temporary = 4,
    Intern = 5,
    Volunteer = 6,
    PerDiem = 7,
    Other = 8,
};
enum class Seniority : quint8
{
    Unknown = 0,
    Intern = 1,
    Junior = 2,
    Mid = 3,
    Senior = 4,
    Staff = 5,
    Principal = 6,
    Lead = 7,
};
enum class SalaryPeriod : quint8
{
    Unknown = 0,
    Hour = 1,
    Day = 2,
    Week = 3,
    Month = 4,
    Year = 5
};

struct Salary
{
    std::optional<double> min;
    std::optional<double> max;
    QString currency; // ISO 4217 code, empty when the source does not say
    SalaryPeriod period = SalaryPeriod::Unknown;

    bool isKnown() const { return min.has_value() || max.has_value(); }
    // The midpoint of the known bounds scaled to a year (hour x 2080, day x 260, week x 52, month x 12);
    // empty when the amount or the period is unknown. Currencies are not converted.
    std::optional<double> yearly() const;
    friend bool operator==(const Salary &, const Salary &) = default;
};

struct Location
{
    QString name; // as shown, e.g. "Berlin, Germany"
    QString locality;
    QString region;
    QString country;
    friend bool operator==(const Location &, const Location &) = default;
};

struct Listing
{
    qint64 id = 0;
    QString title;
    QString company;
    QList<Location> locations;
    Workplace workplace = Workplace::Unknown;
    EmploymentType employmentType = EmploymentType::Unknown;
    Seniority seniority = Seniority::Unknown;
    Salary salary;
    QDateTime postedAt;     // invalid when unknown
    QDateTime validThrough; // invalid when unknown
    QString url;
    QString source;
    QString description;      // plain text
    QString descriptionHtml;  // sanitised HTML, may be empty
    QString rawFormat;        // e.g. "json", "jsonld", "csv"
    QString rawSource;        // the record as it came, for the source view
    QStringList statedSkills; // skills the source lists apart from the description (not stored as such:
                              // they feed the skill extraction)
    QDateTime importedAt;
    QDateTime updatedAt;

    // The locations joined for display ("Berlin, Germany; Remote").
    QString locationText() const;
};

} // namespace jobdesk
