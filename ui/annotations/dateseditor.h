// The Dates section of the Annotations pane: the follow-up date of the selected listings (a date field
// with Clear and quick "+3 days", "+1 week" from today) and the current listing's interviews and other
// events (add, edit, remove). Every edit is a command on the undo stack (datecommands.h); after each,
// redo and undo the editor reads the library again and emits edited() so the window can reload.
#pragma once

#include "annotations/datestore.h"

#include <QList>
#include <QWidget>
#include <functional>

class QDateEdit;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QUndoCommand;
class QUndoStack;

namespace jobdesk {

class Database;

class DatesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatesEditor)

public:
    DatesEditor(const Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);

    // The listing to show (0 for none) and the listings a follow-up edit applies to (the selection; just
    // `id` when empty).
    void setListing(qint64 id, const QList<qint64> &selection = {});
    // Reads the listing again.
    void refresh();
    qint64 listingId() const { return m_listingId; }

    // What the buttons and dialogs do, callable without them.
    void setFollowUp(std::optional<QDate> date);
    void addEvent(const ListingEvent &event);
    void editEvent(const ListingEvent &event);
    void removeEvent(qint64 eventId);

    QDateEdit *followUpEdit() const { return m_followUp; }
    QTreeWidget *eventList() const { return m_events; }

Q_SIGNALS:
    // The library changed through this editor (an edit, its undo or redo).
    void edited();

private:
    void push(QUndoCommand *command);
    std::function<void()> changedCallback();
    void openAddDialog();
    void openEditDialog();
    qint64 currentEventId() const;
    void updateButtons();

    const Database &m_db;
    QUndoStack *m_undo;
    qint64 m_listingId = 0;
    QList<qint64> m_selection;
    bool m_updating = false;
    QLabel *m_scope;
    QDateEdit *m_followUp;
    QToolButton *m_clear;
    QToolButton *m_threeDays;
    QToolButton *m_week;
    QTreeWidget *m_events;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace jobdesk
