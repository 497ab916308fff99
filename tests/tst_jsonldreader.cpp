// JsonLdReader on the schema.org JobPosting examples under ../shared/data/formats/schemaorg-jobposting
// (each as a .jsonld file and as the .txt page it was taken from) and on pages and documents written
// here: several blocks, @graph, DataFeed, arrays, locations, salaries, broken blocks and files; a few
// records are taken through JsonRecordMapper to the Listing the importer stores.
#include "testsupport.h"

#include "import/jsonldreader.h"
#include "import/jsonrecordmapper.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringConverter>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;
using namespace Qt::StringLiterals;

namespace {

const QDateTime importTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);

QString examplePath(const QString &name)
{
    return test::sharedData(u"formats/schemaorg-jobposting/"_s + name);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QList<SourceRecord> readAll(const QByteArray &data)
{
    QList<SourceRecord> records;
    JsonLdReader().read(data, [&records](SourceRecord &&record) {
        records.append(std::move(record));
        return true;
    });
    return records;
}

// The ReadError's message, or an empty string when reading did not throw one.
QString readError(const QByteArray &data)
{
    try {
        readAll(data);
    } catch (const ReadError &error) {
        return error.message();
    }
    return {};
}

std::optional<Listing> mapped(const SourceRecord &record)
{
    QString error;
    auto listing = JsonRecordMapper(importTime).map(record, &error);
    if (!listing)
        qWarning("not mapped: %s", qPrintable(error));
    return listing;
}

QStringList locationNames(const QJsonObject &fields)
{
    QStringList names;
    for (const QJsonValue &location : fields.value("locations"_L1).toArray())
        names.append(location.toObject().value("name"_L1).toString());
    return names;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

// One page in the style a browser saves: JSON-LD between other markup, in odd but valid spellings.
// (Plain literals: moc 6.8 misreads this text as a raw string literal.)
const QByteArray twoBlockPage =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n"
    "<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<title>Senior C++ Engineer - Smith &amp; Sons</title>\n"
    "<SCRIPT data-rh='true' TYPE='Application/LD+JSON; charset=utf-8'>\n"
    "{\"@context\": \"https://schema.org\", \"@type\": \"BreadcrumbList\", \"itemListElement\": [\n"
    "  {\"@type\": \"ListItem\", \"position\": 1, \"name\": \"Jobs\", \"item\": "
    "\"https://jobs.example.com/\"}]}\n"
    "</SCRIPT>\n"
    "<script>var marker = '<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"In "
    "JS\"}';</script>\n"
    "<!-- <script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"Commented "
    "out\"}</script> -->\n"
    "<script type=\"application/json\">{\"@type\": \"JobPosting\", \"title\": \"Not JSON-LD\"}</script>\n"
    "</head>\n"
    "<body>\n"
    "<h1>Senior C++ Engineer</h1>\n"
    "<script\n"
    "   id=job-posting type=application/ld+json\n"
    ">\n"
    "//<![CDATA[\n"
    "{\n"
    "  \"@context\": \"https://schema.org/\",\n"
    "  \"@type\": \"JobPosting\",\n"
    "  \"title\": \"Senior C++ Engineer\",\n"
    "  \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Smith &amp; Sons\", \"sameAs\": "
    "\"https://smith.example\"},\n"
    "  \"datePosted\": \"2026-10-20\",\n"
    "  \"validThrough\": \"2026-12-31T23:59\",\n"
    "  \"url\": \"https://jobs.example.com/123\",\n"
    "  \"employmentType\": \"FULL_TIME\",\n"
    "  \"jobLocationType\": \"TELECOMMUTE\",\n"
    "  \"applicantLocationRequirements\": {\"@type\": \"Country\", \"name\": \"Germany\"},\n"
    "  \"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"EUR\",\n"
    "                 \"value\": {\"@type\": \"QuantitativeValue\", \"minValue\": 70000, \"maxValue\": "
    "90000, \"unitText\": \"YEAR\"}},\n"
    "  \"description\": \"<p>Build <b>Qt</b> apps.</p><ul><li>C++20</li></ul>\",\n"
    "  \"skills\": \"C++, Qt; CMake\"\n"
    "}\n"
    "//]]>\n"
    "</script>\n"
    "</body>\n"
    "</html>\n";

} // namespace

class TestJsonLdReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void everyExampleIsTested();
    void softwareEngineerExample();
    void exampleDetails();
    void microdataOnlyPage();
    void jsonResumeJobIsNoPosting();

    void pageWithTwoBlocks();
    void graph();
    void dataFeed();
    void arraysAndTypes();
    void threeLocations();
    void telecommute();
    void employmentTypes();
    void salaries_data();
    void salaries();
    void descriptions();
    void skills();
    void otherFields();
    void postingsAreNotSearched();
    void brokenBlockNextToGoodOne();
    void pageWithoutJsonLd_data();
    void pageWithoutJsonLd();
    void invalidJsonFile();
    void utf16Page();
    void sinkStops();
};

void TestJsonLdReader::examples_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("company");

    QTest::newRow("eg-0028") << u"eg-0028"_s << u"Software Engineer"_s << QString();
    QTest::newRow("eg-0213") << u"eg-0213"_s << u"Junior software developer"_s << QString();
    QTest::newRow("eg-0251") << u"eg-0251"_s << u"Mobile App Developer"_s << u"ACME Software"_s;
    QTest::newRow("eg-0268") << u"eg-0268"_s << u"Telecommute from anywhere in USA!"_s << QString();
    QTest::newRow("eg-0280") << u"eg-0280"_s << u"Systems Research Engineer"_s << QString();
    QTest::newRow("eg-0281") << u"eg-0281"_s << u"Junior software developer"_s << u"ACME Corp."_s;
    QTest::newRow("eg-0283") << u"eg-0283"_s << u"electrician"_s << QString();
    QTest::newRow("eg-0284") << u"eg-0284"_s << u"Stone mason"_s << QString();
    QTest::newRow("eg-0285") << u"eg-0285"_s << u"Systems Research Engineer"_s << QString();
    QTest::newRow("eg-0286") << u"eg-0286"_s << u"Systems Research Engineer"_s << QString();
    QTest::newRow("eg-0287") << u"eg-0287"_s << u"Systems Research Engineer"_s << QString();
    QTest::newRow("eg-0465") << u"eg-0465"_s << u"Software Engineer"_s << QString();
}

// Each example as its .jsonld document and as the .txt page holding it in a <script> block (eg-0028
// also has microdata and RDFa around it): one record each, the same fields either way, and a listing.
void TestJsonLdReader::examples()
{
    QFETCH(QString, name);
    QFETCH(QString, title);
    QFETCH(QString, company);

    const QList<SourceRecord> fromJson = readAll(contents(examplePath(name + u".jsonld"_s)));
    QCOMPARE(fromJson.size(), 1);
    const SourceRecord &record = fromJson.first();
    QCOMPARE(record.number, 1);
    QVERIFY(record.error.isEmpty());
    QCOMPARE(record.rawFormat, u"jsonld"_s);
    QCOMPARE(record.fields.value("title"_L1).toString(), title);
    QCOMPARE(record.fields.value("company"_L1).toString(), company);
    // The raw text is the posting, whole.
    const QJsonDocument raw = QJsonDocument::fromJson(record.raw.toUtf8());
    QCOMPARE(raw.object(), QJsonDocument::fromJson(contents(examplePath(name + u".jsonld"_s))).object());

    const QList<SourceRecord> fromPage = readAll(contents(examplePath(name + u".txt"_s)));
    QCOMPARE(fromPage.size(), 1);
    QVERIFY(fromPage.first().error.isEmpty());
    QCOMPARE(fromPage.first().fields, record.fields);
    QCOMPARE(fromPage.first().raw, record.raw);

    const auto listing = mapped(record);
    QVERIFY(listing);
    QCOMPARE(listing->title, title);
    QCOMPARE(listing->company, company);
    QCOMPARE(listing->rawFormat, u"jsonld"_s);
    QCOMPARE(listing->rawSource, record.raw);
}

void TestJsonLdReader::everyExampleIsTested()
{
    const QDir dir(examplePath(QString()));
    QVERIFY(dir.exists());
    QStringList names = dir.entryList({u"*.jsonld"_s}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.chop(7);
    QCOMPARE(names, (QStringList{u"eg-0028"_s, u"eg-0213"_s, u"eg-0251"_s, u"eg-0268"_s, u"eg-0280"_s,
                                 u"eg-0281"_s, u"eg-0283"_s, u"eg-0284"_s, u"eg-0285"_s, u"eg-0286"_s,
                                 u"eg-0287"_s, u"eg-0465"_s}));
    QCOMPARE(dir.entryList({u"eg-*.txt"_s}, QDir::Files).size(), names.size());
}

// The fullest example: location, salary as text with salaryCurrency, dates, requirements.
void TestJsonLdReader::softwareEngineerExample()
{
    const QList<SourceRecord> records = readAll(contents(examplePath(u"eg-0028.txt"_s)));
    QCOMPARE(records.size(), 1);
    const QJsonObject &fields = records.first().fields;
    QCOMPARE(fields.value("locations"_L1).toArray(),
             (QJsonArray{QJsonObject{
                 {"name"_L1, u"Kirkland, WA"_s}, {"locality"_L1, u"Kirkland"_s}, {"region"_L1, u"WA"_s}}}));
    QCOMPARE(fields.value("salary_min"_L1), QJsonValue(100000));
    QCOMPARE(fields.value("salary_max"_L1), QJsonValue(100000));
    QCOMPARE(fields.value("salary_currency"_L1).toString(), u"USD"_s);
    QVERIFY(!fields.contains("salary_period"_L1));
    QCOMPARE(fields.value("date_posted"_L1).toString(), u"2011-10-31"_s);
    QCOMPARE(fields.value("employment_type"_L1).toString(), u"Full-time"_s);
    QCOMPARE(fields.value("industry"_L1).toString(), u"Computer Software"_s);
    QCOMPARE(fields.value("occupational_category"_L1).toString(),
             u"15-1132.00 Software Developers, Application"_s);
    // No markup in the description: plain text only.
    QCOMPARE(fields.value("description"_L1).toString(),
             u"Description: ABC Company Inc. seeks a full-time mid-level software engineer to develop "
             u"in-house tools."_s);
    QVERIFY(!fields.contains("description_html"_L1));
    QCOMPARE(strings(fields.value("skills"_L1)),
             QStringList{u"Web application development using Java/J2EE Web application development using "
                         u"Python or familiarity with dynamic programming languages"_s});
    QCOMPARE(fields.value("qualifications"_L1).toString(),
             u"Ability to work in a team environment with members of varying skill levels. Highly motivated. "
             u"Learns quickly.\nMinumum 3 years experience as a software engineer"_s);
    QCOMPARE(fields.value("experience"_L1).toString(),
             u"Minumum 3 years experience as a software engineer\nBachelor's Degree in Computer Science, "
             u"Information Systems or related fields of study."_s);

    const auto listing = mapped(records.first());
    QVERIFY(listing);
    QCOMPARE(listing->title, u"Software Engineer"_s);
    QCOMPARE(listing->locationText(), u"Kirkland, WA"_s);
    QCOMPARE(listing->locations.first().locality, u"Kirkland"_s);
    QCOMPARE(listing->locations.first().region, u"WA"_s);
    QCOMPARE(listing->salary.min, 100000.0);
    QCOMPARE(listing->salary.max, 100000.0);
    QCOMPARE(listing->salary.currency, u"USD"_s);
    QCOMPARE(listing->salary.period, SalaryPeriod::Year);
    QCOMPARE(listing->employmentType, EmploymentType::FullTime);
    QCOMPARE(listing->postedAt.date(), QDate(2011, 10, 31));
    QVERIFY(listing->description.startsWith(u"Description: ABC Company Inc."_s));
}

// What the other examples add: a skill as a DefinedTerm, a remote job's country, a credential, the
// months of experience, an industry as a DefinedTerm.
void TestJsonLdReader::exampleDetails()
{
    const auto fieldsOf = [](const char *name) {
        const QList<SourceRecord> records = readAll(contents(examplePath(QLatin1String(name))));
        return records.size() == 1 ? records.first().fields : QJsonObject();
    };
    QCOMPARE(strings(fieldsOf("eg-0213.jsonld").value("skills"_L1)),
             QStringList{u"Knowledge of computer programming principles"_s});

    const QJsonObject remote = fieldsOf("eg-0268.jsonld");
    QCOMPARE(remote.value("locations"_L1).toArray(),
             (QJsonArray{QJsonObject{{"name"_L1, u"Remote (USA)"_s}, {"country"_L1, u"USA"_s}}}));
    QVERIFY(!remote.contains("workplace"_L1)); // no jobLocationType
    SourceRecord record;
    record.fields = remote;
    const auto listing = mapped(record);
    QVERIFY(listing);
    QCOMPARE(listing->locationText(), u"Remote (USA)"_s);
    QCOMPARE(listing->locations.first().country, u"USA"_s);
    QCOMPARE(listing->workplace, Workplace::Remote);

    QCOMPARE(fieldsOf("eg-0280.jsonld").value("qualifications"_L1).toString(),
             u"Bachelor of Science in Computer Science"_s);
    const QJsonObject experience = fieldsOf("eg-0465.txt");
    QCOMPARE(experience.value("experience"_L1).toString(), u"60 months of experience\nbachelor degree"_s);
    QCOMPARE(experience.value("qualifications"_L1).toString(), u"60 months of experience"_s);
    QCOMPARE(fieldsOf("eg-0287.jsonld").value("industry"_L1).toString(), u"Software Publishers"_s);
    QCOMPARE(fieldsOf("eg-0251.jsonld").keys(), (QStringList{u"company"_s, u"title"_s}));
}

// eg-0028.txt without its JSON part is a page with JobPosting microdata and RDFa only.
void TestJsonLdReader::microdataOnlyPage()
{
    QByteArray page = contents(examplePath(u"eg-0028.txt"_s));
    const qsizetype json = page.indexOf("\nJSON:");
    QVERIFY(json > 0);
    page.truncate(json);
    QVERIFY(page.contains("itemtype=\"https://schema.org/JobPosting\""));
    QVERIFY(page.contains("typeof=\"JobPosting\""));
    QCOMPARE(readError(page), u"no schema.org JobPosting found in the page (no JSON-LD block; JobPosting "
                              u"microdata and RDFa are not read)"_s);
}

// The JSON Resume draft job schema is JSON but not schema.org.
void TestJsonLdReader::jsonResumeJobIsNoPosting()
{
    const QByteArray job = contents(test::sharedData(u"formats/jsonresume/schema-repo_sample.job.json"_s));
    QCOMPARE(readError(job), u"no schema.org JobPosting found in the file"_s);
}

// Two blocks (a BreadcrumbList, then a JobPosting in a CDATA wrapper), attributes in any case and
// quoting; ld+json text inside another script, inside a comment and typed application/json is not read.
void TestJsonLdReader::pageWithTwoBlocks()
{
    const QList<SourceRecord> records = readAll(twoBlockPage);
    QCOMPARE(records.size(), 1);
    const SourceRecord &record = records.first();
    QCOMPARE(record.number, 1);
    QVERIFY(record.error.isEmpty());
    const QJsonObject &fields = record.fields;
    QCOMPARE(fields.value("title"_L1).toString(), u"Senior C++ Engineer"_s);
    QCOMPARE(fields.value("company"_L1).toString(), u"Smith &amp; Sons"_s); // decoded by the mapper
    QCOMPARE(fields.value("workplace"_L1).toString(), u"remote"_s);
    QCOMPARE(locationNames(fields), QStringList{u"Remote (Germany)"_s});
    QCOMPARE(fields.value("salary_min"_L1), QJsonValue(70000));
    QCOMPARE(fields.value("salary_max"_L1), QJsonValue(90000));
    QCOMPARE(fields.value("salary_currency"_L1).toString(), u"EUR"_s);
    QCOMPARE(fields.value("salary_period"_L1).toString(), u"year"_s);
    QCOMPARE(fields.value("date_posted"_L1).toString(), u"2026-10-20"_s);
    QCOMPARE(fields.value("valid_through"_L1).toString(), u"2026-12-31T23:59"_s);
    QCOMPARE(fields.value("url"_L1).toString(), u"https://jobs.example.com/123"_s);
    QCOMPARE(fields.value("description_html"_L1).toString(),
             u"<p>Build <b>Qt</b> apps.</p><ul><li>C++20</li></ul>"_s);
    QCOMPARE(strings(fields.value("skills"_L1)), (QStringList{u"C++"_s, u"Qt"_s, u"CMake"_s}));
    QVERIFY(record.raw.contains(u"\"title\": \"Senior C++ Engineer\""_s));
    QVERIFY(!record.raw.contains(u"CDATA"_s));

    const auto listing = mapped(record);
    QVERIFY(listing);
    QCOMPARE(listing->title, u"Senior C++ Engineer"_s);
    QCOMPARE(listing->company, u"Smith & Sons"_s);
    QCOMPARE(listing->workplace, Workplace::Remote);
    QCOMPARE(listing->locationText(), u"Remote (Germany)"_s);
    QCOMPARE(listing->employmentType, EmploymentType::FullTime);
    QCOMPARE(listing->salary, (Salary{70000.0, 90000.0, u"EUR"_s, SalaryPeriod::Year}));
    QCOMPARE(listing->postedAt.date(), QDate(2026, 10, 20));
    QCOMPARE(listing->validThrough.date(), QDate(2026, 12, 31));
    QCOMPARE(listing->url, u"https://jobs.example.com/123"_s);
    QVERIFY(listing->descriptionHtml.contains(u"<b>Qt</b>"_s));
    QVERIFY(listing->description.contains(u"Build Qt apps."_s));
    QVERIFY(!listing->description.contains(u'<'));
}

// A Yoast-style @graph: the organization is a node of its own that the postings reference by @id.
void TestJsonLdReader::graph()
{
    const QByteArray document = R"json({
  "@context": "https://schema.org",
  "@graph": [
    {"@type": "WebPage", "@id": "https://example.com/jobs/#webpage", "name": "Jobs"},
    {"@type": "JobPosting", "title": "Data Engineer", "hiringOrganization": {"@id": "https://example.com/#org"}},
    {"@type": "Organization", "@id": "https://example.com/#org", "name": "Graph Corp"},
    {"@type": "JobPosting", "title": "QA Engineer",
     "hiringOrganization": {"@type": "Organization", "@id": "https://example.com/#org"},
     "identifier": {"@type": "PropertyValue", "name": "Graph Corp", "value": "QA-7"}}
  ]
})json";
    const QList<SourceRecord> records = readAll(document);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].number, 1);
    QCOMPARE(records[1].number, 2);
    QCOMPARE(records[0].fields.value("title"_L1).toString(), u"Data Engineer"_s);
    QCOMPARE(records[0].fields.value("company"_L1).toString(), u"Graph Corp"_s);
    QCOMPARE(records[1].fields.value("title"_L1).toString(), u"QA Engineer"_s);
    QCOMPARE(records[1].fields.value("company"_L1).toString(), u"Graph Corp"_s);
    QCOMPARE(records[1].fields.value("identifier"_L1).toString(), u"QA-7"_s);

    // Nodes that name themselves do not loop.
    const QByteArray cycle = R"json({"@graph": [
  {"@id": "#t", "@type": "Thing", "name": {"@id": "#t"}, "@value": {"@id": "#t"}},
  {"@type": "JobPosting", "title": {"@id": "#t"}, "name": "Fallback", "hiringOrganization": {"@id": "#t"},
   "baseSalary": {"@id": "#t"}, "jobLocation": {"@id": "#t"}, "qualifications": {"@id": "#t"}}]})json";
    const QList<SourceRecord> cyclic = readAll(cycle);
    QCOMPARE(cyclic.size(), 1);
    QCOMPARE(cyclic.first().fields.value("title"_L1).toString(), u"Fallback"_s);
}

// A DataFeed whose elements hold the posting in "item" or are the posting; an ItemList the same way.
void TestJsonLdReader::dataFeed()
{
    const QByteArray feed = R"json({
  "@context": "https://schema.org",
  "@type": "DataFeed",
  "dataFeedElement": [
    {"@type": "DataFeedItem", "dateModified": "2026-10-01", "item": {"@type": "JobPosting", "title": "First"}},
    {"@type": "DataFeedItem", "item": {"@type": "JobPosting", "title": "Second",
                                       "hiringOrganization": "Feed Ltd"}},
    {"@type": "JobPosting", "title": "Third"}
  ]
})json";
    QList<SourceRecord> records = readAll(feed);
    QCOMPARE(records.size(), 3);
    QStringList titles;
    for (const SourceRecord &record : records)
        titles.append(record.fields.value("title"_L1).toString());
    QCOMPARE(titles, (QStringList{u"First"_s, u"Second"_s, u"Third"_s}));
    QCOMPARE(records[2].number, 3);
    QCOMPARE(records[1].fields.value("company"_L1).toString(), u"Feed Ltd"_s);

    const QByteArray list =
        R"json({"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
  {"@type": "ListItem", "position": 1, "item": {"@type": "JobPosting", "title": "Listed one"}},
  {"@type": "ListItem", "position": 2, "item": {"@type": "JobPosting", "title": "Listed two"}}]})json";
    records = readAll(list);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1].fields.value("title"_L1).toString(), u"Listed two"_s);
}

// A top-level array; @type as an array, prefixed, as a URL; properties with a prefix; @value.
void TestJsonLdReader::arraysAndTypes()
{
    const QByteArray document = R"json([
  {"@context": "https://schema.org", "@type": ["JobPosting", "Thing"], "title": "Typed twice"},
  {"@context": {"schema": "https://schema.org/"}, "@type": "schema:JobPosting",
   "schema:title": "Prefixed", "schema:hiringOrganization": {"schema:name": "Prefix AG"}},
  {"@type": "http://schema.org/JobPosting", "http://schema.org/title": [{"@value": "Expanded", "@language": "en"}]},
  {"@type": "Organization", "name": "Not a posting"},
  {"@type": "JobPostingLike", "title": "Not a posting either"}
])json";
    const QList<SourceRecord> records = readAll(document);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].fields.value("title"_L1).toString(), u"Typed twice"_s);
    QCOMPARE(records[1].fields.value("title"_L1).toString(), u"Prefixed"_s);
    QCOMPARE(records[1].fields.value("company"_L1).toString(), u"Prefix AG"_s);
    QCOMPARE(records[2].fields.value("title"_L1).toString(), u"Expanded"_s);
}

// jobLocation as three Places: a Country object, a country as text, an address as text.
void TestJsonLdReader::threeLocations()
{
    const QByteArray document = R"json({"@context": "https://schema.org", "@type": "JobPosting",
  "title": "Field Engineer",
  "jobLocation": [
    {"@type": "Place", "address": {"@type": "PostalAddress", "streetAddress": "Alexanderplatz 1",
      "addressLocality": "Berlin", "addressRegion": "Berlin", "postalCode": "10178",
      "addressCountry": {"@type": "Country", "name": "DE"}}},
    {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "München",
      "addressRegion": "Bavaria", "addressCountry": "Germany"}},
    {"@type": "Place", "address": "Hafenstraße 5, Hamburg"}
  ]})json";
    const QList<SourceRecord> records = readAll(document);
    QCOMPARE(records.size(), 1);
    const QJsonArray locations = records.first().fields.value("locations"_L1).toArray();
    QCOMPARE(locations, (QJsonArray{QJsonObject{{"name"_L1, u"Berlin, DE"_s},
                                                {"locality"_L1, u"Berlin"_s},
                                                {"region"_L1, u"Berlin"_s},
                                                {"country"_L1, u"DE"_s}},
                                    QJsonObject{{"name"_L1, u"München, Bavaria, Germany"_s},
                                                {"locality"_L1, u"München"_s},
                                                {"region"_L1, u"Bavaria"_s},
                                                {"country"_L1, u"Germany"_s}},
                                    QJsonObject{{"name"_L1, u"Hafenstraße 5, Hamburg"_s}}}));
    const auto listing = mapped(records.first());
    QVERIFY(listing);
    QCOMPARE(listing->locations.size(), 3);
    QCOMPARE(listing->locationText(), u"Berlin, DE; München, Bavaria, Germany; Hafenstraße 5, Hamburg"_s);
    QCOMPARE(listing->locations[1],
             (Location{u"München, Bavaria, Germany"_s, u"München"_s, u"Bavaria"_s, u"Germany"_s}));
}

// TELECOMMUTE: remote; the places applicants may live in become "Remote (...)" locations.
void TestJsonLdReader::telecommute()
{
    const QByteArray document = R"json({"@context": "https://schema.org", "@type": "JobPosting",
  "title": "Support Engineer", "jobLocationType": "TELECOMMUTE",
  "applicantLocationRequirements": [{"@type": "Country", "name": "USA"}, {"@type": "State", "name": "Ontario"},
                                    "Mexico"],
  "employmentType": "PART_TIME", "datePosted": "2026-10-30T09:00:00+02:00"})json";
    const QList<SourceRecord> records = readAll(document);
    QCOMPARE(records.size(), 1);
    const QJsonObject &fields = records.first().fields;
    QCOMPARE(fields.value("workplace"_L1).toString(), u"remote"_s);
    QCOMPARE(fields.value("locations"_L1).toArray(),
             (QJsonArray{QJsonObject{{"name"_L1, u"Remote (USA)"_s}, {"country"_L1, u"USA"_s}},
                         QJsonObject{{"name"_L1, u"Remote (Ontario)"_s}, {"region"_L1, u"Ontario"_s}},
                         QJsonObject{{"name"_L1, u"Remote (Mexico)"_s}}}));
    const auto listing = mapped(records.first());
    QVERIFY(listing);
    QCOMPARE(listing->workplace, Workplace::Remote);
    QCOMPARE(listing->locationText(), u"Remote (USA); Remote (Ontario); Remote (Mexico)"_s);
    QCOMPARE(listing->employmentType, EmploymentType::PartTime);
    QCOMPARE(listing->postedAt.toUTC(), QDateTime(QDate(2026, 10, 30), QTime(7, 0), QTimeZone::UTC));

    // With a jobLocation, the place is the location; the job is still remote.
    const QByteArray withPlace = R"json({"@type": "JobPosting", "title": "Remote or Leeds",
  "jobLocationType": ["TELECOMMUTE"], "applicantLocationRequirements": {"@type": "Country", "name": "UK"},
  "jobLocation": {"@type": "Place", "address": {"addressLocality": "Leeds", "addressCountry": "GB"}}})json";
    const QJsonObject placed = readAll(withPlace).first().fields;
    QCOMPARE(placed.value("workplace"_L1).toString(), u"remote"_s);
    QCOMPARE(locationNames(placed), QStringList{u"Leeds, GB"_s});
}

void TestJsonLdReader::employmentTypes()
{
    const QByteArray document = R"json({"@type": "JobPosting", "title": "Flexible",
  "employmentType": ["CONTRACTOR", "PART_TIME", {"@value": "TEMPORARY"}]})json";
    const QList<SourceRecord> records = readAll(document);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fields.value("employment_type"_L1).toArray(),
             (QJsonArray{u"CONTRACTOR"_s, u"PART_TIME"_s, u"TEMPORARY"_s}));
    const auto listing = mapped(records.first());
    QVERIFY(listing);
    QCOMPARE(listing->employmentType, EmploymentType::Contractor); // the first one named
}

void TestJsonLdReader::salaries_data()
{
    QTest::addColumn<QByteArray>("property");   // JSON of the posting's salary properties
    QTest::addColumn<QJsonObject>("expected");  // the salary keys of the record
    QTest::addColumn<QString>("listingSalary"); // min-max currency period of the listing

    QTest::newRow("single value hourly")
        << QByteArray(R"("baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
           "value": {"@type": "QuantitativeValue", "value": 40.5, "unitText": "HOUR"}})")
        << QJsonObject{{"salary_min"_L1, 40.5},
                       {"salary_max"_L1, 40.5},
                       {"salary_currency"_L1, u"USD"_s},
                       {"salary_period"_L1, u"hour"_s}}
        << u"40.5-40.5 USD hour"_s;
    QTest::newRow("range as text") << QByteArray(
                                          R"("baseSalary": {"@type": "MonetaryAmount", "currency": "GBP",
           "value": {"@type": "QuantitativeValue", "minValue": "45000", "maxValue": "55000.00", "unitText": "YEAR"}})")
                                   << QJsonObject{{"salary_min"_L1, 45000},
                                                  {"salary_max"_L1, 55000},
                                                  {"salary_currency"_L1, u"GBP"_s},
                                                  {"salary_period"_L1, u"year"_s}}
                                   << u"45000-55000 GBP year"_s;
    QTest::newRow("monthly value as text")
        << QByteArray(R"("baseSalary": {"@type": "MonetaryAmount", "currency": "PLN",
           "value": {"@type": "QuantitativeValue", "value": "18000", "unitText": "MONTH"}})")
        << QJsonObject{{"salary_min"_L1, 18000},
                       {"salary_max"_L1, 18000},
                       {"salary_currency"_L1, u"PLN"_s},
                       {"salary_period"_L1, u"month"_s}}
        << u"18000-18000 PLN month"_s;
    QTest::newRow("value is a number")
        << QByteArray(R"("baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": 52000})")
        << QJsonObject{{"salary_min"_L1, 52000}, {"salary_max"_L1, 52000}, {"salary_currency"_L1, u"EUR"_s}}
        << u"52000-52000 EUR year"_s;
    QTest::newRow("bounds on the amount, unit code")
        << QByteArray(R"("baseSalary": {"@type": "MonetaryAmount", "currency": "CHF", "minValue": 500,
           "maxValue": 700, "value": {"@type": "QuantitativeValue", "unitCode": "DAY"}})")
        << QJsonObject{{"salary_min"_L1, 500},
                       {"salary_max"_L1, 700},
                       {"salary_currency"_L1, u"CHF"_s},
                       {"salary_period"_L1, u"day"_s}}
        << u"500-700 CHF day"_s;
    QTest::newRow("only a minimum")
        << QByteArray(
               R"("baseSalary": {"currency": "USD", "value": {"minValue": 120000, "unitText": "YEAR"}})")
        << QJsonObject{{"salary_min"_L1, 120000},
                       {"salary_currency"_L1, u"USD"_s},
                       {"salary_period"_L1, u"year"_s}}
        << u"120000- USD year"_s;
    QTest::newRow("text with salaryCurrency")
        << QByteArray(R"("baseSalary": "60,000 - 70,000", "salaryCurrency": "CAD")")
        << QJsonObject{{"salary"_L1, u"60,000 - 70,000"_s}, {"salary_currency"_L1, u"CAD"_s}}
        << u"60000-70000 CAD year"_s;
    QTest::newRow("estimated salary")
        << QByteArray(R"("estimatedSalary": [{"@type": "MonetaryAmountDistribution", "currency": "USD",
           "duration": "P1Y", "median": 98000, "percentile25": 90000}])")
        << QJsonObject{{"salary_min"_L1, 98000}, {"salary_max"_L1, 98000}, {"salary_currency"_L1, u"USD"_s}}
        << u"98000-98000 USD year"_s;
    QTest::newRow("base salary wins")
        << QByteArray(R"("baseSalary": {"currency": "USD", "value": {"value": 50, "unitText": "HOUR"}},
           "estimatedSalary": {"currency": "USD", "value": {"minValue": 1, "maxValue": 2}})")
        << QJsonObject{{"salary_min"_L1, 50},
                       {"salary_max"_L1, 50},
                       {"salary_currency"_L1, u"USD"_s},
                       {"salary_period"_L1, u"hour"_s}}
        << u"50-50 USD hour"_s;
    QTest::newRow("none") << QByteArray(R"("salaryCurrency": "USD")")
                          << QJsonObject{{"salary_currency"_L1, u"USD"_s}} << u"none"_s;
}

void TestJsonLdReader::salaries()
{
    QFETCH(QByteArray, property);
    QFETCH(QJsonObject, expected);
    QFETCH(QString, listingSalary);

    const QList<SourceRecord> records =
        readAll(R"({"@type": "JobPosting", "title": "Paid", )" + property + QByteArray("}"));
    QCOMPARE(records.size(), 1);
    QJsonObject salary = records.first().fields;
    for (const char *key : {"title", "locations"})
        salary.remove(QLatin1String(key));
    QCOMPARE(salary, expected);

    const auto listing = mapped(records.first());
    QVERIFY(listing);
    const Salary &mappedSalary = listing->salary;
    if (!mappedSalary.isKnown()) {
        QCOMPARE(u"none"_s, listingSalary);
        return;
    }
    const auto bound = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'g', 10) : QString();
    };
    const QString periods[] = {u"unknown"_s, u"hour"_s, u"day"_s, u"week"_s, u"month"_s, u"year"_s};
    QCOMPARE(bound(mappedSalary.min) + u'-' + bound(mappedSalary.max) + u' ' + mappedSalary.currency + u' ' +
                 periods[int(mappedSalary.period)],
             listingSalary);
}

// description_html only when the description holds markup (also markup escaped once too often).
void TestJsonLdReader::descriptions()
{
    const QByteArray document = R"json([
  {"@type": "JobPosting", "title": "Html", "description": "<p>We use <strong>Rust</strong>.</p>"},
  {"@type": "JobPosting", "title": "Escaped", "description": "&lt;p&gt;We use &lt;em&gt;Go&lt;/em&gt;.&lt;/p&gt;"},
  {"@type": "JobPosting", "title": "Plain", "description": "Line one.\nLine two &amp; more."}
])json";
    const QList<SourceRecord> records = readAll(document);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].fields.value("description_html"_L1).toString(),
             u"<p>We use <strong>Rust</strong>.</p>"_s);
    QCOMPARE(records[1].fields.value("description_html"_L1).toString(), u"<p>We use <em>Go</em>.</p>"_s);
    QVERIFY(!records[2].fields.contains("description_html"_L1));
    QCOMPARE(records[2].fields.value("description"_L1).toString(), u"Line one.\nLine two &amp; more."_s);

    const auto escaped = mapped(records[1]);
    QVERIFY(escaped);
    QCOMPARE(escaped->description, u"We use Go."_s);
    const auto plain = mapped(records[2]);
    QVERIFY(plain);
    QCOMPARE(plain->description, u"Line one.\nLine two & more."_s);
    QVERIFY(plain->descriptionHtml.isEmpty());
}

void TestJsonLdReader::skills()
{
    const QByteArray document = R"json([
  {"@type": "JobPosting", "title": "Text", "skills": "C++, Qt;AWS (EC2, S3)\nSQL, c++, "},
  {"@type": "JobPosting", "title": "List", "skills": ["Kubernetes", {"@type": "DefinedTerm", "name": "Go"},
                                                      "Docker; Helm"]},
  {"@type": "JobPosting", "title": "Html", "skills": "<ul><li>Java</li><li>Spring Boot</li></ul>"}
])json";
    const QList<SourceRecord> records = readAll(document);
    QCOMPARE(records.size(), 3);
    QCOMPARE(strings(records[0].fields.value("skills"_L1)),
             (QStringList{u"C++"_s, u"Qt"_s, u"AWS (EC2, S3)"_s, u"SQL"_s}));
    QCOMPARE(strings(records[1].fields.value("skills"_L1)),
             (QStringList{u"Kubernetes"_s, u"Go"_s, u"Docker"_s, u"Helm"_s}));
    QCOMPARE(strings(records[2].fields.value("skills"_L1)), (QStringList{u"Java"_s, u"Spring Boot"_s}));
}

void TestJsonLdReader::otherFields()
{
    const QByteArray document = R"json({"@type": "JobPosting", "name": "Named, not titled",
  "hiringOrganization": {"@type": "Organization", "legalName": "Legal GmbH"},
  "sameAs": ["https://example.com/job/9", "https://other.example/9"],
  "identifier": "REQ-9", "industry": ["Software", {"@type": "DefinedTerm", "name": "Games"}],
  "occupationalCategory": {"@type": "CategoryCode", "codeValue": "15-1252.00"},
  "datePosted": {"@type": "Date", "@value": "2026-09-01"}})json";
    const QList<SourceRecord> records = readAll(document);
    QCOMPARE(records.size(), 1);
    const QJsonObject &fields = records.first().fields;
    QCOMPARE(fields.value("title"_L1).toString(), u"Named, not titled"_s);
    QCOMPARE(fields.value("company"_L1).toString(), u"Legal GmbH"_s);
    QCOMPARE(fields.value("url"_L1).toString(), u"https://example.com/job/9"_s);
    QCOMPARE(fields.value("identifier"_L1).toString(), u"REQ-9"_s);
    QCOMPARE(fields.value("industry"_L1).toString(), u"Software, Games"_s);
    QCOMPARE(fields.value("occupational_category"_L1).toString(), u"15-1252.00"_s);
    QCOMPARE(fields.value("date_posted"_L1).toString(), u"2026-09-01"_s);
}

// A posting's own properties are not searched for postings.
void TestJsonLdReader::postingsAreNotSearched()
{
    const QByteArray document =
        R"json({"@type": "WebPage", "mainEntity": {"@type": "JobPosting", "title": "Outer",
  "relatedLink": {"@type": "JobPosting", "title": "Inner"}}})json";
    const QList<SourceRecord> records = readAll(document);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fields.value("title"_L1).toString(), u"Outer"_s);
    QVERIFY(records.first().raw.contains(u"Inner"_s));
}

// A block that is not JSON is a record with an error where it breaks; the next block is read.
void TestJsonLdReader::brokenBlockNextToGoodOne()
{
    const QByteArray page = "<html>\n<head>\n"
                            "<script type=\"application/ld+json\">\n"
                            "{\"@type\": \"JobPosting\",\n"
                            "  \"title\": \"Broken\"\n"
                            "  \"url\": \"https://example.com\"}\n"
                            "</script>\n"
                            "<script type=\"application/ld+json\"><!--\n"
                            "{\"@type\": \"JobPosting\", \"title\": \"Fine\"}\n"
                            "--></script>\n"
                            "</head></html>\n";
    const QList<SourceRecord> records = readAll(page);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].number, 1);
    QVERIFY(records[0].fields.isEmpty());
    QVERIFY2(records[0].error.startsWith(u"JSON-LD block 1 is not valid JSON at line 6, column 4: "_s),
             qPrintable(records[0].error));
    QVERIFY(records[0].raw.contains(u"\"title\": \"Broken\""_s));
    QCOMPARE(records[0].rawFormat, u"jsonld"_s);
    QCOMPARE(records[1].number, 2);
    QVERIFY(records[1].error.isEmpty());
    QCOMPARE(records[1].fields.value("title"_L1).toString(), u"Fine"_s);

    QString error;
    QVERIFY(!JsonRecordMapper(importTime).map(records[0], &error));
    QCOMPARE(error, records[0].error);
    QVERIFY(mapped(records[1]));
}

void TestJsonLdReader::pageWithoutJsonLd_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("error");

    QTest::newRow("no blocks")
        << QByteArray("<html><body><h1>Engineer</h1><script>var x = 1;</script></body></html>")
        << u"no schema.org JobPosting found in the page (no JSON-LD block)"_s;
    QTest::newRow("plain text") << QByteArray("Senior Engineer\nAcme\nBerlin")
                                << u"no schema.org JobPosting found in the page (no JSON-LD block)"_s;
    QTest::newRow("empty") << QByteArray()
                           << u"no schema.org JobPosting found in the page (no JSON-LD block)"_s;
    QTest::newRow("other types")
        << QByteArray(R"(<script type="application/ld+json">{"@type": "Organization", "name": "Acme"}</script>
<script type="application/ld+json">  </script>)")
        << u"no schema.org JobPosting found in the page (its JSON-LD blocks hold no JobPosting)"_s;
}

void TestJsonLdReader::pageWithoutJsonLd()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, error);
    QCOMPARE(readError(page), error);
}

void TestJsonLdReader::invalidJsonFile()
{
    const QByteArray document = "{\n"
                                "  \"@type\": \"JobPosting\",\n"
                                "  \"title\": \"Unfinished\",\n"
                                "  \"url\": \"https://example.com\"\n"
                                "  \"datePosted\": \"2026-01-01\"\n"
                                "}\n";
    const QString error = readError(document);
    QVERIFY2(error.startsWith(u"not valid JSON at line 5, column 4: "_s), qPrintable(error));
    QCOMPARE(readError("  [{\"@type\": \"JobPosting\"}"),
             u"not valid JSON at line 1, column 27: unterminated array"_s);
    QCOMPARE(readError(R"({"@type": "Organization"})"), u"no schema.org JobPosting found in the file"_s);

    // Text that only starts like JSON but holds a JSON-LD block is read as a page.
    const QList<SourceRecord> records = readAll(
        R"([Saved] Job page <script type="application/ld+json">{"@type": "JobPosting", "title": "Kept"}</script>)");
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fields.value("title"_L1).toString(), u"Kept"_s);
}

// Pages saved as UTF-16 (with a byte-order mark) read the same; positions count characters.
void TestJsonLdReader::utf16Page()
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray page = encoder(QString::fromUtf8(twoBlockPage));
    const QList<SourceRecord> records = readAll(page);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().fields, readAll(twoBlockPage).first().fields);

    const QByteArray broken =
        encoder(u"<p>Zürich</p>\n<script type=\"application/ld+json\">{\"ä\": }</script>"_s);
    const QList<SourceRecord> brokenRecords = readAll(broken);
    QCOMPARE(brokenRecords.size(), 1);
    // Qt stops just after the '}' in column 42: columns count characters, not UTF-8 bytes.
    QVERIFY2(
        brokenRecords.first().error.startsWith(u"JSON-LD block 1 is not valid JSON at line 2, column 43: "_s),
        qPrintable(brokenRecords.first().error));
}

// A sink that returns false ends reading (the import was cancelled).
void TestJsonLdReader::sinkStops()
{
    const QByteArray document =
        R"([{"@type": "JobPosting", "title": "a"}, {"@type": "JobPosting", "title": "b"}, {"@type": "JobPosting", "title": "c"}])";
    int seen = 0;
    JsonLdReader().read(document, [&seen](SourceRecord &&) { return ++seen < 2; });
    QCOMPARE(seen, 2);
}

QTEST_GUILESS_MAIN(TestJsonLdReader)
#include "tst_jsonldreader.moc"
