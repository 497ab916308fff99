// Completion of the search line against a real library (the bundled samples plus tags, skills and a
// few awkward company names): field names at a term's start, the library's values after a field, the
// vocabulary keywords, quoting, LIKE escaping and the limit.
#include "testsupport.h"

#include "samples/samplelibrary.h"
#include "search/searchcompletions.h"
#include "search/searchquery.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"

#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::search;

class TestSearchCompletions : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fieldNamesAtATermStart();
    void valuesAfterAField();
    void vocabularyKeywords();
    void quotesValuesWithSpaces();
    void escapesLikeWildcards();
    void respectsTheLimit();
    void companiesReadTheIndex();
};

namespace {

using Completion = SearchCompletions::Completion;

QStringList texts(const QList<Completion> &completions)
{
    QStringList list;
    for (const Completion &completion : completions)
        list.append(completion.text);
    return list;
}

// The line after applying `completion`.
QString applied(const QString &line, const Completion &completion)
{
    QString result = line;
    return result.replace(completion.replaceFrom, completion.replaceLength, completion.insert);
}

} // namespace

void TestSearchCompletions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<test::TempLibrary>();
    m_db = m_dir->open();
    QVERIFY(samples::load(*m_db).inserted > 300);
    ListingRepository repository(*m_db);
    int n = 1000;
    for (const char *company : {"100% Pure_Co", "100 Percent Co", "back\\slash Ltd", "Quote\"Corp"}) {
        Listing listing = test::makeListing(n++);
        listing.company = QString::fromUtf8(company);
        repository.upsert(listing, QDateTime::currentDateTimeUtc());
    }
    const QSqlDatabase db = m_db->connection();
    sql::run(db,
             QStringLiteral("INSERT INTO tags (name) VALUES ('shortlist'), ('short term'), ('dream job')"));
    sql::run(db, QStringLiteral("INSERT INTO skills (name) VALUES ('Kubernetes'), ('Kotlin'), ('PostgreSQL') "
                                "ON CONFLICT DO NOTHING"));
    sql::run(db,
             QStringLiteral("INSERT INTO skill_aliases (alias, skill_id) "
                            "SELECT 'k8s', id FROM skills WHERE name = 'Kubernetes' ON CONFLICT DO NOTHING"));
}

void TestSearchCompletions::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

void TestSearchCompletions::fieldNamesAtATermStart()
{
    const SearchCompletions completions(*m_db);
    const QList<Completion> ti = completions.complete(QStringLiteral("ti"), 2);
    QCOMPARE(texts(ti), QStringList{QStringLiteral("title:")});
    QCOMPARE(ti.front().insert, QStringLiteral("title:"));
    QCOMPARE(ti.front().replaceFrom, 0);
    QCOMPARE(ti.front().replaceLength, 2);

    QCOMPARE(texts(completions.complete(QStringLiteral("s"), 1)),
             (QStringList{QStringLiteral("skill:"), QStringLiteral("status:"), QStringLiteral("seniority:"),
                          QStringLiteral("source:"), QStringLiteral("salary:")}));
    QCOMPARE(texts(completions.complete(QStringLiteral("TY"), 2)), QStringList{QStringLiteral("type:")});

    // After a space, a parenthesis or a '-': a new term.
    const QString line = QStringLiteral("rust (-comp");
    const QList<Completion> comp = completions.complete(line, int(line.size()));
    QCOMPARE(texts(comp), QStringList{QStringLiteral("company:")});
    QCOMPARE(applied(line, comp.front()), QStringLiteral("rust (-company:"));

    // The cursor decides, not the end of the line.
    const QString middle = QStringLiteral("loc rust");
    const QList<Completion> loc = completions.complete(middle, 3);
    QCOMPARE(texts(loc), QStringList{QStringLiteral("location:")});
    QCOMPARE(applied(middle, loc.front()), QStringLiteral("location: rust"));

    // Every field at an empty term; nothing inside a free phrase or a word that is not a name.
    QCOMPARE(texts(completions.complete(QStringLiteral("rust "), 5)).size(), fieldNames().size());
    QVERIFY(completions.complete(QStringLiteral("\"ti"), 3).isEmpty());
    QVERIFY(completions.complete(QStringLiteral("c++"), 3).isEmpty());
    QVERIFY(completions.complete(QStringLiteral("title:"), 6).isEmpty()); // no values to offer
    QVERIFY(completions.complete(QStringLiteral("titel:x"), 7).isEmpty());
}

void TestSearchCompletions::valuesAfterAField()
{
    const SearchCompletions completions(*m_db);
    // The library holds the shipped dictionary (installed by the import): lists are bounded.
    QCOMPARE(completions.complete(QStringLiteral("skill:k"), 7).size(), 20);
    QCOMPARE(texts(completions.complete(QStringLiteral("skill:k8"), 8)), QStringList{QStringLiteral("k8s")});
    QVERIFY(texts(completions.complete(QStringLiteral("skill:kotl"), 10)).contains(QStringLiteral("Kotlin")));
    const QList<Completion> kub = completions.complete(QStringLiteral("rust skill:KUB"), 14);
    const auto kubernetes = std::find_if(kub.cbegin(), kub.cend(), [](const Completion &completion) {
        return completion.text == QLatin1String("Kubernetes");
    });
    QVERIFY(kubernetes != kub.cend());
    for (const Completion &completion : kub)
        QVERIFY2(completion.text.startsWith(QLatin1String("kub"), Qt::CaseInsensitive),
                 qPrintable(completion.text));
    QCOMPARE(kubernetes->replaceFrom, 11);
    QCOMPARE(kubernetes->replaceLength, 3);
    QCOMPARE(applied(QStringLiteral("rust skill:KUB"), *kubernetes), QStringLiteral("rust skill:Kubernetes"));

    QCOMPARE(texts(completions.complete(QStringLiteral("tag:sh"), 6)),
             (QStringList{QStringLiteral("short term"), QStringLiteral("shortlist")}));
    QCOMPARE(texts(completions.complete(QStringLiteral("-status:"), 8)).first(3),
             (QStringList{QStringLiteral("New"), QStringLiteral("Saved"), QStringLiteral("Applied")}));
    QCOMPARE(texts(completions.complete(QStringLiteral("status:ap"), 9)),
             QStringList{QStringLiteral("Applied")});

    // Companies by prefix, case-insensitively, one entry each.
    const QStringList cedar = texts(completions.complete(QStringLiteral("company:cedar"), 13));
    QCOMPARE(cedar, QStringList{QStringLiteral("Cedarline Clinics")});
    const QStringList companies = texts(completions.complete(QStringLiteral("company:"), 8, 500));
    QCOMPARE(companies.size(), int(QSet<QString>(companies.cbegin(), companies.cend()).size()));
    QVERIFY(companies.size() > 20);
    QVERIFY(!companies.contains(QString()));
}

void TestSearchCompletions::vocabularyKeywords()
{
    const SearchCompletions completions(*m_db);
    QCOMPARE(texts(completions.complete(QStringLiteral("workplace:re"), 12)),
             QStringList{QStringLiteral("remote")});
    QCOMPARE(texts(completions.complete(QStringLiteral("workplace:"), 10)),
             (QStringList{QStringLiteral("onsite"), QStringLiteral("hybrid"), QStringLiteral("remote")}));
    QCOMPARE(texts(completions.complete(QStringLiteral("seniority:S"), 11)),
             (QStringList{QStringLiteral("senior"), QStringLiteral("staff")}));
    QCOMPARE(texts(completions.complete(QStringLiteral("type:p"), 6)),
             (QStringList{QStringLiteral("part-time"), QStringLiteral("per-diem")}));
    // Every completion inserted gives a line that compiles.
    for (const QString &field :
         {QStringLiteral("workplace:"), QStringLiteral("type:"), QStringLiteral("seniority:")}) {
        for (const Completion &completion : completions.complete(field, int(field.size()))) {
            const QString line = applied(field, completion);
            QVERIFY2(compileSearch(line, {}).ok(), qPrintable(line));
        }
    }
}

void TestSearchCompletions::quotesValuesWithSpaces()
{
    const SearchCompletions completions(*m_db);
    const QList<Completion> cedar = completions.complete(QStringLiteral("company:Ced"), 11);
    QCOMPARE(cedar.size(), 1);
    QCOMPARE(cedar.front().insert, QStringLiteral("\"Cedarline Clinics\""));
    QCOMPARE(applied(QStringLiteral("company:Ced"), cedar.front()),
             QStringLiteral("company:\"Cedarline Clinics\""));

    // Inside an open quote, the space belongs to the value.
    const QString open = QStringLiteral("rust company:\"Cedarline C");
    const QList<Completion> inside = completions.complete(open, int(open.size()));
    QCOMPARE(texts(inside), QStringList{QStringLiteral("Cedarline Clinics")});
    QCOMPARE(applied(open, inside.front()), QStringLiteral("rust company:\"Cedarline Clinics\""));

    const QList<Completion> tags = completions.complete(QStringLiteral("tag:\"dr"), 7);
    QCOMPARE(applied(QStringLiteral("tag:\"dr"), tags.front()), QStringLiteral("tag:\"dream job\""));
    QVERIFY(compileSearch(applied(QStringLiteral("tag:\"dr"), tags.front()), {}).ok());

    // A value holding a quote cannot be written in the language: left out.
    QVERIFY(completions.complete(QStringLiteral("company:Quote"), 13).isEmpty());
}

void TestSearchCompletions::escapesLikeWildcards()
{
    const SearchCompletions completions(*m_db);
    QCOMPARE(texts(completions.complete(QStringLiteral("company:100%"), 12)),
             QStringList{QStringLiteral("100% Pure_Co")});
    QCOMPARE(texts(completions.complete(QStringLiteral("company:100"), 11)),
             (QStringList{QStringLiteral("100 Percent Co"), QStringLiteral("100% Pure_Co")}));
    QVERIFY(completions.complete(QStringLiteral("company:%"), 9).isEmpty());
    QVERIFY(completions.complete(QStringLiteral("company:_"), 9).isEmpty());
    QCOMPARE(texts(completions.complete(QStringLiteral("company:back\\"), 13)),
             QStringList{QStringLiteral("back\\slash Ltd")});
    QVERIFY(completions.complete(QStringLiteral("tag:%"), 5).isEmpty());
    QVERIFY(completions.complete(QStringLiteral("skill:_"), 7).isEmpty());
    QVERIFY(completions.complete(QStringLiteral("company:'; DROP TABLE listings; --"), 10).isEmpty());
    QVERIFY(sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM listings")).toInt() > 300);
}

void TestSearchCompletions::respectsTheLimit()
{
    const SearchCompletions completions(*m_db);
    QCOMPARE(completions.complete(QStringLiteral("company:"), 8, 5).size(), 5);
    QCOMPARE(completions.complete(QStringLiteral("company:"), 8).size(), 20);
    QCOMPARE(completions.complete(QStringLiteral("status:"), 7, 3).size(), 3);
    QCOMPARE(completions.complete(QStringLiteral(""), 0, 4).size(), 4);
    QCOMPARE(completions.complete(QStringLiteral("type:"), 5, 2).size(), 2);
}

void TestSearchCompletions::companiesReadTheIndex()
{
    if (test::usesPostgreSql()) {
        // EXPLAIN QUERY PLAN is SQLite's, and so is the plan asked for: PostgreSQL's planner chooses by the
        // table's statistics (these few hundred rows are read whole whatever the indexes), and its
        // nondeterministic nocase collation gives LIKE no index range. What the completions return is
        // checked on both engines by the other functions.
        QSKIP("a plan of SQLite's planner; PostgreSQL chooses its own by the table's statistics");
    }
    // The statement SearchCompletions runs for company:, as the planner sees it with a prefix bound.
    QSqlQuery plan =
        sql::run(m_db->connection(),
                 QStringLiteral("EXPLAIN QUERY PLAN SELECT company FROM listings "
                                "WHERE company LIKE ? ESCAPE '\\' AND company <> '' "
                                "GROUP BY company COLLATE NOCASE ORDER BY company COLLATE NOCASE "
                                "LIMIT ?"),
                 {QStringLiteral("Ced%"), 20});
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    QVERIFY2(steps.join(u'\n').contains(QLatin1String("listings_company")), qPrintable(steps.join(u'\n')));
    QVERIFY2(!steps.join(u'\n').contains(QLatin1String("TEMP B-TREE")), qPrintable(steps.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSearchCompletions)
#include "tst_searchcompletions.moc"
