#include "notestore.h"

#include "activitylog.h"
#include "notemerge.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NoteStore", text);
}

// What the activity says: the first line of the new notes, shortened.
QString noteDetail(const QString &text)
{
    const QString firstLine = text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (firstLine.isEmpty())
        return tr("Notes cleared");
    constexpr int MaxLength = 60;
    return firstLine.size() > MaxLength ? firstLine.left(MaxLength - 1) + QChar(0x2026) : firstLine;
}

constexpr qint64 SittingSeconds = 10 * 60;

} // namespace

NoteStore::NoteStore(const Database &db)
    : m_db(db)
{}

QString NoteStore::notes(qint64 listingId) const
{
    return sql::scalar(m_db.connection(),
                       QStringLiteral("SELECT notes FROM annotations WHERE listing_id = ?"), {listingId})
        .toString();
}

QString NoteStore::conflictSeparator()
{
    return tr("*— Edited in two places at once: the lines above were saved first, the lines below after "
              "them. —*");
}

NoteStore::Save NoteStore::resolve(const QString &text, const QString &base, const QString &current)
{
    Save save;
    save.text = text;
    if (current != base) {
        const NoteMerge merge = mergeNotes(base, text, current, conflictSeparator());
        save.merged = true;
        save.conflicted = merge.conflicted;
        save.text = merge.text;
    }
    return save;
}

QVariant NoteStore::stored(qint64 listingId) const
{
    const QSqlDatabase db = m_db.connection();
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM listings WHERE id = ?"), {listingId}).isValid())
        throw StoreError(tr("The listing with id %1 is no longer in the library; its notes could not be "
                            "saved.")
                             .arg(listingId));
    return sql::scalar(db, QStringLiteral("SELECT notes FROM annotations WHERE listing_id = ?"), {listingId});
}

bool NoteStore::setNotes(qint64 listingId, const QString &text, const QDateTime &now) const
{
    Transaction transaction(m_db.connection(), m_db.dialect());
    const QVariant current = stored(listingId);
    if (current.toString() == text && (current.isValid() || text.isEmpty()))
        return false;
    write(listingId, text, now);
    transaction.commit();
    return true;
}

NoteStore::Save NoteStore::saveEdit(qint64 listingId, const QString &text, const QString &base,
                                    const QDateTime &now) const
{
    // BEGIN IMMEDIATE: the notes read here are the notes replaced, whoever else writes.
    Transaction transaction(m_db.connection(), m_db.dialect());
    const QString current = stored(listingId).toString();
    Save save = resolve(text, base, current);
    if (save.text == current)
        return save;
    write(listingId, save.text, now);
    transaction.commit();
    save.written = true;
    return save;
}

void NoteStore::write(qint64 listingId, const QString &text, const QDateTime &now) const
{
    const QSqlDatabase db = m_db.connection();
    sql::run(db,
             QStringLiteral("INSERT INTO annotations (listing_id, notes, updated_at) VALUES (?, ?, ?) "
                            "ON CONFLICT (listing_id) DO UPDATE SET notes = excluded.notes, "
                            "updated_at = excluded.updated_at"),
             {listingId, text.isNull() ? QStringLiteral("") : text, now.toSecsSinceEpoch()}); // never NULL
    // Autosave writes at every pause in typing; one sitting is one entry in the history: a save within
    // ten minutes of a "note" entry that is still the listing's latest adds none.
    QSqlQuery latest = sql::run(db,
                                QStringLiteral("SELECT kind, at FROM activity WHERE listing_id = ? "
                                               "ORDER BY at DESC, id DESC LIMIT 1"),
                                {listingId});
    const bool sameSitting = latest.next() && latest.value(0).toString() == QLatin1String("note") &&
                             now.toSecsSinceEpoch() - latest.value(1).toLongLong() < SittingSeconds;
    if (!sameSitting)
        ActivityLog(m_db).append({listingId}, QStringLiteral("note"), noteDetail(text), now);
}

} // namespace jobdesk
