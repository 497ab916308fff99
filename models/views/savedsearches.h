// Saved searches: a name, the search text and a place in the sidebar's list. Kept in the library
// (saved_searches) so they survive a restart. Names are unique ignoring case; positions are 0..n-1 in
// list order, renumbered by every change that moves one.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

class Database;

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
    int position = 0;

    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};

class SavedSearchStore final
{
public:
    explicit SavedSearchStore(const Database &db);
    Q_DISABLE_COPY_MOVE(SavedSearchStore)

    // In position order.
    QList<SavedSearch> list() const;
    std::optional<SavedSearch> find(qint64 id) const;
    // Appends a search and returns its id. Throws StoreError when the name is empty or another saved
    // search has it (ignoring case); the message says which.
    qint64 add(const QString &name, const QString &query);
    // Same checks as add().
    void rename(qint64 id, const QString &name);
    void setQuery(qint64 id, const QString &query);
    void remove(qint64 id);
    // Puts a removed search back with its id at its position, for undo.
    void restore(const SavedSearch &search);
    // Moves the search to `newPosition` (clamped to the list), shifting the others.
    void move(qint64 id, int newPosition);

private:
    QString checkedName(const QString &name, qint64 exceptId) const;
    QList<qint64> orderedIds() const;
    void renumber(const QList<qint64> &ids);

    const Database &m_db;
};

} // namespace jobdesk
