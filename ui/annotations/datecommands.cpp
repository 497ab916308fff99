#include "datecommands.h"

#include <QCoreApplication>

namespace jobdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DateCommands", text);
}

} // namespace

SetFollowUpCommand::SetFollowUpCommand(const Database &db, QList<qint64> ids, std::optional<QDate> date,
                                       std::function<void()> changed)
    : m_db(db)
    , m_ids(std::move(ids))
    , m_date(date)
    , m_changed(std::move(changed))
{
    updateText();
}

void SetFollowUpCommand::updateText()
{
    setText(m_date ? tr("Set Follow-up Date") : tr("Clear Follow-up Date"));
}

void SetFollowUpCommand::redo()
{
    DateStore store(m_db);
    if (!m_previous)
        m_previous = store.followUpTimes(m_ids);
    store.setFollowUp(m_ids, m_date);
    m_changed();
}

void SetFollowUpCommand::undo()
{
    if (m_previous)
        DateStore(m_db).restoreFollowUps(*m_previous);
    m_changed();
}

bool SetFollowUpCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = static_cast<const SetFollowUpCommand *>(other);
    // Only edits in quick succession (typing a date field by field) are one step.
    if (later->m_ids != m_ids || !m_date || !later->m_date || m_madeAt.msecsTo(later->m_madeAt) > 3000)
        return false;
    m_date = later->m_date;
    m_madeAt = later->m_madeAt;
    updateText();
    return true;
}

AddEventCommand::AddEventCommand(const Database &db, ListingEvent event, std::function<void()> changed)
    : m_db(db)
    , m_event(std::move(event))
    , m_changed(std::move(changed))
{
    setText(tr("Add %1").arg(eventKindLabel(m_event.kind)));
}

void AddEventCommand::redo()
{
    DateStore store(m_db);
    if (m_event.id == 0)
        m_event = *store.event(store.addEvent(m_event));
    else
        store.restoreEvent(m_event); // redo after undo: the same id and UID
    m_changed();
}

void AddEventCommand::undo()
{
    DateStore(m_db).removeEvent(m_event.id);
    m_changed();
}

EditEventCommand::EditEventCommand(const Database &db, ListingEvent before, ListingEvent after,
                                   std::function<void()> changed)
    : m_db(db)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(tr("Edit %1").arg(eventKindLabel(m_after.kind)));
}

void EditEventCommand::redo()
{
    DateStore(m_db).updateEvent(m_after);
    m_changed();
}

void EditEventCommand::undo()
{
    DateStore(m_db).updateEvent(m_before);
    m_changed();
}

RemoveEventCommand::RemoveEventCommand(const Database &db, ListingEvent event, std::function<void()> changed)
    : m_db(db)
    , m_event(std::move(event))
    , m_changed(std::move(changed))
{
    setText(tr("Remove %1").arg(eventKindLabel(m_event.kind)));
}

void RemoveEventCommand::redo()
{
    DateStore(m_db).removeEvent(m_event.id);
    m_changed();
}

void RemoveEventCommand::undo()
{
    DateStore(m_db).restoreEvent(m_event);
    m_changed();
}

} // namespace jobdesk
