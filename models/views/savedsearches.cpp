#include "savedsearches.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SavedSearches", text);
}

const QString selectSearch = QStringLiteral("SELECT id, name, query, position FROM saved_searches");

SavedSearch searchFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toInt()};
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

SavedSearchStore::SavedSearchStore(const Database &db)
    : m_db(db)
{}

QList<SavedSearch> SavedSearchStore::list() const
{
    QSqlQuery query = sql::run(m_db.connection(), selectSearch + QLatin1String(" ORDER BY position, id"));
    QList<SavedSearch> searches;
    while (query.next())
        searches.append(searchFrom(query));
    return searches;
}

std::optional<SavedSearch> SavedSearchStore::find(qint64 id) const
{
    QSqlQuery query = sql::run(m_db.connection(), selectSearch + QLatin1String(" WHERE id = ?"), {id});
    return query.next() ? std::optional<SavedSearch>(searchFrom(query)) : std::nullopt;
}

QString SavedSearchStore::checkedName(const QString &name, qint64 exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw StoreError(tr("A saved search needs a name."));
    const QVariant other = sql::scalar(
        m_db.connection(), QStringLiteral("SELECT name FROM saved_searches WHERE name = ? AND id != ?"),
        {trimmed, exceptId});
    if (other.isValid())
        throw StoreError(tr("There is already a saved search named “%1”.").arg(other.toString()));
    return trimmed;
}

qint64 SavedSearchStore::add(const QString &name, const QString &query)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const QString checked = checkedName(name, 0);
    const QSqlQuery insert =
        sql::run(db,
                 QStringLiteral("INSERT INTO saved_searches (name, query, position) "
                                "SELECT ?, ?, coalesce(max(position) + 1, 0) FROM saved_searches"),
                 {checked, text(query)});
    const qint64 id = insert.lastInsertId().toLongLong();
    transaction.commit();
    return id;
}

void SavedSearchStore::rename(qint64 id, const QString &name)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const QString checked = checkedName(name, id);
    sql::run(db, QStringLiteral("UPDATE saved_searches SET name = ? WHERE id = ?"), {checked, id});
    transaction.commit();
}

void SavedSearchStore::setQuery(qint64 id, const QString &query)
{
    sql::run(m_db.connection(), QStringLiteral("UPDATE saved_searches SET query = ? WHERE id = ?"),
             {text(query), id});
}

void SavedSearchStore::remove(qint64 id)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    sql::run(m_db.connection(), QStringLiteral("DELETE FROM saved_searches WHERE id = ?"), {id});
    renumber(orderedIds());
    transaction.commit();
}

void SavedSearchStore::restore(const SavedSearch &search)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QList<qint64> ids = orderedIds();
    if (ids.contains(search.id))
        return; // still there: nothing to undo
    const QString checked = checkedName(search.name, search.id);
    sql::run(db, QStringLiteral("INSERT INTO saved_searches (id, name, query, position) VALUES (?, ?, ?, ?)"),
             {search.id, checked, text(search.query), int(ids.size())});
    ids.insert(qBound(0, search.position, int(ids.size())), search.id);
    renumber(ids);
    transaction.commit();
}

void SavedSearchStore::move(qint64 id, int newPosition)
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    QList<qint64> ids = orderedIds();
    if (!ids.removeOne(id))
        return;
    ids.insert(qBound(0, newPosition, int(ids.size())), id);
    renumber(ids);
    transaction.commit();
}

QList<qint64> SavedSearchStore::orderedIds() const
{
    QSqlQuery query =
        sql::run(m_db.connection(), QStringLiteral("SELECT id FROM saved_searches ORDER BY position, id"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

void SavedSearchStore::renumber(const QList<qint64> &ids)
{
    // Only rows whose position changes are written; the caller holds the transaction.
    QSqlQuery update =
        sql::prepare(m_db.connection(), QStringLiteral("UPDATE saved_searches SET position = ? WHERE id = ? "
                                                       "AND position IS DISTINCT FROM ?"));
    for (int position = 0; position < ids.size(); ++position) {
        update.addBindValue(position);
        update.addBindValue(ids.at(position));
        update.addBindValue(position);
        sql::exec(update);
    }
}

} // namespace jobdesk
