#include "textreader.h"

#include "dateparser.h"
#include "fields.h"
#include "inference.h"
#include "salaryparser.h"
#include "textdecoding.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

#include <array>
#include <cstring>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

constexpr qsizetype maxTitleLength = 300;
constexpr qsizetype maxHintLine = 60;  // a line that may state the workplace or the employment type
constexpr qsizetype maxValueLine = 80; // a salary line, a label's value on the next line, a company
constexpr qsizetype maxCompanyWords = 8;
constexpr qsizetype maxHintWords = 6;
constexpr qsizetype paragraphLength = 80; // a line this long is a paragraph: the header ends // "Deutsche
                                          // Gesellschaft für Internationale Zusammenarbeit"

// The words (lower-case) of `text`: runs of letters and digits.
QStringList wordsOf(QStringView text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text[i].isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            words.append(text.sliced(start, i - start).toString().toLower());
            start = -1;
        }
    }
    return words;
}

bool isOneOf(QStringView word, std::initializer_list<const char *> list)
{
    for (const char *entry : list) {
        if (word == QLatin1String(entry))
            return true;
    }
    return false;
}

// Words of job titles, tags, headings, places and sentences: a text holding one is no company name.
bool isNonCompanyWord(QStringView word)
{
    return isOneOf(word, {
                             "engineer",
                             "engineers",
                             "developer",
                             "developers",
                             "programmer",
                             "manager",
                             "designer",
                             "analyst",
                             "scientist",
                             "architect",
                             "consultant",
                             "specialist",
                             "administrator",
                             "intern",
                             "internship",
                             "trainee",
                             "director",
                             "officer",
                             "assistant",
                             "coordinator",
                             "representative",
                             "technician",
                             "writer",
                             "editor",
                             "nurse",
                             "teacher",
                             "recruiter",
                             "accountant",
                             "researcher",
                             "tester",
                             "lead",
                             "head",
                             "vp",
                             "chief",
                             "executive",
                             "associate",
                             "agent",
                             "senior",
                             "junior",
                             "staff",
                             "principal",
                             "sr",
                             "jr",
                             "mid",
                             "level",
                             "remote",
                             "hybrid",
                             "onsite",
                             "office",
                             "full",
                             "part",
                             "time",
                             "contract",
                             "contractor",
                             "freelance",
                             "temporary",
                             "permanent",
                             "hiring",
                             "urgent",
                             "urgently",
                             "new",
                             "job",
                             "jobs",
                             "wanted",
                             "vacancy",
                             "opening",
                             "featured",
                             "sponsored",
                             "closed",
                             "expired",
                             "update",
                             "re",
                             "fwd",
                             "position",
                             "role",
                             "title",
                             "location",
                             "salary",
                             "apply",
                             "about",
                             "description",
                             "overview",
                             "summary",
                             "responsibilities",
                             "requirements",
                             "qualifications",
                             "benefits",
                             "details",
                             "home",
                             "anywhere",
                             "worldwide",
                             "we",
                             "our",
                             "you",
                             "your",
                             "is",
                             "are",
                             "will",
                             "ago",
                             "posted",
                             "reposted",
                             "applicants",
                             "easy",
                             "save",
                         });
}

// Team and field names: "Engineer - Platform" names a team, "Northwind Data" a company.
bool isTeamWord(QStringView word)
{
    return isOneOf(word, {"data",
                          "cloud",
                          "security",
                          "platform",
                          "mobile",
                          "web",
                          "growth",
                          "design",
                          "analytics",
                          "payments",
                          "infrastructure",
                          "backend",
                          "frontend",
                          "fullstack",
                          "stack",
                          "front",
                          "back",
                          "end",
                          "api",
                          "core",
                          "ml",
                          "ai",
                          "ios",
                          "android",
                          "devops",
                          "sre",
                          "qa",
                          "product",
                          "marketing",
                          "sales",
                          "support",
                          "operations",
                          "finance",
                          "legal",
                          "research",
                          "engineering",
                          "development",
                          "software",
                          "hardware",
                          "systems",
                          "it",
                          "ops",
                          "team",
                          "night",
                          "day",
                          "shift",
                          "weekend"});
}

bool isLegalForm(QStringView word)
{
    return isOneOf(word,
                   {"inc", "llc", "ltd", "limited", "gmbh", "ag",  "se",   "plc", "corp", "corporation", "co",
                    "bv",  "nv",  "oy",  "ab",      "sa",   "sas", "sarl", "srl", "spa",  "pty",         "kg",
                    "ug",  "llp", "lp",  "kk",      "oyj",  "asa", "aps",  "bhd", "pte"});
}

bool hasLegalForm(QStringView text)
{
    const QStringList words = wordsOf(text);
    return !words.isEmpty() && isLegalForm(words.last());
}

// Sentence punctuation: '!', '?', ';', ':' anywhere, or a '.' ending a word that is no abbreviation
// ("We are hiring." but not "Acme Inc." or "J. P. Morgan").
bool hasSentencePunctuation(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'!' || c == u'?' || c == u';' || c == u':')
            return true;
        if (c == u'.' && (i + 1 == text.size() || text[i + 1].isSpace())) {
            qsizetype start = i;
            while (start > 0 && text[start - 1].isLetterOrNumber())
                --start;
            const QString word = text.sliced(start, i - start).toString().toLower();
            if (word.size() > 1 && !isLegalForm(word))
                return true;
        }
    }
    return false;
}

bool hasCurrencySymbol(QStringView text)
{
    static const QString symbols = QStringLiteral("€$£₹¥₩₽₴₺₪₱₦₫฿");
    for (const QChar c : text) {
        if (symbols.contains(c))
            return true;
    }
    return false;
}

// Words a salary line may hold besides its amounts ("$120,000 - $150,000 a year", "€60.000 pro Jahr").
bool isSalaryWord(QStringView word)
{
    return isOneOf(
        word,
        {"a",        "an",       "per",    "pro",      "to",           "up",       "from",      "and",
         "between",  "starting", "at",     "least",    "plus",         "or",       "year",      "yearly",
         "yr",       "annum",    "annual", "annually", "pa",           "p",        "hour",      "hourly",
         "hr",       "h",        "month",  "monthly",  "mo",           "week",     "weekly",    "wk",
         "day",      "daily",    "k",      "m",        "usd",          "eur",      "gbp",       "chf",
         "cad",      "aud",      "pln",    "inr",      "sek",          "nok",      "dkk",       "jpy",
         "jahr",     "monat",    "stunde", "im",       "brutto",       "netto",    "gross",     "net",
         "base",     "salary",   "range",  "pay",      "compensation", "est",      "estimated", "glassdoor",
         "employer", "ote",      "full",   "part",     "time",         "contract", "remote",    "hybrid",
         "on",       "site",     "onsite", "ca",       "us",           "au",       "nz",        "c",
         "r",        "s",        "hk",     "sg",       "zł",           "zl",       "euro",      "euros",
         "dollar",   "dollars",  "pound",  "pounds",   "lpa",          "lakh",     "crore",     "b2b",
         "jährlich", "monatlich"});
}

// A line (or a part of one) that is only a salary: salary evidence, an amount parseSalary accepts, at
// most one word that is not a salary word ("$120k–$150k + equity", not "$5k learning budget").
bool isSalaryText(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() >= maxValueLine)
        return false;
    static const QRegularExpression evidence(
        QStringLiteral("\\b(USD|EUR|GBP|CHF|CAD|AUD|PLN|INR|SEK|NOK|DKK|JPY)\\b|\\d\\s?[kK]\\b|zł"));
    if (!hasCurrencySymbol(text) && !evidence.matchView(text).hasMatch())
        return false;
    int unknown = 0;
    for (const QString &word : wordsOf(text)) {
        bool digits = true;
        for (const QChar c : word)
            digits = digits && c.isDigit();
        if (!digits && !isSalaryWord(word) && !(word.back() == u'k' && word.front().isDigit()))
            ++unknown;
    }
    return unknown <= 1 && parseSalary(text).has_value();
}

bool isSentence(QStringView line)
{
    return line.endsWith(u'.') || line.endsWith(u'!') || line.endsWith(u'?') || line.contains(u';') ||
           line.contains(QLatin1String(". "));
}

// The parts of a line that lists several facts ("Full-time · Mid-Senior level").
QList<QStringView> partsOf(QStringView line)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == u'·' || line[i] == u'|' || line[i] == u'•' || line[i] == u'\t') {
            const QStringView part = line.sliced(start, i - start).trimmed();
            if (!part.isEmpty())
                parts.append(part);
            start = i + 1;
        }
    }
    return parts;
}

QString firstUrl(QStringView text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"'`]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = url.matchView(text);
    if (!match.hasMatch())
        return {};
    QString found = match.captured(0);
    while (!found.isEmpty()) {
        const QChar last = found.back();
        if (QStringView(u".,;:!?").contains(last) || (last == u')' && !found.contains(u'(')) ||
            (last == u']' && !found.contains(u'[')))
            found.chop(1);
        else
            break;
    }
    return found.size() > 8 ? found : QString();
}

// "Full-time", "part time", "Contract" ... as the text writes it (parseEmploymentType knows them).
QString employmentWord(QStringView line)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(full[- ]?time|part[- ]?time|contract(?:or)?|freelance|temporary|internship)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = words.matchView(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool negates(QStringView line)
{
    static const QRegularExpression negation(QStringLiteral("\\b(no|not|non|without|never)\\b|n't\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    return negation.matchView(line).hasMatch();
}

// "Posted 3 days ago", "Reposted 2 weeks ago", "Just posted" (the relative forms pages show).
bool isPostedText(QStringView part)
{
    if (part.size() > 40)
        return false;
    const QString lower = part.toString().toLower();
    if (!lower.contains(QLatin1String("ago")) && !lower.contains(QLatin1String("posted")))
        return false;
    return parseDate(part, QDateTime::currentDateTimeUtc()).isValid();
}

QStringView withoutBullet(QStringView line)
{
    line = line.trimmed();
    if (line.size() >= 2 && QStringView(u"•-*·–—▪►‣◦").contains(line[0]) && line[1].isSpace())
        return line.sliced(2).trimmed();
    return line;
}

struct Label
{
    const char *name;
    const char *key;
    bool alone; // also as a line of its own, the value on the next line
};

constexpr std::array labels{
    Label{"job title", fields::title, true},
    Label{"title", fields::title, false},
    Label{"position", fields::title, false},
    Label{"company", fields::company, true},
    Label{"company name", fields::company, true},
    Label{"employer", fields::company, true},
    Label{"location", fields::locations, true},
    Label{"job location", fields::locations, true},
    Label{"salary", fields::salary, true},
    Label{"salary range", fields::salary, true},
    Label{"compensation", fields::salary, true},
    Label{"pay", fields::salary, true},
    Label{"job type", fields::employmentType, true},
    Label{"employment type", fields::employmentType, true},
    Label{"type", fields::employmentType, false},
    Label{"workplace", fields::workplace, true},
    Label{"workplace type", fields::workplace, true},
    Label{"date posted", fields::posted, true},
    Label{"posted", fields::posted, false},
    Label{"posted on", fields::posted, false},
    Label{"apply by", fields::validThrough, true},
    Label{"deadline", fields::validThrough, true},
    Label{"application deadline", fields::validThrough, true},
    Label{"closing date", fields::validThrough, true},
    Label{"seniority", fields::seniority, true},
    Label{"seniority level", fields::seniority, true},
    Label{"experience level", fields::seniority, true},
    Label{"level", fields::seniority, false},
    Label{"url", fields::url, false},
    Label{"link", fields::url, false},
    Label{"apply", fields::url, false},
};

struct LabelMatch
{
    const Label *label = nullptr;
    QString value; // after the ':'; empty when it is on the next line
};

// The label a line starts with: "Salary: $120k", "Job type:" or, for `alone` labels, "Job type".
std::optional<LabelMatch> matchLabel(QStringView line)
{
    line = withoutBullet(line);
    const QString lower = line.first(qMin<qsizetype>(line.size(), 32)).toString().toLower();
    std::optional<LabelMatch> best;
    for (const Label &label : labels) {
        const auto length = qsizetype(std::strlen(label.name));
        if (!lower.startsWith(QLatin1String(label.name)) ||
            (best && length <= qsizetype(std::strlen(best->label->name))))
            continue;
        const QStringView rest = line.sliced(length).trimmed();
        if (rest.startsWith(u':') || rest.startsWith(u'：'))
            best = LabelMatch{&label, rest.sliced(1).trimmed().toString()};
        else if (rest.isEmpty() && label.alone)
            best = LabelMatch{&label, {}};
    }
    return best;
}

// The first recognised type of a value listing several ("Full-time, Permanent"), the type word it
// holds ("Regular full time"), or the value.
QString employmentValue(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[,/·|;]| and | or "));
    for (const QString &part : value.split(separators)) {
        if (parseEmploymentType(part.trimmed()))
            return part.trimmed();
    }
    const QString word = employmentWord(value);
    return word.isEmpty() ? value : word;
}

class TextFields
{
public:
    explicit TextFields(const QString &text);
    QJsonObject fields() const { return m_fields; }

private:
    bool has(const char *key) const { return m_fields.contains(QLatin1String(key)); }
    void set(const char *key, const QString &value)
    {
        if (!value.trimmed().isEmpty() && !has(key))
            m_fields.insert(QLatin1String(key), value.trimmed());
    }
    qsizetype nextNonEmpty(qsizetype from) const;
    void readLabels();
    void readTitle();
    void readHints();
    void readCompanyLine();

    QString m_text;
    QStringList m_lines;
    qsizetype m_titleLine = -1; // the line the title was taken from
    QString m_headline;         // that line, trimmed; empty when a "Job title:" label gave the title
    qsizetype m_headerEnd = -1; // the last line before the first paragraph
    QJsonObject m_fields;
};

TextFields::TextFields(const QString &text)
    : m_text(text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(u'\r', u'\n');
    normalised.replace(QChar(0x2028), u'\n');
    m_lines = normalised.split(u'\n');
    m_titleLine = nextNonEmpty(0);
    m_headerEnd = m_lines.size() - 1;
    for (qsizetype i = m_titleLine + 1; i > 0 && i < m_lines.size(); ++i) {
        if (m_lines[i].trimmed().size() >= paragraphLength) {
            m_headerEnd = i - 1;
            break;
        }
    }
    readLabels(); // stated fields first: they win over everything guessed below
    readTitle();
    readHints();
    readCompanyLine();

    QStringList description;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (i != m_titleLine)
            description.append(m_lines[i]);
    }
    set(fields::description, description.join(u'\n'));
}

qsizetype TextFields::nextNonEmpty(qsizetype from) const
{
    for (qsizetype i = from; i < m_lines.size(); ++i) {
        if (!m_lines[i].trimmed().isEmpty())
            return i;
    }
    return -1;
}

void TextFields::readLabels()
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const std::optional<LabelMatch> match = matchLabel(m_lines[i]);
        if (!match)
            continue;
        QString value = match->value;
        if (value.isEmpty()) {
            // "Location:" or "Location" alone, the value on the next line.
            const qsizetype next = nextNonEmpty(i + 1);
            if (next < 0)
                continue;
            const QStringView candidate = withoutBullet(m_lines[next]);
            if (candidate.size() >= maxValueLine || matchLabel(candidate) || isSentence(candidate))
                continue;
            value = candidate.toString();
        }
        const char *key = match->label->key;
        if (key == fields::title) {
            // "Job title: X" heads the text, or follows other labels; "Position: X" further down
            // repeats the title or says something else.
            const bool heading = i == m_titleLine || (m_titleLine >= 0 && matchLabel(m_lines[m_titleLine]));
            if (heading && !has(key)) {
                m_fields.insert(QLatin1String(key), value.left(maxTitleLength).trimmed());
                m_titleLine = i;
                m_headline.clear();
            }
        } else if (key == fields::url) {
            set(key, firstUrl(value));
        } else if (key == fields::employmentType) {
            if (std::strcmp(match->label->name, "type") != 0 || parseEmploymentType(employmentValue(value)))
                set(key, employmentValue(value));
        } else {
            set(key, value);
        }
    }
}

void TextFields::readTitle()
{
    if (has(fields::title) || m_titleLine < 0)
        return;
    m_headline = m_lines[m_titleLine].trimmed();
    if (m_headline.size() > maxTitleLength) {
        qsizetype cut = maxTitleLength;
        if (m_headline[cut - 1].isHighSurrogate())
            --cut;
        m_headline = m_headline.left(cut).trimmed();
    }
    QString title = m_headline;
    // "Senior Engineer at Acme", "Senior Engineer - Acme GmbH": the company from the headline. A
    // stated company wins; the headline then loses its company part only when it names the same one.
    QStringList rest = m_lines;
    rest.removeAt(m_titleLine);
    const QString context = rest.join(u'\n');
    std::optional<headline::Parts> parts = headline::splitAt(title);
    if (!parts)
        parts = headline::splitCompanyLast(title, context);
    if (parts && has(fields::locations) &&
        m_fields.value(QLatin1String(fields::locations))
            .toString()
            .contains(parts->company, Qt::CaseInsensitive))
        parts.reset(); // "Engineer - Berlin" with "Location: Berlin"
    if (parts) {
        const QString stated = m_fields.value(QLatin1String(fields::company)).toString();
        if (stated.isEmpty() || stated.compare(parts->company, Qt::CaseInsensitive) == 0) {
            title = parts->title;
            set(fields::company, parts->company);
        }
    }
    m_fields.insert(QLatin1String(fields::title), title);
}

void TextFields::readHints()
{
    if (!m_headline.isEmpty()) {
        const Workplace inTitle = inferWorkplace(m_headline);
        if (inTitle != Workplace::Unknown && !negates(m_headline))
            set(fields::workplace, keyword(inTitle));
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (i == m_titleLine)
            continue;
        const QStringView line = withoutBullet(m_lines[i]);
        if (line.isEmpty() || line.size() >= maxValueLine)
            continue;
        if (!has(fields::salary)) {
            // "Leeds · $90k–$110k · Full time": the salary is the part that is only a salary.
            for (const QStringView part : partsOf(line)) {
                if (isSalaryText(part)) {
                    set(fields::salary, part.toString());
                    break;
                }
            }
        }
        if (!has(fields::posted)) {
            for (const QStringView part : partsOf(line)) {
                if (isPostedText(part)) {
                    set(fields::posted, part.toString());
                    break;
                }
            }
        }
        // Workplace and employment type only from the header (the lines before the first paragraph)
        // and from short lines of few words: "Hybrid", "Full-time · Mid-Senior level", not benefits
        // such as "On-site gym" or "Previous internship experience" further down.
        if (i > m_headerEnd || line.size() >= maxHintLine || isSentence(line) ||
            wordsOf(line).size() > maxHintWords)
            continue;
        if (!has(fields::workplace) && !negates(line)) {
            const Workplace stated = inferWorkplace(line);
            if (stated != Workplace::Unknown)
                set(fields::workplace, keyword(stated));
        }
        if (!has(fields::employmentType) && !negates(line))
            set(fields::employmentType, employmentWord(line));
    }
    set(fields::url, firstUrl(m_text));
}

// A short line right after the title that reads like a name: the company (LinkedIn and Indeed pages
// copy as title, company, location ...).
void TextFields::readCompanyLine()
{
    if (has(fields::company) || m_headline.isEmpty())
        return;
    const qsizetype next = nextNonEmpty(m_titleLine + 1);
    if (next < 0)
        return;
    const QStringView line = QStringView(m_lines[next]).trimmed(); // a view of the list, not of a copy
    if (line.size() >= maxValueLine || matchLabel(line) || !firstUrl(line).isEmpty() || isSalaryText(line) ||
        inferWorkplace(line) != Workplace::Unknown || !employmentWord(line).isEmpty() ||
        !headline::looksLikeCompany(line))
        return;
    for (const QStringView part : partsOf(line)) {
        if (isPostedText(part))
            return;
    }
    set(fields::company, line.toString());
}

// Whether `context` uses `name` the way texts name their company: "at Acme", "join Acme", "About
// Acme", "bei Acme", "chez Acme", "Acme is", "Acme's" ... A place ("our office in Lyon") or a team
// ("our platform") is not named so.
bool namedAsCompany(QStringView context, QStringView name)
{
    for (qsizetype i = context.indexOf(name); i >= 0; i = context.indexOf(name, i + 1)) {
        const qsizetype end = i + name.size();
        if ((i > 0 && context[i - 1].isLetterOrNumber()) ||
            (end < context.size() && context[end].isLetterOrNumber()))
            continue;
        const QStringList before =
            wordsOf(context.sliced(qMax<qsizetype>(0, i - 12), i - qMax<qsizetype>(0, i - 12)));
        if (!before.isEmpty() &&
            isOneOf(before.last(), {"at", "join", "joining", "about", "bei", "chez", "über"}))
            return true;
        const QStringView after = context.sliced(end);
        if (after.startsWith(QLatin1String("'s ")) || after.startsWith(u"’s "))
            return true;
        const QStringList next = wordsOf(after.first(qMin<qsizetype>(after.size(), 16)));
        if (!next.isEmpty() && after.startsWith(u' ') &&
            isOneOf(next.first(),
                    {"is", "are", "was", "has", "have", "builds", "helps", "makes", "develops", "offers",
                     "provides", "employs", "designs", "creates", "runs", "entwickelt"}))
            return true;
    }
    return false;
}

} // namespace

namespace headline {

bool looksLikeCompany(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() >= maxValueLine)
        return false;
    // A capital or a digit first; "eBay", "iRobot" have their capital second.
    const QChar first = text.front();
    const bool camel = first.isLower() && text.size() > 1 && text[1].isUpper();
    if (!(first.isDigit() || (first.isLetter() && !first.isLower()) || camel))
        return false;
    if (hasSentencePunctuation(text) || hasCurrencySymbol(text) || text.contains(u'@') ||
        text.contains(QLatin1String("://")) || text.contains(u'·') || text.contains(u'|') ||
        text.contains(u'•'))
        return false;
    // "Acme, Inc." has a comma; "Berlin, Germany" is a place.
    const qsizetype comma = text.lastIndexOf(u',');
    if (comma >= 0 && (!hasLegalForm(text.sliced(comma + 1)) || text.first(comma).contains(u',')))
        return false;
    const QStringList words = wordsOf(text);
    if (words.isEmpty() || words.size() > maxCompanyWords)
        return false;
    bool allTeam = true;
    for (const QString &word : words) {
        if (isNonCompanyWord(word))
            return false;
        allTeam = allTeam && isTeamWord(word);
    }
    return !allTeam && inferWorkplace(text) == Workplace::Unknown && !parseEmploymentType(text) &&
           !parseSalary(text);
}

std::optional<Parts> splitAt(QStringView headline)
{
    headline = headline.trimmed();
    qsizetype at = -1;
    qsizetype separatorLength = 0;
    int count = 0;
    for (const QLatin1String separator : {QLatin1String(" at "), QLatin1String(" @ ")}) {
        for (qsizetype i = headline.indexOf(separator, 0, Qt::CaseInsensitive); i >= 0;
             i = headline.indexOf(separator, i + 1, Qt::CaseInsensitive)) {
            ++count;
            at = i;
            separatorLength = separator.size();
        }
    }
    if (count != 1)
        return std::nullopt;
    const QStringView title = headline.first(at).trimmed();
    const QStringView rest = headline.sliced(at + separatorLength);
    qsizetype end = rest.size();
    for (const char16_t *ending : {u" (", u" - ", u" – ", u" — ", u" | ", u" · "}) {
        const qsizetype i = rest.indexOf(QStringView(ending));
        if (i >= 0 && i < end)
            end = i;
    }
    for (const char16_t *separator : {u" - ", u" – ", u" — ", u" | ", u" · "}) {
        if (title.contains(QStringView(separator)))
            return std::nullopt; // "Customer Service - Work at Home": not a "title at company"
    }
    const QStringView company = rest.first(end).trimmed();
    if (title.isEmpty() || !looksLikeCompany(company))
        return std::nullopt;
    const QString rejoined = title.toString() + rest.sliced(end);
    return Parts{rejoined.trimmed(), company.toString()};
}

std::optional<Parts> splitCompanyFirst(QStringView headline)
{
    headline = headline.trimmed();
    const qsizetype colon = headline.indexOf(QLatin1String(": "));
    if (colon <= 0 || headline.indexOf(QLatin1String(": "), colon + 1) >= 0)
        return std::nullopt;
    const QStringView company = headline.first(colon).trimmed();
    const QStringView title = headline.sliced(colon + 2).trimmed();
    if (title.isEmpty() || !looksLikeCompany(company) || inferSeniority(company) != Seniority::Unknown)
        return std::nullopt;
    return Parts{title.toString(), company.toString()};
}

std::optional<Parts> splitCompanyLast(QStringView headline, QStringView context)
{
    headline = headline.trimmed();
    qsizetype found = -1;
    qsizetype separatorLength = 0;
    int count = 0;
    for (const char16_t *separator : {u" - ", u" – ", u" — ", u" | "}) {
        const QStringView sep(separator);
        for (qsizetype i = headline.indexOf(sep); i >= 0; i = headline.indexOf(sep, i + 1)) {
            ++count;
            found = i;
            separatorLength = sep.size();
        }
    }
    if (count != 1)
        return std::nullopt;
    const QStringView title = headline.first(found).trimmed();
    const QStringView company = headline.sliced(found + separatorLength).trimmed();
    if (title.isEmpty() || !looksLikeCompany(company))
        return std::nullopt;
    if (!hasLegalForm(company) && !namedAsCompany(context, company))
        return std::nullopt;
    return Parts{title.toString(), company.toString()};
}

} // namespace headline

void TextReader::read(const QByteArray &data, const RecordSink &sink) const
{
    const QString text = decodeDocument(data);
    if (text.trimmed().isEmpty())
        throw ReadError(tr("the text is empty"));
    SourceRecord record;
    record.number = 1;
    record.rawFormat = QStringLiteral("text");
    record.raw = text;
    record.fields = TextFields(text).fields();
    sink(std::move(record));
}

} // namespace jobdesk
