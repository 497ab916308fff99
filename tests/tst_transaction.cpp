// The RAII transaction: nothing of an unfinished write survives.
#include "testsupport.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

class TestTransaction : public QObject
{
    Q_OBJECT

    static int tagCount(const Database &db)
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM tags")).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void commitKeepsWrites()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        {
            Transaction transaction(db.connection(), db.dialect());
            sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('a')"));
            transaction.commit();
        }
        QCOMPARE(tagCount(db), 1);
    }

    void leavingTheScopeWithoutCommitRollsBack()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        {
            Transaction transaction(db.connection(), db.dialect());
            sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('a')"));
        }
        QCOMPARE(tagCount(db), 0);
    }

    void anExceptionInTheMiddleRollsBackEverything()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        try {
            Transaction transaction(db.connection(), db.dialect());
            sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('first')"));
            sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('first')")); // UNIQUE
            transaction.commit();
            QFAIL("the duplicate tag was accepted");
        } catch (const StoreError &) {
        }
        QCOMPARE(tagCount(db), 0);
        // The connection is usable again afterwards.
        Transaction again(db.connection(), db.dialect());
        sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('second')"));
        again.commit();
        QCOMPARE(tagCount(db), 1);
    }

    void aSecondWriterWaitsInsteadOfCorrupting()
    {
        test::TempLibrary dir;
        Database first(dir.path());
        Database second(dir.path());
        Transaction writing(first.connection(), first.dialect());
        sql::run(first.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('one')"));
        // The other connection still reads the last committed state.
        QCOMPARE(tagCount(second), 0);
        writing.commit();
        QCOMPARE(tagCount(second), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
