// Backing up and restoring a whole library with SQLite's online backup: a backup taken while another
// connection writes is whole and consistent, a restore brings back exactly what was backed up (and other
// open connections see it), and a file that is not a good library changes nothing and says why.
#include "testsupport.h"

#include "domain/listing.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

namespace {

qint64 count(const Database &db, const QString &table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

void annotateSome(const Database &db)
{
    sql::run(db.connection(),
             QStringLiteral(
                 "INSERT INTO annotations (listing_id, stage_id, rating, favourite, notes, updated_at) "
                 "SELECT id, 3, 4, 1, 'notes of ' || title, 1700000000 FROM listings WHERE id % 7 = 0"));
    sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('remote')"));
    sql::run(db.connection(), QStringLiteral("INSERT INTO listing_tags (listing_id, tag_id) "
                                             "SELECT id, 1 FROM listings WHERE id % 5 = 0"));
}

QStringList restoreCopies(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theDriverRunsTheLinkedSqlite()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        LibraryBackup::checkSqliteLibrary(db); // throws when Qt's driver runs another SQLite
    }

    void backupWhileAnotherConnectionWritesIsConsistent()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        test::addListings(db, 3000);
        const qint64 before = count(db, QStringLiteral("listings"));

        // The window's connection writes between the backup's steps: each write restarts the copy.
        Database window(dir.path());
        ListingRepository repository(window);
        int writes = 0;
        int calls = 0;
        qint64 lastTotal = 0;
        const QString target = dir.filePath(QStringLiteral("backup.sqlite"));
        const bool done = LibraryBackup(db).backupTo(target, [&](qint64 copied, qint64 total) {
            ++calls;
            lastTotal = total;
            if (copied > total)
                return false;
            if (writes < 6) {
                Transaction transaction(window.connection(), window.dialect());
                for (int i = 0; i < 20; ++i)
                    repository.upsert(test::makeListing(100000 + writes * 100 + i),
                                      QDateTime::currentDateTimeUtc());
                transaction.commit();
                ++writes;
            }
            return true;
        });
        QVERIFY(done);
        QVERIFY2(calls > 2, "the copy ran in steps");
        QVERIFY(lastTotal > 256);
        QVERIFY2(writes >= 3, "the other connection wrote while the copy ran");
        QVERIFY(!QFile::exists(target + QLatin1String(".partial")));

        Database copy(target);
        QCOMPARE(sql::scalar(copy.connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        const qint64 copied = count(copy, QStringLiteral("listings"));
        QVERIFY(copied >= before && copied <= before + writes * 20);
        QCOMPARE(count(copy, QStringLiteral("listing_text")), copied);
        QCOMPARE(
            sql::scalar(copy.connection(), QStringLiteral("SELECT count(*) FROM listings_fts")).toLongLong(),
            copied);
        QCOMPARE(copy.schemaVersion(), Database::latestSchemaVersion());
    }

    void restoreBringsBackExactlyTheBackup()
    {
        test::TempLibrary dir;
        const QString target = dir.filePath(QStringLiteral("saved.sqlite"));
        Database db(dir.path());
        test::addListings(db, 400);
        annotateSome(db);
        QVERIFY(LibraryBackup(db).backupTo(target));
        const QStringList backedUp = test::dumpTables(db);
        // A backup is as private as the library.
        QVERIFY(!(QFileInfo(target).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                     QFileDevice::ReadOther | QFileDevice::WriteOther)));

        // Changes after the backup: new listings, an annotation gone, another connection open.
        test::addListings(db, 450, QDateTime::currentDateTimeUtc().addDays(1));
        sql::run(db.connection(), QStringLiteral("DELETE FROM annotations WHERE listing_id = 7"));
        const QStringList changed = test::dumpTables(db);
        QVERIFY(changed != backedUp);
        Database window(dir.path());
        QCOMPARE(count(window, QStringLiteral("listings")), 450);

        RestoreResult result;
        qint64 lastCopied = 0;
        qint64 lastTotal = -1;
        QVERIFY(LibraryBackup(db).restoreFrom(target, &result, [&](qint64 copied, qint64 total) {
            lastCopied = copied;
            lastTotal = total;
            return true;
        }));
        QCOMPARE(lastCopied, lastTotal);
        QCOMPARE(test::dumpTables(db), backedUp);
        QCOMPARE(test::dumpTables(window), backedUp); // the other connection sees the restored library
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(result.restoredVersion, Database::latestSchemaVersion());

        // The library as it was before the restore is kept beside it.
        QVERIFY(QFile::exists(result.safetyCopy));
        QCOMPARE(QFileInfo(result.safetyCopy).absolutePath(), QFileInfo(db.path()).absolutePath());
        QCOMPARE(restoreCopies(QFileInfo(db.path()).absolutePath()).size(), 1);
        Database safety(result.safetyCopy);
        QCOMPARE(test::dumpTables(safety), changed);
    }

    void aBadFileChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "missing" << "no such file";
        QTest::newRow("text") << "text" << "not a Jobdesk library";
        QTest::newRow("empty") << "empty" << "not a Jobdesk library";
        QTest::newRow("other sqlite") << "other" << "not a Jobdesk library";
        QTest::newRow("newer") << "newer" << "newer version";
        QTest::newRow("damaged") << "damaged" << "damaged";
        QTest::newRow("itself") << "itself" << "open library itself";
    }

    void aBadFileChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        test::TempLibrary dir;
        Database db(dir.path());
        test::addListings(db, 300);
        annotateSome(db);
        const QStringList before = test::dumpTables(db);

        QString file = dir.filePath(QStringLiteral("candidate.sqlite"));
        if (kind == QLatin1String("text")) {
            test::writeFile(file, "title,company\nData Engineer,Acme\n");
        } else if (kind == QLatin1String("empty")) {
            test::writeFile(file, {});
        } else if (kind == QLatin1String("other")) {
            {
                QSqlDatabase other =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                other.setDatabaseName(file);
                QVERIFY(other.open());
                sql::run(other, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else if (kind == QLatin1String("newer") || kind == QLatin1String("damaged")) {
            QVERIFY(LibraryBackup(db).backupTo(file));
            if (kind == QLatin1String("newer")) {
                Database copy(file);
                sql::run(copy.connection(), QStringLiteral("PRAGMA user_version = 999"));
            } else {
                QFile damaged(file);
                QVERIFY(damaged.open(QIODevice::ReadWrite));
                QVERIFY(damaged.size() > 40 * 4096);
                damaged.seek(20 * 4096);
                damaged.write(QByteArray(8 * 4096, '\xab'));
            }
        } else if (kind == QLatin1String("itself")) {
            file = db.path();
        }

        try {
            LibraryBackup(db).restoreFrom(file);
            QFAIL("the restore was not refused");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QDir::toNativeSeparators(file)), qPrintable(error.message()));
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        }
        QCOMPARE(test::dumpTables(db), before);
        QVERIFY(restoreCopies(QFileInfo(db.path()).absolutePath()).isEmpty());
    }

    void theCommandLineBacksUpAndRestores()
    {
        test::TempLibrary dir;
        const QString saved = dir.filePath(QStringLiteral("saved.sqlite"));
        QStringList backedUp;
        {
            Database db(dir.path());
            test::addListings(db, 120);
            annotateSome(db);
            backedUp = test::dumpTables(db);
        }
        const test::Run backup =
            test::runJobdesk({QStringLiteral("backup"), saved, QStringLiteral("--database"), dir.path()});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        QVERIFY(backup.out.contains(QLatin1String("saved.sqlite")));
        {
            Database db(dir.path());
            sql::run(db.connection(), QStringLiteral("DELETE FROM annotations"));
        }
        const test::Run restore =
            test::runJobdesk({QStringLiteral("restore"), saved, QStringLiteral("--database"), dir.path()});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        QVERIFY(restore.out.contains(QLatin1String("before-restore")));
        {
            Database db(dir.path());
            QCOMPARE(test::dumpTables(db), backedUp);
        }
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        test::writeFile(bad, "not a library");
        const test::Run refused =
            test::runJobdesk({QStringLiteral("restore"), bad, QStringLiteral("--database"), dir.path()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("bad.sqlite")), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
