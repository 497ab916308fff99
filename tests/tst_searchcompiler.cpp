// The compiled search against real libraries: for every construct, the listings the compiled
// condition returns equal those of a hand-written query: plain SQL for fields, and for full-text
// terms a reference matcher in C++ over the listings' text (whole words, phrases, prefixes) that does
// not use the FTS index. Filled from the bundled samples (plus annotations, tags and skills written
// here) and from the real files under ../shared/data/listings. Hostile strings in every field run
// without SQL errors and leave the library intact.
#include "testsupport.h"

#include "import/importer.h"
#include "samples/samplelibrary.h"
#include "search/searchquery.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace jobdesk;
using namespace jobdesk::search;

namespace {

using Ids = QList<qint64>;

// One listing's searchable text, folded the way the unicode61 tokenizer folds it (case, accents) and
// reduced to its tokens separated by single spaces, with a space at each end: " senior c++ engineer ".
struct Document
{
    qint64 id = 0;
    QString title;
    QString company;
    QString location;
    QString description;

    QString all() const { return title + company + location + description; }
};

} // namespace

class TestSearchCompiler : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_sampleDir;
    std::unique_ptr<test::TempLibrary> m_realDir;
    std::unique_ptr<Database> m_samples;
    std::unique_ptr<Database> m_real;
    QList<Document> m_sampleDocuments;
    QList<Document> m_realDocuments;
    CompileContext m_sampleContext;
    CompileContext m_realContext;
    Ids m_kubernetes; // the sample listings given the skill Kubernetes

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullTextOnSamples();
    void fieldsOnSamples();
    void userDataOnSamples();
    void combinationsOnSamples();
    void realListings();
    void hostileTextIsHarmless();
    void longLinesRun();
};

namespace {

bool isTokenCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || c == U'+' || c == U'#';
}

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString tokens = QStringLiteral(" ");
    for (const char32_t c : decomposed.toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing)
            continue;
        if (isTokenCharacter(c))
            tokens += QString::fromUcs4(&c, 1);
        else if (!tokens.endsWith(u' '))
            tokens += u' ';
    }
    if (!tokens.endsWith(u' '))
        tokens += u' ';
    return tokens;
}

// Whether the folded text holds the words of `phrase` next to each other; with `prefix`, the last
// one may continue.
bool contains(const QString &folded, const QString &phrase, bool prefix = false)
{
    QString needle = fold(phrase);
    if (prefix)
        needle.chop(1);
    return folded.contains(needle);
}

QList<Document> loadDocuments(const Database &db)
{
    QList<Document> documents;
    QSqlQuery rows = sql::run(
        db.connection(), QStringLiteral("SELECT listings.id, title, company, location, "
                                        "coalesce(listing_text.description, '') FROM listings "
                                        "LEFT JOIN listing_text ON listing_text.listing_id = listings.id "
                                        "ORDER BY listings.id"));
    while (rows.next()) {
        documents.append({rows.value(0).toLongLong(), fold(rows.value(1).toString()),
                          fold(rows.value(2).toString()), fold(rows.value(3).toString()),
                          fold(rows.value(4).toString())});
    }
    return documents;
}

Ids where(const QList<Document> &documents, const std::function<bool(const Document &)> &matches)
{
    Ids ids;
    for (const Document &document : documents) {
        if (matches(document))
            ids.append(document.id);
    }
    return ids;
}

const QString fromJoins = QStringLiteral(" FROM listings"
                                         " LEFT JOIN annotations ON annotations.listing_id = listings.id"
                                         " LEFT JOIN stages ON stages.id = annotations.stage_id");

Ids select(const Database &db, const QString &condition, const QVariantList &values = {})
{
    QSqlQuery rows = sql::run(db.connection(),
                              QStringLiteral("SELECT listings.id") + fromJoins +
                                  (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition) +
                                  QStringLiteral(" ORDER BY listings.id"),
                              values);
    Ids ids;
    while (rows.next())
        ids.append(rows.value(0).toLongLong());
    return ids;
}

Ids intersect(const Ids &a, const Ids &b)
{
    Ids both;
    for (qint64 id : a) {
        if (b.contains(id))
            both.append(id);
    }
    return both;
}

qint64 count(const Database &db, const QString &table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

// The search's ids; fails the test (and returns nothing) when the line does not compile.
Ids search(const Database &db, const QString &line, const CompileContext &context)
{
    const CompiledSearch compiled = compileSearch(line, context);
    if (!compiled.ok()) {
        QTest::qFail(
            qPrintable(QStringLiteral("'%1' does not compile: %2").arg(line, compiled.error->message)),
            __FILE__, __LINE__);
        return {};
    }
    return select(db, compiled.filter.condition, compiled.filter.values);
}

// The search and the hand-written answer agree, and (unless `mayBeEmpty`) find something, so the
// comparison cannot pass vacuously.
void expectSame(const Database &db, const QString &line, const CompileContext &context, const Ids &expected,
                bool mayBeEmpty = false)
{
    const Ids actual = search(db, line, context);
    if (QTest::currentTestFailed())
        return;
    if (!mayBeEmpty && expected.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("'%1': the expected answer is empty").arg(line)), __FILE__,
                     __LINE__);
    if (actual != expected) {
        QTest::qFail(qPrintable(QStringLiteral("'%1': %2 listings, expected %3")
                                    .arg(line)
                                    .arg(actual.size())
                                    .arg(expected.size())),
                     __FILE__, __LINE__);
    }
}

} // namespace

void TestSearchCompiler::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sampleDir = std::make_unique<test::TempLibrary>();
    m_samples = m_sampleDir->open();
    const ImportReport samples = samples::load(*m_samples);
    QCOMPARE(samples.failed, 0);
    QVERIFY(samples.inserted > 300);
    m_sampleDocuments = loadDocuments(*m_samples);
    // Ages count back from a fixed time: just after the newest sample.
    m_sampleContext.now = QDateTime::fromSecsSinceEpoch(
        sql::scalar(m_samples->connection(), QStringLiteral("SELECT max(posted_at) FROM listings"))
                .toLongLong() +
            3600,
        QTimeZone::UTC);
    m_sampleContext.prefixLastWord = false;
    m_sampleContext.dialect = &m_samples->dialect();

    // The user's own data, which an import never writes.
    const QSqlDatabase db = m_samples->connection();
    const auto run = [&db](const char *statement, std::initializer_list<QVariant> values = {}) {
        sql::run(db, QString::fromUtf8(statement), values);
    };
    run("INSERT INTO tags (name) VALUES ('shortlist'), ('Remote-first'), ('100%_sure')");
    run("INSERT INTO listing_tags (listing_id, tag_id) SELECT 1, id FROM tags WHERE name = 'shortlist'");
    run("INSERT INTO listing_tags (listing_id, tag_id) SELECT 2, id FROM tags WHERE name = 'shortlist'");
    run("INSERT INTO listing_tags (listing_id, tag_id) SELECT 3, id FROM tags WHERE name = 'shortlist'");
    run("INSERT INTO listing_tags (listing_id, tag_id) SELECT 3, id FROM tags WHERE name = 'Remote-first'");
    run("INSERT INTO listing_tags (listing_id, tag_id) SELECT 4, id FROM tags WHERE name = 'Remote-first'");
    const char *annotate = "INSERT INTO annotations (listing_id, stage_id, rating, updated_at) "
                           "VALUES (?, (SELECT id FROM stages WHERE name = ?), ?, 0)";
    run(annotate, {1, QStringLiteral("Applied"), 5});
    run(annotate, {2, QStringLiteral("Rejected"), 2});
    run(annotate, {3, QVariant(), 4}); // annotated, but no stage: New
    run(annotate, {5, QStringLiteral("New"), 0});
    run(annotate, {6, QStringLiteral("Interviewing"), 3});
    // The import extracted skills with the shipped dictionary; this test sets its own, known ones.
    run("DELETE FROM listing_skills");
    run("INSERT INTO skills (name) VALUES ('Kubernetes'), ('PostgreSQL') ON CONFLICT DO NOTHING");
    run("INSERT INTO skill_aliases (alias, skill_id) SELECT 'k8s', id FROM skills WHERE name = "
        "'Kubernetes' ON CONFLICT DO NOTHING");
    run("INSERT INTO skill_aliases (alias, skill_id) SELECT 'kube', id FROM skills WHERE name = "
        "'Kubernetes' ON CONFLICT DO NOTHING");
    m_kubernetes =
        where(m_sampleDocuments, [](const Document &d) { return contains(d.description, "kubernetes"); });
    QVERIFY(m_kubernetes.size() > 10);
    for (const qint64 id : std::as_const(m_kubernetes)) {
        run("INSERT INTO listing_skills (listing_id, skill_id) "
            "SELECT ?, id FROM skills WHERE name = 'Kubernetes'",
            {id});
    }

    // The real files (a few seconds), once.
    m_realDir = std::make_unique<test::TempLibrary>();
    m_real = m_realDir->open();
    ImportOptions options;
    options.now = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::UTC);
    const ImportReport real =
        Importer(*m_real).importPaths({test::sharedData(QStringLiteral("listings"))}, options);
    QVERIFY2(real.inserted > 5000, qPrintable(real.summary()));
    m_realDocuments = loadDocuments(*m_real);
    m_realContext.now = options.now;
    m_realContext.prefixLastWord = false;
    m_realContext.dialect = &m_real->dialect();
}

void TestSearchCompiler::cleanupTestCase()
{
    m_samples.reset();
    m_real.reset();
    m_sampleDir.reset();
    m_realDir.reset();
}

void TestSearchCompiler::fullTextOnSamples()
{
    const Database &db = *m_samples;
    const QList<Document> &docs = m_sampleDocuments;
    const CompileContext &context = m_sampleContext;
    const auto anywhere = [&docs](const char *phrase, bool prefix = false) {
        return where(docs, [&](const Document &d) { return contains(d.all(), phrase, prefix); });
    };
    // d.all() joins the folded columns, each ending and starting with a space, so a phrase cannot
    // run from one column into the next: "  " separates them.

    expectSame(db, QStringLiteral("engineer"), context, anywhere("engineer"));
    expectSame(db, QStringLiteral("Engineer"), context, anywhere("engineer"));
    expectSame(db, QStringLiteral("rust"), context, anywhere("rust"));
    expectSame(db, QStringLiteral("c++"), context, anywhere("c++"));
    expectSame(db, QStringLiteral("c#"), context, anywhere("c#"));
    expectSame(db, QStringLiteral("node.js"), context, anywhere("node.js"));
    expectSame(db, QStringLiteral("\"software engineer\""), context, anywhere("software engineer"));
    expectSame(db, QStringLiteral("senior rust"), context, intersect(anywhere("senior"), anywhere("rust")));
    expectSame(db, QStringLiteral("senior AND rust"), context,
               intersect(anywhere("senior"), anywhere("rust")));
    expectSame(db, QStringLiteral("rust OR python"), context, where(docs, [](const Document &d) {
                   return contains(d.all(), "rust") || contains(d.all(), "python");
               }));
    expectSame(db, QStringLiteral("engineer -senior"), context, where(docs, [](const Document &d) {
                   return contains(d.all(), "engineer") && !contains(d.all(), "senior");
               }));
    expectSame(db, QStringLiteral("-kubernetes"), context,
               where(docs, [](const Document &d) { return !contains(d.all(), "kubernetes"); }));
    expectSame(db, QStringLiteral("-kubernetes -python"), context, where(docs, [](const Document &d) {
                   return !contains(d.all(), "kubernetes") && !contains(d.all(), "python");
               }));
    expectSame(db, QStringLiteral("NOT (rust OR python)"), context, where(docs, [](const Document &d) {
                   return !contains(d.all(), "rust") && !contains(d.all(), "python");
               }));

    // Columns.
    expectSame(db, QStringLiteral("title:engineer"), context,
               where(docs, [](const Document &d) { return contains(d.title, "engineer"); }));
    expectSame(db, QStringLiteral("-title:engineer"), context,
               where(docs, [](const Document &d) { return !contains(d.title, "engineer"); }));
    expectSame(db, QStringLiteral("title:\"software engineer\""), context,
               where(docs, [](const Document &d) { return contains(d.title, "software engineer"); }));
    expectSame(db, QStringLiteral("company:\"Cedarline Clinics\""), context,
               where(docs, [](const Document &d) { return contains(d.company, "cedarline clinics"); }));
    // Accents folded both ways.
    expectSame(db, QStringLiteral("company:lumiere"), context,
               where(docs, [](const Document &d) { return contains(d.company, "lumiere"); }));
    expectSame(db, QStringLiteral("company:Żuraw"), context,
               where(docs, [](const Document &d) { return contains(d.company, "zuraw"); }));
    expectSame(db, QStringLiteral("location:berlin"), context,
               where(docs, [](const Document &d) { return contains(d.location, "berlin"); }));
    expectSame(db, QStringLiteral("title:engineer OR company:lumiere"), context,
               where(docs, [](const Document &d) {
                   return contains(d.title, "engineer") || contains(d.company, "lumiere");
               }));

    // Prefix while typing.
    CompileContext typing = context;
    typing.prefixLastWord = true;
    expectSame(db, QStringLiteral("senior engin"), typing,
               intersect(anywhere("senior"), anywhere("engin", true)));
    expectSame(db, QStringLiteral("senior engin "), typing, intersect(anywhere("senior"), anywhere("engin")),
               true);
    expectSame(db, QStringLiteral("title:kub"), typing,
               where(docs, [](const Document &d) { return contains(d.title, "kub", true); }), true);
    expectSame(db, QStringLiteral("title:dev"), typing,
               where(docs, [](const Document &d) { return contains(d.title, "dev", true); }));

    // Punctuation alone is ignored, not an FTS5 syntax error.
    expectSame(db, QStringLiteral("rust & - ..."), context, anywhere("rust"));
    expectSame(db, QStringLiteral("rust OR &"), context, anywhere("rust"));
    expectSame(db, QStringLiteral("&"), context, select(db, {}));
}

void TestSearchCompiler::fieldsOnSamples()
{
    const Database &db = *m_samples;
    const CompileContext &context = m_sampleContext;
    const qint64 now = context.now.toSecsSinceEpoch();
    const qint64 day = 86400;
    const auto sql = [&db](const char *condition, const QVariantList &values = {}) {
        return select(db, QString::fromUtf8(condition), values);
    };
    QVERIFY2(!sql("listings.salary_yearly IS NULL").isEmpty(), "the samples need listings without a salary");

    expectSame(db, QStringLiteral("salary>=150k"), context, sql("listings.salary_yearly >= 150000"));
    expectSame(db, QStringLiteral("salary>=150,000"), context, sql("listings.salary_yearly >= 150000"));
    expectSame(db, QStringLiteral("salary<80000"), context, sql("listings.salary_yearly < 80000"));
    expectSame(db, QStringLiteral("salary>80k salary<=0.1m"), context,
               sql("listings.salary_yearly > 80000 AND listings.salary_yearly <= 100000"));
    expectSame(db, QStringLiteral("-salary>100k"), context,
               sql("listings.salary_yearly IS NULL OR listings.salary_yearly <= 100000"));
    expectSame(db, QStringLiteral("NOT salary<=100k"), context,
               sql("listings.salary_yearly IS NULL OR listings.salary_yearly > 100000"));

    expectSame(db, QStringLiteral("posted<7d"), context, sql("listings.posted_at > ?", {now - 7 * day}));
    expectSame(db, QStringLiteral("posted<=2w"), context, sql("listings.posted_at >= ?", {now - 14 * day}));
    expectSame(db, QStringLiteral("posted:2w"), context, sql("listings.posted_at >= ?", {now - 14 * day}));
    expectSame(db, QStringLiteral("posted>1m"), context, sql("listings.posted_at < ?", {now - 30 * day}));
    expectSame(db, QStringLiteral("posted>=48h"), context, sql("listings.posted_at <= ?", {now - 2 * day}));
    expectSame(db, QStringLiteral("-posted<7d"), context,
               sql("listings.posted_at IS NULL OR listings.posted_at <= ?", {now - 7 * day}));
    const auto utc = [](int y, int m, int d) {
        return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch();
    };
    expectSame(db, QStringLiteral("posted>2026-10-01"), context,
               sql("listings.posted_at >= ?", {utc(2026, 10, 2)}));
    expectSame(db, QStringLiteral("posted>=2026-10-01"), context,
               sql("listings.posted_at >= ?", {utc(2026, 10, 1)}));
    expectSame(db, QStringLiteral("posted<2026-09"), context,
               sql("listings.posted_at < ?", {utc(2026, 9, 1)}));
    expectSame(db, QStringLiteral("posted<=2026-09"), context,
               sql("listings.posted_at < ?", {utc(2026, 10, 1)}));
    expectSame(
        db, QStringLiteral("posted=2026-09"), context,
        sql("listings.posted_at >= ? AND listings.posted_at < ?", {utc(2026, 9, 1), utc(2026, 10, 1)}));
    expectSame(
        db, QStringLiteral("posted:2026-11-20"), context,
        sql("listings.posted_at >= ? AND listings.posted_at < ?", {utc(2026, 11, 20), utc(2026, 11, 21)}));
    expectSame(db, QStringLiteral("-posted=2026-09"), context,
               sql("listings.posted_at IS NULL OR listings.posted_at < ? OR listings.posted_at >= ?",
                   {utc(2026, 9, 1), utc(2026, 10, 1)}));
    expectSame(db, QStringLiteral("posted>=2026"), context,
               sql("listings.posted_at >= ?", {utc(2026, 1, 1)}));

    expectSame(db, QStringLiteral("workplace:remote"), context, sql("listings.workplace = 3"));
    expectSame(db, QStringLiteral("workplace:on-site"), context, sql("listings.workplace = 1"));
    expectSame(db, QStringLiteral("workplace:hybrid OR workplace:onsite"), context,
               sql("listings.workplace IN (1, 2)"));
    expectSame(db, QStringLiteral("-workplace:remote"), context, sql("listings.workplace <> 3"));
    expectSame(db, QStringLiteral("type:fulltime"), context, sql("listings.employment_type = 1"));
    expectSame(db, QStringLiteral("type:contract"), context, sql("listings.employment_type = 3"));
    expectSame(db, QStringLiteral("type:internship"), context, sql("listings.employment_type = 5"));
    expectSame(db, QStringLiteral("seniority:senior"), context, sql("listings.seniority = 4"));
    expectSame(db, QStringLiteral("seniority:lead"), context, sql("listings.seniority = 7"));

    expectSame(db, QStringLiteral("source:jobdesk"), context,
               sql("lower(substr(listings.source, 1, 7)) = 'jobdesk'"));
    expectSame(db, QStringLiteral("source:\"Jobdesk sample\""), context,
               sql("listings.source = 'Jobdesk sample library'"));
    // LIKE's wildcards are escaped: they match only themselves.
    expectSame(db, QStringLiteral("source:%"), context, {}, true);
    expectSame(db, QStringLiteral("source:Jobdesk_sample"), context, {}, true);
    expectSame(db, QStringLiteral("source:remotive"), context, {}, true);

    CompileContext scored = context;
    scored.matchExpression = QStringLiteral("listings.id % 100");
    expectSame(db, QStringLiteral("match>=70"), scored, sql("listings.id % 100 >= 70"));
    expectSame(db, QStringLiteral("match<10%"), scored, sql("listings.id % 100 < 10"));
    // Without a match expression nothing has a score: nothing matches, and its negation everything.
    expectSame(db, QStringLiteral("match>=70"), context, {}, true);
    expectSame(db, QStringLiteral("-match>=70"), context, sql(""));
}

void TestSearchCompiler::userDataOnSamples()
{
    const Database &db = *m_samples;
    const CompileContext &context = m_sampleContext;
    const Ids all = select(db, {});
    const auto except = [&all](const Ids &ids) {
        Ids rest = all;
        for (qint64 id : ids)
            rest.removeOne(id);
        return rest;
    };

    expectSame(db, QStringLiteral("tag:shortlist"), context, {1, 2, 3});
    expectSame(db, QStringLiteral("tag:SHORTLIST"), context, {1, 2, 3});
    expectSame(db, QStringLiteral("tag:remote-first"), context, {3, 4});
    expectSame(db, QStringLiteral("tag:\"Remote-first\" tag:shortlist"), context, {3});
    expectSame(db, QStringLiteral("tag:shortlist OR tag:Remote-first"), context, {1, 2, 3, 4});
    expectSame(db, QStringLiteral("-tag:shortlist"), context, except({1, 2, 3}));
    expectSame(db, QStringLiteral("tag:100%_sure"), context, {}, true);
    expectSame(db, QStringLiteral("tag:nothing"), context, {}, true);

    expectSame(db, QStringLiteral("status:applied"), context, {1});
    expectSame(db, QStringLiteral("status:Applied OR status:interviewing"), context, {1, 6});
    expectSame(db, QStringLiteral("status:new"), context, except({1, 2, 6}));
    expectSame(db, QStringLiteral("-status:new"), context, {1, 2, 6});
    expectSame(db, QStringLiteral("-status:rejected"), context, except({2}));
    expectSame(db, QStringLiteral("status:\"no such stage\""), context, {}, true);

    expectSame(db, QStringLiteral("rating>=4"), context, {1, 3});
    expectSame(db, QStringLiteral("rating=0"), context, except({1, 2, 3, 6}));
    expectSame(db, QStringLiteral("rating:3"), context, {6});
    expectSame(db, QStringLiteral("-rating>=4"), context, except({1, 3}));

    expectSame(db, QStringLiteral("skill:kubernetes"), context, m_kubernetes);
    expectSame(db, QStringLiteral("skill:Kubernetes"), context, m_kubernetes);
    expectSame(db, QStringLiteral("skill:k8s"), context, m_kubernetes);
    expectSame(db, QStringLiteral("skill:KUBE"), context, m_kubernetes);
    expectSame(db, QStringLiteral("-skill:k8s"), context, except(m_kubernetes));
    expectSame(db, QStringLiteral("skill:postgresql"), context, {}, true);
    expectSame(db, QStringLiteral("skill:kub"), context, {}, true);
}

void TestSearchCompiler::combinationsOnSamples()
{
    const Database &db = *m_samples;
    const CompileContext &context = m_sampleContext;
    const QList<Document> &docs = m_sampleDocuments;
    const qint64 now = context.now.toSecsSinceEpoch();
    const auto sql = [&db](const char *condition, const QVariantList &values = {}) {
        return select(db, QString::fromUtf8(condition), values);
    };
    const auto text = [&docs](const char *phrase) {
        return where(docs, [&](const Document &d) { return contains(d.all(), phrase); });
    };

    expectSame(db, QStringLiteral("(workplace:remote OR workplace:hybrid) salary>=100k -type:contract"),
               context,
               sql("listings.workplace IN (2, 3) AND listings.salary_yearly >= 100000 "
                   "AND listings.employment_type <> 3"));
    expectSame(db, QStringLiteral("workplace:remote OR rating>=4"), context,
               sql("listings.workplace = 3 OR coalesce(annotations.rating, 0) >= 4"));
    expectSame(
        db, QStringLiteral("workplace:remote OR salary>=150k AND type:contract"), context,
        sql("listings.workplace = 3 OR (listings.salary_yearly >= 150000 AND listings.employment_type = 3)"));
    expectSame(db, QStringLiteral("NOT (salary>=150k OR posted<30d)"), context,
               sql("NOT ((listings.salary_yearly IS NOT NULL AND listings.salary_yearly >= 150000) OR "
                   "(listings.posted_at IS NOT NULL AND listings.posted_at > ?))",
                   {now - 30 * 86400}));
    expectSame(db, QStringLiteral("NOT NOT salary>=150k"), context, sql("listings.salary_yearly >= 150000"));
    expectSame(db, QStringLiteral("-(workplace:remote -salary<100k)"), context,
               sql("NOT (listings.workplace = 3 AND "
                   "(listings.salary_yearly IS NULL OR listings.salary_yearly >= 100000))"));

    // Full text mixed with fields: the MATCH and the SQL parts combine.
    expectSame(db, QStringLiteral("engineer workplace:remote"), context,
               intersect(text("engineer"), sql("listings.workplace = 3")));
    expectSame(db, QStringLiteral("engineer -senior salary>=100k"), context,
               intersect(where(docs,
                               [](const Document &d) {
                                   return contains(d.all(), "engineer") && !contains(d.all(), "senior");
                               }),
                         sql("listings.salary_yearly >= 100000")));
    expectSame(db, QStringLiteral("-intern -junior workplace:remote"), context,
               intersect(where(docs,
                               [](const Document &d) {
                                   return !contains(d.all(), "intern") && !contains(d.all(), "junior");
                               }),
                         sql("listings.workplace = 3")));
    Ids either = text("rust");
    for (qint64 id : sql("listings.workplace = 3")) {
        if (!either.contains(id))
            either.append(id);
    }
    std::sort(either.begin(), either.end());
    expectSame(db, QStringLiteral("rust OR workplace:remote"), context, either);
    expectSame(db,
               QStringLiteral("(title:engineer OR title:developer) (tag:shortlist OR status:interviewing)"),
               context, where(docs, [](const Document &d) {
                   return (contains(d.title, "engineer") || contains(d.title, "developer")) &&
                          (d.id == 1 || d.id == 2 || d.id == 3 || d.id == 6);
               }));
}

void TestSearchCompiler::realListings()
{
    const Database &db = *m_real;
    const CompileContext &context = m_realContext;
    const QList<Document> &docs = m_realDocuments;
    const qint64 now = context.now.toSecsSinceEpoch();
    const auto sql = [&db](const char *condition, const QVariantList &values = {}) {
        return select(db, QString::fromUtf8(condition), values);
    };
    const auto text = [&docs](const char *phrase) {
        return where(docs, [&](const Document &d) { return contains(d.all(), phrase); });
    };

    expectSame(db, QStringLiteral("data scientist"), context, intersect(text("data"), text("scientist")));
    expectSame(db, QStringLiteral("\"data scientist\""), context, text("data scientist"));
    expectSame(db, QStringLiteral("title:\"data analyst\""), context,
               where(docs, [](const Document &d) { return contains(d.title, "data analyst"); }));
    expectSame(db, QStringLiteral("python -sql"), context, where(docs, [](const Document &d) {
                   return contains(d.all(), "python") && !contains(d.all(), "sql");
               }));
    expectSame(db, QStringLiteral("c++ OR c#"), context, where(docs, [](const Document &d) {
                   return contains(d.all(), "c++") || contains(d.all(), "c#");
               }));
    expectSame(db, QStringLiteral("node.js"), context, text("node.js"));
    expectSame(db, QStringLiteral("location:\"san francisco\""), context,
               where(docs, [](const Document &d) { return contains(d.location, "san francisco"); }));
    expectSame(db, QStringLiteral("company:google"), context,
               where(docs, [](const Document &d) { return contains(d.company, "google"); }));

    expectSame(db, QStringLiteral("salary>=100k"), context, sql("listings.salary_yearly >= 100000"));
    expectSame(db, QStringLiteral("salary<50k"), context, sql("listings.salary_yearly < 50000"));
    expectSame(db, QStringLiteral("-salary>=100k"), context,
               sql("listings.salary_yearly IS NULL OR listings.salary_yearly < 100000"));
    expectSame(db, QStringLiteral("posted<1y"), context, sql("listings.posted_at > ?", {now - 365 * 86400}));
    expectSame(db, QStringLiteral("posted>2025-06-30"), context,
               sql("listings.posted_at >= ?",
                   {QDateTime(QDate(2025, 7, 1), QTime(0, 0), QTimeZone::UTC).toSecsSinceEpoch()}));
    expectSame(db, QStringLiteral("workplace:remote"), context, sql("listings.workplace = 3"));
    expectSame(db, QStringLiteral("seniority:senior"), context, sql("listings.seniority = 4"));
    // The Jobicy records name their board; most files name none.
    expectSame(db, QStringLiteral("source:jobicy"), context, sql("lower(listings.source) = 'jobicy'"));
    expectSame(db, QStringLiteral("source:JOB"), context, sql("lower(listings.source) LIKE 'job%'"));
    expectSame(db, QStringLiteral("(python OR java) salary>=100k -title:intern"), context,
               intersect(where(docs,
                               [](const Document &d) {
                                   return (contains(d.all(), "python") || contains(d.all(), "java")) &&
                                          !contains(d.title, "intern");
                               }),
                         sql("listings.salary_yearly >= 100000")));

    // How long the table's count takes with a typical line, for the report.
    const CompiledSearch compiled =
        compileSearch(QStringLiteral("data (python OR sql) -intern salary>=50k posted<2y"), context);
    QVERIFY(compiled.ok());
    QElapsedTimer timer;
    timer.start();
    QSqlQuery counted = sql::run(db.connection(),
                                 QStringLiteral("SELECT count(*)") + fromJoins + QStringLiteral(" WHERE ") +
                                     compiled.filter.condition,
                                 compiled.filter.values);
    QVERIFY(counted.next());
    qInfo("%lld of %lld real listings in %lld ms", counted.value(0).toLongLong(),
          count(db, QStringLiteral("listings")), timer.elapsed());
}

void TestSearchCompiler::hostileTextIsHarmless()
{
    const Database &db = *m_samples;
    const qint64 listings = count(db, QStringLiteral("listings"));
    const QStringList tablesBefore = db.dialect().schemaDescription(db.connection());
    const QStringList hostile{
        QStringLiteral("'; DROP TABLE listings; --"),
        QStringLiteral("\" OR 1=1 --"),
        QStringLiteral(") OR (1=1"),
        QStringLiteral("' OR '1'='1"),
        QStringLiteral("\\"),
        QStringLiteral("a\\%b"),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("%_%"),
        QStringLiteral("NEAR(a b)"),
        QStringLiteral("title:x*"),
        QStringLiteral("^start"),
        QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
        QStringLiteral("🚀💥"),
        QStringLiteral("Robert'); DELETE FROM annotations;--"),
        QStringLiteral("?"),
        QStringLiteral("?1 :name @x $y"),
    };
    QStringList prefixes{QString()};
    for (const QString &name : fieldNames())
        prefixes.append(name + u':');
    CompileContext context = m_sampleContext;
    context.prefixLastWord = true;
    int ran = 0;
    for (const QString &prefix : std::as_const(prefixes)) {
        for (const QString &text : hostile) {
            QString quoted = text;
            quoted.remove(u'"');
            const QStringList lines{QString(prefix + text),
                                    QString(prefix + QLatin1Char('"') + quoted + QLatin1Char('"')),
                                    QString(QLatin1Char('-') + prefix + text)};
            for (const QString &line : lines) {
                const CompiledSearch compiled = compileSearch(line, context);
                if (!compiled.ok()) {
                    QVERIFY(compiled.error->position >= 0);
                    QVERIFY(compiled.error->position + compiled.error->length <= line.size());
                    continue;
                }
                // Nothing the user types is SQL: a filter's only text is ours, with placeholders.
                QVERIFY2(!compiled.filter.condition.contains(QLatin1String("DROP")), qPrintable(line));
                QVERIFY2(!compiled.filter.condition.contains(QLatin1String("1=1")), qPrintable(line));
                Ids ids;
                try {
                    ids = select(db, compiled.filter.condition, compiled.filter.values);
                } catch (const StoreError &error) {
                    QFAIL(qPrintable(line + QStringLiteral(": ") + QString::fromUtf8(error.what())));
                }
                ++ran;
                if (compiled.filter.isEmpty()) {
                    // Only a free word with nothing to search for is dropped.
                    QVERIFY2(prefix.isEmpty(), qPrintable(line));
                    continue;
                }
                if (!line.startsWith(u'-'))
                    QVERIFY2(ids.size() < listings, qPrintable(line));
            }
        }
    }
    QVERIFY(ran > 100);
    QCOMPARE(count(db, QStringLiteral("listings")), listings);
    QCOMPARE(count(db, QStringLiteral("annotations")), 5);
    QCOMPARE(db.dialect().schemaDescription(db.connection()), tablesBefore);
}

void TestSearchCompiler::longLinesRun()
{
    const Database &db = *m_samples;
    // Thousands of words share one MATCH; thousands of other terms stay within SQLite's expression depth.
    QStringList words;
    for (int i = 0; i < 3000; ++i)
        words.append(i % 2 ? QStringLiteral("engineer") : QStringLiteral("-zzz%1").arg(i));
    expectSame(db, words.join(u' '), m_sampleContext,
               where(m_sampleDocuments, [](const Document &d) { return contains(d.all(), "engineer"); }));
    QStringList terms;
    for (int i = 0; i < 1500; ++i)
        terms.append(i % 3 ? QStringLiteral("salary>%1k").arg(1000 + i) : QStringLiteral("workplace:remote"));
    expectSame(db, terms.join(QStringLiteral(" OR ")), m_sampleContext,
               select(db, QStringLiteral("listings.workplace = 3 OR listings.salary_yearly > 1001000")));
}

QTEST_GUILESS_MAIN(TestSearchCompiler)
#include "tst_searchcompiler.moc"
