#include "librarylocation.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

// libpq's connection keywords an address may carry; anything else in its query is refused rather than
// passed on, so a typo is named instead of ignored.
bool isConnectKeyword(const QString &key)
{
    static const QStringList keywords = {
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("gssencmode"),
        QStringLiteral("channel_binding"),
    };
    return keywords.contains(key);
}

} // namespace

bool LibraryLocation::isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

LibraryLocation LibraryLocation::parse(const QString &text)
{
    LibraryLocation location;
    if (!isServerAddress(text)) {
        location.m_filePath = text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
        return location;
    }
    location.m_kind = Kind::PostgreSql;
    const QUrl url(text, QUrl::StrictMode);
    const auto refuse = [&text](const QString &why) {
        throw StoreError(tr("The team library address %1 cannot be used: %2").arg(text, why));
    };
    if (!url.isValid())
        refuse(url.errorString());
    if (url.host().isEmpty())
        refuse(tr("it names no server (postgresql://user@host:port/database)."));
    location.m_host = url.host();
    location.m_port = url.port(5432);
    if (location.m_port <= 0 || location.m_port > 65535)
        refuse(tr("the port must be a number from 1 to 65535."));
    location.m_user = url.userName();
    location.m_databaseName = url.path().mid(1);
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(QLatin1Char('/')))
        refuse(tr("it names no database after the server (postgresql://user@host:port/database)."));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!isConnectKeyword(key))
            refuse(tr("“%1” is not a connection setting Jobdesk passes on (sslmode, connect_timeout, …).")
                       .arg(key));
        if (value.contains(QLatin1Char(';')))
            refuse(tr("the value of %1 contains “;”.").arg(key));
        options.append(key + QLatin1Char('=') + value);
    }
    location.m_connectOptions = options.join(QLatin1Char(';'));
    if (!url.password().isEmpty())
        Passwords::remember(location.serverKey(), url.password());
    return location;
}

QString LibraryLocation::toString() const
{
    if (m_kind == Kind::File)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    if (!m_connectOptions.isEmpty()) {
        QUrlQuery query;
        const QStringList options = m_connectOptions.split(QLatin1Char(';'));
        for (const QString &option : options)
            query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
        url.setQuery(query);
    }
    return url.toString();
}

QString LibraryLocation::displayName() const
{
    if (m_kind == Kind::File)
        return QFileInfo(m_filePath).fileName();
    return tr("%1 on %2").arg(m_databaseName, m_host);
}

QString LibraryLocation::serverKey() const
{
    return QStringLiteral("%1@%2:%3").arg(m_user, m_host).arg(m_port);
}

namespace Passwords {
namespace {
QMutex &mutex()
{
    static QMutex m;
    return m;
}
QHash<QString, QString> &store()
{
    static QHash<QString, QString> passwords;
    return passwords;
}
} // namespace

void remember(const QString &serverKey, const QString &password)
{
    const QMutexLocker lock(&mutex());
    store().insert(serverKey, password);
}

QString find(const QString &serverKey)
{
    const QMutexLocker lock(&mutex());
    return store().value(serverKey);
}

void forget(const QString &serverKey)
{
    const QMutexLocker lock(&mutex());
    store().remove(serverKey);
}
} // namespace Passwords

} // namespace jobdesk
