// The search language without a database: what every construct parses to (precedence, quoting,
// values), where and why a line is refused, the help generated from the grammar table and its
// agreement with docs/search.md, and the shape of the compiled SQL (one MATCH for AND-ed words).
#include "testsupport.h"

#include "search/searchfulltext.h"
#include "search/searchgrammar.h"
#include "search/searchparser.h"
#include "search/searchquery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;
using namespace jobdesk::search;

class TestSearchParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void blankLineIsNoFilter();
    void controlCharactersSeparateWords();
    void helpComesFromTheGrammarTable();
    void docsDescribeEveryField();
    void andedWordsBecomeOneMatch();
    void negationKeepsUnknownValues();
    void prefixOnlyForTheWordBeingTyped();
    void compilesQuickly();
    void survivesHugeLines();
};

namespace {

QString parsed(const QString &line)
{
    const ParsedSearch result = parseSearch(line);
    if (result.error)
        return QStringLiteral("error: ") + result.error->message;
    return result.root ? describe(*result.root) : QStringLiteral("(empty)");
}

CompileContext fixedContext()
{
    CompileContext context;
    context.now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
    return context;
}

} // namespace

void TestSearchParser::parses_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("tree");

    // Words, phrases, the word being typed (marked *: a bare word ending the line).
    QTest::newRow("word being typed") << "rust" << R"("rust"*)";
    QTest::newRow("finished word") << "rust " << R"("rust")";
    QTest::newRow("implicit AND") << "senior rust engineer" << R"((AND "senior" "rust" "engineer"*))";
    QTest::newRow("phrase") << R"("machine learning")" << R"("machine learning")";
    QTest::newRow("phrase touching a word") << R"(a"b c")" << R"((AND "a" "b c"))";
    QTest::newRow("symbols") << "c++ c# node.js don't" << R"((AND "c++" "c#" "node.js" "don't"*))";
    QTest::newRow("emoji") << "🚀" << R"("🚀"*)";
    QTest::newRow("lower-case or is a word") << "a or b" << R"((AND "a" "or" "b"*))";
    QTest::newRow("lower-case not is a word") << "not a" << R"((AND "not" "a"*))";
    QTest::newRow("inner hyphen") << "e-mail c-level" << R"((AND "e-mail" "c-level"*))";
    QTest::newRow("lone hyphen is a word") << "- a" << R"((AND "-" "a"*))";
    QTest::newRow("colon after a digit") << "9:00" << R"("9:00"*)";

    // Operators and precedence: NOT > AND > OR.
    QTest::newRow("OR") << "rust OR go" << R"((OR "rust" "go"*))";
    QTest::newRow("explicit AND") << "a AND b" << R"((AND "a" "b"*))";
    QTest::newRow("AND binds tighter than OR") << "a b OR c d" << R"((OR (AND "a" "b") (AND "c" "d"*)))";
    QTest::newRow("OR then AND") << "a OR b c" << R"((OR "a" (AND "b" "c"*)))";
    QTest::newRow("minus") << "-a b" << R"((AND (NOT "a") "b"*))";
    QTest::newRow("NOT binds tighter than OR") << "NOT a OR b" << R"((OR (NOT "a") "b"*))";
    QTest::newRow("NOT binds tighter than AND") << "NOT a b" << R"((AND (NOT "a") "b"*))";
    QTest::newRow("NOT group") << "NOT (a OR b) c" << R"((AND (NOT (OR "a" "b")) "c"*))";
    QTest::newRow("groups") << "(a OR b) AND (c OR d)" << R"((AND (OR "a" "b") (OR "c" "d")))";
    QTest::newRow("group alone") << "(rust)" << R"("rust")";
    QTest::newRow("nested groups") << "((a))" << R"("a")";
    QTest::newRow("minus group") << "-(a OR b)" << R"((NOT (OR "a" "b")))";
    QTest::newRow("minus phrase") << R"(-"a b")" << R"((NOT "a b"))";
    QTest::newRow("double minus") << "--a" << R"((NOT (NOT "a"*)))";
    QTest::newRow("NOT NOT") << "NOT NOT a" << R"((NOT (NOT "a"*)))";
    QTest::newRow("OR chain") << "a OR b OR c" << R"((OR "a" "b" "c"*))";

    // Full-text fields; field names in any case, values as typed.
    QTest::newRow("title") << "title:engineer" << R"(title:"engineer"*)";
    QTest::newRow("title finished") << "title:engineer x" << R"((AND title:"engineer" "x"*))";
    QTest::newRow("field name case") << "Title:Engineer " << R"(title:"Engineer")";
    QTest::newRow("equals") << "title=engineer " << R"(title:"engineer")";
    QTest::newRow("quoted company") << R"(company:"Acme Corp")" << R"(company:"Acme Corp")";
    QTest::newRow("location") << "location:zürich " << R"(location:"zürich")";
    QTest::newRow("field in group") << "(title:rust OR title:go)" << R"((OR title:"rust" title:"go"))";
    QTest::newRow("negated field") << "-title:intern" << R"((NOT title:"intern"*))";
    QTest::newRow("NOT field") << "NOT company:acme " << R"((NOT company:"acme"))";
    QTest::newRow("keyword as value") << "title:OR " << R"(title:"OR")";

    // Names.
    QTest::newRow("skill") << "skill:c++" << R"(skill:"c++")";
    QTest::newRow("tag") << R"(tag:"to do")" << R"(tag:"to do")";
    QTest::newRow("status") << "status:applied" << R"(status:"applied")";
    QTest::newRow("source") << "source:remotive" << R"(source:"remotive")";

    // Vocabulary.
    QTest::newRow("remote") << "workplace:remote" << "workplace=3";
    QTest::newRow("on-site") << "workplace:on-site" << "workplace=1";
    QTest::newRow("onsite") << "workplace:onsite" << "workplace=1";
    QTest::newRow("hybrid") << "workplace=Hybrid" << "workplace=2";
    QTest::newRow("unknown workplace") << "workplace:unknown" << "workplace=0";
    QTest::newRow("full-time") << "type:full-time" << "type=1";
    QTest::newRow("fulltime") << "type:fulltime" << "type=1";
    QTest::newRow("FULL_TIME") << "type:FULL_TIME" << "type=1";
    QTest::newRow("quoted full time") << R"(type:"full time")" << "type=1";
    QTest::newRow("contract") << "type:contract" << "type=3";
    QTest::newRow("internship") << "type:internship" << "type=5";
    QTest::newRow("senior") << "seniority:senior" << "seniority=4";
    QTest::newRow("jr") << "seniority:jr" << "seniority=2";
    QTest::newRow("lead") << "seniority:lead" << "seniority=7";

    // Numbers.
    QTest::newRow("salary k") << "salary>=150k" << "salary>=150000";
    QTest::newRow("salary K") << "salary>=150K" << "salary>=150000";
    QTest::newRow("salary plain") << "salary<80000" << "salary<80000";
    QTest::newRow("salary separators") << "salary>150,000" << "salary>150000";
    QTest::newRow("salary underscores") << "salary>150_000" << "salary>150000";
    QTest::newRow("salary m") << "salary:1.5m" << "salary=1500000";
    QTest::newRow("salary currency") << "salary=$120k" << "salary=120000";
    QTest::newRow("salary euro") << "salary>=€90k" << "salary>=90000";
    QTest::newRow("salary <=") << "salary<=90k" << "salary<=90000";
    QTest::newRow("salary :>=") << "salary:>=100k" << "salary>=100000";
    QTest::newRow("salary decimals") << "salary>=1,234.5" << "salary>=1234.5";
    QTest::newRow("rating") << "rating>=4" << "rating>=4";
    QTest::newRow("rating colon") << "rating:5" << "rating=5";
    QTest::newRow("match") << "match>=70" << "match>=70";
    QTest::newRow("match percent") << "match>70%" << "match>70";
    QTest::newRow("negated salary") << "-salary>100k" << "(NOT salary>100000)";

    // Ages and dates.
    QTest::newRow("days") << "posted<7d" << "posted<604800s";
    QTest::newRow("hours") << "posted<=12h" << "posted<=43200s";
    QTest::newRow("weeks") << "posted>2w" << "posted>1209600s";
    QTest::newRow("months") << "posted<3m" << "posted<7776000s";
    QTest::newRow("years") << "posted>=1y" << "posted>=31536000s";
    QTest::newRow("upper-case unit") << "posted<7D" << "posted<604800s";
    QTest::newRow("fraction") << "posted<1.5d" << "posted<129600s";
    QTest::newRow("colon age") << "posted:7d" << "posted=604800s";
    QTest::newRow("date") << "posted>2026-01-01" << "posted>[2026-01-01,2026-01-02)";
    QTest::newRow("month") << "posted=2026-02" << "posted=[2026-02-01,2026-03-01)";
    QTest::newRow("year") << "posted>=2025" << "posted>=[2025-01-01,2026-01-01)";
    QTest::newRow("short date") << "posted<2026-1-5" << "posted<[2026-01-05,2026-01-06)";

    QTest::newRow("everything")
        << R"(senior (rust OR go) -intern company:"Acme Corp" salary>=150k posted<7d workplace:remote)"
        << R"((AND "senior" (OR "rust" "go") (NOT "intern") company:"Acme Corp" salary>=150000 )"
           R"(posted<604800s workplace=3))";
}

void TestSearchParser::parses()
{
    QFETCH(QString, line);
    QFETCH(QString, tree);
    QCOMPARE(parsed(line), tree);
}

void TestSearchParser::rejects_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");

    QTest::newRow("typo") << "titel:engineer" << 0 << 5 << "unknown field 'titel' — did you mean title?";
    QTest::newRow("typo later") << "rust compnay:acme" << 5 << 7
                                << "unknown field 'compnay' — did you mean company?";
    QTest::newRow("synonym") << "employer:acme" << 0 << 8
                             << "unknown field 'employer' — did you mean company?";
    QTest::newRow("plural") << "skills:rust" << 0 << 6 << "unknown field 'skills' — did you mean skill?";
    QTest::newRow("abbreviation") << "sal>100k" << 0 << 3 << "unknown field 'sal' — did you mean salary?";
    QTest::newRow("no suggestion")
        << "https://example.com" << 0 << 5
        << "unknown field 'https'; the fields are title, company, location, skill, tag, status, workplace, "
           "type, seniority, source, salary, posted, rating, match (put text containing ':' in quotes to "
           "search for it)";
    QTest::newRow("utf-16 positions")
        << "🚀 titel:x" << 3 << 5 << "unknown field 'titel' — did you mean title?";

    QTest::newRow("no amount") << "salary>=" << 0 << 8 << "expected a number after 'salary>='";
    QTest::newRow("bad amount") << "salary>=lots" << 8 << 4 << "expected a number after 'salary>='";
    QTest::newRow("bad suffix") << "salary>=150x" << 8 << 4 << "expected a number after 'salary>='";
    QTest::newRow("bad grouping") << "salary>=1,50" << 8 << 4 << "expected a number after 'salary>='";
    QTest::newRow("negative") << "salary>-5" << 7 << 2 << "expected a number after 'salary>'";
    QTest::newRow("rating word") << "rating>=high" << 8 << 4 << "expected a number after 'rating>='";
    QTest::newRow("rating percent") << "rating>=4%" << 8 << 2 << "expected a number after 'rating>='";
    QTest::newRow("bad age")
        << "posted<soon" << 7 << 4
        << "expected an age (7d, 12h, 2w, 3m, 1y) or a date (2026-01-31) after 'posted<'";
    QTest::newRow("no unit")
        << "posted<7" << 7 << 1
        << "expected an age (7d, 12h, 2w, 3m, 1y) or a date (2026-01-31) after 'posted<'";
    QTest::newRow("impossible date")
        << "posted>2026-02-30" << 7 << 10
        << "expected an age (7d, 12h, 2w, 3m, 1y) or a date (2026-01-31) after 'posted>'";
    QTest::newRow("workplace typo") << "workplace:remot" << 10 << 5
                                    << "unknown workplace 'remot'; use onsite, hybrid or remote";
    QTest::newRow("type typo") << "type:gig" << 5 << 3
                               << "unknown employment type 'gig'; use full-time, part-time, contract, "
                                  "temporary, internship, volunteer, per-diem or other";
    QTest::newRow("seniority typo") << "seniority:guru" << 10 << 4
                                    << "unknown seniority 'guru'; use intern, junior, mid, senior, staff, "
                                       "principal or lead";
    QTest::newRow("compare text") << "title>x" << 0 << 6
                                  << "title cannot be compared with '>'; write title:engineer";
    QTest::newRow("compare vocabulary")
        << "workplace<=remote" << 0 << 11 << "workplace cannot be compared with '<='; write workplace:remote";
    QTest::newRow("empty value") << "title:" << 0 << 6 << "expected a value after 'title:'";
    QTest::newRow("empty value before space") << "title: rust" << 0 << 6 << "expected a value after 'title:'";
    QTest::newRow("empty quoted value") << R"(tag:"")" << 4 << 2 << "expected a value after 'tag:'";
    QTest::newRow("blank quoted value") << R"(skill:"  ")" << 6 << 4 << "expected a value after 'skill:'";
    QTest::newRow("punctuation value")
        << "company:&" << 8 << 1 << "'&' has no letters or digits to search for";
    QTest::newRow("emoji value") << R"(title:"🚀 !")" << 6 << 6
                                 << "'🚀 !' has no letters or digits to search for";
    QTest::newRow("empty vocabulary") << "workplace:" << 0 << 10 << "expected a value after 'workplace:'";

    QTest::newRow("open parenthesis") << "(rust" << 0 << 1 << "unbalanced parenthesis";
    QTest::newRow("open inner parenthesis") << "(a OR (b)" << 0 << 1 << "unbalanced parenthesis";
    QTest::newRow("lone open parenthesis") << "rust (" << 5 << 1 << "unbalanced parenthesis";
    QTest::newRow("close parenthesis") << "rust)" << 4 << 1 << "unbalanced parenthesis";
    QTest::newRow("close first") << ") rust" << 0 << 1 << "unbalanced parenthesis";
    QTest::newRow("empty parentheses") << "a ( ) b" << 2 << 3 << "empty parentheses";
    QTest::newRow("open quote") << R"(senior "rust eng)" << 7 << 9 << "missing closing quote";
    QTest::newRow("open quoted value") << R"(company:"Acme)" << 8 << 5 << "missing closing quote";
    QTest::newRow("OR at the end") << "rust OR" << 5 << 2 << "expected a term after 'OR'";
    QTest::newRow("OR first") << "OR rust" << 0 << 2 << "expected a term before 'OR'";
    QTest::newRow("AND first") << "AND rust" << 0 << 3 << "expected a term before 'AND'";
    QTest::newRow("AND OR") << "rust AND OR go" << 5 << 3 << "expected a term after 'AND'";
    QTest::newRow("OR OR") << "rust OR OR go" << 5 << 2 << "expected a term after 'OR'";
    QTest::newRow("OR before close") << "(a OR )" << 3 << 2 << "expected a term after 'OR'";
    QTest::newRow("OR after open") << "(OR a)" << 1 << 2 << "expected a term before 'OR'";
    QTest::newRow("NOT alone") << "NOT" << 0 << 3 << "expected a term after 'NOT'";
    QTest::newRow("NOT before close") << "(a NOT)" << 3 << 3 << "expected a term after 'NOT'";
    QTest::newRow("minus before OR") << "-OR x" << 0 << 1 << "expected a term after '-'";
}

void TestSearchParser::rejects()
{
    QFETCH(QString, line);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, message);
    const CompiledSearch compiled = compileSearch(line, fixedContext());
    QVERIFY(!compiled.ok());
    QVERIFY(compiled.filter.isEmpty());
    QCOMPARE(compiled.error->message, message);
    QCOMPARE(compiled.error->position, position);
    QCOMPARE(compiled.error->length, length);
    QVERIFY(compiled.error->position + compiled.error->length <= line.size());
}

void TestSearchParser::blankLineIsNoFilter()
{
    for (const QString &line : {QString(), QStringLiteral("   "), QStringLiteral("\t \n")}) {
        const CompiledSearch compiled = compileSearch(line, fixedContext());
        QVERIFY(compiled.ok());
        QVERIFY(compiled.filter.isEmpty());
        QVERIFY(compiled.filter.values.isEmpty());
    }
    // Words with nothing to search for are ignored: no filter either.
    const CompiledSearch punctuation = compileSearch(QStringLiteral("- & 🚀 ..."), fixedContext());
    QVERIFY(punctuation.ok());
    QVERIFY(punctuation.filter.isEmpty());
}

void TestSearchParser::controlCharactersSeparateWords()
{
    const QString line =
        QStringLiteral("a") + QChar(0) + QStringLiteral("b") + QChar(7) + QStringLiteral("c");
    QCOMPARE(parsed(line), QStringLiteral(R"((AND "a" "b" "c"*))"));
    // Inside quotes they reach the full-text query as spaces, never as a NUL that would end it.
    const CompiledSearch compiled =
        compileSearch(QStringLiteral("\"a") + QChar(0) + QStringLiteral("b\""), fixedContext());
    QVERIFY(compiled.ok());
    QCOMPARE(compiled.filter.values, QVariantList{QStringLiteral("\"a b\"")});
}

void TestSearchParser::helpComesFromTheGrammarTable()
{
    const QList<FieldHelp> help = searchHelp();
    QCOMPARE(help.size(), constructSpecs().size() + fieldSpecs().size());
    QStringList names;
    for (const FieldSpec &spec : fieldSpecs())
        names.append(QLatin1String(spec.name));
    QCOMPARE(fieldNames(), names);
    QVERIFY(names.contains(QStringLiteral("title")));
    QVERIFY(names.contains(QStringLiteral("match")));

    const QString html = searchHelpHtml();
    for (const FieldHelp &row : help) {
        QVERIFY(!row.syntax.isEmpty());
        QVERIFY(!row.description.isEmpty());
        QVERIFY(html.contains(row.syntax.toHtmlEscaped()));
        QVERIFY(html.contains(row.example.toHtmlEscaped()));
    }
    // Vocabulary fields list their keywords, taken from domain/vocabulary.cpp.
    const auto workplace = std::find_if(help.cbegin(), help.cend(), [](const FieldHelp &row) {
        return row.syntax.startsWith(QLatin1String("workplace:"));
    });
    QVERIFY(workplace != help.cend());
    QVERIFY2(workplace->description.contains(QLatin1String("onsite, hybrid, remote")),
             qPrintable(workplace->description));

    // Every example in the help parses.
    for (const FieldHelp &row : help) {
        const CompiledSearch compiled = compileSearch(row.example, fixedContext());
        QVERIFY2(compiled.ok(), qPrintable(row.example));
        QVERIFY2(!compiled.filter.isEmpty(), qPrintable(row.example));
    }
}

void TestSearchParser::docsDescribeEveryField()
{
    QFile file(QStringLiteral(JOBDESK_SOURCE_DIR "/docs/search.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "docs/search.md is missing");
    const QString docs = QString::fromUtf8(file.readAll());
    for (const FieldSpec &spec : fieldSpecs()) {
        const QString row = QStringLiteral("| `%1` |").arg(QString::fromUtf8(spec.syntax));
        QVERIFY2(docs.contains(row), qPrintable(QStringLiteral("docs/search.md lacks the row ") + row));
        QVERIFY2(docs.contains(QString::fromUtf8(spec.example)),
                 qPrintable(QStringLiteral("docs/search.md lacks the example ") + spec.example));
    }
    for (const ConstructSpec &spec : constructSpecs()) {
        const QString row = QStringLiteral("| `%1` |").arg(QString::fromUtf8(spec.syntax));
        QVERIFY2(docs.contains(row), qPrintable(QStringLiteral("docs/search.md lacks the row ") + row));
    }
}

void TestSearchParser::andedWordsBecomeOneMatch()
{
    struct Case
    {
        const char *line;
        const char *match; // the single MATCH string bound
    };
    const Case cases[] = {
        {"senior rust engineer", R"(("senior" AND "rust" AND "engineer"*))"},
        {"senior rust engineer ", R"(("senior" AND "rust" AND "engineer"))"},
        {R"(title:rust company:"Acme Corp" location:zürich )",
         R"((title : "rust" AND company : "Acme Corp" AND location : "zürich"))"},
        {"rust OR go ", R"(("rust" OR "go"))"},
        {"(rust OR go) senior -intern ", R"(((("rust" OR "go") AND "senior") NOT "intern"))"},
        {"rust -intern -junior ", R"(("rust" NOT ("intern" OR "junior")))"},
        {"c++ c# node.js ", R"(("c++" AND "c#" AND "node.js"))"},
        {"rust & - 🚀 ", R"("rust")"},
        {"\"a\"\"b\" ", R"(("a" AND "b"))"},
    };
    for (const Case &c : cases) {
        const CompiledSearch compiled = compileSearch(QString::fromUtf8(c.line), fixedContext());
        QVERIFY2(compiled.ok(), c.line);
        QCOMPARE(compiled.filter.condition.count(QLatin1String("MATCH")), 1);
        QCOMPARE(compiled.filter.values, QVariantList{QString::fromUtf8(c.match)});
    }

    // No user text can hold a '"' inside a phrase, but the quoting would double it.
    QCOMPARE(ftsPhrase(SearchField::Title, QStringLiteral(R"(a"b)"), true),
             QStringLiteral(R"(title : "a""b"*)"));

    // Only negated words: one NOT IN over all of them.
    const CompiledSearch negated =
        compileSearch(QStringLiteral("-intern -junior workplace:remote"), fixedContext());
    QVERIFY(negated.ok());
    QCOMPARE(negated.filter.condition.count(QLatin1String("MATCH")), 1);
    QVERIFY(negated.filter.condition.contains(QLatin1String("NOT (listings.id IN")));
    QCOMPARE(negated.filter.values, (QVariantList{QStringLiteral(R"(("intern" OR "junior"))"), 3}));

    // Words around other terms still share one MATCH; an OR with a non-text term cannot.
    const CompiledSearch mixed =
        compileSearch(QStringLiteral("senior salary>=100k rust workplace:remote"), fixedContext());
    QVERIFY(mixed.ok());
    QCOMPARE(mixed.filter.condition.count(QLatin1String("MATCH")), 1);
    const CompiledSearch either = compileSearch(QStringLiteral("rust OR go OR salary>=100k"), fixedContext());
    QVERIFY(either.ok());
    QCOMPARE(either.filter.condition.count(QLatin1String("MATCH")), 1);
    QCOMPARE(either.filter.values.front(), QVariant(QStringLiteral(R"(("rust" OR "go"))")));
}

void TestSearchParser::negationKeepsUnknownValues()
{
    const CompiledSearch salary = compileSearch(QStringLiteral("-salary>100k"), fixedContext());
    QVERIFY(salary.ok());
    QCOMPARE(salary.filter.condition, QStringLiteral("NOT coalesce(listings.salary_yearly > ?, FALSE)"));
    const CompiledSearch workplace = compileSearch(QStringLiteral("-workplace:remote"), fixedContext());
    QCOMPARE(workplace.filter.condition, QStringLiteral("NOT (listings.workplace = ?)"));
}

void TestSearchParser::prefixOnlyForTheWordBeingTyped()
{
    const auto matchOf = [](const QString &line, bool prefix) {
        CompileContext context = fixedContext();
        context.prefixLastWord = prefix;
        return compileSearch(line, context).filter.values.value(0).toString();
    };
    QCOMPARE(matchOf(QStringLiteral("eng"), true), QStringLiteral(R"("eng"*)"));
    QCOMPARE(matchOf(QStringLiteral("eng"), false), QStringLiteral(R"("eng")"));
    QCOMPARE(matchOf(QStringLiteral("eng "), true), QStringLiteral(R"("eng")"));
    QCOMPARE(matchOf(QStringLiteral("\"eng\""), true), QStringLiteral(R"("eng")"));
    QCOMPARE(matchOf(QStringLiteral("title:eng"), true), QStringLiteral(R"(title : "eng"*)"));
    QCOMPARE(matchOf(QStringLiteral("(eng)"), true), QStringLiteral(R"("eng")"));
    // One letter would read every token starting with it: searched whole until the second letter.
    QCOMPARE(matchOf(QStringLiteral("r"), true), QStringLiteral(R"("r")"));
    QCOMPARE(matchOf(QStringLiteral("rust."), true), QStringLiteral(R"("rust.")"));
    QCOMPARE(matchOf(QStringLiteral("node.js"), true), QStringLiteral(R"("node.js"*)"));
}

void TestSearchParser::compilesQuickly()
{
    const QString line = QStringLiteral(
        R"(senior (rust OR go OR "c++") -intern company:"Acme Corp" salary>=150k posted<7d workplace:remote )"
        R"(-status:rejected rating>=3 tag:shortlist skill:kubernetes)");
    const CompileContext context = fixedContext();
    constexpr int runs = 2000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        QVERIFY(compileSearch(line, context).ok());
    const double microseconds = double(timer.nsecsElapsed()) / 1000.0 / runs;
    qInfo("compileSearch of a %d-character line: %.1f µs", int(line.size()), microseconds);
    QVERIFY2(microseconds < 2000, "compiling must stay far below a keystroke");
}

void TestSearchParser::survivesHugeLines()
{
    // Deep nesting is refused before it can exhaust the stack (or SQLite's expression depth).
    const QString nested = QString(5000, u'(') + QStringLiteral("rust") + QString(5000, u')');
    const CompiledSearch deep = compileSearch(nested, fixedContext());
    QVERIFY(!deep.ok());
    QCOMPARE(deep.error->message, QStringLiteral("too deeply nested"));
    const CompiledSearch negations =
        compileSearch(QString(5000, u'-') + QStringLiteral("rust"), fixedContext());
    QVERIFY(!negations.ok());
    QCOMPARE(negations.error->message, QStringLiteral("too deeply nested"));
    const CompiledSearch fine =
        compileSearch(QString(20, u'(') + QStringLiteral("rust") + QString(20, u')'), fixedContext());
    QVERIFY(fine.ok());

    // Long flat lines are fine: AND-ed words share one MATCH.
    QStringList words;
    for (int i = 0; i < 5000; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    const CompiledSearch flat = compileSearch(words.join(u' '), fixedContext());
    QVERIFY(flat.ok());
    QCOMPARE(flat.filter.values.size(), 1);
}

QTEST_GUILESS_MAIN(TestSearchParser)
#include "tst_searchparser.moc"
