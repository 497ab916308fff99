// Tag edits as undoable commands (Edit ▸ Undo). Tagging or untagging a whole selection is one command;
// redo() writes the change and remembers exactly which links it made or removed, undo() takes back only
// those (a listing that had the tag before keeps it). A tag created inline is deleted again on undo and
// comes back with the same id on redo. The Tags dialog's rename, recolour, merge and delete are commands
// too. Each calls `changed` after writing; a command that changes nothing marks itself obsolete.
#pragma once

#include "annotations/tagstore.h"

#include <QList>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace jobdesk {

class Database;

// Adds the tag named `name` to the listings, creating the tag first when there is none of that name.
class AddTagCommand final : public QUndoCommand
{
public:
    AddTagCommand(const Database &db, QList<qint64> ids, QString name, std::function<void()> changed);
    void redo() override;
    void undo() override;
    // The tag added (valid after the first redo()).
    Tag tag() const { return m_tag; }

private:
    const Database &m_db;
    QList<qint64> m_ids;
    QString m_name;
    std::function<void()> m_changed;
    Tag m_tag;
    bool m_created = false;
    QList<TagLink> m_added;
};

class RemoveTagCommand final : public QUndoCommand
{
public:
    RemoveTagCommand(const Database &db, QList<qint64> ids, qint64 tagId, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    QList<qint64> m_ids;
    qint64 m_tagId;
    std::function<void()> m_changed;
    QList<TagLink> m_removed;
};

class RenameTagCommand final : public QUndoCommand
{
public:
    RenameTagCommand(const Database &db, qint64 tagId, QString name, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    qint64 m_tagId;
    QString m_name;
    QString m_oldName;
    std::function<void()> m_changed;
};

class RecolorTagCommand final : public QUndoCommand
{
public:
    RecolorTagCommand(const Database &db, qint64 tagId, QString color, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    qint64 m_tagId;
    QString m_color;
    QString m_oldColor;
    std::function<void()> m_changed;
};

// Merges `fromId` into `intoId`; undo brings `fromId` back with its listings and takes `intoId` off the
// listings that only got it from the merge.
class MergeTagsCommand final : public QUndoCommand
{
public:
    MergeTagsCommand(const Database &db, qint64 fromId, qint64 intoId, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    qint64 m_fromId;
    qint64 m_intoId;
    std::function<void()> m_changed;
    std::optional<TagMerge> m_merge;
};

class DeleteTagCommand final : public QUndoCommand
{
public:
    DeleteTagCommand(const Database &db, qint64 tagId, std::function<void()> changed);
    void redo() override;
    void undo() override;

private:
    const Database &m_db;
    qint64 m_tagId;
    std::function<void()> m_changed;
    Tag m_tag;
    QList<qint64> m_listings;
};

} // namespace jobdesk
