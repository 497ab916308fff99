// autoMapCsvHeader on the headers of the real exports under ../shared/data/listings (Glassdoor,
// LinkedIn, Indeed, Adzuna, djinni) and on the names spreadsheets use; header signatures; field names.
#include "import/csvmapping.h"
#include "import/csvreader.h"
#include "import/fields.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace jobdesk;
using namespace Qt::StringLiterals;

namespace {

QStringList namesOf(const QList<CsvField> &fields)
{
    QStringList names;
    for (const CsvField field : fields)
        names.append(csvFieldName(field));
    return names;
}

} // namespace

class TestCsvMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realHeaders_data();
    void realHeaders();
    void synonyms_data();
    void synonyms();
    void unknownColumns_data();
    void unknownColumns();
    void cityAndCountry();
    void knownIgnoredOnlyWithTheirExport();
    void signature();
    void fieldNames_data();
    void fieldNames();
    void parseFieldName();
};

void TestCsvMapping::realHeaders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("salaryPeriod");

    const QString i = u"ignore"_s;
    QTest::newRow("glassdoor") << u"listings/glassdoor-ds-2020/glassdoor_jobs.csv"_s
                               << QStringList{i,
                                              u"title"_s,
                                              u"salary"_s,
                                              u"description"_s,
                                              i,
                                              u"company"_s,
                                              u"location"_s,
                                              i,
                                              i,
                                              i,
                                              i,
                                              i,
                                              i,
                                              i,
                                              i}
                               << QString();
    const QStringList linkedin{u"title"_s,       u"company"_s,   u"location"_s,        i,
                               u"description"_s, u"seniority"_s, u"employment_type"_s, i};
    QTest::newRow("linkedin analyst")
        << u"listings/linkedin-indeed-ca-2018/DataAnalyst.csv"_s << linkedin << QString();
    QTest::newRow("linkedin scientist")
        << u"listings/linkedin-indeed-ca-2018/DataScientist.csv"_s << QStringList{i} + linkedin << QString();
    const QStringList indeed{i, u"title"_s, u"company"_s, u"location"_s, u"description"_s, u"posted"_s};
    QTest::newRow("indeed analyst") << u"listings/linkedin-indeed-ca-2018/cal_da_500.csv"_s << indeed
                                    << QString();
    QTest::newRow("indeed scientist")
        << u"listings/linkedin-indeed-ca-2018/cal_ds_500.csv"_s << indeed << QString();
    QTest::newRow("adzuna")
        << u"listings/adzuna-us-uk-2025/job_postings.csv"_s
        << QStringList{i, u"posted"_s,  u"description"_s, u"title"_s, i, u"location"_s, u"salary_max"_s,
                       i, u"location"_s}
        << QString();
    QTest::newRow("djinni") << u"listings/djinni-2026-listings/djinni.csv"_s
                            << QStringList{u"title"_s,
                                           u"company"_s,
                                           u"url"_s,
                                           u"salary_min"_s,
                                           u"salary_max"_s,
                                           u"salary_currency"_s,
                                           u"employment_type"_s,
                                           i, // category
                                           u"posted"_s,
                                           u"workplace"_s, // location_type
                                           u"location"_s,  // location_regions
                                           i,
                                           i,
                                           i,
                                           u"workplace"_s, // work_format
                                           u"location"_s,  // city
                                           u"location"_s,  // country
                                           i,
                                           i,
                                           i,
                                           i,
                                           i,
                                           u"skills"_s,
                                           u"description"_s}
                            << u"month"_s;
}

void TestCsvMapping::realHeaders()
{
    QFETCH(QString, file);
    QFETCH(QStringList, fields);
    QFETCH(QString, salaryPeriod);

    QFile in(test::sharedData(file));
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.errorString()));
    const QStringList header = CsvReader::readHeader(in.readAll());
    const CsvMapping mapping = autoMapCsvHeader(header);
    QCOMPARE(mapping.columns.size(), header.size());
    QCOMPARE(namesOf(mapping.columns), fields);
    QVERIFY(mapping.complete);
    QCOMPARE(mapping.salaryPeriod, salaryPeriod);
}

void TestCsvMapping::synonyms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");

    const std::pair<const char *, const char *> rows[] = {
        {"Title", "title"},
        {"Job Title", "title"},
        {"job_title", "title"},
        {"JOB-TITLE", "title"},
        {"  Position ", "title"},
        {"Role", "title"},
        {"Company", "company"},
        {"Employer", "company"},
        {"Organization", "company"},
        {"Organisation", "company"},
        {"Location", "location"},
        {"City", "location"},
        {"Place", "location"},
        {"Country", "location"},
        {"Remote", "workplace"},
        {"Work format", "workplace"},
        {"Employment Type", "employment_type"},
        {"job_type", "employment_type"},
        {"Seniority", "seniority"},
        {"Experience level", "seniority"},
        {"Salary", "salary"},
        {"Pay", "salary"},
        {"Compensation", "salary"},
        {"Min Salary", "salary_min"},
        {"salary_min", "salary_min"},
        {"Max Salary", "salary_max"},
        {"SalaryMax", "salary_max"},
        {"Currency", "salary_currency"},
        {"Salary Period", "salary_period"},
        {"Posted", "posted"},
        {"Date", "posted"},
        {"Created", "posted"},
        {"Date Posted", "posted"},
        {"Deadline", "valid_through"},
        {"Expires", "valid_through"},
        {"Valid Through", "valid_through"},
        {"Link", "url"},
        {"URL", "url"},
        {"Apply URL", "url"},
        {"Summary", "description"},
        {"Body", "description"},
        {"Details", "description"},
        {"Job Description", "description"},
        {"Skills", "skills"},
        {"Tags", "skills"},
        {"Keywords", "skills"},
        {"Source", "source"},
        {"Board", "source"},
    };
    for (const auto &[name, field] : rows)
        QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(field);
}

void TestCsvMapping::synonyms()
{
    QFETCH(QString, name);
    QFETCH(QString, field);

    const CsvMapping mapping = autoMapCsvHeader({name});
    QCOMPARE(mapping.columns.size(), 1);
    QCOMPARE(csvFieldName(mapping.columns.first()), field);
    QVERIFY(mapping.complete);
    QVERIFY(mapping.salaryPeriod.isEmpty());
}

void TestCsvMapping::unknownColumns_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<bool>("complete");

    QTest::newRow("unknown name") << QStringList{u"title"_s, u"flavour"_s}
                                  << QStringList{u"title"_s, u"ignore"_s} << false;
    QTest::newRow("punctuation only")
        << QStringList{u"title"_s, u"#"_s} << QStringList{u"title"_s, u"ignore"_s} << false;
    QTest::newRow("unnamed columns") << QStringList{QString(), u"title"_s, u"  "_s}
                                     << QStringList{u"ignore"_s, u"title"_s, u"ignore"_s} << true;
    QTest::newRow("pandas index") << QStringList{u"Unnamed: 0"_s, u"title"_s}
                                  << QStringList{u"ignore"_s, u"title"_s} << true;
    QTest::newRow("id") << QStringList{u"ID"_s, u"title"_s} << QStringList{u"ignore"_s, u"title"_s} << true;
    QTest::newRow("empty header") << QStringList{} << QStringList{} << true;
}

void TestCsvMapping::unknownColumns()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, fields);
    QFETCH(bool, complete);

    const CsvMapping mapping = autoMapCsvHeader(header);
    QCOMPARE(namesOf(mapping.columns), fields);
    QCOMPARE(mapping.complete, complete);
}

void TestCsvMapping::cityAndCountry()
{
    const CsvMapping mapping = autoMapCsvHeader({u"Title"_s, u"City"_s, u"Country"_s});
    QCOMPARE(mapping.columns, (QList<CsvField>{CsvField::Title, CsvField::Location, CsvField::Location}));
    QVERIFY(mapping.complete);
}

// Glassdoor's "Rating" is known in a Glassdoor header, but unknown in a file of unknown origin.
void TestCsvMapping::knownIgnoredOnlyWithTheirExport()
{
    const CsvMapping other = autoMapCsvHeader({u"title"_s, u"rating"_s});
    QCOMPARE(other.columns, (QList<CsvField>{CsvField::Title, CsvField::Ignore}));
    QVERIFY(!other.complete);

    const CsvMapping glassdoor = autoMapCsvHeader(
        {u"Job Title"_s, u"Salary Estimate"_s, u"Company Name"_s, u"Type of ownership"_s, u"Rating"_s});
    QVERIFY(glassdoor.complete);
    QVERIFY(glassdoor.salaryPeriod.isEmpty());

    // Only djinni's own header says that salaries are monthly.
    QVERIFY(autoMapCsvHeader({u"title"_s, u"salary_min"_s, u"salary_max"_s}).salaryPeriod.isEmpty());
}

void TestCsvMapping::signature()
{
    const QString signature = csvHeaderSignature({u"Job Title"_s, u"Company"_s, QString()});
    QCOMPARE(signature.size(), 40);
    QVERIFY(QByteArray::fromHex(signature.toLatin1()).toHex() == signature.toLatin1());
    QCOMPARE(csvHeaderSignature({u"job_title"_s, u" COMPANY "_s, QString()}), signature);
    QCOMPARE(csvHeaderSignature({u"JobTitle"_s, u"company"_s, u""_s}), signature);
    QVERIFY(csvHeaderSignature({u"Company"_s, u"Job Title"_s, QString()}) != signature);
    QVERIFY(csvHeaderSignature({u"Job Title"_s, u"Company"_s}) != signature);
    QVERIFY(csvHeaderSignature({u"Job Title"_s, u"Company"_s, u"Location"_s}) != signature);
    // Stored with remembered mappings, so it must not change: SHA-1 of the normalised names.
    QCOMPARE(csvHeaderSignature({u"A"_s, u"b_"_s}),
             QString::fromLatin1(QCryptographicHash::hash("a\x1f"
                                                          "b",
                                                          QCryptographicHash::Sha1)
                                     .toHex()));
}

void TestCsvMapping::fieldNames_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");

    const std::tuple<CsvField, const char *, const char *> rows[] = {
        {CsvField::Ignore, "ignore", ""},
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
    QCOMPARE(allCsvFields().size(), qsizetype(std::size(rows)));
    for (const auto &[field, name, key] : rows)
        QTest::newRow(name) << int(field) << QString::fromLatin1(name) << QString::fromLatin1(key);
}

void TestCsvMapping::fieldNames()
{
    QFETCH(int, field);
    QFETCH(QString, name);
    QFETCH(QString, key);

    QVERIFY(allCsvFields().contains(CsvField(field)));
    QCOMPARE(csvFieldName(CsvField(field)), name);
    QCOMPARE(csvFieldKey(CsvField(field)), key);
    QCOMPARE(parseCsvFieldName(name), std::optional(CsvField(field)));
}

void TestCsvMapping::parseFieldName()
{
    QCOMPARE(parseCsvFieldName(u" Salary_Min "_s), std::optional(CsvField::SalaryMin));
    QCOMPARE(parseCsvFieldName(u"TITLE"_s), std::optional(CsvField::Title));
    QCOMPARE(parseCsvFieldName(u"salary min"_s), std::nullopt);
    QCOMPARE(parseCsvFieldName(u"job title"_s), std::nullopt);
    QCOMPARE(parseCsvFieldName(QString()), std::nullopt);
    // Every name is distinct and lower-case.
    QStringList names;
    for (const CsvField field : allCsvFields())
        names.append(csvFieldName(field));
    QCOMPARE(names.removeDuplicates(), 0);
    for (const QString &name : std::as_const(names))
        QCOMPARE(name, name.toLower());
}

QTEST_GUILESS_MAIN(TestCsvMapping)
#include "tst_csvmapping.moc"
