// Date edits as undoable commands (Edit ▸ Undo): the follow-up date of a selection (one command however
// many listings; typing a date merges into one step), and adding, changing and removing a listing's
// events. redo() writes the change, undo() puts back exactly what was there (an event comes back with
// its id and calendar UID); each then calls `changed`.
#pragma once

#include "annotations/datestore.h"

#include <QHash>
#include <QList>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace jobdesk {

class Database;

class SetFollowUpCommand final : public QUndoCommand
{
public:
    SetFollowUpCommand(const Database &db, QList<qint64> ids, std::optional<QDate> date,
                       std::function<void()> changed);
    void redo() override;
    void undo() override;
    int id() const override { return 0x4a440001; }
    // A date set within seconds for the same listings replaces this one's (the first previous values
    // stay), so typing a date field by field is one step.
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateText();

    const Database &m_db;
    QList<qint64> m_ids;
    std::optional<QDate> m_date;
    std::optional<QHash<qint64, std::optional<qint64>>> m_previous;
    std::function<void()> m_changed;
    QDateTime m_madeAt = QDateTime::currentDateTimeUtc();
};

class AddEventCommand final : public QUndoCommand
{
public:
    AddEventCommand(const Database &db, ListingEvent event, std::function<void()> changed);
    void redo() override;
    void undo() override;
    // The event as stored (id and uid) once redo() ran.
    const ListingEvent &event() const { return m_event; }

private:
    const Database &m_db;
    ListingEvent m_event;
    std::function<void()> m_changed;
};

class EditEventCommand final : public QUndoCommand
{
public:
    EditEventCommand(const Database &db, ListingEvent before, ListingEvent after,
                     std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    ListingEvent m_before;
    ListingEvent m_after;
    std::function<void()> m_changed;
};

class RemoveEventCommand final : public QUndoCommand
{
public:
    RemoveEventCommand(const Database &db, ListingEvent event, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    ListingEvent m_event;
    std::function<void()> m_changed;
};

} // namespace jobdesk
