// Which listing field each column of a CSV/TSV file holds. Headers are mapped automatically from the
// names exports use (Glassdoor, LinkedIn, Indeed, Adzuna, djinni, spreadsheets); a mapping the user
// chose is remembered per header signature (see CsvMappingStore).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk {

enum class CsvField
{
    Ignore,
    Title,
    Company,
    Location,
    Workplace,
    EmploymentType,
    Seniority,
    Salary, // salary text
    SalaryMin,
    SalaryMax,
    SalaryCurrency,
    SalaryPeriod,
    Posted,
    ValidThrough,
    Url,
    Description,
    Skills,
    Source,
};

struct CsvMapping
{
    QList<CsvField> columns; // one per header column
    // The period of salary amounts when no column states it ("month", "year", "hour" ...; empty: the
    // salary parser's rule). Known exports set it (djinni documents monthly salaries).
    QString salaryPeriod;
    // Whether every column with a non-empty header name was recognised (or chosen by the user).
    bool complete = false;
    friend bool operator==(const CsvMapping &, const CsvMapping &) = default;
};

// Maps a header row by the names sources use (compared case-, space- and punctuation-insensitively:
// "Job Title" = "job_title"); unknown names map to Ignore and leave it incomplete. The columns of the
// known exports that Jobdesk does not keep (Glassdoor's "Rating", djinni's "views" ...) and unnamed
// columns (pandas' index) map to Ignore without making it incomplete.
CsvMapping autoMapCsvHeader(const QStringList &header);
// A stable key of a header row (case- and space-insensitive), to remember a user's mapping by.
QString csvHeaderSignature(const QStringList &header);
// The canonical record key (fields.h) a field is written to; empty for Ignore.
QString csvFieldKey(CsvField field);
// Stable names for storing mappings and showing them ("title", "salary_min" ...).
QString csvFieldName(CsvField field);
std::optional<CsvField> parseCsvFieldName(const QString &name);
QList<CsvField> allCsvFields();

} // namespace jobdesk
