#include "feedreader.h"

#include "fields.h"
#include "inference.h"
#include "textdecoding.h"
#include "textreader.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <initializer_list>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

constexpr int maxDepth = 1000;
// Unknown elements and categories kept per item: real items have a few dozen children; a hostile one
// with a million distinct names would make every insertion into the record's QJsonObject slower.
constexpr qsizetype maxExtras = 100;

const QLatin1String atomNs("http://www.w3.org/2005/Atom");
const QLatin1String atom03Ns("http://purl.org/atom/ns#");
const QLatin1String rss1Ns("http://purl.org/rss/1.0/");
const QLatin1String rss090Ns("http://my.netscape.com/rdf/simple/0.9/");
const QLatin1String rdfNs("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

// ---- decoding --------------------------------------------------------------------------------------

// The encoding an XML declaration names ("windows-1252"), lower-case; empty without one.
QByteArray declaredEncoding(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    if (!data.startsWith("<?xml"))
        return {};
    const qsizetype end = data.indexOf("?>");
    if (end < 0 || end > 512)
        return {};
    const QByteArrayView declaration = data.first(end);
    qsizetype i = declaration.indexOf("encoding");
    if (i < 0)
        return {};
    i += 8;
    while (i < declaration.size() &&
           (declaration[i] == ' ' || declaration[i] == '=' || declaration[i] == '\t'))
        ++i;
    if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\''))
        return {};
    const char quote = declaration[i];
    const qsizetype close = declaration.indexOf(quote, i + 1);
    return close < 0 ? QByteArray() : declaration.sliced(i + 1, close - i - 1).toByteArray().toLower();
}

// The feed as text. decodeText() knows byte-order marks, UTF-16, UTF-8 and Windows-1252 (which files
// declared ISO-8859-1 or US-ASCII really are, as browsers assume too); another declared encoding
// ("iso-8859-15", "koi8-r") is decoded as declared when Qt knows it. QXmlStreamReader then reads the
// text and ignores the declaration: offsets index this string, which the raw records are cut from.
QString decodeFeed(QByteArrayView data)
{
    const QByteArray declared = declaredEncoding(data);
    const TextEncoding detected = detectEncoding(data);
    const bool unicode = detected == TextEncoding::Utf16LE || detected == TextEncoding::Utf16BE ||
                         data.startsWith("\xEF\xBB\xBF");
    static const std::initializer_list<const char *> known{
        "",           "utf-8",    "utf8",       "utf-16",    "utf-16le", "utf-16be", "windows-1252",
        "cp1252",     "x-cp1252", "iso-8859-1", "iso8859-1", "latin1",   "latin-1",  "l1",
        "iso_8859-1", "us-ascii", "ascii"};
    bool decodeAsDetected = unicode;
    for (const char *name : known)
        decodeAsDetected = decodeAsDetected || declared == name;
    if (!decodeAsDetected) {
        QStringDecoder decoder(declared.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            QString text = decoder(data);
            if (!decoder.hasError())
                return text;
        }
    }
    return decodeDocument(data);
}

// ---- entity declarations -------------------------------------------------------------------------

// Where the DOCTYPE starting at `start` ends (after its '>'), skipping quoted strings, comments and
// the internal subset; the end of the text when it does not end.
qsizetype doctypeEnd(QStringView text, qsizetype start)
{
    int brackets = 0;
    QChar quote;
    for (qsizetype i = start + 9; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (text.sliced(i).startsWith(QLatin1String("<!--"))) {
            const qsizetype end = text.indexOf(QLatin1String("-->"), i + 4);
            if (end < 0)
                return text.size();
            i = end + 2;
        } else if (c == u'[') {
            ++brackets;
        } else if (c == u']') {
            --brackets;
        } else if (c == u'>' && brackets <= 0) {
            return i + 1;
        }
    }
    return text.size();
}

// Rejects a document type declaration that declares entities before QXmlStreamReader sees it: it
// would expand them ("billion laughs" grows a few hundred bytes into gigabytes), and external ones
// (SYSTEM "file:///etc/passwd") have no place in a feed. A DOCTYPE without entities (the RSS 0.91
// one) is read, and its external DTD never fetched.
void rejectEntityDeclarations(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i].isSpace())
            ++i;
        const QStringView rest = text.sliced(i);
        if (rest.startsWith(QLatin1String("<?"))) {
            const qsizetype end = text.indexOf(QLatin1String("?>"), i);
            if (end < 0)
                return;
            i = end + 2;
        } else if (rest.startsWith(QLatin1String("<!--"))) {
            const qsizetype end = text.indexOf(QLatin1String("-->"), i);
            if (end < 0)
                return;
            i = end + 3;
        } else if (rest.startsWith(QLatin1String("<!DOCTYPE"), Qt::CaseInsensitive)) {
            const QStringView doctype = text.sliced(i, doctypeEnd(text, i) - i);
            const qsizetype entity = doctype.indexOf(QLatin1String("<!ENTITY"), 0, Qt::CaseInsensitive);
            if (entity >= 0) {
                throw ReadError(tr("the feed declares XML entities (%1), which Jobdesk does not expand")
                                    .arg(textPosition(text, i + entity)));
            }
            return;
        } else {
            return;
        }
    }
}

// ---- the element tree of one item ----------------------------------------------------------------

struct Node
{
    QString name; // local name, lower-case
    QString namespaceUri;
    // Local name and value, copied: a kept QXmlStreamAttributes shares the reader's buffers and makes
    // every later token copy them (100,000 elements took seconds).
    QList<std::pair<QString, QString>> attributes;
    QString text; // the element's own character data, entity references kept as "&name;"
    QList<Node> children;
    qsizetype start = -1;      // offset of '<' of the start tag in the document
    qsizetype innerStart = -1; // offset after the start tag
    qsizetype innerEnd = -1;   // offset of the end tag ('<' of "</name>")
    qsizetype end = -1;        // offset after the end tag

    QString attribute(const char *attributeName) const
    {
        for (const auto &[localName, value] : attributes) {
            if (localName.compare(QLatin1String(attributeName), Qt::CaseInsensitive) == 0)
                return value.trimmed();
        }
        return {};
    }
    const Node *child(const char *childName) const
    {
        for (const Node &node : children) {
            if (node.name == QLatin1String(childName))
                return &node;
        }
        return nullptr;
    }
    QString childText(std::initializer_list<const char *> names) const
    {
        for (const char *childName : names) {
            if (const Node *node = child(childName); node && !node->text.trimmed().isEmpty())
                return node->text.trimmed();
        }
        return {};
    }
};

class FeedParser
{
public:
    explicit FeedParser(const QString &text)
        : m_text(text)
        , m_reader(text)
    {}
    void run(const RecordSink &sink);

private:
    QXmlStreamReader::TokenType next();
    [[noreturn]] void failMalformed() const;
    void readElement(Node &node);
    SourceRecord recordOf(qint64 number, const Node &item) const;
    QString contentOf(const Node &node) const;

    const QString &m_text;
    QXmlStreamReader m_reader;
    int m_depth = 0;
    bool m_atom = false;
};

QXmlStreamReader::TokenType FeedParser::next()
{
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    switch (token) {
    case QXmlStreamReader::StartElement:
        if (++m_depth > maxDepth)
            throw ReadError(tr("the feed nests elements deeper than %1 levels").arg(maxDepth));
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    case QXmlStreamReader::DTD:
        // Checked before reading already (rejectEntityDeclarations); this holds when that scan and
        // the reader disagree about where the DOCTYPE ends.
        if (!m_reader.entityDeclarations().isEmpty() ||
            m_reader.text().contains(QLatin1String("<!ENTITY"), Qt::CaseInsensitive))
            throw ReadError(tr("the feed declares XML entities (line %1), which Jobdesk does not expand")
                                .arg(m_reader.lineNumber()));
        break;
    case QXmlStreamReader::Invalid:
        failMalformed();
    default:
        break;
    }
    return token;
}

void FeedParser::failMalformed() const
{
    const QString position = QCoreApplication::translate("Import", "line %1, column %2")
                                 .arg(m_reader.lineNumber())
                                 .arg(qMax<qint64>(1, m_reader.columnNumber()));
    throw ReadError(tr("not valid XML at %1: %2").arg(position, m_reader.errorString()));
}

// Reads the element whose StartElement was just read, with its children. QXmlStreamReader's
// characterOffset() may run a few characters ahead of the token, so tags are found in the text:
// back from the offset to the tag's name.
void FeedParser::readElement(Node &node)
{
    node.name = m_reader.name().toString().toLower();
    node.namespaceUri = m_reader.namespaceUri().toString();
    for (const QXmlStreamAttribute &attribute : m_reader.attributes())
        node.attributes.append({attribute.name().toString(), attribute.value().toString()});
    const QString qualifiedName = m_reader.qualifiedName().toString();
    const qsizetype afterStart = qMin<qsizetype>(m_reader.characterOffset(), m_text.size());
    node.start = m_text.lastIndexOf(QString(u'<' + qualifiedName), qMax<qsizetype>(0, afterStart - 1));
    bool selfClosing = false;
    if (node.start >= 0) {
        // The start tag's end: the first '>' outside quoted attribute values.
        QChar quote;
        for (qsizetype i = node.start + 1; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                node.innerStart = i + 1;
                selfClosing = m_text[i - 1] == u'/';
                break;
            }
        }
    }
    while (true) {
        switch (next()) {
        case QXmlStreamReader::Characters:
            node.text += m_reader.text();
            break;
        case QXmlStreamReader::EntityReference:
            // Left undeclared by an external DTD (the reader fetches none): kept for the HTML
            // decoding of the mapper ("&nbsp;", "&eacute;").
            node.text += u'&' + m_reader.name().toString() + u';';
            break;
        case QXmlStreamReader::StartElement:
            node.children.append(Node{});
            readElement(node.children.last());
            break;
        case QXmlStreamReader::EndElement: {
            if (selfClosing) {
                node.innerEnd = node.end = node.innerStart;
                return;
            }
            const qsizetype afterEnd = qMin<qsizetype>(m_reader.characterOffset(), m_text.size());
            node.innerEnd =
                m_text.lastIndexOf(QString(u"</" + qualifiedName), qMax<qsizetype>(0, afterEnd - 1));
            if (node.innerEnd >= 0) {
                const qsizetype close = m_text.indexOf(u'>', node.innerEnd);
                node.end = close < 0 ? afterEnd : close + 1;
            }
            return;
        }
        case QXmlStreamReader::EndDocument:
            return; // not reached: the reader reports a premature end as Invalid
        default:
            break;
        }
    }
}

// The text of a description, summary or content: its character data, or its markup as written when
// it holds elements (Atom type="xhtml", or HTML left unescaped in an RSS description).
QString FeedParser::contentOf(const Node &node) const
{
    const bool markup = !node.children.isEmpty() || node.attribute("type") == QLatin1String("xhtml");
    if (markup && node.innerStart >= 0 && node.innerEnd >= node.innerStart)
        return m_text.sliced(node.innerStart, node.innerEnd - node.innerStart).trimmed();
    return node.text.trimmed();
}

// ---- fields ----------------------------------------------------------------------------------------

bool isCoreNamespace(const QString &uri)
{
    return uri.isEmpty() || uri == atomNs || uri == atom03Ns || uri == rss1Ns || uri == rss090Ns;
}

// A child's local name without '_' and '-' ("job_type", "job-type", "jobtype" alike).
QString compact(const QString &name)
{
    QString result = name;
    result.remove(u'_');
    result.remove(u'-');
    return result;
}

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names) {
        if (name == QLatin1String(candidate))
            return true;
    }
    return false;
}

// "jobs@acme.example (Acme Corp)" -> "Acme Corp"; a bare address says no name.
QString authorName(const QString &author)
{
    const qsizetype open = author.indexOf(u'(');
    const qsizetype close = author.lastIndexOf(u')');
    if (author.contains(u'@')) {
        if (open >= 0 && close > open)
            return author.sliced(open + 1, close - open - 1).trimmed();
        return {};
    }
    return author.trimmed();
}

// A workplace value: "remote" for <remote>true</remote>, nothing for false.
QString workplaceValue(const QString &value)
{
    const QString lower = value.toLower();
    if (isOneOf(lower, {"true", "yes", "1", "y"}))
        return QStringLiteral("remote");
    if (isOneOf(lower, {"false", "no", "0", "n"}))
        return {};
    return value;
}

// The first type of a list ("Full-Time, Contract") that Jobdesk knows, or the value as it is.
QString employmentValue(const QString &value)
{
    for (const QString &part : value.split(u',')) {
        if (parseEmploymentType(part.trimmed()))
            return part.trimmed();
    }
    return value;
}

// A location element: text ("Berlin, Germany") or parts (<city>, <region>, <country>).
QJsonValue locationOf(const Node &node)
{
    if (node.children.isEmpty())
        return node.text.trimmed();
    QJsonObject place;
    const QString name = node.childText({"name", "formatted", "address"});
    const QString locality = node.childText({"city", "locality", "town", "addresslocality"});
    const QString region = node.childText({"region", "state", "province", "addressregion"});
    const QString country = node.childText({"country", "countrycode", "addresscountry"});
    if (!name.isEmpty())
        place.insert(QLatin1String("name"), name);
    if (!locality.isEmpty())
        place.insert(QLatin1String("locality"), locality);
    if (!region.isEmpty())
        place.insert(QLatin1String("region"), region);
    if (!country.isEmpty())
        place.insert(QLatin1String("country"), country);
    if (place.isEmpty())
        return node.text.trimmed();
    return place;
}

SourceRecord FeedParser::recordOf(qint64 number, const Node &item) const
{
    SourceRecord record;
    record.number = number;
    record.rawFormat = m_atom ? QStringLiteral("atom") : QStringLiteral("rss");
    if (item.start >= 0 && item.end > item.start)
        record.raw = m_text.sliced(item.start, item.end - item.start);

    QString title, alternateLink, textLink, otherLink, urlElement, guidUrl;
    QString encoded, content, description, summary;
    QString published, pubDate, dcDate, updated;
    QString atomAuthor, creator, rssAuthor;
    QStringList categories;
    QJsonObject fields; // canonical keys, first value wins
    QJsonArray locations;
    QJsonObject place;                            // <city>, <region>, <country> as children of the item
    QList<std::pair<QString, QJsonArray>> extras; // in document order
    QHash<QString, qsizetype> extraIndex;
    auto keep = [&](const QString &name, const QString &text) {
        if (text.isEmpty())
            return;
        if (const auto found = extraIndex.constFind(name); found != extraIndex.cend())
            extras[*found].second.append(text);
        else if (extras.size() < maxExtras) {
            extraIndex.insert(name, extras.size());
            extras.append({name, QJsonArray{text}});
        }
    };

    auto set = [&fields](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty() && !fields.contains(QLatin1String(key)))
            fields.insert(QLatin1String(key), value.trimmed());
    };
    auto first = [](QString &slot, const QString &value) {
        if (slot.isEmpty())
            slot = value.trimmed();
    };

    for (const Node &child : item.children) {
        const QString &name = child.name;
        const QString key = compact(name);
        const QString text = child.text.trimmed();
        const bool core = isCoreNamespace(child.namespaceUri);
        if (core && name == QLatin1String("title")) {
            first(title, contentOf(child));
        } else if (core && name == QLatin1String("link")) {
            const QString href = child.attribute("href");
            const QString rel = child.attribute("rel");
            if (!href.isEmpty() && (rel.isEmpty() || rel == QLatin1String("alternate")))
                first(alternateLink, href);
            else if (!href.isEmpty())
                first(otherLink, href);
            else
                first(textLink, text);
        } else if (name == QLatin1String("guid")) {
            if (child.attribute("isPermaLink") != QLatin1String("false") &&
                (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"))))
                first(guidUrl, text);
            keep(name, text);
        } else if (name == QLatin1String("encoded")) {
            first(encoded, contentOf(child));
        } else if (core && name == QLatin1String("content")) {
            if (child.attribute("src").isEmpty())
                first(content, contentOf(child));
        } else if (core && name == QLatin1String("description")) {
            first(description, contentOf(child));
        } else if (core && name == QLatin1String("summary")) {
            first(summary, contentOf(child));
        } else if (name == QLatin1String("pubdate")) {
            first(pubDate, text);
        } else if (name == QLatin1String("date")) {
            first(dcDate, text);
        } else if (name == QLatin1String("published") || name == QLatin1String("issued")) {
            first(published, text);
        } else if (name == QLatin1String("updated") || name == QLatin1String("modified")) {
            first(updated, text);
        } else if (name == QLatin1String("author")) {
            if (!child.children.isEmpty())
                first(atomAuthor, child.childText({"name"}));
            else
                first(rssAuthor, authorName(text));
        } else if (name == QLatin1String("creator")) {
            first(creator, text);
        } else if (name == QLatin1String("category")) {
            const QString term = child.attribute("term");
            const QString label = child.attribute("label");
            const QString value = !text.isEmpty() ? text : !label.isEmpty() ? label : term;
            if (!value.isEmpty() && categories.size() < maxExtras && !categories.contains(value))
                categories.append(value);
        } else if (isOneOf(key, {"company", "companyname", "employer", "hiringorganization", "organization",
                                 "organisation", "hiringcompany"})) {
            set(fields::company, child.children.isEmpty() ? text : child.childText({"name"}));
        } else if (isOneOf(key, {"location", "locations", "joblocation", "worklocation", "place"})) {
            const QJsonValue location = locationOf(child);
            if (!(location.isString() && location.toString().isEmpty()))
                locations.append(location);
        } else if (isOneOf(key, {"city", "locality"}) && child.children.isEmpty()) {
            if (!text.isEmpty() && !place.contains(QLatin1String("locality")))
                place.insert(QLatin1String("locality"), text);
        } else if (isOneOf(key, {"region", "state", "province"}) && child.children.isEmpty()) {
            if (!text.isEmpty() && !place.contains(QLatin1String("region")))
                place.insert(QLatin1String("region"), text);
        } else if (key == QLatin1String("country") && child.children.isEmpty()) {
            if (!text.isEmpty() && !place.contains(QLatin1String("country")))
                place.insert(QLatin1String("country"), text);
        } else if (isOneOf(key,
                           {"salary", "compensation", "pay", "salaryrange", "salarytext", "remuneration"})) {
            if (child.children.isEmpty()) {
                set(fields::salary, text);
            } else {
                set(fields::salaryMin, child.childText({"min", "minimum", "from", "minvalue", "salarymin"}));
                set(fields::salaryMax, child.childText({"max", "maximum", "to", "maxvalue", "salarymax"}));
                set(fields::salaryCurrency, child.childText({"currency", "salarycurrency"}));
                set(fields::salaryPeriod, child.childText({"period", "unit", "unittext", "interval"}));
                set(fields::salary, child.childText({"text", "value", "amount"}));
            }
        } else if (isOneOf(key, {"salarymin", "minsalary", "salaryfrom"})) {
            set(fields::salaryMin, text);
        } else if (isOneOf(key, {"salarymax", "maxsalary", "salaryto"})) {
            set(fields::salaryMax, text);
        } else if (isOneOf(key, {"salarycurrency", "currency"})) {
            set(fields::salaryCurrency, text);
        } else if (isOneOf(key, {"salaryperiod", "salaryinterval", "payperiod", "salaryunit"})) {
            set(fields::salaryPeriod, text);
        } else if (isOneOf(key,
                           {"jobtype", "type", "employmenttype", "contracttype", "employment", "schedule"})) {
            // Some feeds put the workplace here ("Remote"): it goes where it belongs.
            if (!parseEmploymentType(employmentValue(text)) && inferWorkplace(text) != Workplace::Unknown)
                set(fields::workplace, text);
            else
                set(fields::employmentType, employmentValue(text));
        } else if (isOneOf(key, {"workplace", "workplacetype", "remote", "locationtype", "joblocationtype",
                                 "remotetype", "workmodel", "workarrangement"})) {
            set(fields::workplace, workplaceValue(text));
        } else if (isOneOf(key, {"seniority", "level", "experiencelevel", "joblevel", "careerlevel",
                                 "senioritylevel"})) {
            set(fields::seniority, text);
        } else if (isOneOf(key, {"validthrough", "expires", "expirationdate", "expirydate", "closingdate",
                                 "deadline", "applyby"})) {
            set(fields::validThrough, text);
        } else if (isOneOf(key, {"url", "joburl", "applyurl", "applicationurl", "applylink"})) {
            first(urlElement, text.isEmpty() ? child.attribute("href") : text);
        } else if (child.children.isEmpty() && !text.isEmpty()) {
            // Unknown simple elements are kept for the mapper ("source", "reference" ...).
            keep(name, text);
        }
    }

    // The title, and the company it may name ("Senior Go Engineer at Acme (Remote)", "Acme: Engineer").
    QString company = fields.value(QLatin1String(fields::company)).toString();
    std::optional<headline::Parts> parts = headline::splitAt(title);
    if (!parts)
        parts = headline::splitCompanyFirst(title);
    if (parts && (company.isEmpty() || company.compare(parts->company, Qt::CaseInsensitive) == 0)) {
        title = parts->title;
        set(fields::company, parts->company);
    }
    set(fields::title, title);
    // The author names the company in many job feeds; only when nothing better does.
    set(fields::company, !atomAuthor.isEmpty() ? atomAuthor : !creator.isEmpty() ? creator : rssAuthor);

    for (const QString &link : {alternateLink, textLink, otherLink, urlElement, guidUrl})
        set(fields::url, link);
    for (const QString &text : {encoded, content, description, summary})
        set(fields::description, text);
    for (const QString &date : {published, pubDate, dcDate, updated})
        set(fields::posted, date);

    if (locations.isEmpty() && !place.isEmpty())
        locations.append(place);
    if (locations.size() == 1 && locations.first().isString())
        fields.insert(QLatin1String(fields::locations), locations.first());
    else if (!locations.isEmpty())
        fields.insert(QLatin1String(fields::locations), locations);

    // Categories: "Remote" says the workplace, "Full-Time" the employment type.
    for (const QString &category : categories) {
        const Workplace workplace = inferWorkplace(category);
        if (workplace != Workplace::Unknown)
            set(fields::workplace, keyword(workplace));
        if (parseEmploymentType(category))
            set(fields::employmentType, category);
    }
    if (!categories.isEmpty() && !fields.contains(QLatin1String("categories")))
        fields.insert(QLatin1String("categories"), QJsonArray::fromStringList(categories));

    for (const auto &[extraName, values] : extras) {
        if (!fields.contains(extraName))
            fields.insert(extraName, values.size() == 1 ? values.first() : QJsonValue(values));
    }
    record.fields = fields;
    return record;
}

void FeedParser::run(const RecordSink &sink)
{
    // The root element says what the document is.
    QXmlStreamReader::TokenType token;
    do {
        token = next();
    } while (token != QXmlStreamReader::StartElement && token != QXmlStreamReader::EndDocument);
    if (token != QXmlStreamReader::StartElement)
        failMalformed();
    const QString root = m_reader.name().toString();
    const QStringView ns = m_reader.namespaceUri();
    QString itemName;
    if (root == QLatin1String("rss") || (root == QLatin1String("RDF") && ns == rdfNs)) {
        itemName = QStringLiteral("item");
    } else if (root == QLatin1String("feed") && (ns.isEmpty() || ns == atomNs || ns == atom03Ns)) {
        itemName = QStringLiteral("entry");
        m_atom = true;
    } else {
        throw ReadError(tr("not an RSS or Atom feed"));
    }

    qint64 number = 0;
    while (true) {
        token = next();
        if (token == QXmlStreamReader::EndDocument)
            return;
        if (token == QXmlStreamReader::StartElement && m_reader.name() == itemName) {
            Node item;
            readElement(item);
            if (!sink(recordOf(++number, item)))
                return;
        }
    }
}

} // namespace

void FeedReader::read(const QByteArray &data, const RecordSink &sink) const
{
    const QString text = decodeFeed(data);
    rejectEntityDeclarations(text);
    FeedParser parser(text);
    parser.run(sink);
}

} // namespace jobdesk
