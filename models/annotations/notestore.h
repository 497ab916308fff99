// A listing's notes: free Markdown text kept in annotations.notes. Reading a listing nobody annotated
// gives empty notes; writing creates the annotations row when needed and appends a "note" entry to the
// listing's activity in the same transaction (one per sitting: saves within ten minutes of the latest
// entry, when that is a "note" one, add none). Writing the text that is already stored writes nothing.
#pragma once

#include <QDateTime>
#include <QString>

namespace jobdesk {

class Database;

class NoteStore final
{
public:
    explicit NoteStore(const Database &db);
    Q_DISABLE_COPY_MOVE(NoteStore)

    // The listing's notes; empty when it has none (or does not exist).
    QString notes(qint64 listingId) const;
    // Stores `text` as the listing's notes. Returns false when nothing had to be written (same text).
    // Throws StoreError when the listing does not exist or the library refuses the write.
    bool setNotes(qint64 listingId, const QString &text,
                  const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    const Database &m_db;
};

} // namespace jobdesk
