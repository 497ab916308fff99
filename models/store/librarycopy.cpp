#include "librarycopy.h"

#include "database.h"
#include "readsnapshot.h"
#include "sql.h"
#include "sqldialect.h"
#include "storeerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LibraryCopy", text);
}

// Tables a fresh library fills by itself (default stages, the shipped skills dictionary, settings): the
// copy replaces their rows. Rows in any other table are someone's data, and the copy refuses to touch them.
const QSet<QString> &seededTables()
{
    static const QSet<QString> seeded{QStringLiteral("stages"), QStringLiteral("pipeline_stages"),
                                      QStringLiteral("skills"), QStringLiteral("skill_aliases"),
                                      QStringLiteral("library_settings")};
    return seeded;
}

// Each engine's own bookkeeping and full-text index, which the destination builds for itself.
bool isInternal(const QString &table)
{
    return table.startsWith(QLatin1String("sqlite_")) || table.startsWith(QLatin1String("listings_fts")) ||
           table.startsWith(QLatin1String("profiles_fts")) || table == QLatin1String("jobdesk_library");
}

// Columns that refer to a row of their own table (a skill merged into another): written once every row
// is in, so an id may point forward.
const QHash<QString, QString> &selfReferences()
{
    static const QHash<QString, QString> columns{{QStringLiteral("skills"), QStringLiteral("merged_into")}};
    return columns;
}

qint64 count(const Database &db, const QString &table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

} // namespace

LibraryCopy::LibraryCopy(const Database &from, const Database &to)
    : m_from(from)
    , m_to(to)
{}

QStringList LibraryCopy::tables()
{
    return {QStringLiteral("library_settings"), QStringLiteral("stages"),
            QStringLiteral("pipeline_stages"),  QStringLiteral("tags"),
            QStringLiteral("skills"),           QStringLiteral("skill_aliases"),
            QStringLiteral("saved_searches"),   QStringLiteral("csv_mappings"),
            QStringLiteral("hide_rules"),       QStringLiteral("contacts"),
            QStringLiteral("listings"),         QStringLiteral("listing_locations"),
            QStringLiteral("listing_text"),     QStringLiteral("listing_sources"),
            QStringLiteral("listing_skills"),   QStringLiteral("listing_tags"),
            QStringLiteral("annotations"),      QStringLiteral("stage_history"),
            QStringLiteral("activity"),         QStringLiteral("listing_events"),
            QStringLiteral("listing_contacts"), QStringLiteral("openings"),
            QStringLiteral("profiles"),         QStringLiteral("profile_skills"),
            QStringLiteral("profile_tags"),     QStringLiteral("pipelines"),
            QStringLiteral("pipeline_history")};
}

QList<CopiedTable> LibraryCopy::run(const Progress &progress) const
{
    const QStringList order = tables();
    if (m_from.schemaVersion() != m_to.schemaVersion())
        throw StoreError(tr("%1 is at schema version %2 and %3 at %4: open both with this version of Jobdesk "
                            "first.")
                             .arg(m_from.location().toString())
                             .arg(m_from.schemaVersion())
                             .arg(m_to.location().toString())
                             .arg(m_to.schemaVersion()));
    // A table this build does not know would be left behind: refuse rather than copy part of a library.
    for (const Database *db : {&m_from, &m_to}) {
        for (const QString &table : db->connection().tables(QSql::Tables)) {
            if (!isInternal(table) && !order.contains(table))
                throw StoreError(
                    tr("%1 has a table this version of Jobdesk cannot copy (%2); nothing was copied.")
                        .arg(db->location().toString(), table));
        }
    }
    for (const QString &table : order) {
        if (!seededTables().contains(table) && count(m_to, table) > 0)
            throw StoreError(
                tr("%1 already holds data (%2): copy into a new, empty library; nothing was copied.")
                    .arg(m_to.location().toString(), table));
    }

    const ReadSnapshot snapshot(m_from);
    const QSqlDatabase target = m_to.connection();
    Transaction transaction(target, m_to.dialect());
    for (auto table = order.crbegin(); table != order.crend(); ++table)
        sql::run(target, QStringLiteral("DELETE FROM %1").arg(*table));

    QList<CopiedTable> copied;
    for (const QString &table : order) {
        QSqlQuery rows(m_from.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            throw StoreError(tr("Cannot read %1 of %2: %3")
                                 .arg(table, m_from.location().toString(), rows.lastError().text()));
        const QSqlRecord record = rows.record();
        const QStringList generated = m_to.dialect().generatedColumns(target, table);
        QList<int> fields; // the source's fields written, by position
        QStringList columns;
        for (int i = 0; i < record.count(); ++i) {
            if (!generated.contains(record.fieldName(i))) {
                fields.append(i);
                columns.append(record.fieldName(i));
            }
        }
        const QString later = selfReferences().value(table);
        const int laterField = later.isEmpty() ? -1 : record.indexOf(later);
        // Many rows to a statement: one round trip to a server for each batch instead of each row (the
        // 100k benchmark library took 8 minutes row by row over loopback). Within both engines' limits
        // of bound values (SQLite 32,766, PostgreSQL 65,535).
        const int perBatch =
            std::max<int>(1, std::min<int>(500, 30000 / int(std::max<qsizetype>(1, columns.size()))));
        const auto insertOf = [&](int rowCount) {
            const QString row = QLatin1Char('(') + sql::placeholders(columns.size()) + QLatin1Char(')');
            QStringList values;
            for (int r = 0; r < rowCount; ++r)
                values.append(row);
            return sql::prepare(target, QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                            .arg(table, columns.join(QStringLiteral(", ")),
                                                 values.join(QStringLiteral(", "))));
        };
        std::optional<QSqlQuery> fullBatch;
        QVariantList batch;
        int batchRows = 0;
        qint64 written = 0;
        const auto flush = [&] {
            if (batchRows == 0)
                return;
            std::optional<QSqlQuery> partial;
            if (batchRows == perBatch && !fullBatch)
                fullBatch = insertOf(perBatch);
            else if (batchRows < perBatch)
                partial = insertOf(batchRows);
            QSqlQuery &insert = batchRows == perBatch ? *fullBatch : *partial;
            for (const QVariant &value : std::as_const(batch))
                insert.addBindValue(value);
            try {
                sql::exec(insert);
            } catch (const StoreError &error) {
                throw StoreError(tr("%1 refused one of rows %2 to %3 of %4: %5; nothing was copied.")
                                     .arg(m_to.location().toString())
                                     .arg(written + 1)
                                     .arg(written + batchRows)
                                     .arg(table, error.message()));
            }
            written += batchRows;
            batch.clear();
            batchRows = 0;
        };
        QList<std::pair<QVariant, QVariant>> pointers; // (id, value of the self-referring column)
        while (rows.next()) {
            for (const int i : std::as_const(fields)) {
                if (i == laterField && !rows.isNull(i)) {
                    pointers.append({rows.value(QStringLiteral("id")), rows.value(i)});
                    batch.append(QVariant());
                } else {
                    batch.append(rows.value(i));
                }
            }
            if (++batchRows == perBatch)
                flush();
        }
        flush();
        if (!pointers.isEmpty()) {
            QSqlQuery point =
                sql::prepare(target, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, later));
            for (const auto &[id, value] : std::as_const(pointers)) {
                point.addBindValue(value);
                point.addBindValue(id);
                sql::exec(point);
            }
        }
        copied.append({table, written});
        if (progress)
            progress(copied.last());
    }
    m_to.dialect().continueIds(target, order);
    sql::run(target, m_to.dialect().indexListings(QStringLiteral("l.id IS NOT NULL")));

    // Counted again on both sides: a row lost on the way (or one a trigger added) fails the copy.
    for (const CopiedTable &table : std::as_const(copied)) {
        const qint64 source = count(m_from, table.table);
        const qint64 destination = count(m_to, table.table);
        if (source != table.rows || destination != source)
            throw StoreError(tr("The copy of %1 has %2 rows where %3 has %4; nothing was copied.")
                                 .arg(table.table)
                                 .arg(destination)
                                 .arg(m_from.location().toString())
                                 .arg(source));
    }
    transaction.commit();
    return copied;
}

} // namespace jobdesk
