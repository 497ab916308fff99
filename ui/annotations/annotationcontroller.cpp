#include "annotationcontroller.h"

#include "annotationcommands.h"
#include "annotationdelegate.h"
#include "colordot.h"
#include "listings/listingspane.h"

#include "annotations/annotationstore.h"
#include "listings/listingcolumns.h"
#include "store/storeerror.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

namespace jobdesk {
AnnotationController::AnnotationController(const Database &db, QUndoStack *undo, ListingsPane *listings,
                                           std::function<void()> changed, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_undo(undo)
    , m_listings(listings)
    , m_changed(std::move(changed))
    , m_delegate(new AnnotationDelegate(this))
    , m_favourite(new QAction(tr("&Favourite"), this))
{
    QTableView *view = m_listings->view();
    view->setItemDelegateForColumn(int(ListingColumn::Status), m_delegate);
    view->setItemDelegateForColumn(int(ListingColumn::Rating), m_delegate);

    // Plain digits rate only while the table has focus: elsewhere they are text.
    for (int rating = 0; rating <= 5; ++rating) {
        auto *action = new QAction(rating == 0 ? tr("&Unrated") : tr("%n Star(s)", nullptr, rating), this);
        action->setShortcut(QKeySequence(Qt::Key(Qt::Key_0 + rating)));
        action->setShortcutContext(Qt::WidgetShortcut);
        view->addAction(action);
        connect(action, &QAction::triggered, this, [this, rating] { setRating(rating); });
        m_ratingActions.append(action);
    }
    m_favourite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_favourite, &QAction::triggered, this, &AnnotationController::toggleFavourite);
    reloadStages();
}

void AnnotationController::addToMenu(QMenu *menu)
{
    m_statusMenu = menu->addMenu(tr("&Status"));
    QMenu *rating = menu->addMenu(tr("&Rating"));
    rating->addActions(m_ratingActions);
    menu->addAction(m_favourite);
    rebuildStatusMenu();
}

void AnnotationController::reloadStages()
{
    try {
        m_stages = StageStore(m_db).list();
    } catch (const StoreError &error) {
        Q_EMIT failed(error.message());
        return;
    }
    m_delegate->setStages(m_stages);
    rebuildStatusMenu();
    m_listings->view()->viewport()->update();
    Q_EMIT stagesChanged(m_stages);
}

void AnnotationController::rebuildStatusMenu()
{
    if (!m_statusMenu)
        return;
    qDeleteAll(m_statusMenu->actions());
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        const Stage &stage = m_stages[i];
        QAction *action = m_statusMenu->addAction(colorDot(stage.color), stage.name);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        const qint64 id = stage.id;
        connect(action, &QAction::triggered, this, [this, id] { setStage(id); });
    }
}

void AnnotationController::push(AnnotationCommand *command)
{
    command->setFailureHandler([this](const StoreError &error, AnnotationConflict conflict) {
        if (conflict != AnnotationConflict::None)
            return askToOverwrite(error, conflict);
        Q_EMIT failed(error.message());
        return false;
    });
    if (m_shown)
        command->setSeen(m_shown());
    m_undo->push(command); // a step the library refuses reports itself and never stays on the stack
}

bool AnnotationController::askToOverwrite(const StoreError &error, AnnotationConflict conflict)
{
    const bool undo = conflict == AnnotationConflict::Undo;
    QMessageBox box(QMessageBox::Question, undo ? tr("Undo") : tr("Changed Meanwhile"), error.message(),
                    QMessageBox::NoButton, m_listings);
    box.setObjectName(QStringLiteral("overwriteQuestion"));
    box.setInformativeText(
        undo ? tr("Undoing now would replace that change with the value from before your edit.")
             : tr("That change was made after the listing was shown to you. Applying your "
                  "edit now would replace it."));
    QPushButton *overwrite =
        box.addButton(undo ? tr("Undo Anyway") : tr("Apply Mine"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwrite"));
    // Enter keeps what is there: overwriting someone's change takes a deliberate click.
    box.setDefaultButton(box.addButton(tr("Keep Their Change"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == overwrite;
}

void AnnotationController::afterEdit()
{
    m_changed();
    Q_EMIT edited();
}

void AnnotationController::setStage(qint64 stageId)
{
    const QList<qint64> ids = m_listings->selectedListingIds();
    const auto stage =
        std::find_if(m_stages.cbegin(), m_stages.cend(), [&](const Stage &s) { return s.id == stageId; });
    if (ids.isEmpty() || stage == m_stages.cend())
        return;
    push(new SetStageCommand(m_db, ids, stageId, stage->name, [this] { afterEdit(); }));
}

void AnnotationController::setRating(int rating)
{
    const QList<qint64> ids = m_listings->selectedListingIds();
    if (!ids.isEmpty())
        push(new SetRatingCommand(m_db, ids, rating, [this] { afterEdit(); }));
}

void AnnotationController::setFavourite(bool favourite)
{
    const QList<qint64> ids = m_listings->selectedListingIds();
    if (!ids.isEmpty())
        push(new SetFavouriteCommand(m_db, ids, favourite, [this] { afterEdit(); }));
}

void AnnotationController::toggleFavourite()
{
    const QList<qint64> ids = m_listings->selectedListingIds();
    if (ids.isEmpty())
        return;
    try {
        const QList<Annotation> annotations = AnnotationStore(m_db).annotations(ids);
        const bool all = std::all_of(annotations.cbegin(), annotations.cend(),
                                     [](const Annotation &annotation) { return annotation.favourite; });
        setFavourite(!all);
    } catch (const StoreError &error) {
        Q_EMIT failed(error.message());
    }
}

} // namespace jobdesk
