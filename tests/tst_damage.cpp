// A damaged library: the check finds it, the error says so, automatic backups are taken only of a
// sound library, and the newest one restores the library (over the open damaged file, or in its place
// when it cannot be opened at all).
#include "testsupport.h"

#include "store/automaticbackups.h"
#include "store/backup.h"
#include "store/damagecheck.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

constexpr int listingCount = 400;

const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::UTC);

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool readableByOwnerOnly(const QString &path)
{
    const QFile::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    return (permissions & QFileDevice::ReadOwner) && !(permissions & others);
}

qint64 listingsIn(const QString &path)
{
    const Database db(path);
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listings")).toLongLong();
}

DamageCheck::Outcome checkOf(const QString &path)
{
    const Database db(path);
    return checkForDamage(db.connection()).outcome;
}

// A library of `listingCount` listings at dir.path(), closed.
void fill(const test::TempLibrary &dir)
{
    const Database db(dir.path());
    test::addListings(db, listingCount);
}

} // namespace

class TestDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSoundLibraryPassesTheCheck()
    {
        test::TempLibrary dir;
        fill(dir);
        QCOMPARE(checkOf(dir.path()), DamageCheck::Outcome::Sound);
    }

    void overwrittenPagesAreFoundAndQueriesSayTheLibraryIsDamaged()
    {
        test::TempLibrary dir;
        fill(dir);
        test::damageTable(dir.path(), QStringLiteral("listings"));
        const Database db(dir.path()); // page 1 and the schema are intact: it opens
        const DamageCheck check = checkForDamage(db.connection());
        QCOMPARE(check.outcome, DamageCheck::Outcome::Damaged);
        QVERIFY(!check.problem.isEmpty());
        try {
            sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listings NOT INDEXED"));
            QFAIL("a query over the damaged table succeeded");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Damaged);
            QVERIFY2(error.message().contains(QStringLiteral("damaged")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(dir.path()), qPrintable(error.message()));
        }
    }

    void aTruncatedLibraryIsFound()
    {
        test::TempLibrary dir;
        fill(dir);
        {
            const Database db(dir.path());
            sql::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile file(dir.path());
        QVERIFY(file.resize(file.size() * 6 / 10));
        // SQLite refuses it at the first read (the header promises more pages than the file has):
        // the library cannot be opened, and says it is damaged, which is when a backup is offered.
        try {
            const Database db(dir.path());
            QFAIL("a truncated library was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Damaged);
            QVERIFY2(error.message().contains(dir.path()), qPrintable(error.message()));
        }
    }

    void aCancelledCheckSaysSo()
    {
        test::TempLibrary dir;
        fill(dir);
        const Database db(dir.path());
        QCOMPARE(checkForDamage(db.connection(), [] { return true; }).outcome,
                 DamageCheck::Outcome::NotChecked);
    }

    void anOverwrittenHeaderIsRefusedUnchanged()
    {
        test::TempLibrary dir;
        fill(dir);
        {
            QFile file(dir.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray(100, '\x5a'));
        }
        const QByteArray before = fileHash(dir.path());
        try {
            Database db(dir.path());
            QFAIL("a library without its header was opened");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::NotALibrary);
            QVERIFY2(error.message().contains(dir.path()), qPrintable(error.message()));
        }
        QCOMPARE(fileHash(dir.path()), before);
    }

    void oneBackupADayTheNewestThreeKept()
    {
        test::TempLibrary dir;
        fill(dir);
        const Database db(dir.path());
        const AutomaticBackups backups(dir.path());
        QVERIFY(!backups.latest());

        const AutomaticBackups::Outcome first = backups.maintain(db, monday);
        QCOMPARE(first.kind, AutomaticBackups::Outcome::Kind::BackedUp);
        QCOMPARE(first.path, dir.filePath(QStringLiteral("library.auto-20261130-090000.sqlite")));
        QVERIFY(readableByOwnerOnly(first.path)); // the library's privacy holds for its copies
        QCOMPARE(listingsIn(first.path), listingCount);

        QCOMPARE(backups.maintain(db, monday.addSecs(3600)).kind, AutomaticBackups::Outcome::Kind::NotDue);
        for (int day = 1; day <= 3; ++day)
            QCOMPARE(backups.maintain(db, monday.addDays(day)).kind,
                     AutomaticBackups::Outcome::Kind::BackedUp);
        const QList<BackupFile> kept = backups.list();
        QCOMPARE(kept.size(), AutomaticBackups::kept);
        QCOMPARE(kept.first().taken, monday.addDays(3));
        QCOMPARE(kept.last().taken, monday.addDays(1));
        QVERIFY(!QFile::exists(first.path));
    }

    void aBackupFromTheFutureDoesNotStopNewOnes()
    {
        test::TempLibrary dir;
        fill(dir);
        const Database db(dir.path());
        const AutomaticBackups backups(dir.path());
        QCOMPARE(backups.maintain(db, monday.addDays(30)).kind, AutomaticBackups::Outcome::Kind::BackedUp);
        QVERIFY(backups.isDue(monday)); // the clock was set back
    }

    void aDamagedLibraryIsNeverBackedUp()
    {
        test::TempLibrary dir;
        fill(dir);
        {
            const Database db(dir.path());
            QCOMPARE(AutomaticBackups(dir.path()).maintain(db, monday).kind,
                     AutomaticBackups::Outcome::Kind::BackedUp);
        }
        const QString good = AutomaticBackups(dir.path()).latest()->path;
        const QByteArray goodHash = fileHash(good);
        test::damageTable(dir.path(), QStringLiteral("listings"));

        const Database db(dir.path());
        const AutomaticBackups::Outcome outcome =
            AutomaticBackups(dir.path()).maintain(db, monday.addDays(2));
        QCOMPARE(outcome.kind, AutomaticBackups::Outcome::Kind::Damaged);
        QVERIFY(!outcome.detail.isEmpty());
        const QList<BackupFile> kept = AutomaticBackups(dir.path()).list();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().path, good);
        QCOMPARE(fileHash(good), goodHash);
    }

    void theNewestBackupRestoresTheOpenDamagedLibrary()
    {
        test::TempLibrary dir;
        fill(dir);
        {
            const Database db(dir.path());
            AutomaticBackups(dir.path()).maintain(db, monday);
        }
        test::damageTable(dir.path(), QStringLiteral("listings"));
        const Database db(dir.path());
        RestoreResult result;
        QVERIFY(LibraryBackup(db).restoreFrom(AutomaticBackups(dir.path()).latest()->path, &result));
        QCOMPARE(checkForDamage(db.connection()).outcome, DamageCheck::Outcome::Sound);
        QCOMPARE(ListingRepository(db).count(), listingCount);
        // The damaged library was kept, damage and all.
        QVERIFY(QFile::exists(result.safetyCopy));
        QCOMPARE(checkOf(result.safetyCopy), DamageCheck::Outcome::Damaged);
    }

    void aLibraryThatCannotBeOpenedIsReplacedAndKeptAside()
    {
        test::TempLibrary dir;
        fill(dir);
        {
            const Database db(dir.path());
            AutomaticBackups(dir.path()).maintain(db, monday);
        }
        {
            QFile file(dir.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray(4096, '\0'));
        }
        const QByteArray damagedHash = fileHash(dir.path());
        QVERIFY_THROWS_EXCEPTION(StoreError, Database(dir.path()));

        const QString aside = AutomaticBackups::replaceWithBackup(
            dir.path(), AutomaticBackups(dir.path()).latest()->path, monday.addDays(1));
        QCOMPARE(aside, dir.filePath(QStringLiteral("library.damaged-20261201-090000.sqlite")));
        QCOMPARE(fileHash(aside), damagedHash);
        QVERIFY(readableByOwnerOnly(dir.path()));
        QCOMPARE(listingsIn(dir.path()), listingCount);
        QCOMPARE(checkOf(dir.path()), DamageCheck::Outcome::Sound);
    }

    void aBackupThatCannotBeReadChangesNothing()
    {
        test::TempLibrary dir;
        fill(dir);
        const QByteArray before = fileHash(dir.path());
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 AutomaticBackups::replaceWithBackup(
                                     dir.path(), dir.filePath(QStringLiteral("missing.sqlite")), monday));
        QCOMPARE(fileHash(dir.path()), before);
        QCOMPARE(QDir(dir.filePath(QString())).entryList({QStringLiteral("*.damaged-*")}, QDir::Files).size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
