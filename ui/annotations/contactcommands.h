// Contact edits as undoable commands (Edit ▸ Undo): a new contact linked to a listing, an edit of a
// contact, linking an existing contact to a listing and unlinking it. redo() writes, undo() puts back
// exactly what was there (a new contact is deleted again, and comes back with its id on redo); each
// then calls `changed`.
#pragma once

#include "annotations/contactstore.h"

#include <QUndoCommand>

#include <functional>

namespace jobdesk {

class Database;

class AddContactCommand final : public QUndoCommand
{
public:
    AddContactCommand(const Database &db, Contact contact, qint64 listingId, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    Contact m_contact;
    qint64 m_listingId;
    std::function<void()> m_changed;
};

class EditContactCommand final : public QUndoCommand
{
public:
    EditContactCommand(const Database &db, Contact before, Contact after, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    Contact m_before;
    Contact m_after;
    std::function<void()> m_changed;
};

// Links (`link` true) or unlinks a contact and a listing.
class LinkContactCommand final : public QUndoCommand
{
public:
    LinkContactCommand(const Database &db, const Contact &contact, qint64 listingId, bool link,
                       std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    void set(bool linked);

    const Database &m_db;
    qint64 m_contactId;
    qint64 m_listingId;
    bool m_link;
    std::function<void()> m_changed;
};

} // namespace jobdesk
