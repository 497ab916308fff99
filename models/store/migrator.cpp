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
        // Consecutive from the first file's version: SQLite's from 1, PostgreSQL's from 12, where team
        // libraries began (its first file makes that whole schema at once).
        const int expected = m_migrations.isEmpty() ? migration.version : m_migrations.back().version + 1;
        if (migration.version != expected || migration.version < 1)
            throw StoreError(QStringLiteral("Migration %1 is out of sequence").arg(file));
        m_migrations.append(std::move(migration));
    }
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.back().version;
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
    bool inTrigger = false; // an SQLite trigger: from "CREATE TRIGGER … BEGIN" to the line "END;"
    bool inBody = false;    // a PostgreSQL function body between $$ and $$
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (!inBody && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty())
            inTrigger = false;
        current += rawLine + QLatin1Char('\n');
        if (!inTrigger && line.endsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive) &&
            current.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (inBody)
            continue;
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
