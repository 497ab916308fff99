// `jobdesk gap` through the real executable: the gap of a view in text, Markdown and JSON agrees with
// analyseViewGap over the same library, a profile changes "have", one listing's match is explained, and
// bad queries and unknown profiles are refused.
#include "testsupport.h"

#include "search/searchquery.h"
#include "skills/gapanalysis.h"
#include "store/database.h"
#include "store/sql.h"
#include "views/listingview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jobdesk;

class TestGapCommand : public QObject
{
    Q_OBJECT

    test::TempLibrary m_library;
    QStringList m_database;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("JOBDESK_BINARY"), "JOBDESK_BINARY is not set");
        m_database = {QStringLiteral("--database"), m_library.path()};
        QCOMPARE(test::runJobdesk(
                     QStringList{QStringLiteral("import"),
                                 QStringLiteral(JOBDESK_SOURCE_DIR "/resources/samples/listings.jsonl")} +
                     m_database)
                     .exitCode,
                 0);
        QCOMPARE(test::runJobdesk(
                     QStringList{QStringLiteral("profile"), QStringLiteral("import"),
                                 test::sharedData(QStringLiteral(
                                     "formats/jsonresume/jsonresume.org_senior-engineer.resume.json")),
                                 QStringLiteral("--name"), QStringLiteral("Me")} +
                     m_database)
                     .exitCode,
                 0);
    }

    void jsonEqualsTheAnalysis()
    {
        const test::Run run = test::runJobdesk(
            QStringList{QStringLiteral("gap"), QStringLiteral("--query"), QStringLiteral("workplace:remote"),
                        QStringLiteral("--profile"), QStringLiteral("me"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("30")} +
            m_database);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();

        Database db(m_library.path());
        search::CompileContext context;
        context.now = QDateTime::currentDateTimeUtc();
        const SqlFilter view =
            allOf(viewFilter(ListingView{}, context.now, db.dialect()),
                  search::compileSearch(QStringLiteral("workplace:remote"), context).filter);
        const qint64 me =
            sql::scalar(db.connection(), QStringLiteral("SELECT id FROM profiles WHERE name = 'Me'"))
                .toLongLong();
        const ViewGap gap = analyseViewGap(db, view, me, 30);
        QCOMPARE(json.value(QStringLiteral("listings")).toInt(), gap.listings);
        const QJsonArray skills = json.value(QStringLiteral("skills")).toArray();
        QCOMPARE(skills.size(), gap.skills.size());
        QVERIFY(skills.size() > 10);
        bool anyHave = false;
        for (qsizetype i = 0; i < skills.size(); ++i) {
            const QJsonObject skill = skills.at(i).toObject();
            QCOMPARE(skill.value(QStringLiteral("skill")).toString(), gap.skills.at(i).name);
            QCOMPARE(skill.value(QStringLiteral("listings")).toInt(), gap.skills.at(i).listings);
            QCOMPARE(skill.value(QStringLiteral("have")).toBool(), gap.skills.at(i).have);
            anyHave = anyHave || gap.skills.at(i).have;
        }
        QVERIFY(anyHave);
    }

    void markdownAndTextAreTables()
    {
        const test::Run md = test::runJobdesk(QStringList{QStringLiteral("gap"), QStringLiteral("--format"),
                                                          QStringLiteral("md"), QStringLiteral("--limit"),
                                                          QStringLiteral("5")} +
                                              m_database);
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.startsWith(QStringLiteral("# Skills gap")));
        QCOMPARE(md.out.count(QStringLiteral("\n| ")), 1 + 5); // header and five skills
        const test::Run text = test::runJobdesk(QStringList{QStringLiteral("gap")} + m_database);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Learn next")));
    }

    void explainsOneListing()
    {
        const test::Run run = test::runJobdesk(QStringList{QStringLiteral("gap"), QStringLiteral("--listing"),
                                                           QStringLiteral("1"), QStringLiteral("--profile"),
                                                           QStringLiteral("Me")} +
                                               m_database);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Match ")), qPrintable(run.out));
    }

    void refusesBadInput()
    {
        test::Run run = test::runJobdesk(
            QStringList{QStringLiteral("gap"), QStringLiteral("--query"), QStringLiteral("salary>=")} +
            m_database);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("^")));
        run = test::runJobdesk(
            QStringList{QStringLiteral("gap"), QStringLiteral("--profile"), QStringLiteral("Nobody")} +
            m_database);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Nobody")));
        run = test::runJobdesk(
            QStringList{QStringLiteral("gap"), QStringLiteral("--format"), QStringLiteral("pdf")} +
            m_database);
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestGapCommand)
#include "tst_gapcommand.moc"
