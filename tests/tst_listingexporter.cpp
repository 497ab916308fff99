// Exporting listings: CSV quoting and the formula guard, the JobPosting shape, batches read in order,
// progress, cancelling and failing without leaving a file, selections in the view's order.
#include "testsupport.h"

#include "export/csvformat.h"
#include "export/jobpostingjson.h"
#include "export/listingbatch.h"
#include "export/listingcsv.h"
#include "export/listingexporter.h"
#include "import/csvmapping.h"
#include "listings/listingquery.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

const QDateTime importTime(QDate(2026, 11, 1), QTime(9, 30), QTimeZone::UTC);

// Stores makeListing(0) ... makeListing(count - 1); returns their ids in that order.
QList<qint64> fill(Database &db, int count)
{
    ListingRepository repository(db);
    Transaction transaction(db.connection(), db.dialect());
    QList<qint64> ids;
    for (int n = 0; n < count; ++n)
        ids.append(repository.upsert(test::makeListing(n), importTime).id);
    transaction.commit();
    return ids;
}

QByteArray exportBytes(const Database &db, const QList<qint64> &ids, ExportFormat format,
                       ExportResult *result = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.format = format;
    const ExportResult written = ListingExporter(db).write(ids, buffer, options);
    if (result)
        *result = written;
    return buffer.data();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestListingExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void csvFieldsAreQuotedAsRfc4180Says()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csvField(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csvField(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(csvField(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        QCOMPARE(csvField(QString()), QString());
        QCOMPARE(csvRecord({QStringLiteral("a"), QString(), QStringLiteral("c,d")}),
                 QStringLiteral("a,,\"c,d\"\r\n"));
    }

    void formulasAreGuarded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("guarded");
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")" << "'=HYPERLINK(\"http://x\")";
        QTest::newRow("plus") << "+1 555 0100" << "'+1 555 0100";
        QTest::newRow("minus") << "-2+3+cmd|' /C calc'!A0" << "'-2+3+cmd|' /C calc'!A0";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1" << "'\t=1";
        QTest::newRow("carriage return") << "\r=1" << "'\r=1";
        QTest::newRow("inside") << "C++ = fun" << "C++ = fun";
        QTest::newRow("empty") << "" << "";
    }
    void formulasAreGuarded()
    {
        QFETCH(QString, text);
        QFETCH(QString, guarded);
        QCOMPARE(guardFormula(text), guarded);
    }

    void csvGuardsTextCellsButNotNumbers()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        Listing listing = test::makeListing(1);
        listing.title = QStringLiteral("=WEBSERVICE(\"http://evil.example\")");
        listing.company = QStringLiteral("@Acme");
        listing.salary = {-1.0, 90000.0, QStringLiteral("USD"), SalaryPeriod::Year};
        const qint64 id = ListingRepository(db).upsert(listing, importTime).id;
        const QList<ExportedListing> batch = readListingBatch(db, {id});
        QCOMPARE(batch.size(), 1);
        const QStringList fields = listingCsvFields(batch.first());
        const QStringList header = listingCsvHeader();
        QCOMPARE(fields.at(header.indexOf(QLatin1String("title"))),
                 QStringLiteral("'=WEBSERVICE(\"http://evil.example\")"));
        QCOMPARE(fields.at(header.indexOf(QLatin1String("company"))), QStringLiteral("'@Acme"));
        QCOMPARE(fields.at(header.indexOf(QLatin1String("salary_min"))), QStringLiteral("-1"));
    }

    void csvHeaderIsStableAndMapsOntoTheImport()
    {
        const QStringList header = listingCsvHeader();
        QCOMPARE(header.join(QLatin1Char(',')),
                 QStringLiteral("id,title,company,location,workplace,employment_type,seniority,salary_min,"
                                "salary_max,salary_currency,salary_period,salary_yearly,posted,"
                                "valid_through,url,source,status,rating,tags,description"));
        const CsvMapping mapping = autoMapCsvHeader(header);
        const auto fieldOf = [&](const char *name) {
            return mapping.columns.at(header.indexOf(QLatin1String(name)));
        };
        QCOMPARE(fieldOf("title"), CsvField::Title);
        QCOMPARE(fieldOf("company"), CsvField::Company);
        QCOMPARE(fieldOf("location"), CsvField::Location);
        QCOMPARE(fieldOf("workplace"), CsvField::Workplace);
        QCOMPARE(fieldOf("employment_type"), CsvField::EmploymentType);
        QCOMPARE(fieldOf("seniority"), CsvField::Seniority);
        QCOMPARE(fieldOf("salary_min"), CsvField::SalaryMin);
        QCOMPARE(fieldOf("salary_max"), CsvField::SalaryMax);
        QCOMPARE(fieldOf("salary_currency"), CsvField::SalaryCurrency);
        QCOMPARE(fieldOf("salary_period"), CsvField::SalaryPeriod);
        QCOMPARE(fieldOf("posted"), CsvField::Posted);
        QCOMPARE(fieldOf("valid_through"), CsvField::ValidThrough);
        QCOMPARE(fieldOf("url"), CsvField::Url);
        QCOMPARE(fieldOf("source"), CsvField::Source);
        QCOMPARE(fieldOf("description"), CsvField::Description);
        // The derived and the user's columns are not listing fields an import sets.
        QCOMPARE(fieldOf("id"), CsvField::Ignore);
        QCOMPARE(fieldOf("salary_yearly"), CsvField::Ignore);
        QCOMPARE(fieldOf("status"), CsvField::Ignore);
        QCOMPARE(fieldOf("rating"), CsvField::Ignore);
    }

    void csvCarriesAnnotationsAndKeywords()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        Listing listing = test::makeListing(2);
        listing.workplace = Workplace::Hybrid;
        listing.seniority = Seniority::Senior;
        listing.validThrough = importTime.addDays(30);
        const qint64 id = ListingRepository(db).upsert(listing, importTime).id;
        const QSqlDatabase c = db.connection();
        sql::run(c,
                 QStringLiteral("INSERT INTO annotations (listing_id, stage_id, rating, updated_at) "
                                "VALUES (?, (SELECT id FROM stages WHERE name = 'Applied'), 4, 0)"),
                 {id});
        sql::run(c, QStringLiteral("INSERT INTO tags (name) VALUES ('shortlist'), ('Berlin')"));
        sql::run(c, QStringLiteral("INSERT INTO listing_tags (listing_id, tag_id) SELECT ?, id FROM tags"),
                 {id});

        const QStringList header = listingCsvHeader();
        const QStringList fields = listingCsvFields(readListingBatch(db, {id}).first());
        QCOMPARE(fields.size(), header.size());
        const auto cell = [&](const char *name) { return fields.at(header.indexOf(QLatin1String(name))); };
        QCOMPARE(cell("id"), QString::number(id));
        QCOMPARE(cell("location"), QStringLiteral("Berlin, Germany"));
        QCOMPARE(cell("workplace"), QStringLiteral("hybrid"));
        QCOMPARE(cell("employment_type"), QStringLiteral("full-time"));
        QCOMPARE(cell("seniority"), QStringLiteral("senior"));
        QCOMPARE(cell("salary_min"), QStringLiteral("52000"));
        QCOMPARE(cell("salary_max"), QStringLiteral("72000"));
        QCOMPARE(cell("salary_currency"), QStringLiteral("EUR"));
        QCOMPARE(cell("salary_period"), QStringLiteral("year"));
        QCOMPARE(cell("salary_yearly"), QStringLiteral("62000"));
        QCOMPARE(cell("posted"), QStringLiteral("2026-01-03T00:00:00Z"));
        QCOMPARE(cell("valid_through"), QStringLiteral("2026-12-01T09:30:00Z"));
        QCOMPARE(cell("status"), QStringLiteral("Applied"));
        QCOMPARE(cell("rating"), QStringLiteral("4"));
        QCOMPARE(cell("tags"), QStringLiteral("Berlin, shortlist"));
        QCOMPARE(cell("description"), listing.description);

        // Without annotations: the table's "New", no rating, no tags; unknown values stay empty.
        Listing bare = test::makeListing(3);
        bare.workplace = Workplace::Unknown;
        bare.salary = {};
        const qint64 bareId = ListingRepository(db).upsert(bare, importTime).id;
        const QStringList bareFields = listingCsvFields(readListingBatch(db, {bareId}).first());
        const auto bareCell = [&](const char *name) {
            return bareFields.at(header.indexOf(QLatin1String(name)));
        };
        QCOMPARE(bareCell("status"), QStringLiteral("New"));
        QCOMPARE(bareCell("rating"), QStringLiteral("0"));
        QCOMPARE(bareCell("tags"), QString());
        QCOMPARE(bareCell("workplace"), QString());
        QCOMPARE(bareCell("salary_period"), QString());
        QCOMPARE(bareCell("salary_yearly"), QString());
    }

    void jobPostingHasTheSchemaOrgShape()
    {
        Listing listing = test::makeListing(3); // workplace 3: remote
        listing.locations = {
            Location{QStringLiteral("Berlin, DE"), QStringLiteral("Berlin"), {}, QStringLiteral("DE")},
            Location{QStringLiteral("Anywhere in Europe"), {}, {}, {}}};
        listing.descriptionHtml = QStringLiteral("<p>We build things</p>");
        listing.validThrough = importTime;
        const QJsonObject posting = listingToJobPosting(listing);
        QCOMPARE(posting[QLatin1String("@context")].toString(), QStringLiteral("https://schema.org"));
        QCOMPARE(posting[QLatin1String("@type")].toString(), QStringLiteral("JobPosting"));
        QCOMPARE(posting[QLatin1String("title")].toString(), listing.title);
        QCOMPARE(posting[QLatin1String("description")].toString(), listing.descriptionHtml);
        QCOMPARE(posting[QLatin1String("datePosted")].toString(), QStringLiteral("2026-01-04T00:00:00Z"));
        QCOMPARE(posting[QLatin1String("validThrough")].toString(), QStringLiteral("2026-11-01T09:30:00Z"));
        const QJsonObject organization = posting[QLatin1String("hiringOrganization")].toObject();
        QCOMPARE(organization[QLatin1String("@type")].toString(), QStringLiteral("Organization"));
        QCOMPARE(organization[QLatin1String("name")].toString(), listing.company);
        QCOMPARE(posting[QLatin1String("jobLocationType")].toString(), QStringLiteral("TELECOMMUTE"));
        QCOMPARE(posting[QLatin1String("employmentType")].toString(), QStringLiteral("FULL_TIME"));
        QCOMPARE(posting[QLatin1String("url")].toString(), listing.url);

        const QJsonArray places = posting[QLatin1String("jobLocation")].toArray();
        QCOMPARE(places.size(), 2);
        const QJsonObject address = places[0][QLatin1String("address")].toObject();
        QCOMPARE(places[0][QLatin1String("@type")].toString(), QStringLiteral("Place"));
        QCOMPARE(address[QLatin1String("@type")].toString(), QStringLiteral("PostalAddress"));
        QCOMPARE(address[QLatin1String("addressLocality")].toString(), QStringLiteral("Berlin"));
        QCOMPARE(address[QLatin1String("addressCountry")].toString(), QStringLiteral("DE"));
        QVERIFY(!places[0].toObject().contains(QLatin1String("name"))); // the address says it
        QCOMPARE(places[1][QLatin1String("address")].toString(), QStringLiteral("Anywhere in Europe"));

        const QJsonObject salary = posting[QLatin1String("baseSalary")].toObject();
        QCOMPARE(salary[QLatin1String("@type")].toString(), QStringLiteral("MonetaryAmount"));
        QCOMPARE(salary[QLatin1String("currency")].toString(), QStringLiteral("EUR"));
        const QJsonObject value = salary[QLatin1String("value")].toObject();
        QCOMPARE(value[QLatin1String("@type")].toString(), QStringLiteral("QuantitativeValue"));
        QCOMPARE(value[QLatin1String("minValue")].toDouble(), 53000.0);
        QCOMPARE(value[QLatin1String("maxValue")].toDouble(), 73000.0);
        QCOMPARE(value[QLatin1String("unitText")].toString(), QStringLiteral("YEAR"));

        // One amount is a single value; a place whose name the address does not say keeps its name.
        listing.salary = {45.0, 45.0, QStringLiteral("USD"), SalaryPeriod::Hour};
        listing.locations = {Location{QStringLiteral("Remote (USA)"), {}, {}, QStringLiteral("USA")}};
        listing.workplace = Workplace::Unknown;
        listing.company.clear();
        const QJsonObject other = listingToJobPosting(listing);
        const QJsonObject single = other[QLatin1String("baseSalary")][QLatin1String("value")].toObject();
        QCOMPARE(single[QLatin1String("value")].toDouble(), 45.0);
        QCOMPARE(single[QLatin1String("unitText")].toString(), QStringLiteral("HOUR"));
        QVERIFY(!single.contains(QLatin1String("minValue")));
        const QJsonObject place = other[QLatin1String("jobLocation")].toObject();
        QCOMPARE(place[QLatin1String("name")].toString(), QStringLiteral("Remote (USA)"));
        QVERIFY(!other.contains(QLatin1String("jobLocationType")));
        QVERIFY(!other.contains(QLatin1String("hiringOrganization")));
    }

    void batchesReadEveryFieldInTheOrderGiven()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        Listing listing = test::makeListing(4);
        listing.locations.append(Location{QStringLiteral("Remote (EU)"), {}, {}, {}});
        listing.descriptionHtml = QStringLiteral("<p>We build things</p>");
        listing.validThrough = importTime.addDays(10);
        ListingRepository repository(db);
        const qint64 first = repository.upsert(listing, importTime).id;
        const qint64 second = repository.upsert(test::makeListing(5), importTime).id;

        const QList<ExportedListing> batch = readListingBatch(db, {second, 999999, first, second});
        QCOMPARE(batch.size(), 3); // the unknown id is left out, a repeated one repeated
        QCOMPARE(batch.at(0).listing.id, second);
        QCOMPARE(batch.at(1).listing.id, first);
        QCOMPARE(batch.at(2).listing.id, second);
        Listing stored = *repository.find(first);
        stored.rawSource.clear(); // an export never reads it
        const Listing &read = batch.at(1).listing;
        QCOMPARE(read.title, stored.title);
        QCOMPARE(read.locations, stored.locations);
        QCOMPARE(read.salary, stored.salary);
        QCOMPARE(read.postedAt, stored.postedAt);
        QCOMPARE(read.validThrough, stored.validThrough);
        QCOMPARE(read.description, stored.description);
        QCOMPARE(read.descriptionHtml, stored.descriptionHtml);
        QCOMPARE(read.rawFormat, stored.rawFormat);
        QCOMPARE(read.importedAt, stored.importedAt);
        QCOMPARE(read.rawSource, QString());
        QVERIFY(readListingBatch(db, {}).isEmpty());
    }

    void exportsManyBatchesWithProgress()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = fill(db, 2 * ListingExporter::BatchSize + 17);
        QList<ExportProgress> steps;
        ExportOptions options;
        options.format = ExportFormat::JobPostingJson;
        options.progress = [&steps](const ExportProgress &progress) { steps.append(progress); };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const ExportResult result = ListingExporter(db).write(ids, buffer, options);
        QVERIFY(result.ok());
        QCOMPARE(result.written, qint64(ids.size()));
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).handled, qint64(ListingExporter::BatchSize));
        QCOMPARE(steps.last().handled, qint64(ids.size()));
        QCOMPARE(steps.last().total, qint64(ids.size()));

        QJsonParseError error;
        const QJsonArray postings = QJsonDocument::fromJson(buffer.data(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(postings.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            QCOMPARE(postings.at(i)[QLatin1String("title")].toString(), test::makeListing(int(i)).title);
        // One listing a line, between the brackets.
        QVERIFY(buffer.data().startsWith("[\n{\""));
        QVERIFY(buffer.data().endsWith("}\n]\n"));
        QCOMPARE(buffer.data().count('\n'), ids.size() + 2);
    }

    void emptyExportsAreValid()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        QCOMPARE(exportBytes(db, {}, ExportFormat::Csv), csvRecord(listingCsvHeader()).toUtf8());
        const QByteArray json = exportBytes(db, {}, ExportFormat::JobPostingJson);
        QVERIFY(QJsonDocument::fromJson(json).isArray());
        QVERIFY(QJsonDocument::fromJson(json).array().isEmpty());
    }

    void normalisedJsonIsTheListShape()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = fill(db, 3);
        const QJsonArray listings =
            QJsonDocument::fromJson(exportBytes(db, ids, ExportFormat::ListingJson)).array();
        QCOMPARE(listings.size(), 3);
        QCOMPARE(listings.at(0)[QLatin1String("id")].toInteger(), ids.at(0));
        QCOMPARE(listings.at(0)[QLatin1String("salary")][QLatin1String("currency")].toString(),
                 QStringLiteral("EUR"));
        QVERIFY(!listings.at(0).toObject().contains(QLatin1String("@type")));
    }

    void csvStartsWithAByteOrderMarkWhenAsked()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = fill(db, 1);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.byteOrderMark = true;
        QVERIFY(ListingExporter(db).write(ids, buffer, options).ok());
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBFid,title,"));
        QVERIFY(exportBytes(db, ids, ExportFormat::Csv).startsWith("id,title,"));
    }

    void cancellingLeavesNoFileAndKeepsAnOldOne()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = fill(db, ListingExporter::BatchSize + 1);
        const ListingExporter exporter(db);
        std::atomic<bool> cancel = true;
        ExportOptions options;
        options.cancel = &cancel;

        const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
        const ExportResult before = exporter.writeFile(ids, fresh, options);
        QCOMPARE(before.outcome, ExportResult::Outcome::Cancelled);
        QVERIFY(!QFile::exists(fresh));

        // Cancelled after the first batch was written: the old file is as it was, no temporary is left.
        const QString old = dir.filePath(QStringLiteral("old.csv"));
        test::writeFile(old, "the previous export\n");
        cancel = false;
        options.progress = [&cancel](const ExportProgress &) { cancel = true; };
        const ExportResult midway = exporter.writeFile(ids, old, options);
        QCOMPARE(midway.outcome, ExportResult::Outcome::Cancelled);
        QCOMPARE(midway.written, qint64(ListingExporter::BatchSize));
        QCOMPARE(readAll(old), QByteArray("the previous export\n"));
        QCOMPARE(
            QDir(dir.filePath(QString())).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("old")),
            QStringList{QStringLiteral("old.csv")});
    }

    void failuresNameTheFile()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = fill(db, 2);
        const QString path = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        const ExportResult result = ListingExporter(db).writeFile(ids, path, {});
        QCOMPARE(result.outcome, ExportResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
        QVERIFY(!QFile::exists(path));

        // A device that refuses to write.
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        const ExportResult refused = ListingExporter(db).write(ids, readOnly, {});
        QCOMPARE(refused.outcome, ExportResult::Outcome::Failed);
        QVERIFY(!refused.error.isEmpty());
    }

    void writesAFileWhole()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = fill(db, 5);
        const QString path = dir.filePath(QStringLiteral("listings.csv"));
        test::writeFile(path, "replaced\n");
        const ExportResult result = ListingExporter(db).writeFile(ids, path, {});
        QVERIFY(result.ok());
        QCOMPARE(result.written, qint64(5));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("id,title,company,"));
        QCOMPARE(bytes.count("\r\n"), 6);
    }

    void viewsAndSelectionsGiveTheirIds()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = fill(db, 12);
        const ListingExporter exporter(db);
        ListingQuery query;
        query.filter = {QStringLiteral("listings.workplace = ?"), {int(Workplace::Remote)}};
        query.sortColumn = ListingColumn::Title;
        query.sortOrder = Qt::AscendingOrder;
        // Remote: makeListing 3, 7 and 11 ("Site Reliability Engineer 3", "Frontend Developer (React)
        // 7", "Data Scientist 11").
        const QList<qint64> remote = exporter.matchingIds(query);
        QCOMPARE(remote, (QList<qint64>{ids.at(11), ids.at(7), ids.at(3)}));
        QCOMPARE(exporter.matchingIds(query, 2), (QList<qint64>{ids.at(11), ids.at(7)}));

        // A selection comes out in the view's order; what the view no longer shows follows.
        QCOMPARE(exporter.inViewOrder(query, {ids.at(3), ids.at(0), ids.at(7), ids.at(3)}),
                 (QList<qint64>{ids.at(7), ids.at(3), ids.at(0)}));
    }

    void fileFormatsFollowTheExtension()
    {
        QCOMPARE(exportFormatForFile(QStringLiteral("/tmp/a.CSV")), ExportFormat::Csv);
        QCOMPARE(exportFormatForFile(QStringLiteral("a.json")), ExportFormat::JobPostingJson);
        QCOMPARE(exportFormatForFile(QStringLiteral("a.jsonld")), ExportFormat::JobPostingJson);
        QCOMPARE(exportFormatForFile(QStringLiteral("a.txt")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestListingExporter)
#include "tst_listingexporter.moc"
