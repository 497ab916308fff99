#include "contactcommands.h"

#include <QCoreApplication>

namespace jobdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContactCommands", text);
}

} // namespace

AddContactCommand::AddContactCommand(const Database &db, Contact contact, qint64 listingId,
                                     std::function<void()> changed)
    : m_db(db)
    , m_contact(std::move(contact))
    , m_listingId(listingId)
    , m_changed(std::move(changed))
{
    setText(tr("Add Contact “%1”").arg(m_contact.name.trimmed()));
}

void AddContactCommand::redo()
{
    ContactStore store(m_db);
    if (m_contact.id == 0)
        m_contact = *store.contact(store.add(m_contact, {m_listingId}));
    else
        store.restore(m_contact, {m_listingId}); // redo after undo: the same id
    m_changed();
}

void AddContactCommand::undo()
{
    ContactStore(m_db).remove(m_contact.id);
    m_changed();
}

EditContactCommand::EditContactCommand(const Database &db, Contact before, Contact after,
                                       std::function<void()> changed)
    : m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(tr("Edit Contact “%1”").arg(m_after.name.trimmed()));
}

void EditContactCommand::redo()
{
    ContactStore(m_db).update(m_after);
    m_changed();
}

void EditContactCommand::undo()
{
    ContactStore(m_db).update(m_before);
    m_changed();
}

LinkContactCommand::LinkContactCommand(const Database &db, const Contact &contact, qint64 listingId,
                                       bool link, std::function<void()> changed)
    : m_db(db)
    , m_contactId(contact.id)
    , m_listingId(listingId)
    , m_link(link)
    , m_changed(std::move(changed))
{
    setText(link ? tr("Link Contact “%1”").arg(contact.name) : tr("Unlink Contact “%1”").arg(contact.name));
}

void LinkContactCommand::set(bool linked)
{
    ContactStore store(m_db);
    if (linked)
        store.link(m_contactId, m_listingId);
    else
        store.unlink(m_contactId, m_listingId);
    m_changed();
}

void LinkContactCommand::redo()
{
    set(m_link);
}

void LinkContactCommand::undo()
{
    set(!m_link);
}

} // namespace jobdesk
