#include "jsonldreader.h"

#include "fields.h"
#include "htmltext.h"
#include "textdecoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace jobdesk {
namespace {

// Keys of the record that fields.h does not name (yet): kept as text for later use.
constexpr char qualificationsKey[] = "qualifications";
constexpr char experienceKey[] = "experience";
constexpr char identifierKey[] = "identifier";
constexpr char industryKey[] = "industry";
constexpr char occupationalCategoryKey[] = "occupational_category";

// A JSON value nests at most this deep through @id references before it is given up on (a node that
// names itself must not loop).
constexpr int maxDepth = 16;

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

// ---- Finding the JSON-LD blocks of a page ----

struct Block
{
    int number = 0;       // 1-based among the page's application/ld+json scripts
    qsizetype offset = 0; // of the content in the page
    QString content;      // as it came, for the source view
    QString json;         // the content with <!-- --> and CDATA wrappers blanked (same length)
};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool matchesAt(QStringView text, qsizetype at, QStringView word)
{
    return text.size() - at >= word.size() &&
           text.sliced(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

// Whether `<name` (an element's start or end tag) begins at `at`: the name ends there.
bool tagAt(QStringView page, qsizetype at, QStringView name)
{
    if (!matchesAt(page, at, name))
        return false;
    const qsizetype end = at + name.size();
    return end == page.size() || isSpace(page[end]) || page[end] == u'>' || page[end] == u'/';
}

// Reads the attributes of a start tag from `i` (just after its name) to its '>'; returns the offset
// after the tag and sets `type` to the value of the first type attribute, as HTML does.
qsizetype readStartTag(QStringView page, qsizetype i, QString *type)
{
    bool typeSeen = false;
    while (i < page.size()) {
        const QChar c = page[i];
        if (isSpace(c) || c == u'/') {
            ++i;
            continue;
        }
        if (c == u'>')
            return i + 1;
        const qsizetype nameStart = i;
        while (i < page.size() && !isSpace(page[i]) && page[i] != u'=' && page[i] != u'>' && page[i] != u'/')
            ++i;
        const QStringView name = page.sliced(nameStart, i - nameStart);
        while (i < page.size() && isSpace(page[i]))
            ++i;
        QStringView value;
        if (i < page.size() && page[i] == u'=') {
            ++i;
            while (i < page.size() && isSpace(page[i]))
                ++i;
            if (i < page.size() && (page[i] == u'"' || page[i] == u'\'')) {
                const QChar quote = page[i++];
                qsizetype end = page.indexOf(quote, i);
                if (end < 0)
                    end = page.size();
                value = page.sliced(i, end - i);
                i = qMin(end + 1, page.size());
            } else {
                const qsizetype start = i;
                while (i < page.size() && !isSpace(page[i]) && page[i] != u'>')
                    ++i;
                value = page.sliced(start, i - start);
            }
        }
        if (!typeSeen && name.compare(u"type", Qt::CaseInsensitive) == 0) {
            typeSeen = true;
            *type = value.toString();
        }
    }
    return page.size();
}

// "application/ld+json", also with parameters ("; charset=utf-8") and in any case.
bool isJsonLdType(QStringView type)
{
    const qsizetype semicolon = type.indexOf(u';');
    if (semicolon >= 0)
        type = type.first(semicolon);
    return type.trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0;
}

// The content with the wrappers sites put around a script's text (<!-- -->, //<![CDATA[ //]]>)
// replaced by spaces, so that offsets into it are still offsets into the page.
QString blankWrappers(const QString &content)
{
    static const QStringView openers[] = {u"<!--", u"//<![CDATA[", u"/*<![CDATA[*/", u"<![CDATA["};
    static const QStringView closers[] = {u"//-->", u"-->", u"//]]>", u"/*]]>*/", u"]]>"};
    QString json = content;
    qsizetype begin = 0;
    qsizetype end = json.size();
    const auto blank = [&json](qsizetype from, qsizetype count) {
        for (qsizetype k = 0; k < count; ++k)
            json[from + k] = u' ';
    };
    for (bool found = true; found;) {
        found = false;
        while (begin < end && json[begin].isSpace())
            ++begin;
        while (end > begin && json[end - 1].isSpace())
            --end;
        const QStringView rest = QStringView(json).sliced(begin, end - begin);
        for (const QStringView opener : openers) {
            if (rest.startsWith(opener)) {
                blank(begin, opener.size());
                begin += opener.size();
                found = true;
                break;
            }
        }
        for (const QStringView closer : closers) {
            if (end - begin >= closer.size() &&
                QStringView(json).sliced(begin, end - begin).endsWith(closer)) {
                blank(end - closer.size(), closer.size());
                end -= closer.size();
                found = true;
                break;
            }
        }
    }
    return json;
}

// Every <script type="application/ld+json"> of the page, in order. Comments and the text of other
// scripts and styles are skipped, as a browser does.
QList<Block> findBlocks(QStringView page)
{
    QList<Block> blocks;
    int count = 0;
    for (qsizetype i = 0; (i = page.indexOf(u'<', i)) >= 0;) {
        if (matchesAt(page, i, u"<!--")) {
            const qsizetype end = page.indexOf(u"-->", i + 4);
            if (end < 0)
                break;
            i = end + 3;
            continue;
        }
        QStringView element;
        for (const QStringView name : {QStringView(u"script"), QStringView(u"style")}) {
            if (tagAt(page, i + 1, name))
                element = name;
        }
        if (element.isEmpty()) {
            ++i;
            continue;
        }
        QString type;
        const qsizetype start = readStartTag(page, i + 1 + element.size(), &type);
        qsizetype end = start;
        for (;; ++end) {
            end = page.indexOf(u"</", end);
            if (end < 0 || tagAt(page, end + 2, element))
                break;
        }
        if (end < 0)
            end = page.size();
        if (element == u"script" && isJsonLdType(type)) {
            Block block;
            block.number = ++count;
            block.offset = start;
            block.content = page.sliced(start, end - start).toString();
            block.json = blankWrappers(block.content);
            blocks.append(block);
        }
        i = end;
        if (i >= page.size())
            break;
        ++i;
    }
    return blocks;
}

// Whether the page marks up a JobPosting in microdata or RDFa (which this reader does not read).
bool hasOtherMarkup(QStringView page)
{
    return (page.contains(u"itemtype", Qt::CaseInsensitive) ||
            page.contains(u"typeof", Qt::CaseInsensitive)) &&
           page.contains(u"JobPosting", Qt::CaseInsensitive);
}

// The JSON document in `text`, or an error with the character offset in `text` where parsing stopped.
QJsonDocument parseJson(QStringView text, QString *error, qsizetype *errorOffset)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        *errorOffset =
            QString::fromUtf8(utf8.first(qBound(qsizetype(0), qsizetype(parseError.offset), utf8.size())))
                .size();
        return {};
    }
    return document;
}

// ---- Walking a JSON-LD document ----

bool present(const QJsonValue &value)
{
    return !value.isNull() && !value.isUndefined();
}

// "JobPosting", "schema:JobPosting", "https://schema.org/JobPosting".
bool isJobPostingType(QStringView type)
{
    type = type.trimmed();
    const qsizetype cut = qMax(qMax(type.lastIndexOf(u'/'), type.lastIndexOf(u':')), type.lastIndexOf(u'#'));
    return type.sliced(cut + 1).compare(u"JobPosting", Qt::CaseInsensitive) == 0;
}

bool isJobPosting(const QJsonObject &object)
{
    const QJsonValue type = object.value(QLatin1String("@type"));
    if (type.isString())
        return isJobPostingType(type.toString());
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(), [](const QJsonValueConstRef item) {
        return item.isString() && isJobPostingType(item.toString());
    });
}

// Every node of the documents that has an @id and says more than it: what references resolve to.
void indexNodes(const QJsonValue &value, QHash<QString, QJsonObject> *nodes)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            indexNodes(item, nodes);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString id = object.value(QLatin1String("@id")).toString();
    if (!id.isEmpty() && !nodes->contains(id)) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != u"@id" && it.key() != u"@type" && it.key() != u"@context") {
                nodes->insert(id, object);
                break;
            }
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"@context")
            indexNodes(it.value(), nodes);
    }
}

// The JobPostings under `value`, in order: top-level objects and arrays, @graph, DataFeed and ItemList
// elements (the posting itself or its "item"), and any other nested object. A posting is not searched.
void findPostings(const QJsonValue &value, QList<QJsonObject> *postings)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            findPostings(item, postings);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (isJobPosting(object)) {
        postings->append(object);
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"@context")
            findPostings(it.value(), postings);
    }
}

// ---- One posting to the fields of a record ----

class PostingFields
{
public:
    explicit PostingFields(const QHash<QString, QJsonObject> &nodes)
        : m_nodes(nodes)
    {}

    QJsonObject of(const QJsonObject &posting) const;

private:
    QJsonValue get(const QJsonObject &object, const char *key) const;
    QJsonObject resolved(const QJsonObject &object) const;
    QJsonObject object(const QJsonValue &value) const;
    QJsonArray list(const QJsonValue &value) const;
    QString text(const QJsonValue &value, int depth = 0) const;
    QString describe(const QJsonValue &value, int depth = 0) const;
    QString urlOf(const QJsonValue &value) const;
    QJsonValue amount(const QJsonValue &value, int depth = 0) const;
    QString period(const QJsonObject &value, const QJsonObject &amount) const;
    void salary(const QJsonValue &value, QJsonObject *fields) const;
    QJsonObject location(const QJsonValue &place) const;
    QJsonArray locations(const QJsonObject &posting) const;
    QJsonArray skills(const QJsonValue &value) const;
    QString names(const QJsonValue &value) const;
    QString joined(const QJsonObject &posting, std::initializer_list<const char *> keys,
                   QStringView separator) const;

    const QHash<QString, QJsonObject> &m_nodes;
};

// A property, also when it is named with a "schema:" or schema.org URL prefix.
QJsonValue PostingFields::get(const QJsonObject &object, const char *key) const
{
    const QLatin1String name(key);
    QJsonValue value = object.value(name);
    if (present(value))
        return value;
    for (const char *prefix : {"schema:", "https://schema.org/", "http://schema.org/"}) {
        value = object.value(QString(QLatin1String(prefix) + name));
        if (present(value))
            return value;
    }
    return {};
}

// The node an {"@id": ...} reference names, or the object itself.
QJsonObject PostingFields::resolved(const QJsonObject &object) const
{
    const QString id = object.value(QLatin1String("@id")).toString();
    if (id.isEmpty())
        return object;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"@id" && it.key() != u"@type")
            return object;
    }
    return m_nodes.value(id, object);
}

// The value as an object (the first object of an array), references resolved.
QJsonObject PostingFields::object(const QJsonValue &value) const
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject())
                return resolved(item.toObject());
        }
        return {};
    }
    return resolved(value.toObject());
}

// The value as a list: an array as it is, a single value as one item, nothing as none.
QJsonArray PostingFields::list(const QJsonValue &value) const
{
    if (value.isArray())
        return value.toArray();
    return present(value) ? QJsonArray{value} : QJsonArray{};
}

// The text of a value: a string, a number, {"@value": ...}, a thing's name; the first of an array.
QString PostingFields::text(const QJsonValue &value, int depth) const
{
    if (depth > maxDepth)
        return {};
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QString itemText = text(item, depth + 1);
            if (!itemText.isEmpty())
                return itemText;
        }
        return {};
    }
    if (!value.isObject())
        return {};
    const QJsonObject node = resolved(value.toObject());
    const QJsonValue literal = node.value(QLatin1String("@value"));
    if (present(literal))
        return text(literal, depth + 1);
    return text(get(node, "name"), depth + 1);
}

// Readable text of a requirement: text, or an EducationalOccupationalCredential ("Bachelor of Science
// in Computer Science"), OccupationalExperienceRequirements ("60 months of experience"), a DefinedTerm.
QString PostingFields::describe(const QJsonValue &value, int depth) const
{
    if (depth > maxDepth)
        return {};
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue &item : value.toArray()) {
            const QString line = describe(item, depth + 1);
            if (!line.isEmpty())
                lines.append(line);
        }
        return lines.join(u'\n');
    }
    if (!value.isObject())
        return text(value, depth + 1);
    const QJsonObject node = resolved(value.toObject());
    if (present(node.value(QLatin1String("@value"))))
        return text(node, depth + 1);
    QStringList parts;
    QString head = text(get(node, "name"), depth + 1);
    if (head.isEmpty())
        head = text(get(node, "credentialCategory"), depth + 1);
    const QString about = text(get(node, "about"), depth + 1);
    if (!about.isEmpty())
        head = head.isEmpty() ? about : tr("%1 in %2").arg(head, about);
    if (!head.isEmpty())
        parts.append(head);
    const QString months = text(get(node, "monthsOfExperience"), depth + 1);
    if (!months.isEmpty())
        parts.append(tr("%1 months of experience").arg(months));
    const QString description = text(get(node, "description"), depth + 1);
    if (!description.isEmpty() && !parts.contains(description))
        parts.append(description);
    return parts.join(QLatin1String(", "));
}

QString PostingFields::urlOf(const QJsonValue &value) const
{
    for (const QJsonValue &item : list(value)) {
        QString url;
        if (item.isObject()) {
            const QJsonObject node = item.toObject();
            url = text(node.value(QLatin1String("@id")));
            if (url.isEmpty())
                url = text(get(resolved(node), "url"));
        } else {
            url = text(item);
        }
        if (!url.isEmpty())
            return url;
    }
    return {};
}

// An amount as a number; text that is not a plain number is kept for the mapper's salary parser.
QJsonValue PostingFields::amount(const QJsonValue &value, int depth) const
{
    if (depth > maxDepth)
        return {};
    if (value.isArray())
        return amount(value.toArray().at(0), depth + 1);
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? value : QJsonValue();
    if (value.isObject())
        return amount(resolved(value.toObject()).value(QLatin1String("@value")), depth + 1);
    const QString stated = value.toString().trimmed();
    if (stated.isEmpty())
        return {};
    bool ok = false;
    const double number = stated.toDouble(&ok);
    if (ok && std::isfinite(number))
        return number;
    return stated;
}

// "hour" ... "year" from unitText (HOUR, DAY, WEEK, MONTH, YEAR) or a UN/CEFACT unitCode.
QString PostingFields::period(const QJsonObject &value, const QJsonObject &amount) const
{
    for (const QJsonObject &node : {value, amount}) {
        const QString unit = text(get(node, "unitText"));
        if (!unit.isEmpty())
            return unit.toLower();
    }
    static const std::pair<const char *, const char *> codes[] = {
        {"HUR", "hour"}, {"DAY", "day"}, {"WEE", "week"}, {"MON", "month"}, {"ANN", "year"}};
    for (const QJsonObject &node : {value, amount}) {
        const QString code = text(get(node, "unitCode"));
        for (const auto &[unitCode, name] : codes) {
            if (code.compare(QLatin1String(unitCode), Qt::CaseInsensitive) == 0)
                return QLatin1String(name);
        }
    }
    return {};
}

// baseSalary / estimatedSalary: a MonetaryAmount {currency, value: QuantitativeValue {value |
// minValue, maxValue, unitText}} (bounds may also sit on the amount itself), a number, or text.
void PostingFields::salary(const QJsonValue &stated, QJsonObject *fields) const
{
    QJsonValue value = stated;
    if (value.isArray())
        value = value.toArray().at(0);
    if (!value.isObject()) {
        const QJsonValue single = amount(value);
        if (single.isDouble()) {
            fields->insert(QLatin1String(fields::salaryMin), single);
            fields->insert(QLatin1String(fields::salaryMax), single);
        } else if (single.isString()) {
            fields->insert(QLatin1String(fields::salary), single);
        }
        return;
    }
    const QJsonObject money = resolved(value.toObject());
    const QString currency = text(get(money, "currency"));
    if (!currency.isEmpty())
        fields->insert(QLatin1String(fields::salaryCurrency), currency);
    const QJsonValue inner = get(money, "value");
    const QJsonObject quantity = object(inner);
    const auto bound = [&](const char *key) {
        const QJsonValue fromQuantity = amount(get(quantity, key));
        return present(fromQuantity) ? fromQuantity : amount(get(money, key));
    };
    QJsonValue min = bound("minValue");
    QJsonValue max = bound("maxValue");
    if (!present(min) && !present(max)) {
        QJsonValue single = quantity.isEmpty() ? amount(inner) : amount(get(quantity, "value"));
        if (!present(single))
            single = bound("median");
        min = max = single;
    }
    if (present(min))
        fields->insert(QLatin1String(fields::salaryMin), min);
    if (present(max))
        fields->insert(QLatin1String(fields::salaryMax), max);
    const QString unit = period(quantity, money);
    if (!unit.isEmpty())
        fields->insert(QLatin1String(fields::salaryPeriod), unit);
}

// A Place (or text) as {name: "Locality, Region, Country", locality, region, country}.
QJsonObject PostingFields::location(const QJsonValue &place) const
{
    QJsonObject result;
    if (!place.isObject()) {
        const QString name = text(place);
        if (!name.isEmpty())
            result.insert(QLatin1String("name"), name);
        return result;
    }
    const QJsonObject node = resolved(place.toObject());
    const QJsonValue address = get(node, "address");
    const QJsonObject postal = object(address);
    const QString locality = text(get(postal, "addressLocality"));
    const QString region = text(get(postal, "addressRegion"));
    const QString country = text(get(postal, "addressCountry"));
    QStringList parts;
    for (const QString &part : {locality, region, country}) {
        if (!part.isEmpty() && !parts.contains(part, Qt::CaseInsensitive))
            parts.append(part);
    }
    QString name = parts.join(QLatin1String(", "));
    if (name.isEmpty())
        name = postal.isEmpty() ? text(address) : text(get(postal, "streetAddress"));
    if (name.isEmpty())
        name = text(get(node, "name"));
    if (name.isEmpty())
        return result;
    result.insert(QLatin1String("name"), name);
    if (!locality.isEmpty())
        result.insert(QLatin1String("locality"), locality);
    if (!region.isEmpty())
        result.insert(QLatin1String("region"), region);
    if (!country.isEmpty())
        result.insert(QLatin1String("country"), country);
    return result;
}

// jobLocation, or for a remote job without one, "Remote (USA)" for each applicantLocationRequirements.
QJsonArray PostingFields::locations(const QJsonObject &posting) const
{
    QJsonArray result;
    QStringList names;
    const auto add = [&](const QJsonObject &location) {
        const QString name = location.value(QLatin1String("name")).toString();
        if (!name.isEmpty() && !names.contains(name)) {
            names.append(name);
            result.append(location);
        }
    };
    for (const QJsonValue &place : list(get(posting, "jobLocation")))
        add(location(place));
    if (!result.isEmpty())
        return result;
    for (const QJsonValue &area : list(get(posting, "applicantLocationRequirements"))) {
        const QString name = text(area);
        if (name.isEmpty())
            continue;
        QJsonObject remote{{QLatin1String("name"), tr("Remote (%1)").arg(name)}};
        const QString type = text(object(area).value(QLatin1String("@type")));
        if (type.endsWith(QLatin1String("Country")))
            remote.insert(QLatin1String("country"), name);
        else if (type.endsWith(QLatin1String("State")))
            remote.insert(QLatin1String("region"), name);
        add(remote);
    }
    return result;
}

// Skills as a list of strings: text is split at commas, semicolons and line breaks (not inside
// parentheses: "AWS (EC2, S3)" is one skill); a DefinedTerm gives its name or description.
QJsonArray PostingFields::skills(const QJsonValue &value) const
{
    QJsonArray result;
    QStringList seen;
    const auto add = [&](QStringView skill) {
        skill = skill.trimmed();
        while (skill.startsWith(u'•') || skill.startsWith(u'-') || skill.startsWith(u'*') ||
               skill.startsWith(u'·'))
            skill = skill.sliced(1).trimmed();
        if (skill.endsWith(u'.'))
            skill.chop(1);
        const QString item = skill.trimmed().toString();
        if (!item.isEmpty() && !seen.contains(item, Qt::CaseInsensitive)) {
            seen.append(item);
            result.append(item);
        }
    };
    for (const QJsonValue &item : list(value)) {
        if (item.isObject()) {
            const QJsonObject node = resolved(item.toObject());
            QString name = text(node);
            if (name.isEmpty())
                name = text(get(node, "description"));
            add(name);
            continue;
        }
        QString stated = text(item);
        if (looksLikeHtml(stated))
            stated = htmlToPlainText(stated);
        int depth = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= stated.size(); ++i) {
            const QChar c = i < stated.size() ? stated[i] : QChar(u',');
            if (c == u'(' || c == u'[')
                ++depth;
            else if ((c == u')' || c == u']') && depth > 0)
                --depth;
            else if ((depth == 0 || i == stated.size()) && (c == u',' || c == u';' || c == u'\n')) {
                add(QStringView(stated).sliced(start, i - start));
                start = i + 1;
            }
        }
    }
    return result;
}

// The names of a list of things (text, DefinedTerm, CategoryCode), comma-separated.
QString PostingFields::names(const QJsonValue &value) const
{
    QStringList result;
    for (const QJsonValue &item : list(value)) {
        QString name = text(item);
        if (name.isEmpty())
            name = text(get(object(item), "codeValue"));
        if (name.isEmpty())
            name = text(get(object(item), "termCode"));
        if (!name.isEmpty() && !result.contains(name))
            result.append(name);
    }
    return result.join(QLatin1String(", "));
}

// The descriptions of several properties, one a line.
QString PostingFields::joined(const QJsonObject &posting, std::initializer_list<const char *> keys,
                              QStringView separator) const
{
    QStringList parts;
    for (const char *key : keys) {
        const QString part = describe(get(posting, key));
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(separator);
}

QJsonObject PostingFields::of(const QJsonObject &posting) const
{
    QJsonObject fields;
    const auto put = [&fields](const char *key, const QString &value) {
        if (!value.isEmpty())
            fields.insert(QLatin1String(key), value);
    };

    QString title = text(get(posting, "title"));
    put(fields::title, title.isEmpty() ? text(get(posting, "name")) : title);
    const QJsonObject organization = object(get(posting, "hiringOrganization"));
    QString company =
        organization.isEmpty() ? text(get(posting, "hiringOrganization")) : text(get(organization, "name"));
    if (company.isEmpty())
        company = text(get(organization, "legalName"));
    put(fields::company, company);

    const QJsonArray places = locations(posting);
    if (!places.isEmpty())
        fields.insert(QLatin1String(fields::locations), places);
    QString workplace;
    for (const QJsonValue &type : list(get(posting, "jobLocationType"))) {
        const QString stated = text(type);
        if (stated.compare(QLatin1String("TELECOMMUTE"), Qt::CaseInsensitive) == 0) {
            workplace = QStringLiteral("remote");
            break;
        }
        if (workplace.isEmpty())
            workplace = stated;
    }
    put(fields::workplace, workplace);

    const QJsonValue employment = get(posting, "employmentType");
    if (employment.isArray()) {
        QJsonArray types;
        for (const QJsonValue &type : employment.toArray()) {
            const QString stated = text(type);
            if (!stated.isEmpty())
                types.append(stated);
        }
        if (!types.isEmpty())
            fields.insert(QLatin1String(fields::employmentType), types);
    } else {
        put(fields::employmentType, text(employment));
    }

    const QJsonValue base = get(posting, "baseSalary");
    salary(present(base) ? base : get(posting, "estimatedSalary"), &fields);
    if (!fields.contains(QLatin1String(fields::salaryCurrency)))
        put(fields::salaryCurrency, text(get(posting, "salaryCurrency")));

    put(fields::posted, text(get(posting, "datePosted")));
    put(fields::validThrough, text(get(posting, "validThrough")));
    QString url = urlOf(get(posting, "url"));
    put(fields::url, url.isEmpty() ? urlOf(get(posting, "sameAs")) : url);

    const QString description = text(get(posting, "description"));
    put(fields::description, description);
    if (looksLikeHtml(description)) {
        put(fields::descriptionHtml, description);
    } else if (description.contains(QLatin1String("&lt;"))) {
        // Markup escaped once more than it should be ("&lt;p&gt;"), as some sites write it.
        const QString decoded = htmlToPlainText(description);
        if (looksLikeHtml(decoded))
            put(fields::descriptionHtml, decoded);
    }

    const QJsonArray skillList = skills(get(posting, "skills"));
    if (!skillList.isEmpty())
        fields.insert(QLatin1String(fields::skills), skillList);
    put(qualificationsKey, joined(posting, {"qualifications", "experienceRequirements"}, u"\n"));
    put(experienceKey, joined(posting, {"experienceRequirements", "educationRequirements"}, u"\n"));

    const QJsonValue identifier = get(posting, "identifier");
    const QJsonObject property = object(identifier);
    put(identifierKey, property.isEmpty() ? text(identifier) : text(get(property, "value")));
    put(industryKey, names(get(posting, "industry")));
    put(occupationalCategoryKey, names(get(posting, "occupationalCategory")));
    return fields;
}

// ---- Reading ----

// A parsed JSON-LD document, or the block that could not be parsed.
struct Document
{
    QJsonDocument json;
    QString error;
    QString raw;
};

} // namespace

void JsonLdReader::read(const QByteArray &data, const RecordSink &sink) const
{
    const QString text = decodeDocument(data);
    qsizetype first = 0;
    while (first < text.size() && text[first].isSpace())
        ++first;
    bool isJson = first < text.size() && (text[first] == u'{' || text[first] == u'[');

    QList<Document> documents;
    QList<Block> blocks;
    if (isJson) {
        QString error;
        qsizetype offset = 0;
        const QJsonDocument json = parseJson(text, &error, &offset);
        if (error.isEmpty()) {
            documents.append(Document{json, {}, {}});
        } else {
            // Text that starts like JSON but holds JSON-LD script blocks is a page after all.
            blocks = findBlocks(text);
            if (blocks.isEmpty())
                throw ReadError(tr("not valid JSON at %1: %2").arg(textPosition(text, offset), error));
            isJson = false;
        }
    } else {
        blocks = findBlocks(text);
    }
    if (!isJson) {
        for (const Block &block : std::as_const(blocks)) {
            if (block.json.trimmed().isEmpty())
                continue;
            QString error;
            qsizetype offset = 0;
            const QJsonDocument json = parseJson(block.json, &error, &offset);
            if (!error.isEmpty()) {
                error =
                    tr("JSON-LD block %1 is not valid JSON at %2: %3")
                        .arg(QString::number(block.number), textPosition(text, block.offset + offset), error);
            }
            documents.append(Document{json, error, block.content});
        }
    }

    QHash<QString, QJsonObject> nodes;
    for (const Document &document : documents) {
        indexNodes(document.json.isArray() ? QJsonValue(document.json.array())
                                           : QJsonValue(document.json.object()),
                   &nodes);
    }
    const PostingFields postingFields(nodes);
    qint64 number = 0;
    bool found = false;
    for (const Document &document : documents) {
        if (!document.error.isEmpty()) {
            found = true;
            SourceRecord record;
            record.number = ++number;
            record.raw = document.raw;
            record.rawFormat = QStringLiteral("jsonld");
            record.error = document.error;
            if (!sink(std::move(record)))
                return;
            continue;
        }
        QList<QJsonObject> postings;
        findPostings(document.json.isArray() ? QJsonValue(document.json.array())
                                             : QJsonValue(document.json.object()),
                     &postings);
        for (const QJsonObject &posting : postings) {
            found = true;
            SourceRecord record;
            record.number = ++number;
            record.fields = postingFields.of(posting);
            record.raw = QString::fromUtf8(QJsonDocument(posting).toJson(QJsonDocument::Indented));
            record.rawFormat = QStringLiteral("jsonld");
            if (!sink(std::move(record)))
                return;
        }
    }
    if (found)
        return;
    if (isJson)
        throw ReadError(tr("no schema.org JobPosting found in the file"));
    QString why = documents.isEmpty() ? tr("no JSON-LD block") : tr("its JSON-LD blocks hold no JobPosting");
    if (hasOtherMarkup(text))
        why = tr("%1; JobPosting microdata and RDFa are not read").arg(why);
    throw ReadError(tr("no schema.org JobPosting found in the page (%1)").arg(why));
}

} // namespace jobdesk
