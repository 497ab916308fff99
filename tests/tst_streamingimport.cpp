// Reading files block by block (models/import/recordreader.h ByteSource): JSON Lines and CSV give the
// same records, numbers, raw text and errors whatever the block size, with blocks ending inside lines,
// quoted fields, CR LF pairs and multi-byte characters; the importer keeps memory bounded and reports
// line numbers of the whole file.
#include "testsupport.h"

#include "import/csvreader.h"
#include "import/importer.h"
#include "import/jsonreader.h"
#include "store/database.h"
#include "store/sql.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;
using namespace Qt::StringLiterals;

namespace {

struct Read
{
    QList<SourceRecord> records;
    QString error; // the ReadError's message
};

// What `reader` reads of `data`: whole (blockSize 0), or from a device `blockSize` bytes at a time
// after a first block of 64 + blockSize bytes (the importer's first block is 4 MiB or the whole file:
// enough to tell the encoding, which a few bytes are not).
Read readWith(const RecordReader &reader, const QByteArray &data, qint64 blockSize, int stopAfter = -1)
{
    Read read;
    const RecordSink sink = [&](SourceRecord &&record) {
        read.records.append(std::move(record));
        return stopAfter < 0 || read.records.size() < stopAfter;
    };
    try {
        if (blockSize == 0) {
            reader.read(data, sink);
        } else {
            QBuffer device;
            device.setData(data);
            device.open(QIODevice::ReadOnly);
            ByteSource source(device.read(64 + blockSize), &device, blockSize);
            reader.readStream(source, sink);
        }
    } catch (const ReadError &error) {
        read.error = error.message();
    }
    return read;
}

// Fails the test unless the two reads are the same.
bool sameRecords(const Read &expected, const Read &actual, qint64 blockSize)
{
    const QByteArray where = "block size " + QByteArray::number(blockSize);
    if (expected.error != actual.error) {
        qWarning("%s: error %s, expected %s", where.constData(), qPrintable(actual.error),
                 qPrintable(expected.error));
        return false;
    }
    // A file with an error imports nothing (the importer rolls back the records read before it).
    if (!expected.error.isEmpty())
        return true;
    if (expected.records.size() != actual.records.size()) {
        qWarning("%s: %lld records, expected %lld", where.constData(), qint64(actual.records.size()),
                 qint64(expected.records.size()));
        return false;
    }
    for (qsizetype i = 0; i < expected.records.size(); ++i) {
        const SourceRecord &e = expected.records.at(i);
        const SourceRecord &a = actual.records.at(i);
        if (e.number != a.number || e.fields != a.fields || e.raw != a.raw || e.rawFormat != a.rawFormat ||
            e.error != a.error) {
            qWarning("%s: record %lld differs: number %lld/%lld raw %s / %s", where.constData(), qint64(i),
                     a.number, e.number, qPrintable(a.raw.left(80)), qPrintable(e.raw.left(80)));
            return false;
        }
    }
    return true;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder(text);
}

const QString jsonLines = u"{\"title\": \"Rust Engineer\", \"company\": \"Ferrous Zürich\", \"description\": "
                          u"\"Déjà vu — 日本語 ✓\"}\r\n"
                          u"\n"
                          u"   \n"
                          u"{\"title\": \"Broken\", \"company\": \n"
                          u"[1, 2, 3]\n"
                          u"{\"title\": \"Go Engineer\", \"salary\": \"€140k–€160k\"}\n"
                          u"{\"title\": \"Last line without a line break\", \"emoji\": \"😀😀\"}"_s;

const QString csvText = u"title,company,description,location\r\n"
                        u"Dev,Acme,\"one\r\ntwo, \"\"quoted\"\"\r\nthree\",Zürich\r\n"
                        u"\r\n"
                        u",,,\r\n"
                        u"QA,\"Beta\nGmbH\",plain text ✓,Berlin\r\n"
                        u"\"Ops\"x,Gamma,\"multi\rline\r\",日本\n"
                        u",NoTitle,desc,\n"
                        u"Last,Omega,😀 at the end,Paris"_s;

} // namespace

class TestStreamingImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonLinesWhateverTheBlocks_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("utf-8") << jsonLines.toUtf8();
        QTest::newRow("utf-8 with a mark") << QByteArray("\xEF\xBB\xBF") + jsonLines.toUtf8();
        QTest::newRow("utf-16le") << utf16(jsonLines, QStringConverter::Utf16LE);
        QTest::newRow("utf-16be") << utf16(jsonLines, QStringConverter::Utf16BE);
        QTest::newRow("windows-1252")
            << QByteArray("{\"title\": \"Caf\xE9 Barista\", \"company\": \"\x80uro\"}\n"
                          "{\"title\": \"Second \x93quoted\x94\"}\n");
    }

    void jsonLinesWhateverTheBlocks()
    {
        QFETCH(QByteArray, data);
        const JsonLinesReader reader;
        const Read whole = readWith(reader, data, 0);
        QVERIFY(whole.records.size() >= 2);
        QVERIFY(whole.error.isEmpty());
        for (qint64 blockSize = 1; blockSize <= 40; ++blockSize)
            QVERIFY(sameRecords(whole, readWith(reader, data, blockSize), blockSize));
        QVERIFY(sameRecords(whole, readWith(reader, data, 4096), 4096));
    }

    void jsonLinesNumbersAndErrors()
    {
        const Read read = readWith(JsonLinesReader(), jsonLines.toUtf8(), 7);
        QCOMPARE(read.records.size(), 5);
        QCOMPARE(read.records.at(0).number, 1);
        QCOMPARE(read.records.at(0).fields.value("company"_L1).toString(), u"Ferrous Zürich"_s);
        QCOMPARE(read.records.at(1).number, 4);
        QVERIFY(read.records.at(1).error.contains("not valid JSON"_L1));
        QCOMPARE(read.records.at(2).number, 5);
        QCOMPARE(read.records.at(3).number, 6);
        QCOMPARE(read.records.at(4).number, 7);
        QCOMPARE(read.records.at(4).fields.value("emoji"_L1).toString(), u"😀😀"_s);
    }

    void csvWhateverTheBlocks_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("utf-8") << csvText.toUtf8();
        QTest::newRow("utf-8 with a mark") << QByteArray("\xEF\xBB\xBF") + csvText.toUtf8();
        QTest::newRow("utf-16le") << utf16(csvText, QStringConverter::Utf16LE);
        QTest::newRow("utf-16be") << utf16(csvText, QStringConverter::Utf16BE);
        QTest::newRow("windows-1252")
            << QByteArray("title;company\r\nCaf\xE9;\x80uro\r\n\"multi\r\nline\";x\r\n");
        QTest::newRow("header only") << QByteArray("title,company\r\n");
        QTest::newRow("header without a line break") << QByteArray("title,company");
        QTest::newRow("unclosed quote") << QByteArray(
            "title,description\r\nDev,ok\r\n\"Dev\",\"one\ntwo\"\nQA,\"never closed\nmore text\n");
        QTest::newRow("unclosed quote in the header") << QByteArray("title,\"company\ndev,acme\n");
        QTest::newRow("blank header") << QByteArray("\n\n\r\n,,\nDev,Acme\n");
    }

    void csvWhateverTheBlocks()
    {
        QFETCH(QByteArray, data);
        const CsvReader reader;
        const Read whole = readWith(reader, data, 0);
        for (qint64 blockSize = 1; blockSize <= 40; ++blockSize)
            QVERIFY(sameRecords(whole, readWith(reader, data, blockSize), blockSize));
    }

    void csvNumbersAndErrors()
    {
        const Read read = readWith(CsvReader(), csvText.toUtf8(), 5);
        QVERIFY(read.error.isEmpty());
        QList<qint64> numbers;
        for (const SourceRecord &record : read.records)
            numbers.append(record.number);
        QCOMPARE(numbers, (QList<qint64>{1, 4, 5, 6, 7}));
        QCOMPARE(read.records.at(0).fields.value("description"_L1).toString(),
                 u"one\ntwo, \"quoted\"\nthree"_s);
        QCOMPARE(read.records.at(2).fields.value("title"_L1).toString(), u"Opsx"_s); // "a"b is ab
        QCOMPARE(read.records.at(3).error, u"the row has no title"_s);
        QCOMPARE(read.records.at(4).fields.value("description"_L1).toString(), u"😀 at the end"_s);

        const Read broken = readWith(
            CsvReader(),
            "title,description\r\nDev,ok\r\n\"Dev\",\"one\ntwo\"\nQA,\"never closed\nmore text\n", 3);
        QCOMPARE(broken.error, u"a quoted field that starts at line 5, column 4 is never closed"_s);
    }

    void realCsvFilesWhateverTheBlocks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("glassdoor") << u"listings/glassdoor-ds-2020/glassdoor_jobs.csv"_s;
        QTest::newRow("linkedin") << u"listings/linkedin-indeed-ca-2018/DataScientist.csv"_s;
        QTest::newRow("djinni") << u"listings/djinni-2026-listings/djinni.csv"_s;
    }

    void realCsvFilesWhateverTheBlocks()
    {
        QFETCH(QString, file);
        QFile source(test::sharedData(file));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray data = source.readAll();
        const CsvReader reader;
        const Read whole = readWith(reader, data, 0);
        QVERIFY(whole.records.size() > 100);
        for (const qint64 blockSize : {997, 65536})
            QVERIFY(sameRecords(whole, readWith(reader, data, blockSize), blockSize));
    }

    void stopsWhenTheSinkSaysSo()
    {
        QCOMPARE(readWith(JsonLinesReader(), jsonLines.toUtf8(), 3, 2).records.size(), 2);
        QCOMPARE(readWith(CsvReader(), csvText.toUtf8(), 3, 2).records.size(), 2);
    }

    // A file of several 4 MiB blocks: the records across block ends, the line numbers of the bad ones,
    // and every listing searchable once the file is imported.
    void importsAFileLargerThanABlock()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QString path = dir.filePath(u"large.jsonl"_s);
        QByteArray data;
        const QByteArray filler = QString(u"Zürich ✓ "_s).repeated(600).toUtf8();
        qint64 lines = 0;
        QList<qint64> bad;
        while (data.size() < 2 * ByteSource::defaultBlockSize + 100000) {
            ++lines;
            if (lines % 397 == 0) {
                data += "{\"title\": \"broken\",\n";
                bad.append(lines);
                continue;
            }
            data += "{\"title\": \"Engineer " + QByteArray::number(lines) +
                    "\", \"company\": \"Acme\", "
                    "\"url\": \"https://jobs.example.com/" +
                    QByteArray::number(lines) +
                    "\", "
                    "\"description\": \"Uniqueword" +
                    QByteArray::number(lines) + " " + filler + "\"}\n";
        }
        test::writeFile(path, data);
        ImportOptions options;
        options.now = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);
        const ImportReport report = Importer(db).importFile(path, options);
        QCOMPARE(report.inserted, lines - bad.size());
        QCOMPARE(report.failed, bad.size());
        QVERIFY(bad.size() >= 2);
        for (qsizetype i = 0; i < bad.size(); ++i)
            QCOMPARE(report.problems.at(i).record, bad.at(i));
        const auto matches = [&](const QString &query) { return test::fullTextMatches(db, query); };
        QCOMPARE(test::indexedListings(db), lines - bad.size());
        QCOMPARE(matches(u"zurich"_s), lines - bad.size());
        const qint64 last = bad.contains(lines) ? lines - 1 : lines;
        QCOMPARE(matches(u"uniqueword%1"_s.arg(last)), 1);
    }
};

QTEST_GUILESS_MAIN(TestStreamingImport)
#include "tst_streamingimport.moc"
