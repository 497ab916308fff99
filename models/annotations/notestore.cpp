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
    return storedWithVersion(listingId).first;
}

std::pair<QVariant, QVariant> NoteStore::storedWithVersion(qint64 listingId) const
{
    QSqlQuery read = sql::run(m_db.connection(),
                              QStringLiteral("SELECT a.notes, a.row_version FROM listings l "
                                             "LEFT JOIN annotations a ON a.listing_id = l.id WHERE l.id = ?"),
                              {listingId});
    if (!read.next())
        throw StoreError(tr("The listing with id %1 is no longer in the library; its notes could not be "
                            "saved.")
                             .arg(listingId));
    return {read.isNull(0) ? QVariant() : read.value(0), read.isNull(1) ? QVariant() : read.value(1)};
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
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    Save save = mergeOver(
        text, base,
        [&] {
            const auto [notes, version] = storedWithVersion(listingId);
            return Stored{notes.toString(), version};
        },
        [&](const QString &merged, const QVariant &version) {
            return writeOver(listingId, merged, version, now);
        },
        [&] {
            throw StoreError(tr("The notes of listing %1 were saved by others again and again while yours "
                                "were being saved; your text is kept: save again.")
                                 .arg(listingId),
                             StoreError::Kind::Stale);
        });
    if (!save.written)
        return save;
    recordSitting(listingId, save.text, now);
    transaction.commit();
    return save;
}

NoteStore::Save NoteStore::mergeOver(const QString &text, const QString &base,
                                     const std::function<Stored()> &read,
                                     const std::function<bool(const QString &, const QVariant &)> &write,
                                     const std::function<void()> &giveUp)
{
    constexpr int Rounds = 5;
    for (int round = 1;; ++round) {
        // The notes and their version in one statement (`read`): read apart, on a server another save
        // could commit between the two, and the merge would be written over notes it never saw.
        const Stored stored = read();
        Save save = resolve(text, base, stored.notes);
        if (save.text == stored.notes)
            return save;
        if (write(save.text, stored.version)) {
            save.written = true;
            return save;
        }
        if (round == Rounds)
            giveUp();
    }
}

bool NoteStore::writeOver(qint64 listingId, const QString &text, const QVariant &version,
                          const QDateTime &now) const
{
    const QSqlDatabase db = m_db.connection();
    const QString notes = text.isNull() ? QStringLiteral("") : text; // never NULL
    const QSqlQuery written =
        version.isValid()
            ? sql::run(db,
                       QStringLiteral("UPDATE annotations SET notes = ?, updated_at = ? "
                                      "WHERE listing_id = ? AND row_version = ?"),
                       {notes, now.toSecsSinceEpoch(), listingId, version})
            : sql::run(
                  db,
                  QStringLiteral("INSERT INTO annotations (listing_id, notes, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (listing_id) DO NOTHING"),
                  {listingId, notes, now.toSecsSinceEpoch()});
    return written.numRowsAffected() == 1;
}

void NoteStore::write(qint64 listingId, const QString &text, const QDateTime &now) const
{
    const QSqlDatabase db = m_db.connection();
    sql::run(db,
             QStringLiteral("INSERT INTO annotations (listing_id, notes, updated_at) VALUES (?, ?, ?) "
                            "ON CONFLICT (listing_id) DO UPDATE SET notes = excluded.notes, "
                            "updated_at = excluded.updated_at"),
             {listingId, text.isNull() ? QStringLiteral("") : text, now.toSecsSinceEpoch()}); // never NULL
    recordSitting(listingId, text, now);
}

void NoteStore::recordSitting(qint64 listingId, const QString &text, const QDateTime &now) const
{
    const QSqlDatabase db = m_db.connection();
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
