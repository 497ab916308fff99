#include "testsupport.h"

#include "import/importer.h"
#include "listings/listingtablemodel.h"
#include "store/database.h"
#include "store/librarylocation.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

namespace jobdesk::test {

bool usesPostgreSql()
{
    if (qEnvironmentVariable("JOBDESK_TEST_BACKEND") != QLatin1String("postgresql"))
        return false;
    if (qEnvironmentVariableIsEmpty("JOBDESK_TEST_POSTGRES"))
        qFatal("JOBDESK_TEST_BACKEND=postgresql needs the test server: JOBDESK_TEST_POSTGRES is not set "
               "(tools/test starts one; by hand: tools/pgserver start DIR, then source DIR/env)");
    return true;
}

QSqlDatabase serverAdministration()
{
    static const QString name = QStringLiteral("jobdesk-test-administration");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const LibraryLocation server = LibraryLocation::parse(qEnvironmentVariable("JOBDESK_TEST_POSTGRES"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host());
    db.setPort(server.port());
    db.setUserName(server.user());
    db.setDatabaseName(server.databaseName());
    if (!db.open())
        qFatal("cannot reach the test server %s: %s", qPrintable(server.toString()),
               qPrintable(db.lastError().text()));
    return db;
}

TempLibrary::TempLibrary()
{
    QVERIFY2(m_dir.isValid(), "cannot create a temporary directory");
    if (!usesPostgreSql())
        return;
    static int counter = 0;
    m_serverDatabase =
        QStringLiteral("jobdesk_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery create(serverAdministration());
    if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase)))
        qFatal("cannot create the test database %s: %s", qPrintable(m_serverDatabase),
               qPrintable(create.lastError().text()));
}

TempLibrary::~TempLibrary()
{
    if (m_serverDatabase.isEmpty())
        return;
    QSqlQuery drop(serverAdministration());
    if (!drop.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_serverDatabase)))
        qWarning("cannot drop the test database %s: %s", qPrintable(m_serverDatabase),
                 qPrintable(drop.lastError().text()));
}

QString TempLibrary::path() const
{
    if (m_serverDatabase.isEmpty())
        return m_dir.filePath(QStringLiteral("library.sqlite"));
    LibraryLocation server = LibraryLocation::parse(qEnvironmentVariable("JOBDESK_TEST_POSTGRES"));
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(server.user(), server.host())
        .arg(server.port())
        .arg(m_serverDatabase);
}

std::unique_ptr<Database> TempLibrary::open() const
{
    return std::make_unique<Database>(path());
}

Listing makeListing(int n)
{
    static const char *titles[] = {"Senior Backend Engineer", "Data Scientist", "Frontend Developer (React)",
                                   "Site Reliability Engineer", "Junior QA Engineer"};
    static const char *companies[] = {"Acme Robotics", "Northwind Data", "Blue Harbor", "Kestrel Labs"};
    Listing listing;
    listing.title = QString::fromLatin1(titles[n % 5]) + QStringLiteral(" %1").arg(n);
    listing.company = QString::fromLatin1(companies[n % 4]);
    listing.locations = {
        Location{QStringLiteral("Berlin, Germany"), QStringLiteral("Berlin"), {}, QStringLiteral("DE")}};
    listing.workplace = Workplace(n % 4);
    listing.employmentType = EmploymentType::FullTime;
    listing.salary = {50000.0 + n * 1000, 70000.0 + n * 1000, QStringLiteral("EUR"), SalaryPeriod::Year};
    listing.postedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC).addDays(n % 300);
    listing.url = QStringLiteral("https://jobs.example.com/listing/%1").arg(n);
    listing.source = QStringLiteral("test");
    listing.description =
        QStringLiteral("We build things with Kubernetes and PostgreSQL. Listing number %1.").arg(n);
    listing.rawFormat = QStringLiteral("json");
    listing.rawSource = QStringLiteral("{\"n\": %1}").arg(n);
    return listing;
}

QString sharedData(const QString &relative)
{
    return QStringLiteral(JOBDESK_SHARED_DATA "/") + relative;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(content), content.size());
}

qint64 indexedListings(const Database &db)
{
    return sql::scalar(db.connection(), db.isFile()
                                            ? QStringLiteral("SELECT count(*) FROM listings_fts_docsize")
                                            : QStringLiteral("SELECT count(*) FROM listings_fts"))
        .toLongLong();
}

qint64 fullTextMatches(const Database &db, const QString &fts5Query)
{
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT count(*) FROM listings WHERE ") +
                           db.dialect().fullTextCondition(),
                       {db.dialect().fullTextQuery(fts5Query)})
        .toLongLong();
}

bool fullTextIndexIsExact(const Database &db)
{
    if (db.isFile()) {
        return sql::scalar(db.connection(),
                           QStringLiteral(
                               "INSERT INTO listings_fts(listings_fts, rank) VALUES('integrity-check', 0)"))
            .isNull();
    }
    return sql::scalar(
               db.connection(),
               QStringLiteral("SELECT count(*) FROM listings l JOIN listing_text t ON t.listing_id = l.id "
                              "LEFT JOIN listings_fts f ON f.listing_id = l.id WHERE f.document IS DISTINCT "
                              "FROM jobdesk_document(l.title, l.company, l.location, t.description)"))
               .toLongLong() == 0;
}

QList<qint64> firstListings(const Database &db, int count)
{
    QList<qint64> ids;
    QSqlQuery query =
        sql::run(db.connection(), QStringLiteral("SELECT id FROM listings ORDER BY id LIMIT ?"), {count});
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QString shownWithMember(const Database &db, const QString &detail)
{
    if (db.isFile())
        return detail;
    return QStringLiteral("%1 (%2)").arg(
        detail, sql::scalar(db.connection(), QStringLiteral("SELECT current_user")).toString());
}

QStringList dumpTables(const Database &db)
{
    QStringList rows;
    // PostgreSQL: the tables of the library's schema but its full-text documents (derived, as SQLite's
    // listings_fts is) and identity row (SQLite's is in the file header).
    QSqlQuery tables =
        db.isFile()
            ? sql::run(db.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
                                                       "'listings_fts%' ORDER BY name"))
            : sql::run(db.connection(),
                       QStringLiteral("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = current_schema() AND table_name NOT IN "
                                      "('listings_fts', 'profiles_fts', 'jobdesk_library') ORDER BY 1"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : names) {
        QSqlQuery query =
            sql::run(db.connection(), QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(name));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            rows.append(name + QLatin1Char('|') + values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

WriteRefusal refuseWrites(const Database &db, const QString &table, const QString &condition,
                          const QString &write, const QString &message)
{
    static int counter = 0;
    const QString trigger = QStringLiteral("jobdesk_test_refuse_%1").arg(++counter);
    const QString when = condition.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(condition);
    QString quoted = message;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    if (db.isFile()) {
        sql::run(db.connection(), QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW%4 BEGIN "
                                                 "SELECT RAISE(ABORT, '%5'); END")
                                      .arg(trigger, write, table, when, quoted));
        return {trigger, table};
    }
    // A function per trigger, so each raises its own message; both go when TempLibrary drops the database.
    sql::run(db.connection(), QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                                             "$$ BEGIN RAISE EXCEPTION '%2'; END $$")
                                  .arg(trigger, quoted));
    sql::run(db.connection(),
             QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW%4 EXECUTE FUNCTION %1()")
                 .arg(trigger, write, table, when));
    return {trigger, table};
}

void acceptWrites(const Database &db, const WriteRefusal &refusal)
{
    sql::run(db.connection(),
             db.isFile() ? QStringLiteral("DROP TRIGGER %1").arg(refusal.trigger)
                         : QStringLiteral("DROP TRIGGER %1 ON %2").arg(refusal.trigger, refusal.table));
}

void damageTable(const QString &path, const QString &table)
{
    qint64 root = 0;
    qint64 pageSize = 0;
    {
        const Database db(path);
        root = sql::scalar(db.connection(),
                           QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"), {table})
                   .toLongLong();
        pageSize = sql::scalar(db.connection(), QStringLiteral("PRAGMA page_size")).toLongLong();
        sql::run(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QVERIFY2(root > 1, qPrintable(table));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray noise(pageSize, Qt::Uninitialized);
    quint32 state = 0x9e3779b9u ^ quint32(root);
    for (char &byte : noise) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    QVERIFY(file.seek((root - 1) * pageSize));
    QCOMPARE(file.write(noise), pageSize);
}

ImportOptions importAt(const QDateTime &now)
{
    ImportOptions options;
    options.now = now;
    return options;
}

void addListings(const Database &db, int count, const QDateTime &at)
{
    ListingRepository repository(db);
    Transaction transaction(db.connection(), db.dialect());
    for (int i = 0; i < count; ++i)
        repository.upsert(makeListing(i), at);
    transaction.commit();
}

Run runJobdesk(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("JOBDESK_BINARY"), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool waitUntilLoaded(ListingTableModel &model, int timeoutMs)
{
    if (!model.isLoading())
        return true;
    QSignalSpy loaded(&model, &ListingTableModel::loaded);
    return loaded.wait(timeoutMs);
}

} // namespace jobdesk::test
