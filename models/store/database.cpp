#include "database.h"

#include "migrator.h"
#include "privatefile.h"
#include "readonlyconnection.h"
#include "sql.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <atomic>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("jobdesk-%1").arg(++counter);
}

// `error` with the library's path in front unless it already names it.
StoreError naming(const QString &path, const StoreError &error)
{
    return error.message().contains(path)
               ? error
               : StoreError(path + QLatin1String(": ") + error.message(), error.kind());
}

} // namespace

Database::Database(const QString &path)
    : m_location(LibraryLocation::parse(path))
    , m_path(m_location.toString())
    , m_connectionName(newConnectionName())
    , m_dialect(&SqlDialect::forPath(path))
{
    if (m_location.isFile())
        openFile();
    else
        openServer();
    QSqlDatabase db = connection();
    try {
        if (!m_location.isFile()) {
            m_dialect->checkIdentity(db, m_path);
            checkVersion(db);
        }
        m_dialect->configure(db);
        migrate();
    } catch (const StoreError &error) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw naming(m_path, error);
    }
}

void Database::openFile()
{
    checkFile();
    const QDir parent = QFileInfo(m_path).absoluteDir();
    if (!parent.exists() && !QDir().mkpath(parent.path()))
        throw StoreError(tr("Cannot create the folder %1 for the library.").arg(parent.path()));
    createPrivateFile(m_path);

    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StoreError(tr("Cannot open the library %1: %2").arg(m_path, reason));
    }
}

void Database::openServer()
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName()))
        throw StoreError(tr("Cannot open the team library %1: Qt's PostgreSQL driver (QPSQL) is not "
                            "installed (on Debian and Ubuntu: the package libqt6sql6-psql).")
                             .arg(m_path));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setUserName(m_location.user());
    db.setDatabaseName(m_location.databaseName());
    // Empty when none was typed: libpq then takes PGPASSWORD or the ~/.pgpass entry itself.
    db.setPassword(Passwords::find(m_location.serverKey()));
    QStringList options = {QStringLiteral("application_name=Jobdesk")};
    if (!m_location.connectOptions().contains(QLatin1String("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=10"));
    if (!m_location.connectOptions().isEmpty())
        options.append(m_location.connectOptions());
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString reason = db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        // libpq's words for a missing or wrong password (the server's message is in English or the
        // server's language; these two come from libpq and the protocol and do not vary).
        const bool password = reason.contains(QLatin1String("no password supplied")) ||
                              reason.contains(QLatin1String("password authentication failed"));
        throw StoreError(tr("Cannot open the team library %1: %2").arg(m_path, reason),
                         password ? StoreError::Kind::PasswordNeeded : StoreError::Kind::Other);
    }
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return m_dialect->schemaVersion(connection());
}

int Database::latestSchemaVersion()
{
    static const int latest = Migrator(SqlDialect::forPath(QString())).latestVersion();
    return latest;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/library.sqlite");
}

void Database::checkFile() const
{
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(tr("Cannot read the library %1: %2").arg(m_path, file.errorString()));
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    if (file.read(16) != sqliteMagic)
        throw StoreError(
            tr("%1 is not a Jobdesk library (not an SQLite database); it was not changed.").arg(m_path),
            StoreError::Kind::NotALibrary);
    file.close();

    // Whose file it is and which version, read without writing: a library this build must not change
    // (another program's, a newer Jobdesk's, a damaged one) stays exactly as it was.
    const ReadOnlyConnection reader(m_path);
    if (!reader.isOpen())
        throw StoreError(tr("Cannot open the library %1: %2").arg(m_path, reader.error()));
    try {
        const QSqlDatabase db = reader.connection();
        m_dialect->checkIdentity(db, m_path);
        checkVersion(db);
    } catch (const StoreError &error) {
        throw naming(m_path, error);
    }
}

void Database::checkVersion(const QSqlDatabase &db) const
{
    const int version = m_dialect->schemaVersion(db);
    if (version > latestSchemaVersion()) {
        throw StoreError(tr("%1 was written by a newer version of Jobdesk (library version %2; this "
                            "version knows up to %3). It was not changed; please update Jobdesk.")
                             .arg(m_path)
                             .arg(version)
                             .arg(latestSchemaVersion()),
                         StoreError::Kind::NewerVersion);
    }
}

void Database::migrate()
{
    const QSqlDatabase db = connection();
    const Migrator migrator(*m_dialect);
    const int version = m_dialect->schemaVersion(db);
    if (version >= migrator.latestVersion())
        return;
    // A server's databases are backed up by its administrator before an upgrade (docs/team-library.md).
    if (version > 0 && m_location.isFile()) {
        m_backupPath = m_path + QStringLiteral(".v%1.bak").arg(version);
        QFile::remove(m_backupPath);
        createPrivateFile(m_backupPath);
        m_dialect->backup(db, m_backupPath);
    }
    migrator.migrate(db, migrator.latestVersion());
}

} // namespace jobdesk
