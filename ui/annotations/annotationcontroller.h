// Carries out the user's annotation edits on the table's selection, always through the undo stack:
// Listing ▸ Status ▸ <stage> (Ctrl+1 … Ctrl+9 for the first nine stages), Listing ▸ Rating (keys 0–5
// while the table has focus), Listing ▸ Favourite (Ctrl+Shift+F). It keeps the table's delegate and the
// menu in step with the stages, and tells the window (`changed`) and its listeners (edited()) when the
// library changed.
#pragma once

#include "annotations/annotationcommands.h"
#include "annotations/stagestore.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QUndoStack;

namespace jobdesk {

class AnnotationDelegate;
class Database;
class ListingsPane;
class StoreError;

class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    AnnotationController(const Database &db, QUndoStack *undo, ListingsPane *listings,
                         std::function<void()> changed, QObject *parent = nullptr);

    // Adds Status ▸, Rating ▸ and Favourite to `menu` (the window's Listing menu).
    void addToMenu(QMenu *menu);
    const QList<Stage> &stages() const { return m_stages; }
    QAction *favouriteAction() const { return m_favourite; }

    // Edits of the selected listings (the current one when nothing else is selected); each one undo step.
    void setStage(qint64 stageId);
    void setRating(int rating);
    void setFavourite(bool favourite);
    // Favourite for all when any selected listing is not one yet, else not favourite for all.
    void toggleFavourite();
    // Reads the stages again (after Edit ▸ Stages…).
    void reloadStages();
    // What the user is shown of the listings' annotations when an edit is asked for (the annotation
    // pane's listing): each edit is based on it, so a change someone made after it was shown is not
    // overwritten unasked.
    void setShownBy(std::function<QList<Annotation>()> shown) { m_shown = std::move(shown); }

Q_SIGNALS:
    void stagesChanged(const QList<Stage> &stages);
    // After every edit, undo and redo.
    void edited();
    void failed(const QString &message);

private:
    void rebuildStatusMenu();
    void push(AnnotationCommand *command);
    // Someone changed the listings after they were shown (an edit) or after the edit (an undo): whether
    // the user writes over their change.
    bool askToOverwrite(const StoreError &error, AnnotationConflict conflict);
    void afterEdit();

    const Database &m_db;
    QUndoStack *m_undo;
    ListingsPane *m_listings;
    std::function<void()> m_changed;
    std::function<QList<Annotation>()> m_shown;
    AnnotationDelegate *m_delegate;
    QList<Stage> m_stages;
    QMenu *m_statusMenu = nullptr;
    QList<QAction *> m_ratingActions;
    QAction *m_favourite;
};

} // namespace jobdesk
