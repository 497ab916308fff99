// Opening libraries: configuration, identity checks, refusal of files Jobdesk must not touch.
#include "testsupport.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Creates a plain SQLite file through a separate connection, running `statements`.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements)
            sql::run(db, statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshLibraryIsConfiguredAndMigrated()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        const QSqlDatabase c = db.connection();
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA application_id")).toLongLong(), 0x4A62446B);
        QVERIFY(sql::scalar(c, QStringLiteral("SELECT count(*) FROM stages")).toInt() >= 10);
        QVERIFY(db.backupPath().isEmpty());
    }

    void aNewLibraryIsReadableByItsOwnerOnly()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('private')"));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QFileInfo file(dir.path() + suffix);
            QVERIFY2(file.exists(), qPrintable(file.filePath()));
            QVERIFY2(!(file.permissions() & others), qPrintable(file.filePath()));
            QVERIFY(file.permissions() & QFileDevice::ReadOwner);
        }
    }

    void reopeningKeepsDataAndMakesNoBackup()
    {
        test::TempLibrary dir;
        {
            Database db(dir.path());
            sql::run(db.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('remote-first')"));
        }
        Database db(dir.path());
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("SELECT name FROM tags")).toString(),
                 QStringLiteral("remote-first"));
        QVERIFY(db.backupPath().isEmpty());
    }

    void foreignKeysAreEnforced()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 sql::run(db.connection(), QStringLiteral("INSERT INTO listing_tags "
                                                                          "(listing_id, tag_id) "
                                                                          "VALUES (41, 42)")));
    }

    void refusesAFileThatIsNotSqlite()
    {
        test::TempLibrary dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        test::writeFile(path, "These are my notes, not a database.\n");
        const QByteArray before = fileHash(path);
        try {
            Database db(path);
            QFAIL("a text file was opened as a library");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(path), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("not a Jobdesk library")),
                     qPrintable(error.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void refusesAnotherApplicationsDatabase()
    {
        test::TempLibrary dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        makeSqliteFile(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                              QStringLiteral("INSERT INTO songs VALUES ('x')")});
        const QByteArray before = fileHash(path);
        QVERIFY_THROWS_EXCEPTION(StoreError, Database db(path));
        QCOMPARE(fileHash(path), before);
    }

    void refusesALibraryFromANewerJobdesk()
    {
        test::TempLibrary dir;
        {
            Database db(dir.path());
        }
        const int newer = Database::latestSchemaVersion() + 1;
        makeSqliteFile(dir.path(), {QStringLiteral("PRAGMA user_version = %1").arg(newer)});
        const QByteArray before = fileHash(dir.path());
        try {
            Database db(dir.path());
            QFAIL("a library from a newer version was opened");
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("newer version")), qPrintable(error.message()));
            QCOMPARE(error.kind(), StoreError::Kind::NewerVersion);
            QVERIFY2(error.message().contains(dir.path()), qPrintable(error.message()));
        }
        QCOMPARE(fileHash(dir.path()), before);
    }

    void createsMissingFolders()
    {
        test::TempLibrary dir;
        const QString path = dir.filePath(QStringLiteral("a/b/c/library.sqlite"));
        Database db(path);
        QVERIFY(QFile::exists(path));
    }

    void defaultPathIsUnderAppData()
    {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!appData.isEmpty());
        QVERIFY(Database::defaultPath().startsWith(appData));
    }

    void twoConnectionsToOneFileSeeEachOthersCommits()
    {
        test::TempLibrary dir;
        Database writer(dir.path());
        Database reader(dir.path());
        sql::run(writer.connection(), QStringLiteral("INSERT INTO tags (name) VALUES ('seen')"));
        QCOMPARE(sql::scalar(reader.connection(), QStringLiteral("SELECT count(*) FROM tags")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
