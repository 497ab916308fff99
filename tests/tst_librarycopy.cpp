// Moving a library between a personal file and a team library (issue 11, `jobdesk copy`): the sample
// library with annotations, a merged skill, a candidate and a pipeline goes to the middle library (on
// the PostgreSQL run a database on the test server, else another file) and back to a new file, and
// comes back row for row, with the same counts, the same full-text answers, and ids that go on where
// they stopped. A destination with data of its own is refused and left as it was.
#include "testsupport.h"

#include "annotations/annotationstore.h"
#include "annotations/notestore.h"
#include "annotations/tagstore.h"
#include "recruiting/pipelinestore.h"
#include "samples/samplelibrary.h"
#include "skills/skilldictionary.h"
#include "store/database.h"
#include "store/librarycopy.h"
#include "store/sql.h"

#include <QTest>

using namespace jobdesk;

namespace {

// The sample library with something in every kind of table a user fills.
void fill(Database &db)
{
    QVERIFY(samples::load(db).inserted > 0);
    const QList<qint64> ids = test::firstListings(db, 6);
    AnnotationStore(db).setRating(ids.mid(0, 3), 4);
    AnnotationStore(db).setStage(
        ids.mid(2, 2),
        sql::scalar(db.connection(), QStringLiteral("SELECT id FROM stages WHERE name = 'Applied'"))
            .toLongLong());
    TagStore tags(db);
    tags.addTags(ids.mid(1, 4), {tags.create(QStringLiteral("remote-first")).id});
    NoteStore(db).setNotes(ids.at(0), QStringLiteral("# Call\n- ask about the team\n- «salary» ✓\n"));
    SkillDictionary skills(db);
    const QList<DictionarySkill> all = skills.skills();
    QVERIFY(all.size() > 10);
    skills.merge(all.at(1).id, all.at(0).id); // a skill pointing at an earlier one
    skills.merge(all.at(2).id, all.at(9).id); // and at a later one
    const qint64 candidate =
        sql::scalar(db.connection(), QStringLiteral("INSERT INTO profiles (kind, name, headline, created_at, "
                                                    "updated_at) VALUES (1, 'Ada Lovelace', 'Analyst', 0, 0) "
                                                    "RETURNING id"))
            .toLongLong();
    sql::run(db.connection(), QStringLiteral("INSERT INTO openings (listing_id, opened_at) VALUES (?, 0)"),
             {ids.at(5)});
    PipelineStore pipelines(db);
    const qint64 pipeline = pipelines.add(candidate, ids.at(5));
    pipelines.setNextStep(pipeline, QStringLiteral("Phone screen"),
                          QDateTime::currentDateTimeUtc().addDays(2));
}

// dumpTables without the engines' own full-text structures (SQLite's FTS5 segments depend on the order
// rows were indexed in).
QStringList content(const Database &db)
{
    QStringList rows = test::dumpTables(db);
    rows.removeIf([](const QString &row) { return row.startsWith(QLatin1String("profiles_fts")); });
    return rows;
}

} // namespace

class TestLibraryCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLibraryCopiesThereAndBackUnchanged()
    {
        try {
            copyThereAndBack();
        } catch (const StoreError &error) {
            QFAIL(qPrintable(error.message()));
        }
    }

    void aDestinationWithDataIsRefusedAndUntouched()
    {
        test::TempLibrary files;
        test::TempLibrary team;
        Database personal(files.filePath(QStringLiteral("personal.sqlite")));
        test::addListings(personal, 5);
        const std::unique_ptr<Database> middle = team.open();
        test::addListings(*middle, 2);
        TagStore(*middle).create(QStringLiteral("theirs"));
        const QStringList before = content(*middle);

        const QString message = test::errorOf([&] { LibraryCopy(personal, *middle).run(); });
        QVERIFY2(message.contains(QLatin1String("already holds data")), qPrintable(message));
        QVERIFY2(message.contains(middle->location().toString()), qPrintable(message));
        QCOMPARE(content(*middle), before);
    }

    void theCommandLineCopiesAndReportsTheCounts()
    {
        test::TempLibrary files;
        test::TempLibrary team;
        const QString personal = files.filePath(QStringLiteral("personal.sqlite"));
        {
            Database db(personal);
            test::addListings(db, 7);
        }
        const test::Run run = test::runJobdesk({QStringLiteral("copy"), QStringLiteral("--from"), personal,
                                                QStringLiteral("--to"), team.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("7 listings")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("every count checked")), qPrintable(run.out));

        const test::Run again = test::runJobdesk({QStringLiteral("copy"), QStringLiteral("--from"), personal,
                                                  QStringLiteral("--to"), team.path()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds data")), qPrintable(again.err));
        const test::Run usage =
            test::runJobdesk({QStringLiteral("copy"), QStringLiteral("--from"), personal});
        QCOMPARE(usage.exitCode, 2);
    }

private:
    void copyThereAndBack()
    {
        test::TempLibrary files;
        test::TempLibrary team; // the PostgreSQL run's team library; another file otherwise
        Database personal(files.filePath(QStringLiteral("personal.sqlite")));
        fill(personal);
        if (QTest::currentTestFailed())
            return;

        QList<CopiedTable> there;
        {
            const std::unique_ptr<Database> middle = team.open();
            there = LibraryCopy(personal, *middle).run();
            QCOMPARE(there.size(), LibraryCopy::tables().size());
            for (const CopiedTable &table : std::as_const(there)) {
                QCOMPARE(sql::scalar(middle->connection(),
                                     QStringLiteral("SELECT count(*) FROM %1").arg(table.table))
                             .toLongLong(),
                         table.rows);
            }
            QVERIFY(test::fullTextIndexIsExact(*middle));
            for (const QString &query :
                 {QStringLiteral("python"), QStringLiteral("title:engineer"),
                  QStringLiteral("\"machine learning\""), QStringLiteral("rust OR go")})
                QCOMPARE(test::fullTextMatches(*middle, query), test::fullTextMatches(personal, query));
        }

        Database back(files.filePath(QStringLiteral("back.sqlite")));
        {
            const std::unique_ptr<Database> middle = team.open();
            const QList<CopiedTable> returned = LibraryCopy(*middle, back).run();
            QCOMPARE(returned.size(), there.size());
            for (qsizetype i = 0; i < returned.size(); ++i) {
                QCOMPARE(returned.at(i).table, there.at(i).table);
                QCOMPARE(returned.at(i).rows, there.at(i).rows);
            }
        }
        const QStringList before = content(personal);
        const QStringList after = content(back);
        QVERIFY(before.size() > 1000);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
        QVERIFY(test::fullTextIndexIsExact(back));
        QCOMPARE(test::indexedListings(back), test::indexedListings(personal));

        // New rows take new ids on the team library: its sequences went on past the copied ids.
        const std::unique_ptr<Database> middle = team.open();
        const qint64 newest =
            sql::scalar(middle->connection(), QStringLiteral("SELECT max(id) FROM tags")).toLongLong();
        QVERIFY(TagStore(*middle).create(QStringLiteral("after the copy")).id > newest);
        AnnotationStore(*middle).setRating(test::firstListings(*middle, 8).mid(6), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCopy)
#include "tst_librarycopy.moc"
