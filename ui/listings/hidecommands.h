// Hiding as undoable commands (Edit → Undo): hiding listings by hand, and hiding a whole company with a
// hide rule. Each command changes the library, then calls `changed` so the window can reload.
#pragma once

#include "views/hiderules.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace jobdesk {

class Database;

class HideListingsCommand final : public QUndoCommand
{
public:
    HideListingsCommand(const Database &db, QList<qint64> ids, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    QList<qint64> m_ids;
    std::function<void()> m_changed;
};

class HideCompanyCommand final : public QUndoCommand
{
public:
    HideCompanyCommand(const Database &db, QString company, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    QString m_company;
    std::optional<HideRule> m_rule; // the rule this command added; unset when it existed already
    bool m_existed = false;
    std::function<void()> m_changed;
};

} // namespace jobdesk
