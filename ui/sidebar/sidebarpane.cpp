#include "sidebarpane.h"

#include "hiderulesdialog.h"
#include "sidebardelegate.h"
#include "undobar.h"

#include "store/storeerror.h"
#include "views/sidebarmodel.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace jobdesk {

SidebarPane::SidebarPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new SidebarModel(db, this))
    , m_view(new QTreeView(this))
    , m_undoBar(new UndoBar(this))
{
    // Connected before the view and its selection model connect theirs, so the flag is up when the
    // selection model moves the current row away from rows being removed.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_modelChanging = true; });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_modelChanging = true; });

    m_view->setObjectName(QStringLiteral("sidebar"));
    m_view->setAccessibleName(tr("Views"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SidebarDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    // The delegate indents rows itself, so a selection spans the whole row evenly.
    m_view->setIndentation(0);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->expandAll();

    auto *deleteAction = new QAction(tr("Delete Saved Search"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] {
        const ListingView view = m_model->viewAt(m_view->currentIndex());
        if (view.kind == ListingView::Kind::SavedSearch)
            deleteSavedSearch(view.id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_undoBar);

    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SidebarPane::modelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SidebarPane::modelChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SidebarPane::modelChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // A rename or a new query of the selected saved search changes the current view.
                const QModelIndex current = m_view->currentIndex();
                if (current.parent() == topLeft.parent() && current.row() >= topLeft.row() &&
                    current.row() <= bottomRight.row()) {
                    const ListingView view = m_model->viewAt(current);
                    if (view.sameViewAs(m_current))
                        setCurrent(view);
                }
            });
    connect(m_model, &SidebarModel::errorOccurred, this, &SidebarPane::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SidebarPane::currentRowChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SidebarPane::showContextMenu);

    updateSections();
    m_view->setCurrentIndex(m_model->indexOf(m_current));
}

void SidebarPane::selectView(const ListingView &view)
{
    const QModelIndex index = m_model->indexOf(view);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void SidebarPane::currentRowChanged(const QModelIndex &current)
{
    if (m_modelChanging || !current.isValid() || !current.parent().isValid())
        return; // moved by the model, or a section heading
    setCurrent(m_model->viewAt(current));
}

void SidebarPane::setCurrent(const ListingView &view)
{
    if (view == m_current)
        return;
    m_current = view;
    Q_EMIT viewChanged(m_current);
}

void SidebarPane::modelChanged()
{
    m_modelChanging = false;
    updateSections();
    // Decided once the model is done: a refresh may remove a section's rows and insert them again.
    if (!m_restoreQueued) {
        m_restoreQueued = true;
        QMetaObject::invokeMethod(this, &SidebarPane::restoreCurrent, Qt::QueuedConnection);
    }
}

void SidebarPane::restoreCurrent()
{
    m_restoreQueued = false;
    const QModelIndex index = m_model->indexOf(m_current);
    if (!index.isValid()) {
        // The selected view is gone (a deleted saved search or tag): back to everything.
        m_view->setCurrentIndex(m_model->indexOf(ListingView{}));
        return;
    }
    if (m_view->currentIndex() != index) {
        m_modelChanging = true; // putting the row back is not a choice of the user
        m_view->setCurrentIndex(index);
        m_modelChanging = false;
    }
    setCurrent(m_model->viewAt(index));
}

void SidebarPane::updateSections()
{
    for (const auto section : {SidebarModel::TagsSection, SidebarModel::SavedSearchesSection}) {
        const QModelIndex index = m_model->sectionIndex(section);
        m_view->setRowHidden(section, QModelIndex(), m_model->rowCount(index) == 0);
        m_view->expand(index);
    }
    m_view->expand(m_model->sectionIndex(SidebarModel::LibrarySection));
}

void SidebarPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const ListingView view = m_model->viewAt(index);
    QMenu menu(this);
    if (index.parent().isValid() && view.kind == ListingView::Kind::SavedSearch) {
        const qint64 id = view.id;
        const int row = index.row();
        const int last = m_model->rowCount(index.parent()) - 1;
        menu.addAction(tr("&Rename"), this, [this, index = QPersistentModelIndex(index)] {
            if (index.isValid())
                m_view->edit(index);
        });
        menu.addAction(tr("&Delete"), this, [this, id] { deleteSavedSearch(id); });
        menu.addSeparator();
        menu.addAction(tr("Move &Up"), this, [this, id] { moveSavedSearch(id, -1); })->setEnabled(row > 0);
        menu.addAction(tr("Move Do&wn"), this, [this, id] { moveSavedSearch(id, 1); })
            ->setEnabled(row < last);
        menu.addSeparator();
    }
    menu.addAction(tr("&Hide Rules…"), this, &SidebarPane::showHideRules);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void SidebarPane::deleteSavedSearch(qint64 id)
{
    try {
        const SavedSearch removed = m_model->removeSavedSearch(id);
        m_undoBar->offer(tr("Deleted the saved search “%1”.").arg(removed.name), [this, removed] {
            try {
                m_model->restoreSavedSearch(removed);
            } catch (const StoreError &error) {
                showError(error.message());
            }
        });
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void SidebarPane::moveSavedSearch(qint64 id, int delta)
{
    const QModelIndex index = m_model->indexOf({ListingView::Kind::SavedSearch, id, {}, {}});
    if (!index.isValid())
        return;
    try {
        m_model->moveSavedSearch(id, index.row() + delta);
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

qint64 SidebarPane::saveCurrentSearch(const QString &query)
{
    const QString text = query.trimmed();
    if (text.isEmpty()) {
        m_undoBar->showMessage(tr("Type a search first, then save it."));
        return 0;
    }
    QString name = text.left(40);
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Save Search"), tr("Name for the search “%1”:").arg(text),
                                     QLineEdit::Normal, name, &ok);
        if (!ok)
            return 0;
        try {
            const qint64 id = m_model->addSavedSearch(name, text);
            m_view->scrollTo(m_model->indexOf({ListingView::Kind::SavedSearch, id, {}, {}}));
            return id;
        } catch (const StoreError &error) {
            QMessageBox::warning(this, tr("Save Search"), error.message());
        }
    }
}

void SidebarPane::showHideRules()
{
    HideRulesDialog dialog(m_db, this);
    connect(&dialog, &HideRulesDialog::rulesChanged, this, [this] {
        m_model->refresh();
        Q_EMIT hideRulesChanged();
    });
    dialog.exec();
}

void SidebarPane::refresh()
{
    m_model->refresh();
}

void SidebarPane::showError(const QString &message)
{
    m_undoBar->showMessage(message);
}

} // namespace jobdesk
