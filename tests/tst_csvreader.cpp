// CsvReader on the real CSV exports under ../shared/data/listings (record counts checked against
// Python's csv module, mapped fields of specific rows, end to end through JsonRecordMapper) and on
// fixtures written here: encodings, delimiters, quoting, line ends, broken and edge-case files.
#include "import/csvreader.h"
#include "import/fields.h"
#include "import/jsonrecordmapper.h"

#include "testsupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace jobdesk;
using namespace Qt::StringLiterals;

namespace {

QList<SourceRecord> readAll(const QByteArray &data, std::optional<CsvMapping> mapping = std::nullopt)
{
    QList<SourceRecord> records;
    CsvReader(std::move(mapping)).read(data, [&](SourceRecord &&record) {
        records.append(std::move(record));
        return true;
    });
    return records;
}

// The message of the ReadError reading `data` throws; empty when it throws none.
QString readError(const QByteArray &data)
{
    try {
        readAll(data);
    } catch (const ReadError &error) {
        return error.message();
    }
    return {};
}

QString field(const SourceRecord &record, const char *key)
{
    return record.fields.value(QLatin1String(key)).toString();
}

QByteArray readShared(const QString &relative)
{
    QFile file(test::sharedData(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    return file.readAll();
}

const SourceRecord *recordNumber(const QList<SourceRecord> &records, qint64 number)
{
    for (const SourceRecord &record : records) {
        if (record.number == number)
            return &record;
    }
    return nullptr;
}

const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFiles_data();
    void realFiles();
    void glassdoorRow();
    void linkedinRows();
    void indeedRow();
    void adzunaRows();
    void djinniRows();
    void endToEnd();

    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void quotedFields();
    void lineEnds_data();
    void lineEnds();
    void unclosedQuote_data();
    void unclosedQuote();
    void headerOnly_data();
    void headerOnly();
    void emptyHeader_data();
    void emptyHeader();
    void raggedRows();
    void rowsWithoutTitle();
    void manyColumns();
    void tooManyColumns();
    void joinedColumns();
    void companyRating_data();
    void companyRating();
    void givenMapping();
    void salaryPeriodColumnWins();
    void readHeader();
    void readHeaderOfALargeFile_data();
    void readHeaderOfALargeFile();
    void stopsWhenTheSinkSaysSo();
    void fromAFile();

private:
    // `data` written to a file of the temporary directory and read back, as the importer reads it.
    QByteArray fixture(const QByteArray &data);

    QTemporaryDir m_dir;
    int m_fixtures = 0;
};

QByteArray TestCsvReader::fixture(const QByteArray &data)
{
    const QString path = m_dir.filePath(u"fixture%1.csv"_s.arg(++m_fixtures));
    test::writeFile(path, data);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Counts from Python's csv module: rows after the header, rows whose every cell is empty (no record),
// rows with cells but no title (a record with an error).
void TestCsvReader::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<QList<qint64>>("untitled");
    QTest::addColumn<qint64>("lastNumber");
    QTest::addColumn<QString>("firstTitle");
    QTest::addColumn<QString>("lastTitle");

    QTest::newRow("glassdoor") << u"listings/glassdoor-ds-2020/glassdoor_jobs.csv"_s << 956 << QList<qint64>{}
                               << qint64(956) << u"Data Scientist"_s
                               << u"Research Scientist – Security and Privacy"_s;
    // 975 rows; rows 490, 845, 974 and 975 are all commas.
    QTest::newRow("linkedin analyst")
        << u"listings/linkedin-indeed-ca-2018/DataAnalyst.csv"_s << 971 << QList<qint64>{} << qint64(973)
        << u"Payments Data Analyst"_s << u"Business Intelligence Platform Specialist"_s;
    // 975 rows; rows 915, 973, 974 and 975 hold only the index column.
    QTest::newRow("linkedin scientist")
        << u"listings/linkedin-indeed-ca-2018/DataScientist.csv"_s << 975 << QList<qint64>{915, 973, 974, 975}
        << qint64(975) << u"Data Scientist, Machine Learning"_s << QString();
    QTest::newRow("indeed analyst") << u"listings/linkedin-indeed-ca-2018/cal_da_500.csv"_s << 506
                                    << QList<qint64>{} << qint64(506) << u"Reporting and Data Analyst"_s
                                    << u"Data Analyst"_s;
    QTest::newRow("indeed scientist")
        << u"listings/linkedin-indeed-ca-2018/cal_ds_500.csv"_s << 506 << QList<qint64>{} << qint64(506)
        << u"Data Scientist - Seller Modeling"_s << u"Data Scientist"_s;
    QTest::newRow("adzuna") << u"listings/adzuna-us-uk-2025/job_postings.csv"_s << 166 << QList<qint64>{}
                            << qint64(166) << u"Lead Data Architect"_s << u"Sr Data Engineer II"_s;
    QTest::newRow("djinni") << u"listings/djinni-2026-listings/djinni.csv"_s << 9596 << QList<qint64>{}
                            << qint64(9596)
                            << u"Android Developer ( Only with experience in UAC / Traffic Apps)"_s
                            << u"Quality Engineer (Manual)"_s;
}

void TestCsvReader::realFiles()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(QList<qint64>, untitled);
    QFETCH(qint64, lastNumber);
    QFETCH(QString, firstTitle);
    QFETCH(QString, lastTitle);

    const QByteArray data = readShared(file);
    const QString headerLine = QString::fromUtf8(data.left(data.indexOf('\n'))).remove(u'\r');
    QVERIFY(autoMapCsvHeader(CsvReader::readHeader(data)).complete);

    const QList<SourceRecord> read = readAll(data);
    QCOMPARE(read.size(), records);
    QList<qint64> errors;
    qint64 previous = 0;
    for (const SourceRecord &record : read) {
        QVERIFY(record.number > previous);
        previous = record.number;
        QCOMPARE(record.rawFormat, u"csv"_s);
        QVERIFY(record.raw.startsWith(headerLine + u'\n'));
        QVERIFY(record.raw.size() > headerLine.size() + 1);
        if (!record.error.isEmpty()) {
            QCOMPARE(record.error, u"the row has no title"_s);
            QVERIFY(record.fields.isEmpty());
            errors.append(record.number);
        } else {
            QVERIFY(!field(record, fields::title).isEmpty());
        }
    }
    QCOMPARE(errors, untitled);
    QCOMPARE(read.first().number, 1);
    QCOMPARE(read.last().number, lastNumber);
    QCOMPARE(field(read.first(), fields::title), firstTitle);
    QCOMPARE(field(read.last(), fields::title), lastTitle);
}

void TestCsvReader::glassdoorRow()
{
    const QByteArray data = readShared(u"listings/glassdoor-ds-2020/glassdoor_jobs.csv"_s);
    const QList<SourceRecord> records = readAll(data);
    const SourceRecord &first = records.first();
    QCOMPARE(first.number, 1);
    QCOMPARE(field(first, fields::title), u"Data Scientist"_s);
    QCOMPARE(field(first, fields::salary), u"$53K-$91K (Glassdoor est.)"_s);
    QCOMPARE(field(first, fields::company), u"Tecolote Research"_s);
    QCOMPARE(field(first, fields::locations), u"Albuquerque, NM"_s);
    QVERIFY(field(first, fields::description).startsWith(u"Data Scientist\nLocation: Albuquerque, NM\n"_s));
    QVERIFY(field(first, fields::description)
                .endsWith(u"Apply now to connect with a company that invests in you."_s));
    // Only mapped columns: not the rating, headquarters, size ...
    QCOMPARE(first.fields.keys(),
             (QStringList{u"company"_s, u"description"_s, u"locations"_s, u"salary"_s, u"title"_s}));
    // The raw text is the header and the row exactly as in the file, line breaks in quotes included.
    const qsizetype rowStart = data.indexOf('\n') + 1;
    const qsizetype rowEnd = data.indexOf("\n1,", rowStart);
    QCOMPARE(first.raw, QString::fromUtf8(data.left(rowStart) + data.mid(rowStart, rowEnd - rowStart)));
    QVERIFY(first.raw.endsWith(u"Aerospace & Defense,$50 to $100 million (USD),-1"_s));

    const SourceRecord &last = records.last();
    QCOMPARE(field(last, fields::company), u"Riverside Research Institute"_s);
    QCOMPARE(field(last, fields::salary), u"$61K-$126K (Glassdoor est.)"_s);
    // No company value keeps its rating line.
    for (const SourceRecord &record : records)
        QVERIFY2(!field(record, fields::company).contains(u'\n'), qPrintable(field(record, fields::company)));
}

void TestCsvReader::linkedinRows()
{
    const QList<SourceRecord> analysts =
        readAll(readShared(u"listings/linkedin-indeed-ca-2018/DataAnalyst.csv"_s));
    const SourceRecord &first = analysts.first();
    QCOMPARE(field(first, fields::title), u"Payments Data Analyst"_s);
    QCOMPARE(field(first, fields::company), u"Logix Federal Credit Union"_s);
    QCOMPARE(field(first, fields::locations), u"Burbank, California"_s);
    QCOMPARE(field(first, fields::seniority), u"Mid-Senior level"_s);
    QCOMPARE(field(first, fields::employmentType), u"Full-time"_s);
    QVERIFY(field(first, fields::description).startsWith(u"Payments Data Analyst\u00a0is responsible"_s));
    QVERIFY(!first.fields.contains(u"industry"_s));
    // The rows of commas give no record, but count: the record after row 490 is row 491.
    QVERIFY(recordNumber(analysts, 489));
    QVERIFY(!recordNumber(analysts, 490));
    QVERIFY(recordNumber(analysts, 491));

    const QList<SourceRecord> scientists =
        readAll(readShared(u"listings/linkedin-indeed-ca-2018/DataScientist.csv"_s));
    const SourceRecord *untitled = recordNumber(scientists, 915);
    QVERIFY(untitled);
    QCOMPARE(untitled->error, u"the row has no title"_s);
    QVERIFY(untitled->raw.endsWith(u"\n4,,,,,,,,"_s));
}

void TestCsvReader::indeedRow()
{
    const QList<SourceRecord> records =
        readAll(readShared(u"listings/linkedin-indeed-ca-2018/cal_da_500.csv"_s));
    const SourceRecord &first = records.first();
    QCOMPARE(field(first, fields::title), u"Reporting and Data Analyst"_s);
    QCOMPARE(field(first, fields::company), u"Plethora"_s);
    QCOMPARE(field(first, fields::locations), u"San Francisco, CA 94124"_s);
    QCOMPARE(field(first, fields::posted), u"30+ days ago"_s);
    QVERIFY(!first.fields.contains(u"id"_s));
}

void TestCsvReader::adzunaRows()
{
    const QList<SourceRecord> records = readAll(readShared(u"listings/adzuna-us-uk-2025/job_postings.csv"_s));
    const SourceRecord &first = records.first();
    QCOMPARE(field(first, fields::title), u"Lead Data Architect"_s);
    QCOMPARE(field(first, fields::posted), u"2025-02-24T16:53:14Z"_s);
    QCOMPARE(field(first, fields::salaryMax), u"70444.37"_s);
    // job_location and country joined; "UK" is not repeated.
    QCOMPARE(field(first, fields::locations), u"London, UK"_s);
    QVERIFY(field(first, fields::description).startsWith(u"We are seeking a pragmatic"_s));
    QCOMPARE(first.fields.size(), 5);

    const SourceRecord &last = records.last();
    QCOMPARE(field(last, fields::locations), u"Fox Valley Facility, DuPage County, US"_s);
    QCOMPARE(field(last, fields::salaryMax), u"149725.83"_s);
}

void TestCsvReader::djinniRows()
{
    const QList<SourceRecord> records = readAll(readShared(u"listings/djinni-2026-listings/djinni.csv"_s));
    const SourceRecord &first = records.at(0);
    QCOMPARE(field(first, fields::workplace), u"TELECOMMUTE"_s);
    QCOMPARE(field(first, fields::employmentType), u"FULL_TIME"_s);
    QVERIFY(!first.fields.contains(QLatin1String(fields::salaryMin)));

    const SourceRecord &second = records.at(1);
    QCOMPARE(second.number, 2);
    QCOMPARE(field(second, fields::title), u"Head of Operations (FinTech / PDL)"_s);
    QCOMPARE(field(second, fields::company), u"Penman"_s);
    QCOMPARE(field(second, fields::url), u"https://djinni.co/jobs/804823-head-of-operations-fintech-pdl/"_s);
    QCOMPARE(field(second, fields::salaryMin), u"3500"_s);
    QCOMPARE(field(second, fields::salaryMax), u"4500"_s);
    QCOMPARE(field(second, fields::salaryCurrency), u"USD"_s);
    QCOMPARE(field(second, fields::salaryPeriod), u"month"_s);
    QCOMPARE(field(second, fields::posted), u"2026-02-15T20:42:08.979859"_s);
    // CRLF line ends: the raw row has none at its end.
    QVERIFY(second.raw.startsWith(u"title,company,url,salary_min,"_s));
    QVERIFY(!second.raw.contains(u'\r'));
    QVERIFY(second.raw.endsWith(u",24,,,,,,,,,,,,"_s));
}

void TestCsvReader::endToEnd()
{
    const JsonRecordMapper mapper(now);
    QString error;

    const auto glassdoor = readAll(readShared(u"listings/glassdoor-ds-2020/glassdoor_jobs.csv"_s));
    std::optional<Listing> listing = mapper.map(glassdoor.first(), &error);
    QVERIFY2(listing, qPrintable(error));
    QCOMPARE(listing->title, u"Data Scientist"_s);
    QCOMPARE(listing->company, u"Tecolote Research"_s);
    QCOMPARE(listing->locationText(), u"Albuquerque, NM"_s);
    QCOMPARE(listing->salary.min, std::optional(53000.0));
    QCOMPARE(listing->salary.max, std::optional(91000.0));
    QCOMPARE(listing->salary.currency, u"USD"_s);
    QCOMPARE(listing->salary.period, SalaryPeriod::Year);
    QCOMPARE(listing->rawFormat, u"csv"_s);
    QCOMPARE(listing->rawSource, glassdoor.first().raw);

    const auto djinni = readAll(readShared(u"listings/djinni-2026-listings/djinni.csv"_s));
    listing = mapper.map(djinni.at(1), &error);
    QVERIFY2(listing, qPrintable(error));
    QCOMPARE(listing->salary.min, std::optional(3500.0));
    QCOMPARE(listing->salary.max, std::optional(4500.0));
    QCOMPARE(listing->salary.currency, u"USD"_s);
    QCOMPARE(listing->salary.period, SalaryPeriod::Month);
    QCOMPARE(listing->employmentType, EmploymentType::FullTime);
    QCOMPARE(listing->postedAt, QDateTime(QDate(2026, 2, 15), QTime(20, 42, 8, 979), QTimeZone::UTC));
    listing = mapper.map(djinni.at(0), &error);
    QVERIFY2(listing, qPrintable(error));
    QCOMPARE(listing->workplace, Workplace::Remote);
    QVERIFY(!listing->salary.isKnown());

    const auto adzuna = readAll(readShared(u"listings/adzuna-us-uk-2025/job_postings.csv"_s));
    listing = mapper.map(adzuna.first(), &error);
    QVERIFY2(listing, qPrintable(error));
    QCOMPARE(listing->title, u"Lead Data Architect"_s);
    QCOMPARE(listing->salary.min, std::nullopt);
    QVERIFY(listing->salary.max && std::abs(*listing->salary.max - 70444.37) < 0.001);
    QCOMPARE(listing->salary.period, SalaryPeriod::Year);
    QCOMPARE(listing->postedAt, QDateTime(QDate(2025, 2, 24), QTime(16, 53, 14), QTimeZone::UTC));
    QCOMPARE(listing->locationText(), u"London, UK"_s);

    const auto indeed = readAll(readShared(u"listings/linkedin-indeed-ca-2018/cal_da_500.csv"_s));
    listing = mapper.map(indeed.first(), &error);
    QVERIFY2(listing, qPrintable(error));
    QCOMPARE(listing->postedAt, now.addDays(-30));

    const auto scientists = readAll(readShared(u"listings/linkedin-indeed-ca-2018/DataScientist.csv"_s));
    QVERIFY(!mapper.map(*recordNumber(scientists, 915), &error));
    QCOMPARE(error, u"the row has no title"_s);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("data");

    const QString text = u"title,company,salary\nCafé Manager,Ünïcode GmbH,€50k\n"_s;
    QTest::newRow("utf-8") << text.toUtf8();
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16le bom") << QByteArray(le.encode(text));
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16be bom") << QByteArray(be.encode(text));
    QTest::newRow("windows-1252") << QByteArray("title,company,salary\nCaf\xE9 Manager,\xDCn\xEF"
                                                "code GmbH,\x80"
                                                "50k\n");
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, data);
    data = fixture(data);

    QCOMPARE(CsvReader::readHeader(data), (QStringList{u"title"_s, u"company"_s, u"salary"_s}));
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 1);
    QCOMPARE(field(records.first(), fields::title), u"Café Manager"_s);
    QCOMPARE(field(records.first(), fields::company), u"Ünïcode GmbH"_s);
    QCOMPARE(field(records.first(), fields::salary), u"€50k"_s);
    QCOMPARE(records.first().raw, u"title,company,salary\nCafé Manager,Ünïcode GmbH,€50k"_s);
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("header");

    QTest::newRow("comma") << QByteArray("title,company,location\nDev,\"Acme; Inc.\",\"Berlin, DE\"\n")
                           << u"title,company,location"_s;
    QTest::newRow("semicolon") << QByteArray("title;company;location\nDev;Acme; Inc.;\"Berlin, DE\"\n")
                               << u"title;company;location"_s;
    QTest::newRow("tab") << QByteArray("title\tcompany\tlocation\nDev\tAcme; Inc.\tBerlin, DE\n")
                         << u"title\tcompany\tlocation"_s;
    QTest::newRow("quoted delimiters in the header")
        << QByteArray("\"title, or role\";\"company, name\";location\nDev;Acme; Inc.;\"Berlin, DE\"\n")
        << u"\"title, or role\";\"company, name\";location"_s;
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, data);
    data = fixture(data);
    QFETCH(QString, header);

    QCOMPARE(CsvReader::readHeader(data).size(), 3);
    CsvMapping mapping{{CsvField::Title, CsvField::Company, CsvField::Location}, {}, true};
    const QList<SourceRecord> records = readAll(data, mapping);
    QCOMPARE(records.size(), 1);
    const SourceRecord &record = records.first();
    QCOMPARE(field(record, fields::title), u"Dev"_s);
    QVERIFY(record.raw.startsWith(header + u'\n'));
    if (header.contains(u';')) {
        // Four fields in a three-column file: the last is dropped.
        QCOMPARE(field(record, fields::company), u"Acme"_s);
        QCOMPARE(field(record, fields::locations), u"Inc."_s);
    } else {
        QCOMPARE(field(record, fields::company), u"Acme; Inc."_s);
        QCOMPARE(field(record, fields::locations), u"Berlin, DE"_s);
    }
}

void TestCsvReader::quotedFields()
{
    const QByteArray data =
        fixture("title,description,company\n"
                "\"Senior \"\"Rust\"\" Dev\",\"Line one\nline, two\n\"\"quoted\"\"\",Acme\n"
                "\"\"\"Quoted\"\" title\",\"\",\"Beta\"\"\"\n"
                "13\" Display Tester,plain \"quotes\" inside,\"Gamma\" Labs\n");
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 3);

    QCOMPARE(records[0].number, 1);
    QCOMPARE(field(records[0], fields::title), u"Senior \"Rust\" Dev"_s);
    QCOMPARE(field(records[0], fields::description), u"Line one\nline, two\n\"quoted\""_s);
    QCOMPARE(field(records[0], fields::company), u"Acme"_s);
    QCOMPARE(records[0].raw, u"title,description,company\n"
                             "\"Senior \"\"Rust\"\" Dev\",\"Line one\nline, two\n\"\"quoted\"\"\",Acme"_s);

    QCOMPARE(records[1].number, 2);
    QCOMPARE(field(records[1], fields::title), u"\"Quoted\" title"_s);
    QVERIFY(!records[1].fields.contains(QLatin1String(fields::description)));
    QCOMPARE(field(records[1], fields::company), u"Beta\""_s);

    // A quote inside an unquoted field is a character; text after a closing quote is kept.
    QCOMPARE(field(records[2], fields::title), u"13\" Display Tester"_s);
    QCOMPARE(field(records[2], fields::description), u"plain \"quotes\" inside"_s);
    QCOMPARE(field(records[2], fields::company), u"Gamma Labs"_s);
}

void TestCsvReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestCsvReader::lineEnds()
{
    QFETCH(QByteArray, eol);

    const QByteArray data = fixture("title,description" + eol + "Dev,\"first" + eol + "second\"" + eol + eol +
                                    "QA,plain" + eol + "Ops,last");
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 3);
    QCOMPARE(field(records[0], fields::description), u"first\nsecond"_s);
    QCOMPARE(records[0].raw, QString::fromLatin1("title,description\nDev,\"first" + eol + "second\""));
    QCOMPARE(field(records[1], fields::title), u"QA"_s);
    QCOMPARE(records[1].raw, u"title,description\nQA,plain"_s);
    // The blank line counts as row 2.
    QCOMPARE(records[1].number, 3);
    QCOMPARE(field(records[2], fields::title), u"Ops"_s);
    QCOMPARE(records[2].number, 4);
}

void TestCsvReader::unclosedQuote_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("position");

    QTest::newRow("data row") << QByteArray("title,description\nDev,ok\nQA,\"never closed\nmore text\n")
                              << u"line 3, column 4"_s;
    QTest::newRow("crlf") << QByteArray("title,description\r\nDev,ok\r\nQA,\"never closed\r\nmore text\r\n")
                          << u"line 3, column 4"_s;
    QTest::newRow("cr") << QByteArray("title,description\rDev,ok\rQA,\"never closed\rmore text\r")
                        << u"line 3, column 4"_s;
    QTest::newRow("after a multi-line field")
        << QByteArray("title,description\n\"Dev\",\"one\ntwo\nthree\"\n\"QA\",\"open \"\"quoted\"\" text\n")
        << u"line 5, column 6"_s;
    QTest::newRow("header") << QByteArray("title,\"company\ndev,acme\n") << u"line 1, column 7"_s;
    QTest::newRow("end of file") << QByteArray("title\n\"") << u"line 2, column 1"_s;
}

void TestCsvReader::unclosedQuote()
{
    QFETCH(QByteArray, data);
    data = fixture(data);
    QFETCH(QString, position);

    QCOMPARE(readError(data), u"a quoted field that starts at "_s + position + u" is never closed"_s);
    // Nothing is read from such a file, not even the rows before the quote.
    int records = 0;
    try {
        CsvReader().read(data, [&](SourceRecord &&) { return ++records, true; });
    } catch (const ReadError &) {
    }
    QCOMPARE(records, 0);
}

void TestCsvReader::headerOnly_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("line break") << QByteArray("title,company\n");
    QTest::newRow("no line break") << QByteArray("title,company");
    QTest::newRow("blank lines") << QByteArray("\n\r\ntitle,company\r\n\r\n\n");
    QTest::newRow("empty rows") << QByteArray("title,company\n,\n , \n");
}

void TestCsvReader::headerOnly()
{
    QFETCH(QByteArray, data);
    data = fixture(data);

    QCOMPARE(CsvReader::readHeader(data), (QStringList{u"title"_s, u"company"_s}));
    QCOMPARE(readError(data), QString());
    QCOMPARE(readAll(data).size(), 0);
}

void TestCsvReader::emptyHeader_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QByteArray() << u"the file has no header row"_s;
    QTest::newRow("blank lines") << QByteArray("\n\r\n\n") << u"the file has no header row"_s;
    QTest::newRow("commas") << QByteArray(",,\nDev,Acme,x\n")
                            << u"the header row at line 1, column 1 has no column names"_s;
    QTest::newRow("spaces and quotes") << QByteArray("\n \t,\"\", \nDev,Acme,x\n")
                                       << u"the header row at line 2, column 1 has no column names"_s;
}

void TestCsvReader::emptyHeader()
{
    QFETCH(QByteArray, data);
    data = fixture(data);
    QFETCH(QString, message);

    QCOMPARE(readError(data), message);
    QVERIFY_THROWS_EXCEPTION(ReadError, CsvReader::readHeader(data));
}

void TestCsvReader::raggedRows()
{
    const QByteArray data = fixture("title,company,location\nDev,Acme\nQA,Beta,Berlin,extra,more\nOps\n");
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 3);
    QCOMPARE(field(records[0], fields::company), u"Acme"_s);
    QVERIFY(!records[0].fields.contains(QLatin1String(fields::locations)));
    QCOMPARE(records[1].fields.size(), 3);
    QCOMPARE(field(records[1], fields::locations), u"Berlin"_s);
    QCOMPARE(records[1].raw, u"title,company,location\nQA,Beta,Berlin,extra,more"_s);
    QCOMPARE(records[2].fields, (QJsonObject{{u"title"_s, u"Ops"_s}}));
}

void TestCsvReader::rowsWithoutTitle()
{
    const QByteArray data = fixture("title,company\nDev,Acme\n,Orphan Inc\n\n,,\n\" \",\nQA,Beta\n");
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].number, 1);
    QVERIFY(records[0].error.isEmpty());
    QCOMPARE(records[1].number, 2);
    QCOMPARE(records[1].error, u"the row has no title"_s);
    QVERIFY(records[1].fields.isEmpty());
    QCOMPARE(records[1].raw, u"title,company\n,Orphan Inc"_s);
    QCOMPARE(records[1].rawFormat, u"csv"_s);
    // Rows 3 (blank), 4 (",,") and 5 (a space) are empty: no record.
    QCOMPARE(records[2].number, 6);
    QCOMPARE(field(records[2], fields::title), u"QA"_s);

    // Without a title column every row with a value has no title.
    const QList<SourceRecord> untitled = readAll("company,location\nAcme,Berlin\n,\n");
    QCOMPARE(untitled.size(), 1);
    QCOMPARE(untitled.first().error, u"the row has no title"_s);
}

void TestCsvReader::manyColumns()
{
    QByteArray header = "title";
    QByteArray row = "Dev";
    for (int i = 1; i <= 10000; ++i) {
        header += ",c" + QByteArray::number(i);
        row += ",v" + QByteArray::number(i);
    }
    header += ",company";
    row += ",Acme";
    const QByteArray data = fixture(header + '\n' + row + '\n');
    QCOMPARE(CsvReader::readHeader(data).size(), 10002);
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fields, (QJsonObject{{u"title"_s, u"Dev"_s}, {u"company"_s, u"Acme"_s}}));
}

void TestCsvReader::tooManyColumns()
{
    const QByteArray data = fixture("title" + QByteArray(20000, ',') + "\nDev\n");
    QCOMPARE(readError(data), u"the header row has 20001 columns; at most 20000 are supported"_s);
    QVERIFY_THROWS_EXCEPTION(ReadError, CsvReader::readHeader(data));
    // 20,000 are fine.
    QCOMPARE(readAll("title" + QByteArray(19999, ',') + "\nDev\n").size(), 1);
}

void TestCsvReader::joinedColumns()
{
    const QByteArray data =
        "Title,City,Region,Country,Summary,Requirements,Skills,Tags,Link,URL\n"
        "Dev,Kyiv,,UA,About us,\"Rust,\nC++\",Rust,Go,https://a.example,https://b.example\n"
        "QA,,,Ukraine,,Testing,,,,https://c.example\n"
        "Ops,Berlin,berlin,DE,,,,,,\n";
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 3);
    QCOMPARE(field(records[0], fields::locations), u"Kyiv, UA"_s);
    QCOMPARE(field(records[0], fields::description), u"About us\n\nRust,\nC++"_s);
    QCOMPARE(field(records[0], fields::skills), u"Rust, Go"_s);
    QCOMPARE(field(records[0], fields::url), u"https://a.example"_s);
    QCOMPARE(field(records[1], fields::locations), u"Ukraine"_s);
    QCOMPARE(field(records[1], fields::description), u"Testing"_s);
    QCOMPARE(field(records[1], fields::url), u"https://c.example"_s);
    QCOMPARE(field(records[2], fields::locations), u"Berlin, DE"_s);
}

void TestCsvReader::companyRating_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("company");

    QTest::newRow("rating") << u"Tecolote Research\n3.8"_s << u"Tecolote Research"_s;
    QTest::newRow("whole number") << u"Acme\n4"_s << u"Acme"_s;
    QTest::newRow("crlf and spaces") << u"Acme Labs \r\n 4.5 "_s << u"Acme Labs"_s;
    QTest::newRow("no rating") << u"Seen by Indeed"_s << u"Seen by Indeed"_s;
    QTest::newRow("number only") << u"3.8"_s << u"3.8"_s;
    QTest::newRow("name with digits") << u"3M"_s << u"3M"_s;
    QTest::newRow("text line") << u"Acme\nBerlin office"_s << u"Acme\nBerlin office"_s;
    QTest::newRow("version-like") << u"Acme\n1.2.3"_s << u"Acme\n1.2.3"_s;
}

void TestCsvReader::companyRating()
{
    QFETCH(QString, cell);
    QFETCH(QString, company);

    QString quoted = cell;
    quoted.replace(u'"', u"\"\""_s);
    const QByteArray data = "title,company,description\nDev,\"" + quoted.toUtf8() + "\",\"Intro\n4.5\"\n";
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 1);
    QCOMPARE(field(records.first(), fields::company), company);
    // Only Company values lose such a line.
    QCOMPARE(field(records.first(), fields::description), u"Intro\n4.5"_s);
}

void TestCsvReader::givenMapping()
{
    const QByteArray data = "a,b,c,d\nSenior Dev,Acme,3000-4000,ignored\n";
    // Shorter than the header: the columns it leaves out are ignored.
    const CsvMapping mapping{{CsvField::Title, CsvField::Company, CsvField::Salary}, u"month"_s, true};
    const QList<SourceRecord> records = readAll(data, mapping);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fields, (QJsonObject{{u"title"_s, u"Senior Dev"_s},
                                                  {u"company"_s, u"Acme"_s},
                                                  {u"salary"_s, u"3000-4000"_s},
                                                  {u"salary_period"_s, u"month"_s}}));
    QString error;
    const std::optional<Listing> listing = JsonRecordMapper(now).map(records.first(), &error);
    QVERIFY2(listing, qPrintable(error));
    QCOMPARE(listing->salary.min, std::optional(3000.0));
    QCOMPARE(listing->salary.max, std::optional(4000.0));

    // The automatic mapping of this header knows no column.
    QCOMPARE(readAll(data).first().error, u"the row has no title"_s);
}

void TestCsvReader::salaryPeriodColumnWins()
{
    const QByteArray data = "title,salary,period\nDev,$30,hour\nQA,$4000,\n";
    const CsvMapping mapping{{CsvField::Title, CsvField::Salary, CsvField::SalaryPeriod}, u"month"_s, true};
    const QList<SourceRecord> records = readAll(data, mapping);
    QCOMPARE(records.size(), 2);
    QCOMPARE(field(records[0], fields::salaryPeriod), u"hour"_s);
    // The column says nothing here, and the mapping's period is not used when a column holds periods.
    QVERIFY(!records[1].fields.contains(QLatin1String(fields::salaryPeriod)));
}

void TestCsvReader::readHeader()
{
    QCOMPARE(CsvReader::readHeader("\"Job Title\",\"Salary, est.\",\" \"\"Q\"\" \",,plain \n1,2,3,4,5\n"),
             (QStringList{u"Job Title"_s, u"Salary, est."_s, u"\"Q\""_s, QString(), u"plain"_s}));
    // Only the header row needs to be well formed... but read() checks the whole file.
    const QByteArray broken = "title\nDev\n\"open";
    QCOMPARE(CsvReader::readHeader(broken), QStringList{u"title"_s});
    QVERIFY(!readError(broken).isEmpty());
}

// readHeader decodes only the start of a large file; the names must be those read() sees.
void TestCsvReader::readHeaderOfALargeFile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("header");

    QByteArray body;
    while (body.size() < (2 << 20))
        body += "Développeur,Société Générale,Café\n";
    const QStringList names{u"Titre du poste"_s, u"Société"_s, u"Café"_s};
    QTest::newRow("utf-8") << "Titre du poste,Société,Café\n" + body << names;
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16le") << QByteArray(
                                     le.encode(QString::fromUtf8("Titre du poste,Société,Café\n" + body)))
                              << names;
    QStringEncoder be(QStringEncoder::Utf16BE);
    QTest::newRow("utf-16be without bom")
        << QByteArray(be.encode(QString::fromUtf8("Titre du poste,Société,Café\n" + body))) << names;
    QByteArray latin1 = body;
    latin1.replace("\xC3\xA9", "\xE9");
    QTest::newRow("windows-1252") << "Titre du poste,Soci\xE9t\xE9,Caf\xE9\n" + latin1 << names;
    // A header row longer than what is decoded first.
    QStringList many;
    QByteArray longHeader;
    for (int i = 0; i < 19000; ++i) {
        many.append(u"Colonne numéro %1 avec un nom très long pour remplir"_s.arg(i));
        longHeader += (i ? "," : "") + many.constLast().toUtf8();
    }
    QVERIFY(longHeader.size() > (1 << 20));
    QTest::newRow("long header") << longHeader + '\n' + body << many;
}

void TestCsvReader::readHeaderOfALargeFile()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, header);

    QVERIFY(data.size() > (1 << 20) + (1 << 19));
    QCOMPARE(CsvReader::readHeader(data), header);
    // The import dialog reads the header from the first 256 KiB, which may end inside a character.
    // Cut at each byte of a line or more, so some cuts split a character.
    for (qsizetype size = 256 * 1024; size < 256 * 1024 + 48; ++size) {
        if (!data.first(size).contains('\n'))
            continue; // a header longer than that
        QCOMPARE(CsvReader::readHeader(data.first(size)), header);
        QCOMPARE(csvHeaderSignature(CsvReader::readHeader(data.first(size))), csvHeaderSignature(header));
    }
    QString raw;
    CsvReader().read(data, [&](SourceRecord &&record) {
        raw = record.raw;
        return false;
    });
    QCOMPARE(raw.section(u'\n', 0, 0), header.join(u','));
}

void TestCsvReader::stopsWhenTheSinkSaysSo()
{
    int calls = 0;
    CsvReader().read("title\na\nb\nc\n", [&](SourceRecord &&record) {
        ++calls;
        return record.number < 2;
    });
    QCOMPARE(calls, 2);
}

// A generated file of 100,000 rows written to and read back from disk.
void TestCsvReader::fromAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray data = "Job Title;Company;Description\r\n";
    for (int i = 1; i <= 100000; ++i) {
        data += "Engineer " + QByteArray::number(i) + ";\"Acme; " + QByteArray::number(i % 7) +
                "\";\"Line one\r\nLine \"\"two\"\"\"\r\n";
    }
    const QString path = dir.filePath(u"big.csv"_s);
    test::writeFile(path, data);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 count = 0;
    bool ok = true;
    CsvReader().read(file.readAll(), [&](SourceRecord &&record) {
        ++count;
        ok = ok && record.number == count &&
             field(record, fields::title) == u"Engineer "_s + QString::number(count) &&
             field(record, fields::company) == u"Acme; "_s + QString::number(count % 7) &&
             field(record, fields::description) == u"Line one\nLine \"two\""_s;
        return true;
    });
    QCOMPARE(count, 100000);
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
