// Versioned schema: every upgrade path ends at exactly the schema of a fresh library, existing data
// survives, a backup is written first, and a failing step changes nothing.
#include "testsupport.h"

#include "store/database.h"
#include "store/migrator.h"
#include "store/sql.h"
#include "store/sqldialect.h"
#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

namespace {

// The SQLite dialect with its migrations read from another directory.
class RedirectedDialect final : public SqlDialect
{
public:
    explicit RedirectedDialect(QString directory)
        : m_directory(std::move(directory))
    {}
    QString driverName() const override { return m_base->driverName(); }
    QString migrationDirectory() const override { return m_directory; }
    QString beginWriteTransaction() const override { return m_base->beginWriteTransaction(); }
    QString beginSnapshot() const override { return m_base->beginSnapshot(); }
    void checkIdentity(const QSqlDatabase &db, const QString &path) const override
    {
        m_base->checkIdentity(db, path);
    }
    void configure(const QSqlDatabase &db) const override { m_base->configure(db); }
    int schemaVersion(const QSqlDatabase &db) const override { return m_base->schemaVersion(db); }
    void setSchemaVersion(const QSqlDatabase &db, int v) const override { m_base->setSchemaVersion(db, v); }
    void setPageCache(const QSqlDatabase &db, int mebibytes) const override
    {
        m_base->setPageCache(db, mebibytes);
    }
    void eraseDeleted(const QSqlDatabase &db) const override { m_base->eraseDeleted(db); }
    void backup(const QSqlDatabase &db, const QString &target) const override { m_base->backup(db, target); }
    QString fullTextCondition(FullTextIndex index) const override { return m_base->fullTextCondition(index); }
    QString fullTextQuery(const QString &fts5, FullTextIndex index) const override
    {
        return m_base->fullTextQuery(fts5, index);
    }
    QString indexListings(const QString &condition) const override
    {
        return m_base->indexListings(condition);
    }
    QString integersOfJsonArray() const override { return m_base->integersOfJsonArray(); }
    void continueIds(const QSqlDatabase &db, const QStringList &tables) const override
    {
        m_base->continueIds(db, tables);
    }
    QStringList generatedColumns(const QSqlDatabase &db, const QString &table) const override
    {
        return m_base->generatedColumns(db, table);
    }
    QString sortDirection(Qt::SortOrder order) const override { return m_base->sortDirection(order); }
    QString insertionOrder(const QSqlDatabase &db, const QString &table) const override
    {
        return m_base->insertionOrder(db, table);
    }
    QStringList schemaDescription(const QSqlDatabase &db) const override
    {
        return m_base->schemaDescription(db);
    }

private:
    std::unique_ptr<SqlDialect> m_base = SqlDialect::sqlite();
    QString m_directory;
};

// A raw connection, as an older Jobdesk would have left the file.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void splitsStatementsAndKeepsTriggerBodiesWhole()
    {
        const QStringList statements =
            Migrator::splitStatements(QStringLiteral("-- a comment; with a semicolon;\n"
                                                     "CREATE TABLE a (x INTEGER,\n    y TEXT);\n\n"
                                                     "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                                     "    DELETE FROM a WHERE x = 0;\n"
                                                     "    INSERT INTO a VALUES (1, 'b;');\n"
                                                     "END;\n"
                                                     "INSERT INTO a VALUES (2, 'c');\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER t")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
        QVERIFY(statements.at(1).contains(QStringLiteral("INSERT INTO a VALUES (1")));
        QCOMPARE(statements.at(2), QStringLiteral("INSERT INTO a VALUES (2, 'c');"));
    }

    void shippedMigrationsAreInSequence()
    {
        const auto dialect = SqlDialect::sqlite();
        const Migrator migrator(*dialect);
        QCOMPARE(migrator.latestVersion(), Database::latestSchemaVersion());
        // A version may change nothing in a file only when it changes team libraries (014: their change
        // notifications); the version advances on both engines alike.
        const auto server = SqlDialect::postgresql();
        const Migrator team(*server);
        const auto teamChanges = [&team](int version) {
            for (const Migration &migration : team.migrations()) {
                if (migration.version == version)
                    return !migration.statements.isEmpty();
            }
            return false;
        };
        for (int i = 0; i < migrator.migrations().size(); ++i) {
            const Migration &migration = migrator.migrations().at(i);
            QCOMPARE(migration.version, i + 1);
            QVERIFY2(!migration.statements.isEmpty() || teamChanges(migration.version),
                     qPrintable(migration.name));
        }
        QCOMPARE(team.latestVersion(), Database::latestSchemaVersion());
    }

    void everyUpgradePathGivesTheFreshSchema_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Database::latestSchemaVersion(); ++version)
            QTest::addRow("from version %d", version) << version;
    }

    void everyUpgradePathGivesTheFreshSchema()
    {
        QFETCH(int, from);
        test::TempLibrary dir;
        const auto dialect = SqlDialect::sqlite();
        QStringList freshSchema;
        {
            Database fresh(dir.filePath(QStringLiteral("fresh.sqlite")));
            freshSchema = fresh.dialect().schemaDescription(fresh.connection());
        }
        QVERIFY(freshSchema.size() > 20);

        const QString oldPath = dir.filePath(QStringLiteral("old.sqlite"));
        {
            RawConnection raw(oldPath);
            Migrator(*dialect).migrate(raw.db(), from);
            QCOMPARE(dialect->schemaVersion(raw.db()), from);
            if (from >= 1)
                sql::run(raw.db(),
                         QStringLiteral("INSERT INTO tags (name) VALUES ('kept through upgrades')"));
        }
        Database upgraded(oldPath);
        QCOMPARE(upgraded.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(upgraded.dialect().schemaDescription(upgraded.connection()), freshSchema);
        if (from >= 1) {
            QCOMPARE(sql::scalar(upgraded.connection(), QStringLiteral("SELECT name FROM tags")).toString(),
                     QStringLiteral("kept through upgrades"));
            QVERIFY(!upgraded.backupPath().isEmpty());
            QVERIFY(!(QFileInfo(upgraded.backupPath()).permissions() &
                      (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                       QFileDevice::WriteOther)));
            RawConnection backup(upgraded.backupPath());
            QCOMPARE(dialect->schemaVersion(backup.db()), from);
            QCOMPARE(sql::scalar(backup.db(), QStringLiteral("SELECT name FROM tags")).toString(),
                     QStringLiteral("kept through upgrades"));
        }
    }

    void aFailingStepLeavesThePreviousVersion()
    {
        QTemporaryDir migrations;
        test::writeFile(migrations.filePath(QStringLiteral("001_first.sql")),
                        "CREATE TABLE first (x INTEGER);\nINSERT INTO first VALUES (1);\n");
        test::writeFile(migrations.filePath(QStringLiteral("002_broken.sql")),
                        "CREATE TABLE second (y INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
        const RedirectedDialect dialect(migrations.path());
        const Migrator migrator(dialect);
        QCOMPARE(migrator.latestVersion(), 2);

        test::TempLibrary dir;
        RawConnection raw(dir.path());
        QVERIFY_THROWS_EXCEPTION(StoreError, migrator.migrate(raw.db(), 2));
        QCOMPARE(dialect.schemaVersion(raw.db()), 1);
        QCOMPARE(sql::scalar(raw.db(), QStringLiteral("SELECT count(*) FROM first")).toInt(), 1);
        QCOMPARE(
            sql::scalar(raw.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'second'"))
                .toInt(),
            0);
    }

    void migrationsOutOfSequenceAreRejected()
    {
        QTemporaryDir migrations;
        test::writeFile(migrations.filePath(QStringLiteral("001_first.sql")), "CREATE TABLE a (x);\n");
        test::writeFile(migrations.filePath(QStringLiteral("003_gap.sql")), "CREATE TABLE b (x);\n");
        const RedirectedDialect dialect(migrations.path());
        QVERIFY_THROWS_EXCEPTION(StoreError, Migrator migrator(dialect));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
