// The Contacts section of the Annotations pane: the current listing's contacts (name, role, e-mail,
// phone), the chosen one's details with its e-mail and profile as links that open in the mail program
// and the browser, and New, Link Existing (the company's contacts first), Edit and Unlink. Every edit is
// a command on the undo stack (contactcommands.h); after each, redo and undo the editor reads the
// library again and emits edited().
#pragma once

#include "annotations/contactstore.h"

#include <QWidget>

#include <functional>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QTreeWidget;
class QUndoCommand;
class QUndoStack;

namespace jobdesk {

class Database;

class ContactsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsEditor)

public:
    ContactsEditor(const Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);

    // The listing to show; 0 for none.
    void setListing(qint64 id);
    void refresh();
    qint64 listingId() const { return m_listingId; }

    // What the buttons and dialogs do, callable without them.
    void addContact(const Contact &contact);
    void editContact(const Contact &contact);
    void linkContact(qint64 contactId);
    void unlinkContact(qint64 contactId);

    QTreeWidget *contactList() const { return m_contacts; }
    QLabel *detailsLabel() const { return m_details; }
    // The Link Existing menu as it is filled when opened.
    QMenu *linkMenu() const { return m_linkMenu; }
    void fillLinkMenu();

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void push(QUndoCommand *command);
    std::function<void()> changedCallback();
    qint64 currentContactId() const;
    void showDetails();
    void openNewDialog();
    void openEditDialog();

    const Database &m_db;
    QUndoStack *m_undo;
    qint64 m_listingId = 0;
    QTreeWidget *m_contacts;
    QLabel *m_details;
    QPushButton *m_new;
    QToolButton *m_link;
    QMenu *m_linkMenu;
    QPushButton *m_edit;
    QPushButton *m_unlink;
    QLabel *m_error;
};

} // namespace jobdesk
