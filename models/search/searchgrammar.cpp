#include "searchgrammar.h"

#include "domain/vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace jobdesk::search {
namespace {

const QList<ConstructSpec> constructs{
    {"WORD",
     QT_TRANSLATE_NOOP("Search", "Words anywhere in the listing: title, company, location, description. "
                                 "Case and accents are ignored; the last word also finds longer words "
                                 "while you type it"),
     "rust kubernetes"},
    {"\"PHRASE\"", QT_TRANSLATE_NOOP("Search", "Words next to each other, in this order"),
     "\"machine learning\""},
    {"A OR B",
     QT_TRANSLATE_NOOP("Search", "Either term; terms without OR must all match (AND), and AND "
                                 "binds tighter than OR"),
     "rust OR go"},
    {"-TERM  NOT TERM",
     QT_TRANSLATE_NOOP("Search", "Leave out what matches the term; unknown salaries and "
                                 "dates count as not matching"),
     "-intern"},
    {"( ... )", QT_TRANSLATE_NOOP("Search", "Group terms"), "(rust OR go) -junior"},
};

// The one table of fields. Descriptions are marked for translation; vocabulary fields get their
// keywords appended by searchHelp() from domain/vocabulary.cpp, so they are not repeated here.
const QList<FieldSpec> specs{
    {SearchField::Title, "title", FieldKind::FullText, "title:WORD  title:\"PHRASE\"",
     QT_TRANSLATE_NOOP("Search", "Words in the job title"), "title:engineer", "job role position name"},
    {SearchField::Company, "company", FieldKind::FullText, "company:WORD  company:\"PHRASE\"",
     QT_TRANSLATE_NOOP("Search", "Words in the company's name"), "company:\"Acme Corp\"",
     "employer organization organisation org firm hiring"},
    {SearchField::Location, "location", FieldKind::FullText, "location:WORD  location:\"PHRASE\"",
     QT_TRANSLATE_NOOP("Search", "Words in the location (accents are ignored: zurich finds Zürich)"),
     "location:berlin", "city country place where loc region"},
    {SearchField::Skill, "skill", FieldKind::Name, "skill:NAME",
     QT_TRANSLATE_NOOP("Search", "Listings that ask for a skill, by its name or an alias (k8s)"),
     "skill:kubernetes", "skills tech technology stack"},
    {SearchField::Tag, "tag", FieldKind::Name, "tag:NAME", QT_TRANSLATE_NOOP("Search", "Listings you tagged"),
     "tag:shortlist", "tags label labels"},
    {SearchField::Status, "status", FieldKind::Name, "status:STAGE",
     QT_TRANSLATE_NOOP("Search", "The listing's pipeline stage; listings without one are New"),
     "status:applied", "stage state pipeline"},
    {SearchField::Workplace, "workplace", FieldKind::Vocabulary, "workplace:KEYWORD",
     QT_TRANSLATE_NOOP("Search", "Where the work is done"), "workplace:remote",
     "remote onsite hybrid office wfh where"},
    {SearchField::Type, "type", FieldKind::Vocabulary, "type:KEYWORD",
     QT_TRANSLATE_NOOP("Search", "Employment type"), "type:contract", "employment contract jobtype kind"},
    {SearchField::Seniority, "seniority", FieldKind::Vocabulary, "seniority:KEYWORD",
     QT_TRANSLATE_NOOP("Search", "Seniority, as stated or read from the title"), "seniority:senior",
     "level experience senior junior"},
    {SearchField::Source, "source", FieldKind::Prefix, "source:NAME",
     QT_TRANSLATE_NOOP("Search", "Where the listing came from: its source name starts with NAME"),
     "source:remotive", "board site from origin"},
    {SearchField::Salary, "salary", FieldKind::Money, "salary>=AMOUNT  (< <= > >= =)",
     QT_TRANSLATE_NOOP("Search", "Yearly salary (the middle of the stated range, scaled to a year); "
                                 "150k, 1.5m and 150,000 are understood; listings without a salary never "
                                 "match"),
     "salary>=150k", "pay compensation wage money income"},
    {SearchField::Posted, "posted", FieldKind::Age, "posted<AGE  posted>DATE",
     QT_TRANSLATE_NOOP("Search", "When the listing was posted: an age in h, d, w, m (30 days) or y "
                                 "(posted<7d: in the last 7 days), or a UTC date 2026-01-31, 2026-01 or "
                                 "2026 (posted>2026-01-01: after that day); posted:7d means posted<=7d"),
     "posted<7d", "date age published since when"},
    {SearchField::Rating, "rating", FieldKind::Number, "rating>=N",
     QT_TRANSLATE_NOOP("Search", "Your rating, 0 to 5; unrated listings are 0"), "rating>=4",
     "stars rated score rate"},
    {SearchField::Match, "match", FieldKind::Number, "match>=PERCENT",
     QT_TRANSLATE_NOOP("Search", "How well your skills match the listing, in percent"), "match>=70",
     "fit percent matching"},
};

template <typename Enum>
QStringList keywords(int count)
{
    QStringList words;
    for (int code = 1; code < count; ++code)
        words.append(keyword(Enum(code)));
    return words;
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[std::size_t(j)] = std::min({above + 1, row[std::size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

const QList<ConstructSpec> &constructSpecs()
{
    return constructs;
}

const QList<FieldSpec> &fieldSpecs()
{
    return specs;
}

const FieldSpec *findField(QStringView name)
{
    for (const FieldSpec &spec : specs) {
        if (name.compare(QLatin1String(spec.name), Qt::CaseInsensitive) == 0)
            return &spec;
    }
    return nullptr;
}

const FieldSpec *suggestField(QStringView name)
{
    const QString folded = name.toString().toLower();
    if (folded.isEmpty())
        return nullptr;
    // A synonym people use ("employer", "city") wins over spelling, then a field the name starts,
    // then the closest spelling within a distance that still looks like a typo.
    for (const FieldSpec &spec : specs) {
        if (QString::fromLatin1(spec.hints).split(QLatin1Char(' ')).contains(folded))
            return &spec;
    }
    if (folded.size() >= 3) {
        for (const FieldSpec &spec : specs) {
            if (QLatin1String(spec.name).startsWith(folded))
                return &spec;
        }
    }
    const FieldSpec *best = nullptr;
    int bestDistance = folded.size() >= 5 ? 2 : 1;
    for (const FieldSpec &spec : specs) {
        const int distance = editDistance(folded, QString::fromLatin1(spec.name));
        if (distance <= bestDistance && (!best || distance < bestDistance)) {
            best = &spec;
            bestDistance = distance;
        }
    }
    return best;
}

QStringList vocabularyKeywords(SearchField field)
{
    // The enumerations' codes run from 1 (0 is unknown) to their last value.
    switch (field) {
    case SearchField::Workplace:
        return keywords<Workplace>(int(Workplace::Remote) + 1);
    case SearchField::Type:
        return keywords<EmploymentType>(int(EmploymentType::Other) + 1);
    case SearchField::Seniority:
        return keywords<Seniority>(int(Seniority::Lead) + 1);
    default:
        return {};
    }
}

bool isOrdered(FieldKind kind)
{
    return kind == FieldKind::Money || kind == FieldKind::Age || kind == FieldKind::Number;
}

} // namespace jobdesk::search
