// A CSV mapping the user chose is remembered per header and used by later imports of that export.
#include "testsupport.h"

#include "import/csvmappingstore.h"
#include "import/csvreader.h"
#include "import/importer.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"

#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

class TestCsvMappingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void remembersAndFindsByHeader()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        CsvMappingStore store(db);
        const QStringList header{QStringLiteral("Stelle"), QStringLiteral("Firma"), QStringLiteral("Gehalt")};
        QVERIFY(!store.find(header));
        CsvMapping mapping;
        mapping.columns = {CsvField::Title, CsvField::Company, CsvField::Salary};
        mapping.salaryPeriod = QStringLiteral("month");
        store.remember(header, mapping, QDateTime::currentDateTimeUtc());
        const auto found =
            store.find({QStringLiteral("stelle"), QStringLiteral(" Firma "), QStringLiteral("GEHALT")});
        QVERIFY(found);
        QCOMPARE(found->columns, mapping.columns);
        QCOMPARE(found->salaryPeriod, QStringLiteral("month"));
        QVERIFY(found->complete);
        QVERIFY(!store.find({QStringLiteral("Stelle"), QStringLiteral("Firma")}));

        mapping.columns = {CsvField::Title, CsvField::Ignore, CsvField::Salary};
        store.remember(header, mapping, QDateTime::currentDateTimeUtc());
        QCOMPARE(store.find(header)->columns, mapping.columns);
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM csv_mappings")).toInt(),
                 1);
    }

    void importsUseTheRememberedMapping()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QString file = dir.filePath(QStringLiteral("stellen.csv"));
        test::writeFile(file, "Stelle;Firma;Gehalt\nBackend-Entwickler;Nordlicht GmbH;4.500 - 5.500 EUR\n");
        CsvMapping mapping;
        mapping.columns = {CsvField::Title, CsvField::Company, CsvField::Salary};
        mapping.salaryPeriod = QStringLiteral("month");
        CsvMappingStore(db).remember(CsvReader::readHeader(QByteArray("Stelle;Firma;Gehalt\n")), mapping,
                                     QDateTime::currentDateTimeUtc());
        const ImportReport report = Importer(db).importFile(file);
        QCOMPARE(report.inserted, 1);
        const qint64 id =
            sql::scalar(db.connection(), QStringLiteral("SELECT id FROM listings")).toLongLong();
        const auto listing = ListingRepository(db).find(id);
        QCOMPARE(listing->title, QStringLiteral("Backend-Entwickler"));
        QCOMPARE(listing->company, QStringLiteral("Nordlicht GmbH"));
        QCOMPARE(listing->salary.currency, QStringLiteral("EUR"));
        QCOMPARE(*listing->salary.min, 4500.0);
    }
};

QTEST_GUILESS_MAIN(TestCsvMappingStore)
#include "tst_csvmappingstore.moc"
