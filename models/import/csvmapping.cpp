#include "csvmapping.h"

#include "fields.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <initializer_list>

namespace jobdesk {
namespace {

struct FieldInfo
{
    CsvField field;
    const char *name; // csvFieldName
    const char *key;  // csvFieldKey (fields.h); nullptr for Ignore
};

constexpr FieldInfo fieldInfos[] = {
    {CsvField::Ignore, "ignore", nullptr},
    {CsvField::Title, "title", fields::title},
    {CsvField::Company, "company", fields::company},
    {CsvField::Location, "location", fields::locations},
    {CsvField::Workplace, "workplace", fields::workplace},
    {CsvField::EmploymentType, "employment_type", fields::employmentType},
    {CsvField::Seniority, "seniority", fields::seniority},
    {CsvField::Salary, "salary", fields::salary},
    {CsvField::SalaryMin, "salary_min", fields::salaryMin},
    {CsvField::SalaryMax, "salary_max", fields::salaryMax},
    {CsvField::SalaryCurrency, "salary_currency", fields::salaryCurrency},
    {CsvField::SalaryPeriod, "salary_period", fields::salaryPeriod},
    {CsvField::Posted, "posted", fields::posted},
    {CsvField::ValidThrough, "valid_through", fields::validThrough},
    {CsvField::Url, "url", fields::url},
    {CsvField::Description, "description", fields::description},
    {CsvField::Skills, "skills", fields::skills},
    {CsvField::Source, "source", fields::source},
};

const FieldInfo *infoOf(CsvField field)
{
    for (const FieldInfo &info : fieldInfos) {
        if (info.field == field)
            return &info;
    }
    return nullptr;
}

using Names = std::initializer_list<const char *>;

// Header names as matched: letters and digits only, lower-case ("Job Title", "job_title" and
// "JOB-TITLE" are all "jobtitle").
QString normalized(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    }
    return result;
}

// The names exports and spreadsheets use for each field, normalised. A name belongs to one field only.
struct Synonyms
{
    CsvField field;
    Names names;
};

const Synonyms synonyms[] = {
    {CsvField::Title,
     {"title", "jobtitle", "job", "jobname", "position", "positiontitle", "positionname", "jobposition",
      "role", "roletitle", "jobrole", "vacancy", "vacancytitle", "posttitle", "listingtitle"}},
    {CsvField::Company,
     {"company", "companyname", "employer", "employername", "organization", "organisation",
      "organizationname", "organisationname", "hiringorganization", "hiringorganisation", "hiringcompany"}},
    // "country" is here too: next to a city or location column both are joined ("Kyiv, UA").
    {CsvField::Location,
     {"location", "locations", "joblocation", "joblocations", "worklocation", "officelocation", "city",
      "town", "place", "address", "locality", "region", "state", "country", "locationregions",
      "candidaterequiredlocation", "jobgeo", "area"}},
    {CsvField::Workplace,
     {"workplace", "workplacetype", "remote", "isremote", "remotework", "remoteok", "workformat", "workmode",
      "workarrangement", "worksetting", "locationtype", "joblocationtype"}},
    {CsvField::EmploymentType,
     {"employmenttype", "jobtype", "contracttype", "typeofemployment", "employment", "jobschedule"}},
    {CsvField::Seniority,
     {"seniority", "senioritylevel", "level", "joblevel", "experiencelevel", "careerlevel"}},
    {CsvField::Salary,
     {"salary", "salaryestimate", "salaryrange", "salarytext", "pay", "payrange", "compensation",
      "compensationrange", "wage", "wages", "remuneration"}},
    {CsvField::SalaryMin,
     {"minsalary", "salarymin", "minimumsalary", "salaryminimum", "salaryfrom", "salarylow", "lowsalary",
      "minpay", "paymin", "minimumpay", "mincompensation", "compensationmin", "annualsalarymin"}},
    {CsvField::SalaryMax,
     {"maxsalary", "salarymax", "maximumsalary", "salarymaximum", "salaryto", "salaryhigh", "highsalary",
      "maxpay", "paymax", "maximumpay", "maxcompensation", "compensationmax", "annualsalarymax"}},
    {CsvField::SalaryCurrency, {"currency", "salarycurrency", "paycurrency", "currencycode"}},
    {CsvField::SalaryPeriod,
     {"salaryperiod", "payperiod", "salaryinterval", "payinterval", "payfrequency", "salaryfrequency",
      "salaryunit", "period"}},
    {CsvField::Posted,
     {"posted", "date", "created", "dateposted", "posteddate", "postedat", "postedon", "postdate",
      "timeposted", "published", "publishedat", "publicationdate", "pubdate", "createdat", "datecreated",
      "listed", "listedtime", "listedat"}},
    {CsvField::ValidThrough,
     {"deadline", "applicationdeadline", "expires", "expiresat", "expiry", "expirydate", "expiration",
      "expirationdate", "validthrough", "validuntil", "closingdate", "closes"}},
    {CsvField::Url,
     {"url", "link", "applyurl", "applylink", "applicationurl", "joburl", "joblink", "listingurl",
      "postingurl", "href"}},
    {CsvField::Description,
     {"description", "jobdescription", "descriptiontext", "summary", "jobsummary", "body", "details",
      "jobdetails", "text", "content", "requirements", "responsibilities", "qualifications"}},
    {CsvField::Skills,
     {"skills", "skill", "requiredskills", "tags", "keywords", "technologies", "techstack", "stack"}},
    {CsvField::Source, {"source", "board", "jobboard", "site", "platform"}},
};

// Columns that hold nothing Jobdesk keeps, whatever the file: the index column pandas writes.
const Names genericIgnored{"id", "unnamed0", "index"};

// The exports Jobdesk knows (see ../shared/data/listings). An export is recognised when its header
// holds all of its `signature` columns; its `ignored` columns are then known, so the mapping stays
// complete. The columns it keeps are mapped by the synonyms above.
struct KnownExport
{
    Names signature;
    Names ignored;
    const char *salaryPeriod = "";
};

const KnownExport knownExports[] = {
    // Glassdoor data-science postings (glassdoor_jobs.csv; the first, unnamed column is pandas' index).
    {{"jobtitle", "salaryestimate", "companyname", "typeofownership"},
     {"rating", "headquarters", "size", "founded", "typeofownership", "industry", "sector", "revenue",
      "competitors"}},
    // LinkedIn scrape (DataAnalyst.csv, DataScientist.csv).
    {{"title", "seniority", "employmenttype", "functions"}, {"industry", "functions"}},
    // Indeed scrape (cal_da_500.csv, cal_ds_500.csv).
    {{"id", "title", "company", "timeposted"}, {"id"}},
    // Adzuna API postings (job_postings.csv): "Keep" is the author's filter flag.
    {{"jobid", "jobtitle", "jobcategory", "keep"}, {"jobid", "keep", "jobcategory"}},
    // djinni.co listings (djinni.csv). Its data dictionary documents salary_min and salary_max as
    // "Minimum/Maximum monthly salary (gross)", so the amounts are per month.
    {{"salarymin", "salarymax", "locationtype", "locationregions", "experiencemonths"},
     {"category", "experiencemonths", "englishlevel", "experienceyears", "domain", "companytype",
      "companysize", "views", "applications"},
     "month"},
    // Jobdesk's own CSV export (docs/export.md): status, rating and tags are the exporting user's
    // annotations, not facts of the posting, and the yearly figure is recomputed on import.
    {{"salaryyearly", "status", "rating", "validthrough"},
     {"id", "salaryyearly", "status", "rating", "tags"}},
};

const QHash<QString, CsvField> &synonymTable()
{
    static const QHash<QString, CsvField> table = [] {
        QHash<QString, CsvField> result;
        for (const Synonyms &entry : synonyms) {
            for (const char *name : entry.names) {
                Q_ASSERT(!result.contains(QLatin1String(name)));
                result.insert(QString::fromLatin1(name), entry.field);
            }
        }
        return result;
    }();
    return table;
}

bool containsAll(const QSet<QString> &names, Names wanted)
{
    for (const char *name : wanted) {
        if (!names.contains(QLatin1String(name)))
            return false;
    }
    return true;
}

} // namespace

CsvMapping autoMapCsvHeader(const QStringList &header)
{
    QStringList names;
    names.reserve(header.size());
    for (const QString &name : header)
        names.append(normalized(name));
    const QSet<QString> present(names.cbegin(), names.cend());

    CsvMapping mapping;
    QSet<QString> ignored;
    for (const char *name : genericIgnored)
        ignored.insert(QString::fromLatin1(name));
    for (const KnownExport &known : knownExports) {
        if (!containsAll(present, known.signature))
            continue;
        for (const char *name : known.ignored)
            ignored.insert(QString::fromLatin1(name));
        if (mapping.salaryPeriod.isEmpty())
            mapping.salaryPeriod = QString::fromLatin1(known.salaryPeriod);
    }

    const QHash<QString, CsvField> &table = synonymTable();
    mapping.complete = true;
    mapping.columns.reserve(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString &name = names.at(i);
        if (const auto found = table.constFind(name); found != table.cend()) {
            mapping.columns.append(*found);
            continue;
        }
        mapping.columns.append(CsvField::Ignore);
        // Unnamed columns (pandas' index) do not count; a name made only of punctuation does.
        if (!header.at(i).trimmed().isEmpty() && !ignored.contains(name))
            mapping.complete = false;
    }
    return mapping;
}

QString csvHeaderSignature(const QStringList &header)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i > 0)
            hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(normalized(header.at(i)).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString csvFieldKey(CsvField field)
{
    const FieldInfo *info = infoOf(field);
    return info && info->key ? QString::fromLatin1(info->key) : QString();
}

QString csvFieldName(CsvField field)
{
    const FieldInfo *info = infoOf(field);
    return info ? QString::fromLatin1(info->name) : QString();
}

std::optional<CsvField> parseCsvFieldName(const QString &name)
{
    const QString trimmed = name.trimmed();
    for (const FieldInfo &info : fieldInfos) {
        if (trimmed.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.field;
    }
    return std::nullopt;
}

QList<CsvField> allCsvFields()
{
    QList<CsvField> result;
    for (const FieldInfo &info : fieldInfos)
        result.append(info.field);
    return result;
}

} // namespace jobdesk
