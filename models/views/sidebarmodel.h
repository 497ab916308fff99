// The sidebar as a tree: three sections (Library: All, Inbox, each stage, Follow-up due, Hidden; Tags;
// Saved searches), each row a ListingView with its live count. The structure is read on the calling
// thread (small tables); the counts come from a SidebarCounter thread and arrive later (CountRole is
// invalid until then). Saved-search edits go through this model so rows move with proper signals;
// rows can be reordered by drag and drop within their section.
#pragma once

#include "listingview.h"
#include "savedsearches.h"
#include "viewcounts.h"

#include <QAbstractItemModel>
#include <QList>
#include <QTimer>

#include <array>
#include <optional>

namespace jobdesk {

class Database;
class SidebarCounter;

class SidebarModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarModel)

public:
    enum Section : int
    {
        LibrarySection,
        TagsSection,
        SavedSearchesSection,
        SectionCount
    };

    enum Role : int
    {
        ViewRole = Qt::UserRole + 1, // ListingView of a view row; invalid on section rows
        CountRole,                   // qint64; invalid until counted and for a query that does not compile
        CountTextRole,               // the count as shown: "1,234", "—" when the query does not compile
        ColorRole,                   // "#rrggbb" of a stage or tag; empty otherwise
    };

    static constexpr int RefreshDelayMs = 150;
    // What a dragged saved search carries (its id), for reordering.
    static QString savedSearchMimeType() { return QStringLiteral("application/x-jobdesk-saved-search"); }

    explicit SidebarModel(const Database &db, QObject *parent = nullptr);
    ~SidebarModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // EditRole on a saved search renames it (errorOccurred() says why when it cannot).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex sectionIndex(Section section) const;
    // The row of the same view (kind and id), or an invalid index.
    QModelIndex indexOf(const ListingView &view) const;
    ListingView viewAt(const QModelIndex &index) const;

    // Saved searches. Each throws StoreError (its message is for people) and then leaves the rows as
    // they were.
    qint64 addSavedSearch(const QString &name, const QString &query);
    void renameSavedSearch(qint64 id, const QString &name);
    void setSavedSearchQuery(qint64 id, const QString &query);
    // Returns the removed search, for restoreSavedSearch() (undo).
    SavedSearch removeSavedSearch(qint64 id);
    void restoreSavedSearch(const SavedSearch &search);
    void moveSavedSearch(qint64 id, int newPosition);

    // Re-reads stages, tags and saved searches and recounts every view, RefreshDelayMs after the last
    // call: call it after imports, hiding, annotating. Counts of older requests are dropped.
    void refresh();
    // The same without the delay.
    void refreshNow();
    // Whether counts were requested and have not arrived yet.
    bool countsPending() const { return m_pendingGeneration != 0; }

Q_SIGNALS:
    // A fresh set of counts is shown.
    void countsUpdated();
    // Counting or a rename through setData() failed; the message is for people.
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        ListingView view;
        QString color;
        std::optional<qint64> count;
        QString error; // a saved search that does not compile
    };

    const Row *rowAt(const QModelIndex &index) const;
    int savedSearchRow(qint64 id) const;
    std::array<QList<Row>, SectionCount> readRows() const;
    void syncSection(Section section, QList<Row> rows);
    void startCount();
    void applyCounts(quint64 generation, const ViewCounts &counts);
    void countFailed(quint64 generation, const QString &message);
    QList<SavedSearch> savedSearches() const;

    const Database &m_db;
    std::array<QList<Row>, SectionCount> m_rows;
    SidebarCounter *m_counter;
    QTimer m_refreshTimer;
    quint64 m_pendingGeneration = 0;
};

} // namespace jobdesk
