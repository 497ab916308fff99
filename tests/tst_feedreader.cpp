// FeedReader on RSS 2.0, RSS 1.0 (RDF) and Atom job feeds, checked end to end through
// JsonRecordMapper, and on hostile or broken XML: entity declarations, external entities, malformed
// documents, documents that are no feed, deep nesting.
#include "import/feedreader.h"
#include "import/jsonrecordmapper.h"

#include <QFile>
#include <QJsonArray>
#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;
using namespace Qt::StringLiterals;

// Declared before the fixtures: moc loses its way in multi-line raw strings holding "http://".
class TestFeedReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rss2JobFeed();
    void rssRawIsTheItemAsWritten();
    void atomFeed();
    void rdfFeed();
    void utf16Feed();
    void windows1252FeedWithDeclaration();
    void windows1252FeedWithoutDeclaration();
    void rss091DoctypeWithoutEntities();
    void unescapedHtmlInDescription();
    void locationAndSalaryParts();
    void titleSplits_data();
    void titleSplits();
    void unknownElementsAreKept();
    void emptyChannel();
    void sinkStopsReading();
    void billionLaughsIsRejectedFast();
    void externalEntitiesAreRejected_data();
    void externalEntitiesAreRejected();
    void malformedXml_data();
    void malformedXml();
    void notAFeed_data();
    void notAFeed();
    void deepNesting();
    void manyElementsStayLinear();
};

namespace {

const QDateTime now(QDate(2025, 3, 10), QTime(12, 0), QTimeZone::UTC);

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::UTC);
}

QList<SourceRecord> readAll(const QByteArray &data)
{
    QList<SourceRecord> records;
    FeedReader().read(data, [&](SourceRecord &&record) {
        records.append(std::move(record));
        return true;
    });
    return records;
}

Listing mapped(const SourceRecord &record)
{
    QString error;
    const std::optional<Listing> listing = JsonRecordMapper(now).map(record, &error);
    if (!listing)
        qWarning("mapping failed: %s", qPrintable(error));
    return listing.value_or(Listing{});
}

// The message of the ReadError reading `data` throws; empty when it throws none.
QString readError(const QByteArray &data, QList<SourceRecord> *records = nullptr)
{
    try {
        const QList<SourceRecord> read = readAll(data);
        if (records)
            *records = read;
    } catch (const ReadError &error) {
        return error.message();
    }
    return {};
}

// A job board's RSS 2.0 feed: CDATA and escaped HTML, namespaced extensions, RFC 2822 dates.
const QString rssFeedXml = uR"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"
     xmlns:job="https://jobs.example.com/ns/job/1.0">
  <channel>
    <title>Example Jobs – newest listings</title>
    <link>https://jobs.example.com/</link>
    <description>The newest listings on Example Jobs</description>
    <atom:link href="https://jobs.example.com/feed.xml" rel="self" type="application/rss+xml"/>
    <item>
      <title>Senior Go Engineer at Acme Robotics (Remote)</title>
      <link>https://jobs.example.com/jobs/101-senior-go-engineer</link>
      <guid isPermaLink="false">job-101</guid>
      <pubDate>Mon, 24 Feb 2025 16:53:14 +0000</pubDate>
      <description><![CDATA[<p>Acme Robotics builds <strong>warehouse robots</strong> 🤖.</p>
<ul><li>Go &amp; gRPC</li><li>Kubernetes</li></ul>]]></description>
      <job:salary>$140,000 - $170,000 a year</job:salary>
      <job:location>Anywhere in the US</job:location>
      <job:job_type>Full-Time</job:job_type>
      <category>Engineering</category>
      <category>Remote</category>
    </item>
    <item>
      <title>Data Analyst</title>
      <link>https://jobs.example.com/jobs/102-data-analyst</link>
      <dc:creator>Northwind Data</dc:creator>
      <pubDate>Tue, 25 Feb 2025 09:00:00 GMT</pubDate>
      <description>&lt;p&gt;Analyse sales data with SQL &amp;amp; Python.&lt;/p&gt;&lt;p&gt;Two days a week in the office.&lt;/p&gt;</description>
      <job:company>Northwind Data GmbH</job:company>
      <job:location>Berlin, Germany</job:location>
      <salary>€50.000 - €60.000 pro Jahr</salary>
      <job:type>Part-time</job:type>
      <job:reference>ND-2025-17</job:reference>
    </item>
    <item>
      <title>Kestrel Labs: Frontend Developer (React)</title>
      <link>https://jobs.example.com/jobs/103-frontend-developer</link>
      <author>jobs@kestrel.example (Kestrel Labs)</author>
      <pubDate>Wed, 26 Feb 2025 08:30:00 EST</pubDate>
      <description>Build our design system.</description>
      <content:encoded><![CDATA[<h2>The role</h2><p>Build our design system in React.<script>alert(1)</script></p>]]></content:encoded>
      <category>Hybrid</category>
    </item>
  </channel>
</rss>
)"_s;

const QString atomFeedXml = uR"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Blue Harbor careers</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-03-02T12:00:00Z</updated>
  <link rel="self" href="https://careers.blueharbor.example/feed.atom"/>
  <entry>
    <title type="text">Site Reliability Engineer</title>
    <link rel="self" href="https://careers.blueharbor.example/api/jobs/7"/>
    <link rel="alternate" type="text/html" href="https://careers.blueharbor.example/jobs/7"/>
    <id>tag:blueharbor.example,2025:jobs/7</id>
    <published>2025-03-01T09:15:00+01:00</published>
    <updated>2025-03-02T12:00:00Z</updated>
    <author><name>Blue Harbor</name><email>jobs@blueharbor.example</email></author>
    <summary>Keep our platform up.</summary>
    <content type="html">&lt;p&gt;Keep &lt;em&gt;our&lt;/em&gt; platform up &amp;amp; running.&lt;/p&gt;</content>
    <category term="remote" label="Remote"/>
  </entry>
  <entry>
    <title>Junior QA Engineer</title>
    <link href="https://careers.blueharbor.example/jobs/8"/>
    <id>tag:blueharbor.example,2025:jobs/8</id>
    <updated>2025-03-03T08:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Test <b>everything</b>.</p><ul><li>Manual</li><li>Automated</li></ul></div></content>
  </entry>
</feed>
)"_s;

const QString rdfFeedXml = uR"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://jobs.example.org/">
    <title>Example.org jobs</title>
    <link>https://jobs.example.org/</link>
    <description>Jobs</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://jobs.example.org/1"/><rdf:li rdf:resource="https://jobs.example.org/2"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://jobs.example.org/1">
    <title>Backend Developer (Kotlin)</title>
    <link>https://jobs.example.org/1</link>
    <description>Work on our APIs in Kotlin.</description>
    <dc:date>2025-02-20T10:00:00Z</dc:date>
    <dc:creator>Kestrel Labs</dc:creator>
  </item>
  <item rdf:about="https://jobs.example.org/2">
    <title>Technical Writer</title>
    <link>https://jobs.example.org/2</link>
    <dc:date>2025-02-21</dc:date>
  </item>
</rdf:RDF>
)"_s;

// The n-th (0-based) occurrence of `open`...`close` in `text`, as written.
QString slice(const QString &text, const QString &open, const QString &close, int n)
{
    qsizetype start = -1;
    for (int i = 0; i <= n; ++i)
        start = text.indexOf(open, start + 1);
    const qsizetype end = text.indexOf(close, start) + close.size();
    return text.sliced(start, end - start);
}

} // namespace

void TestFeedReader::rss2JobFeed()
{
    const QList<SourceRecord> records = readAll(rssFeedXml.toUtf8());
    QCOMPARE(records.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(records[i].number, i + 1);
        QCOMPARE(records[i].rawFormat, u"rss"_s);
        QVERIFY(records[i].error.isEmpty());
    }

    const Listing acme = mapped(records[0]);
    QCOMPARE(acme.title, u"Senior Go Engineer (Remote)"_s);
    QCOMPARE(acme.company, u"Acme Robotics"_s);
    QCOMPARE(acme.url, u"https://jobs.example.com/jobs/101-senior-go-engineer"_s);
    QCOMPARE(acme.postedAt, utc(2025, 2, 24, 16, 53, 14));
    QCOMPARE(acme.description, u"Acme Robotics builds warehouse robots 🤖.\n\n• Go & gRPC\n• Kubernetes"_s);
    QVERIFY(acme.descriptionHtml.contains(u"<strong>warehouse robots</strong>"_s));
    QCOMPARE(acme.salary.min, 140000.0);
    QCOMPARE(acme.salary.max, 170000.0);
    QCOMPARE(acme.salary.currency, u"USD"_s);
    QCOMPARE(acme.salary.period, SalaryPeriod::Year);
    QCOMPARE(acme.locationText(), u"Anywhere in the US"_s);
    QCOMPARE(acme.workplace, Workplace::Remote);
    QCOMPARE(acme.employmentType, EmploymentType::FullTime);
    QCOMPARE(acme.seniority, Seniority::Senior);
    QCOMPARE(acme.rawFormat, u"rss"_s);

    const Listing northwind = mapped(records[1]);
    QCOMPARE(northwind.title, u"Data Analyst"_s);
    QCOMPARE(northwind.company, u"Northwind Data GmbH"_s); // the company element beats dc:creator
    QCOMPARE(northwind.url, u"https://jobs.example.com/jobs/102-data-analyst"_s);
    QCOMPARE(northwind.postedAt, utc(2025, 2, 25, 9, 0));
    QCOMPARE(northwind.description,
             u"Analyse sales data with SQL & Python.\n\nTwo days a week in the office."_s);
    QCOMPARE(northwind.salary.min, 50000.0);
    QCOMPARE(northwind.salary.max, 60000.0);
    QCOMPARE(northwind.salary.currency, u"EUR"_s);
    QCOMPARE(northwind.salary.period, SalaryPeriod::Year);
    QCOMPARE(northwind.locationText(), u"Berlin, Germany"_s);
    QCOMPARE(northwind.employmentType, EmploymentType::PartTime);
    QCOMPARE(northwind.workplace, Workplace::Unknown); // nothing states it
    QCOMPARE(records[1].fields.value(u"reference"_s).toString(), u"ND-2025-17"_s);

    const Listing kestrel = mapped(records[2]);
    QCOMPARE(kestrel.title, u"Frontend Developer (React)"_s);
    QCOMPARE(kestrel.company, u"Kestrel Labs"_s);
    QCOMPARE(kestrel.postedAt, utc(2025, 2, 26, 13, 30)); // EST is UTC-5
    // content:encoded is the fuller text; the script is gone.
    QCOMPARE(kestrel.description, u"The role\n\nBuild our design system in React."_s);
    QVERIFY(!kestrel.descriptionHtml.contains(u"script"_s));
    QCOMPARE(kestrel.workplace, Workplace::Hybrid);
    QVERIFY(!kestrel.salary.isKnown());
    QCOMPARE(kestrel.employmentType, EmploymentType::Unknown);
}

void TestFeedReader::rssRawIsTheItemAsWritten()
{
    // CRLF line ends and characters outside the BMP shift no offset.
    QString crlf = rssFeedXml;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    for (const QString &feed : {rssFeedXml, crlf}) {
        const QList<SourceRecord> records = readAll(feed.toUtf8());
        QCOMPARE(records.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(records[i].raw, slice(feed, u"<item>"_s, u"</item>"_s, i));
    }
    const QList<SourceRecord> entries = readAll(atomFeedXml.toUtf8());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[1].raw, slice(atomFeedXml, u"<entry>"_s, u"</entry>"_s, 1));
    const QList<SourceRecord> items = readAll(rdfFeedXml.toUtf8());
    QCOMPARE(items[0].raw, slice(rdfFeedXml, u"<item rdf:about"_s, u"</item>"_s, 0));
}

void TestFeedReader::atomFeed()
{
    const QList<SourceRecord> records = readAll(atomFeedXml.toUtf8());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].rawFormat, u"atom"_s);

    const Listing sre = mapped(records[0]);
    QCOMPARE(sre.title, u"Site Reliability Engineer"_s);
    QCOMPARE(sre.company, u"Blue Harbor"_s); // the author, as nothing better names it
    QCOMPARE(sre.url, u"https://careers.blueharbor.example/jobs/7"_s); // rel="alternate", not "self"
    QCOMPARE(sre.postedAt, utc(2025, 3, 1, 8, 15));                    // published, not updated
    QCOMPARE(sre.description, u"Keep our platform up & running."_s);   // content, not summary
    QVERIFY(sre.descriptionHtml.contains(u"<em>our</em>"_s));
    QCOMPARE(sre.workplace, Workplace::Remote);
    QCOMPARE(sre.rawFormat, u"atom"_s);

    const Listing qa = mapped(records[1]);
    QCOMPARE(qa.title, u"Junior QA Engineer"_s);
    QCOMPARE(qa.company, QString());
    QCOMPARE(qa.url, u"https://careers.blueharbor.example/jobs/8"_s);
    QCOMPARE(qa.postedAt, utc(2025, 3, 3, 8, 0)); // only updated
    QCOMPARE(qa.description, u"Test everything.\n\n• Manual\n• Automated"_s);
    QVERIFY(qa.descriptionHtml.contains(u"<b>everything</b>"_s));
}

void TestFeedReader::rdfFeed()
{
    const QList<SourceRecord> records = readAll(rdfFeedXml.toUtf8());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].rawFormat, u"rss"_s);
    const Listing backend = mapped(records[0]);
    QCOMPARE(backend.title, u"Backend Developer (Kotlin)"_s);
    QCOMPARE(backend.company, u"Kestrel Labs"_s);
    QCOMPARE(backend.url, u"https://jobs.example.org/1"_s);
    QCOMPARE(backend.postedAt, utc(2025, 2, 20, 10, 0));
    QCOMPARE(backend.description, u"Work on our APIs in Kotlin."_s);
    const Listing writer = mapped(records[1]);
    QCOMPARE(writer.title, u"Technical Writer"_s);
    QCOMPARE(writer.postedAt, utc(2025, 2, 21, 0, 0));
    QCOMPARE(writer.company, QString());
    QCOMPARE(writer.description, QString());
}

void TestFeedReader::utf16Feed()
{
    QString declared = rssFeedXml;
    declared.replace(u"encoding=\"UTF-8\""_s, u"encoding=\"UTF-16\""_s);
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray data = encoder(declared);
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 3);
    QCOMPARE(mapped(records[0]).company, u"Acme Robotics"_s);
    QCOMPARE(records[2].raw, slice(declared, u"<item>"_s, u"</item>"_s, 2));
}

void TestFeedReader::windows1252FeedWithDeclaration()
{
    // "Développeur Qt – Lyon", "€45.000 – €55.000", "Crème Logiciels" in Windows-1252 bytes.
    const QByteArray data =
        "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n"
        "<rss version=\"2.0\"><channel><title>Emplois</title>\n"
        "<item><title>D\xe9veloppeur Qt \x96 Lyon</title>\n"
        "<link>https://emplois.example.fr/42</link>\n"
        "<company>Cr\xe8me Logiciels</company>\n"
        "<salary>\x80"
        "45.000 \x96 \x80"
        "55.000</salary>\n"
        "<description>Nous cherchons un d\xe9veloppeur C++ \x93senior\x94.</description>\n"
        "</item></channel></rss>\n";
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 1);
    const Listing listing = mapped(records[0]);
    QCOMPARE(listing.title, u"Développeur Qt – Lyon"_s);
    QCOMPARE(listing.company, u"Crème Logiciels"_s);
    QCOMPARE(listing.description, u"Nous cherchons un développeur C++ “senior”."_s);
    QCOMPARE(listing.salary.min, 45000.0);
    QCOMPARE(listing.salary.max, 55000.0);
    QCOMPARE(listing.salary.currency, u"EUR"_s);
    QVERIFY(records[0].raw.startsWith(u"<item><title>Développeur"_s));
}

void TestFeedReader::windows1252FeedWithoutDeclaration()
{
    const QByteArray data = "<rss version=\"2.0\"><channel>"
                            "<item><title>Caf\xe9 manager \x96 Z\xfcrich</title></item>"
                            "</channel></rss>";
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 1);
    QCOMPARE(mapped(records[0]).title, u"Café manager – Zürich"_s);
}

void TestFeedReader::rss091DoctypeWithoutEntities()
{
    // The Netscape DOCTYPE names an external DTD: it is not fetched, and the entities it would have
    // declared are left to the HTML decoding of the mapper.
    const QByteArray data = "<?xml version=\"1.0\"?>\n"
                            "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                            "  \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                            "<rss version=\"0.91\"><channel><title>Old feed</title>\n"
                            "<item><title>Java&nbsp;Developer</title><link>https://old.example/1</link>"
                            "<description>Caf&eacute; &amp; code</description></item>\n"
                            "</channel></rss>";
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 1);
    const Listing listing = mapped(records[0]);
    QCOMPARE(listing.title, u"Java Developer"_s);
    QCOMPARE(listing.description, u"Café & code"_s);
}

void TestFeedReader::unescapedHtmlInDescription()
{
    // Well-formed HTML written as XML inside <description> (not valid RSS, but seen): kept as markup.
    const QByteArray data =
        "<rss version=\"2.0\"><channel><item><title>QA Lead</title>"
        "<description><p>Lead <b>testing</b></p><ul><li>Playwright</li></ul></description>"
        "</item></channel></rss>";
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].fields.value(u"description"_s).toString(),
             u"<p>Lead <b>testing</b></p><ul><li>Playwright</li></ul>"_s);
    QCOMPARE(mapped(records[0]).description, u"Lead testing\n\n• Playwright"_s);
}

void TestFeedReader::locationAndSalaryParts()
{
    const QByteArray data = R"(<rss version="2.0" xmlns:job="urn:example:job"><channel>
<item><title>Platform Engineer</title>
  <job:location><job:city>Toronto</job:city><job:region>ON</job:region><job:country>Canada</job:country></job:location>
  <job:location>Remote (Canada)</job:location>
  <job:salary><job:min>95000</job:min><job:max>115000</job:max><job:currency>CAD</job:currency><job:period>year</job:period></job:salary>
  <job:remote>true</job:remote>
</item>
<item><title>Barista</title><city>Lisbon</city><country>Portugal</country><remote>false</remote>
  <salary_min>900</salary_min><salary_max>1100</salary_max><currency>EUR</currency><salary_period>month</salary_period>
</item>
</channel></rss>)";
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 2);
    const Listing platform = mapped(records[0]);
    QCOMPARE(platform.locationText(), u"Toronto, ON, Canada; Remote (Canada)"_s);
    QCOMPARE(platform.salary.min, 95000.0);
    QCOMPARE(platform.salary.max, 115000.0);
    QCOMPARE(platform.salary.currency, u"CAD"_s);
    QCOMPARE(platform.salary.period, SalaryPeriod::Year);
    QCOMPARE(platform.workplace, Workplace::Remote);

    const Listing barista = mapped(records[1]);
    QCOMPARE(barista.locationText(), u"Lisbon, Portugal"_s);
    QCOMPARE(barista.workplace, Workplace::Unknown); // <remote>false</remote> says nothing more
    QCOMPARE(barista.salary.min, 900.0);
    QCOMPARE(barista.salary.max, 1100.0);
    QCOMPARE(barista.salary.currency, u"EUR"_s);
    QCOMPARE(barista.salary.period, SalaryPeriod::Month);
}

void TestFeedReader::titleSplits_data()
{
    QTest::addColumn<QString>("item"); // the children of one <item>
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("company");

    QTest::newRow("at, end") << u"<title>Senior Go Engineer at Acme</title>"_s << u"Senior Go Engineer"_s
                             << u"Acme"_s;
    QTest::newRow("at, dash rest") << u"<title>Data Engineer at Kestrel Labs - Berlin</title>"_s
                                   << u"Data Engineer - Berlin"_s << u"Kestrel Labs"_s;
    QTest::newRow("at, bar rest") << u"<title>SRE @ Blue Harbor | Remote</title>"_s << u"SRE | Remote"_s
                                  << u"Blue Harbor"_s;
    QTest::newRow("company first") << u"<title>Acme: Senior Go Engineer</title>"_s << u"Senior Go Engineer"_s
                                   << u"Acme"_s;
    QTest::newRow("stated company, same")
        << u"<title>Engineer at Acme</title><company>ACME</company>"_s << u"Engineer"_s << u"ACME"_s;
    QTest::newRow("stated company, other") << u"<title>Engineer at Scale</title><company>Acme</company>"_s
                                           << u"Engineer at Scale"_s << u"Acme"_s;
    QTest::newRow("split beats author")
        << u"<title>Acme: Designer</title><dc:creator>Jane Doe</dc:creator>"_s << u"Designer"_s << u"Acme"_s;
    // Not clear: the whole title stays, nothing is invented.
    QTest::newRow("work at home") << u"<title>Customer Service - Work at Home</title>"_s
                                  << u"Customer Service - Work at Home"_s << QString();
    QTest::newRow("two ats") << u"<title>Head of Growth at Scale at Acme</title>"_s
                             << u"Head of Growth at Scale at Acme"_s << QString();
    QTest::newRow("at lowercase") << u"<title>Engineer at a startup</title>"_s << u"Engineer at a startup"_s
                                  << QString();
    QTest::newRow("at remote") << u"<title>Engineer at Remote</title>"_s << u"Engineer at Remote"_s
                               << QString();
    QTest::newRow("tag prefix") << u"<title>Remote: Senior Engineer</title>"_s << u"Remote: Senior Engineer"_s
                                << QString();
    QTest::newRow("hiring prefix") << u"<title>Hiring: Nurse</title>"_s << u"Hiring: Nurse"_s << QString();
    QTest::newRow("title prefix") << u"<title>Senior Engineer: Backend</title>"_s
                                  << u"Senior Engineer: Backend"_s << QString();
    QTest::newRow("team prefix") << u"<title>Data Platform: Staff Engineer</title>"_s
                                 << u"Data Platform: Staff Engineer"_s << QString();
    QTest::newRow("two colons") << u"<title>Acme: Engineer: Go</title>"_s << u"Acme: Engineer: Go"_s
                                << QString();
    QTest::newRow("dash is no split in feeds")
        << u"<title>Senior Engineer - Acme</title>"_s << u"Senior Engineer - Acme"_s << QString();
    QTest::newRow("author only") << u"<title>Designer</title><author>hr@acme.example (Acme)</author>"_s
                                 << u"Designer"_s << u"Acme"_s;
    QTest::newRow("author address only")
        << u"<title>Designer</title><author>hr@acme.example</author>"_s << u"Designer"_s << QString();
}

void TestFeedReader::titleSplits()
{
    QFETCH(QString, item);
    QFETCH(QString, title);
    QFETCH(QString, company);
    const QString feed =
        u"<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><item>"_s + item +
        u"</item></channel></rss>"_s;
    const QList<SourceRecord> records = readAll(feed.toUtf8());
    QCOMPARE(records.size(), 1);
    const Listing listing = mapped(records[0]);
    QCOMPARE(listing.title, title);
    QCOMPARE(listing.company, company);
}

void TestFeedReader::unknownElementsAreKept()
{
    const QByteArray data = R"(<rss version="2.0" xmlns:x="urn:x"><channel><item>
<title>Welder</title><x:Shift_Pattern>Nights</x:Shift_Pattern><x:tag>metal</x:tag><x:tag>mig</x:tag>
<x:complex><x:a>1</x:a></x:complex><x:empty/><enclosure url="https://x.example/a.png" type="image/png"/>
</item></channel></rss>)";
    const QList<SourceRecord> records = readAll(data);
    QCOMPARE(records.size(), 1);
    const QJsonObject &fields = records[0].fields;
    QCOMPARE(fields.value(u"shift_pattern"_s).toString(), u"Nights"_s);
    QCOMPARE(fields.value(u"tag"_s).toArray(), QJsonArray({u"metal"_s, u"mig"_s}));
    QVERIFY(!fields.contains(u"complex"_s));
    QVERIFY(!fields.contains(u"empty"_s));
    QVERIFY(!fields.contains(u"enclosure"_s));
    QVERIFY(!fields.contains(u"a"_s));
}

void TestFeedReader::emptyChannel()
{
    QList<SourceRecord> records;
    QCOMPARE(readError("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title>"
                       "<link>https://quiet.example/</link></channel></rss>",
                       &records),
             QString());
    QVERIFY(records.isEmpty());
    QCOMPARE(readError("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Empty</title></feed>", &records),
             QString());
    QVERIFY(records.isEmpty());
}

void TestFeedReader::sinkStopsReading()
{
    int calls = 0;
    FeedReader().read(rssFeedXml.toUtf8(), [&](SourceRecord &&) {
        ++calls;
        return false;
    });
    QCOMPARE(calls, 1);
}

void TestFeedReader::billionLaughsIsRejectedFast()
{
    const QByteArray data = R"(<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>
)";
    QList<SourceRecord> records;
    QCOMPARE(readError(data, &records),
             u"the feed declares XML entities (line 3, column 2), which Jobdesk does not expand"_s);
    QVERIFY(records.isEmpty());
}

void TestFeedReader::externalEntitiesAreRejected_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("rejected"); // else read, with the reference left unexpanded
    QTest::newRow("general SYSTEM") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>)")
                                    << true;
    QTest::newRow("parameter SYSTEM") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % dtd SYSTEM "file:///etc/passwd"> %dtd;]>
<rss version="2.0"><channel><item><title>x</title></item></channel></rss>)")
                                      << true;
    QTest::newRow("entity after a comment with ]>") << QByteArray(R"(<!DOCTYPE rss [
<!-- ]> -->
<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>)")
                                                    << true;
    QTest::newRow("lowercase keyword")
        << QByteArray(R"(<!doctype rss [<!entity xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>)")
        << true;
    QTest::newRow("external DTD") << QByteArray(R"(<!DOCTYPE rss SYSTEM "file:///etc/passwd">
<rss version="2.0"><channel><item><title>Job &xxe;</title></item></channel></rss>)")
                                  << false;
}

void TestFeedReader::externalEntitiesAreRejected()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, rejected);
    QFile passwd(u"/etc/passwd"_s);
    QVERIFY(passwd.open(QIODevice::ReadOnly));
    const QByteArray firstLine = passwd.readLine().trimmed();
    QVERIFY(!firstLine.isEmpty());

    QList<SourceRecord> records;
    const QString error = readError(data, &records);
    QVERIFY(!error.contains(QString::fromUtf8(firstLine)));
    if (rejected) {
        QCOMPARE(error.isEmpty(), false);
        QVERIFY2(error.contains(u"entities"_s) || error.contains(u"not valid XML"_s), qPrintable(error));
        QVERIFY(records.isEmpty());
    } else {
        QCOMPARE(error, QString());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields.value(u"title"_s).toString(), u"Job &xxe;"_s);
    }
    for (const SourceRecord &record : std::as_const(records)) {
        QVERIFY(!record.raw.contains(QString::fromUtf8(firstLine)));
        for (const QJsonValue &value : record.fields)
            QVERIFY(!value.toString().contains(QString::fromUtf8(firstLine)));
    }
}

void TestFeedReader::malformedXml_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("position");
    QTest::newRow("mismatched tag") << QByteArray("<rss version=\"2.0\">\n<channel>\n<item>\n"
                                                  "<title>Broken</titel>\n</item></channel></rss>")
                                    << u"line 4, column "_s;
    QTest::newRow("crlf") << QByteArray("<rss version=\"2.0\">\r\n<channel>\r\n<item>\r\n"
                                        "<title>A & B</title>\r\n</item></channel></rss>")
                          << u"line 4, column "_s;
    QTest::newRow("truncated") << QByteArray("<rss version=\"2.0\">\n<channel>\n<item><title>Cut")
                               << u"line 3, column "_s;
    QTest::newRow("undeclared entity") << QByteArray("<rss>\n<channel><item><title>A&nbsp;B</title></item>"
                                                     "</channel></rss>")
                                       << u"line 2, column "_s;
    QTest::newRow("no element") << QByteArray("<?xml version=\"1.0\"?>\n") << u"line "_s;
}

void TestFeedReader::malformedXml()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, position);
    const QString error = readError(data);
    QVERIFY2(error.startsWith(u"not valid XML at "_s + position), qPrintable(error));
}

void TestFeedReader::notAFeed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("xhtml") << QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Jobs</title></head>
<body><h1>Jobs</h1><p>Senior Engineer&nbsp;at Acme</p></body></html>)");
    QTest::newRow("sitemap") << QByteArray(R"(<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://jobs.example.com/1</loc></url></urlset>)");
    QTest::newRow("feed in another namespace") << QByteArray(R"(<feed xmlns="urn:other"><entry/></feed>)");
    QTest::newRow("rdf without the rdf namespace")
        << QByteArray(R"(<RDF><item><title>x</title></item></RDF>)");
}

void TestFeedReader::notAFeed()
{
    QFETCH(QByteArray, data);
    QCOMPARE(readError(data), u"not an RSS or Atom feed"_s);
}

void TestFeedReader::deepNesting()
{
    const auto nested = [](int depth) {
        // rss, channel and item are three levels.
        return "<rss><channel><item><title>Deep</title>" + QByteArray("<x>").repeated(depth - 3) + "y" +
               QByteArray("</x>").repeated(depth - 3) + "</item></channel></rss>";
    };
    QList<SourceRecord> records;
    QCOMPARE(readError(nested(1000), &records), QString());
    QCOMPARE(records.size(), 1);
    QCOMPARE(mapped(records[0]).title, u"Deep"_s);

    QCOMPARE(readError(nested(1001)), u"the feed nests elements deeper than 1000 levels"_s);
    QCOMPARE(readError(nested(100000)), u"the feed nests elements deeper than 1000 levels"_s);
}

void TestFeedReader::manyElementsStayLinear()
{
    // 20,000 items, then one item with 50,000 distinct unknown elements and 50,000 categories.
    QByteArray many = "<rss><channel>";
    for (int i = 0; i < 20000; ++i)
        many += "<item><title>Job " + QByteArray::number(i) + "</title></item>";
    many += "<item><title>Wide</title>";
    for (int i = 0; i < 50000; ++i)
        many += "<e" + QByteArray::number(i) + " a=\"1\">v</e" + QByteArray::number(i) +
                "><category>c</category>";
    many += "</item></channel></rss>";

    qint64 count = 0;
    SourceRecord last;
    FeedReader().read(many, [&](SourceRecord &&record) {
        ++count;
        last = std::move(record);
        return true;
    });
    QCOMPARE(count, 20001);
    QCOMPARE(last.fields.value(u"e0"_s).toString(), u"v"_s);
    QVERIFY(last.fields.size() <= 110); // unknown elements beyond the first 100 are dropped
    QCOMPARE(last.fields.value(u"categories"_s).toArray(), QJsonArray{u"c"_s}); // each category once
}

QTEST_GUILESS_MAIN(TestFeedReader)
#include "tst_feedreader.moc"
