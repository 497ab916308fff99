#include "sidebarmodel.h"

#include "sidebarcounter.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace jobdesk {
namespace {

// Section rows have internal id 0; a view row's internal id is its section + 1.
constexpr quintptr sectionId = 0;

ListingView libraryView(ListingView::Kind kind, const QString &name)
{
    return {kind, 0, name, {}};
}

QString sectionName(int section)
{
    switch (section) {
    case SidebarModel::LibrarySection:
        return SidebarModel::tr("Library");
    case SidebarModel::TagsSection:
        return SidebarModel::tr("Tags");
    case SidebarModel::SavedSearchesSection:
        return SidebarModel::tr("Saved searches");
    default:
        return {};
    }
}

QString viewToolTip(const ListingView &view)
{
    switch (view.kind) {
    case ListingView::Kind::All:
        return SidebarModel::tr("Every listing that is not hidden");
    case ListingView::Kind::Inbox:
        return SidebarModel::tr("Listings you have not triaged yet (status New)");
    case ListingView::Kind::Stage:
        return SidebarModel::tr("Listings with the status %1").arg(view.name);
    case ListingView::Kind::FollowUpDue:
        return SidebarModel::tr("Listings whose follow-up date has come");
    case ListingView::Kind::Hidden:
        return SidebarModel::tr("Listings you hid, and listings of hidden companies and titles");
    case ListingView::Kind::Tag:
        return SidebarModel::tr("Listings tagged %1").arg(view.name);
    case ListingView::Kind::SavedSearch:
        return view.query;
    }
    return {};
}

} // namespace

SidebarModel::SidebarModel(const Database &db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_rows(readRows())
    , m_counter(new SidebarCounter(db.path(), this))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SidebarModel::refreshNow);
    connect(m_counter, &SidebarCounter::countsReady, this, &SidebarModel::applyCounts);
    connect(m_counter, &SidebarCounter::failed, this, &SidebarModel::countFailed);
    startCount();
}

SidebarModel::~SidebarModel()
{
    delete m_counter; // stops the counting thread before the rows it reports to go away
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < SectionCount ? createIndex(row, 0, sectionId) : QModelIndex();
    if (parent.internalId() != sectionId || parent.column() != 0 || row >= m_rows[parent.row()].size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionId);
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return SectionCount;
    if (parent.internalId() != sectionId || parent.column() != 0)
        return 0;
    return int(m_rows[parent.row()].size());
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const SidebarModel::Row *SidebarModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == sectionId)
        return nullptr;
    const QList<Row> &rows = m_rows[index.internalId() - 1];
    return index.row() < rows.size() ? &rows.at(index.row()) : nullptr;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row *row = rowAt(index);
    if (!row) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return sectionName(index.row());
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row->view.name;
    case Qt::ToolTipRole:
        return row->error.isEmpty() ? viewToolTip(row->view) : row->error;
    case Qt::AccessibleTextRole:
        return row->count ? tr("%1, %n listings", nullptr, int(*row->count)).arg(row->view.name)
                          : row->view.name;
    case ViewRole:
        return QVariant::fromValue(row->view);
    case CountRole:
        return row->count ? QVariant(*row->count) : QVariant();
    case CountTextRole:
        if (!row->error.isEmpty())
            return QStringLiteral("—");
        return row->count ? QLocale().toString(*row->count) : QString();
    case ColorRole:
        return row->color;
    default:
        return {};
    }
}

bool SidebarModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Row *row = rowAt(index);
    if (role != Qt::EditRole || !row || row->view.kind != ListingView::Kind::SavedSearch)
        return false;
    const QString name = value.toString().trimmed();
    if (name == row->view.name)
        return true;
    try {
        renameSavedSearch(row->view.id, name);
        return true;
    } catch (const StoreError &error) {
        Q_EMIT errorOccurred(error.message());
        return false;
    }
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Row *row = rowAt(index);
    if (!row) {
        return index.row() == SavedSearchesSection ? Qt::ItemIsEnabled | Qt::ItemIsDropEnabled
                                                   : Qt::ItemIsEnabled;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (row->view.kind == ListingView::Kind::SavedSearch)
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions SidebarModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SidebarModel::mimeTypes() const
{
    return {savedSearchMimeType()};
}

QMimeData *SidebarModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        const Row *row = rowAt(index);
        if (row && row->view.kind == ListingView::Kind::SavedSearch) {
            auto *data = new QMimeData;
            data->setData(savedSearchMimeType(), QByteArray::number(row->view.id));
            return data;
        }
    }
    return nullptr;
}

bool SidebarModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(savedSearchMimeType()) || action != Qt::MoveAction)
        return false;
    const QModelIndex saved = sectionIndex(SavedSearchesSection);
    return parent == saved || parent.parent() == saved;
}

bool SidebarModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 id = data->data(savedSearchMimeType()).toLongLong();
    const int from = savedSearchRow(id);
    if (from < 0)
        return false;
    // Between rows: `row` is the insertion point, which counts the dragged row itself when it lies
    // above; on a saved search: that search's place; on the heading: first.
    const bool betweenRows = parent == sectionIndex(SavedSearchesSection);
    int to = betweenRows ? qMax(row, 0) : parent.row();
    if (betweenRows && to > from)
        --to;
    try {
        moveSavedSearch(id, to);
    } catch (const StoreError &error) {
        Q_EMIT errorOccurred(error.message());
        return false;
    }
    // The move is done; a view that would remove the dragged rows after a move finds removeRows() a
    // no-op (this model removes nothing that way).
    return true;
}

QModelIndex SidebarModel::sectionIndex(Section section) const
{
    return index(section, 0);
}

QModelIndex SidebarModel::indexOf(const ListingView &view) const
{
    for (int section = 0; section < SectionCount; ++section) {
        const QList<Row> &rows = m_rows[section];
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).view.sameViewAs(view))
                return index(i, 0, sectionIndex(Section(section)));
        }
    }
    return {};
}

ListingView SidebarModel::viewAt(const QModelIndex &index) const
{
    const Row *row = rowAt(index);
    return row ? row->view : ListingView{};
}

int SidebarModel::savedSearchRow(qint64 id) const
{
    const QList<Row> &rows = m_rows[SavedSearchesSection];
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).view.id == id)
            return i;
    }
    return -1;
}

qint64 SidebarModel::addSavedSearch(const QString &name, const QString &query)
{
    SavedSearchStore store(m_db);
    const qint64 id = store.add(name, query);
    const std::optional<SavedSearch> added = store.find(id);
    const int row = int(m_rows[SavedSearchesSection].size());
    beginInsertRows(sectionIndex(SavedSearchesSection), row, row);
    m_rows[SavedSearchesSection].append(
        Row{{ListingView::Kind::SavedSearch, id, added ? added->name : name, query}, {}, {}, {}});
    endInsertRows();
    refresh(); // its count
    return id;
}

void SidebarModel::renameSavedSearch(qint64 id, const QString &name)
{
    const int row = savedSearchRow(id);
    SavedSearchStore store(m_db);
    store.rename(id, name);
    if (row < 0)
        return;
    m_rows[SavedSearchesSection][row].view.name = name.trimmed();
    const QModelIndex changed = index(row, 0, sectionIndex(SavedSearchesSection));
    Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, Qt::AccessibleTextRole, ViewRole});
}

void SidebarModel::setSavedSearchQuery(qint64 id, const QString &query)
{
    const int row = savedSearchRow(id);
    SavedSearchStore(m_db).setQuery(id, query);
    if (row < 0)
        return;
    Row &changedRow = m_rows[SavedSearchesSection][row];
    changedRow.view.query = query;
    changedRow.count.reset();
    changedRow.error.clear();
    const QModelIndex changed = index(row, 0, sectionIndex(SavedSearchesSection));
    Q_EMIT dataChanged(changed, changed);
    refresh();
}

SavedSearch SidebarModel::removeSavedSearch(qint64 id)
{
    SavedSearchStore store(m_db);
    const std::optional<SavedSearch> removed = store.find(id);
    if (!removed)
        return {};
    store.remove(id);
    const int row = savedSearchRow(id);
    if (row >= 0) {
        beginRemoveRows(sectionIndex(SavedSearchesSection), row, row);
        m_rows[SavedSearchesSection].removeAt(row);
        endRemoveRows();
    }
    return *removed;
}

void SidebarModel::restoreSavedSearch(const SavedSearch &search)
{
    if (savedSearchRow(search.id) >= 0)
        return;
    SavedSearchStore(m_db).restore(search);
    QList<Row> &rows = m_rows[SavedSearchesSection];
    const int row = qBound(0, search.position, int(rows.size()));
    beginInsertRows(sectionIndex(SavedSearchesSection), row, row);
    rows.insert(
        row,
        Row{{ListingView::Kind::SavedSearch, search.id, search.name.trimmed(), search.query}, {}, {}, {}});
    endInsertRows();
    refresh();
}

void SidebarModel::moveSavedSearch(qint64 id, int newPosition)
{
    const int from = savedSearchRow(id);
    if (from < 0)
        return;
    QList<Row> &rows = m_rows[SavedSearchesSection];
    const int to = qBound(0, newPosition, int(rows.size()) - 1);
    if (to == from)
        return;
    SavedSearchStore(m_db).move(id, to);
    const QModelIndex section = sectionIndex(SavedSearchesSection);
    // beginMoveRows wants the row the moved one will be inserted before, counted before the move.
    beginMoveRows(section, from, from, section, to > from ? to + 1 : to);
    rows.move(from, to);
    endMoveRows();
}

void SidebarModel::refresh()
{
    m_refreshTimer.start();
}

void SidebarModel::refreshNow()
{
    m_refreshTimer.stop();
    try {
        std::array<QList<Row>, SectionCount> rows = readRows();
        for (int section = 0; section < SectionCount; ++section)
            syncSection(Section(section), std::move(rows[section]));
    } catch (const StoreError &error) {
        Q_EMIT errorOccurred(error.message());
    }
    startCount();
}

std::array<QList<SidebarModel::Row>, SidebarModel::SectionCount> SidebarModel::readRows() const
{
    std::array<QList<Row>, SectionCount> rows;
    QList<Row> &library = rows[LibrarySection];
    library.append(Row{libraryView(ListingView::Kind::All, tr("All")), {}, {}, {}});
    library.append(Row{libraryView(ListingView::Kind::Inbox, tr("Inbox")), {}, {}, {}});
    const QSqlDatabase db = m_db.connection();
    QSqlQuery stages =
        sql::run(db, QStringLiteral("SELECT id, name, color FROM stages ORDER BY position, id"));
    while (stages.next()) {
        library.append(
            Row{{ListingView::Kind::Stage, stages.value(0).toLongLong(), stages.value(1).toString(), {}},
                stages.value(2).toString(),
                {},
                {}});
    }
    library.append(Row{libraryView(ListingView::Kind::FollowUpDue, tr("Follow-up due")), {}, {}, {}});
    library.append(Row{libraryView(ListingView::Kind::Hidden, tr("Hidden")), {}, {}, {}});

    QSqlQuery tags =
        sql::run(db, QStringLiteral("SELECT id, name, color FROM tags ORDER BY name COLLATE NOCASE, id"));
    while (tags.next()) {
        rows[TagsSection].append(
            Row{{ListingView::Kind::Tag, tags.value(0).toLongLong(), tags.value(1).toString(), {}},
                tags.value(2).toString(),
                {},
                {}});
    }
    for (const SavedSearch &search : SavedSearchStore(m_db).list()) {
        rows[SavedSearchesSection].append(
            Row{{ListingView::Kind::SavedSearch, search.id, search.name, search.query}, {}, {}, {}});
    }
    return rows;
}

void SidebarModel::syncSection(Section section, QList<Row> rows)
{
    QList<Row> &current = m_rows[section];
    const QModelIndex parent = sectionIndex(section);
    const auto contains = [](const QList<Row> &list, const ListingView &view) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const Row &row) { return row.view.sameViewAs(view); });
    };
    // Rows gone elsewhere (a stage or tag deleted) leave one by one, so the others keep their place and
    // the view its selection.
    for (int i = int(current.size()) - 1; i >= 0; --i) {
        if (!contains(rows, current.at(i).view)) {
            beginRemoveRows(parent, i, i);
            current.removeAt(i);
            endRemoveRows();
        }
    }
    // What is left in the same order as in `rows`: new rows go in between.
    int matched = 0;
    for (const Row &row : std::as_const(rows)) {
        if (matched < current.size() && current.at(matched).view.sameViewAs(row.view))
            ++matched;
    }
    if (matched == current.size()) {
        for (int i = 0; i < rows.size(); ++i) {
            if (i < current.size() && current.at(i).view.sameViewAs(rows.at(i).view))
                continue;
            beginInsertRows(parent, i, i);
            current.insert(i, rows.at(i));
            endInsertRows();
        }
    } else {
        // Reordered (a renamed tag sorts elsewhere): rare, so the section is replaced.
        for (Row &row : rows) {
            for (const Row &old : std::as_const(current)) {
                if (old.view.sameViewAs(row.view) && old.view.query == row.view.query) {
                    row.count = old.count;
                    row.error = old.error;
                }
            }
        }
        beginRemoveRows(parent, 0, int(current.size()) - 1);
        current.clear();
        endRemoveRows();
        beginInsertRows(parent, 0, int(rows.size()) - 1);
        current = rows;
        endInsertRows();
        return;
    }
    // Names, queries or colours may have changed: updated in place, keeping counts.
    for (int i = 0; i < rows.size(); ++i) {
        Row &row = current[i];
        if (row.view == rows.at(i).view && row.color == rows.at(i).color)
            continue;
        if (row.view.query != rows.at(i).view.query) {
            row.count.reset();
            row.error.clear();
        }
        row.view = rows.at(i).view;
        row.color = rows.at(i).color;
        const QModelIndex changed = index(i, 0, parent);
        Q_EMIT dataChanged(changed, changed);
    }
}

QList<SavedSearch> SidebarModel::savedSearches() const
{
    QList<SavedSearch> searches;
    const QList<Row> &rows = m_rows[SavedSearchesSection];
    for (int i = 0; i < rows.size(); ++i)
        searches.append(SavedSearch{rows.at(i).view.id, rows.at(i).view.name, rows.at(i).view.query, i});
    return searches;
}

void SidebarModel::startCount()
{
    m_pendingGeneration = m_counter->count(savedSearches());
}

void SidebarModel::applyCounts(quint64 generation, const ViewCounts &counts)
{
    if (generation != m_pendingGeneration)
        return; // stale: a newer count is on its way
    m_pendingGeneration = 0;
    for (int section = 0; section < SectionCount; ++section) {
        QList<Row> &rows = m_rows[section];
        bool changed = false;
        for (Row &row : rows) {
            const std::optional<qint64> oldCount = row.count;
            const QString oldError = row.error;
            const ListingView &view = row.view;
            switch (view.kind) {
            case ListingView::Kind::All:
                row.count = counts.all;
                break;
            case ListingView::Kind::Inbox:
                row.count = counts.inbox;
                break;
            case ListingView::Kind::Stage:
                row.count = counts.stages.value(view.id, 0);
                break;
            case ListingView::Kind::FollowUpDue:
                row.count = counts.followUpDue;
                break;
            case ListingView::Kind::Hidden:
                row.count = counts.hidden;
                break;
            case ListingView::Kind::Tag:
                row.count = counts.tags.value(view.id, 0);
                break;
            case ListingView::Kind::SavedSearch: {
                const auto found = counts.savedSearches.constFind(view.id);
                if (found == counts.savedSearches.cend())
                    break; // added after the request: counted next time
                row.error = found->error;
                row.count = found->error.isEmpty() ? std::optional<qint64>(found->count) : std::nullopt;
                break;
            }
            }
            changed = changed || row.count != oldCount || row.error != oldError;
        }
        if (changed) {
            const QModelIndex parent = sectionIndex(Section(section));
            Q_EMIT dataChanged(index(0, 0, parent), index(int(rows.size()) - 1, 0, parent),
                               {CountRole, CountTextRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
        }
    }
    Q_EMIT countsUpdated();
}

void SidebarModel::countFailed(quint64 generation, const QString &message)
{
    if (generation != m_pendingGeneration)
        return;
    m_pendingGeneration = 0;
    Q_EMIT errorOccurred(message);
}

} // namespace jobdesk
