#include "migrator.h"

#include "sql.h"
#include "sqldialect.h"
#include "storeerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace jobdesk {

Migrator::Migrator(const SqlDialect &dialect)
    : m_dialect(dialect)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    const QDir dir(m_dialect.migrationDirectory());
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        QFile source(dir.filePath(file));
        if (!match.hasMatch() || !source.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("Bad migration resource %1").arg(file));
        Migration migration{match.captured(1).toInt(), match.captured(2),
                            splitStatements(QString::fromUtf8(source.readAll()))};
        if (migration.version != m_migrations.size() + 1)
            throw StoreError(QStringLiteral("Migration %1 is out of sequence").arg(file));
        m_migrations.append(std::move(migration));
    }
}

int Migrator::latestVersion() const
{
    return int(m_migrations.size());
}

void Migrator::migrate(const QSqlDatabase &db, int target) const
{
    const int current = m_dialect.schemaVersion(db);
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current || migration.version > target)
            continue;
        Transaction transaction(db, m_dialect);
        for (const QString &statement : migration.statements)
            sql::run(db, statement);
        m_dialect.setSchemaVersion(db, migration.version);
        transaction.commit();
    }
}

QStringList Migrator::splitStatements(const QString &text)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty())
            inTrigger = line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace jobdesk
