#include "tagcommands.h"

#include <QCoreApplication>

namespace jobdesk {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("TagCommands", text, nullptr, n);
}

} // namespace

AddTagCommand::AddTagCommand(const Database &db, QList<qint64> ids, QString name,
                             std::function<void()> changed)
    : m_db(db)
    , m_ids(std::move(ids))
    , m_name(std::move(name))
    , m_changed(std::move(changed))
{
    setText(tr("Tag %n Listing(s) “%1”", int(m_ids.size())).arg(m_name.simplified()));
}

void AddTagCommand::redo()
{
    TagStore store(m_db);
    if (m_tag.id == 0) {
        // First time: the tag of that name, or a new one.
        if (const std::optional<Tag> existing = store.find(m_name)) {
            m_tag = *existing;
        } else {
            m_tag = store.create(m_name);
            m_created = true;
        }
    } else if (m_created) {
        store.restore(m_tag);
    }
    try {
        m_added = store.addTags(m_ids, {m_tag.id});
    } catch (...) {
        if (m_created)
            store.remove(m_tag.id); // a refused edit leaves no tag behind
        throw;
    }
    if (m_added.isEmpty() && !m_created)
        setObsolete(true); // every listing had it already
    m_changed();
}

void AddTagCommand::undo()
{
    TagStore store(m_db);
    store.removeLinks(m_added);
    if (m_created)
        store.remove(m_tag.id);
    m_changed();
}

RemoveTagCommand::RemoveTagCommand(const Database &db, QList<qint64> ids, qint64 tagId,
                                   std::function<void()> changed)
    : m_db(db)
    , m_ids(std::move(ids))
    , m_tagId(tagId)
    , m_changed(std::move(changed))
{
    QString name;
    try {
        name = TagStore(m_db).tag(m_tagId).name;
    } catch (...) {
    }
    setText(tr("Untag %n Listing(s) “%1”", int(m_ids.size())).arg(name));
}

void RemoveTagCommand::redo()
{
    m_removed = TagStore(m_db).removeTags(m_ids, {m_tagId});
    if (m_removed.isEmpty())
        setObsolete(true);
    m_changed();
}

void RemoveTagCommand::undo()
{
    TagStore(m_db).addLinks(m_removed);
    m_changed();
}

RenameTagCommand::RenameTagCommand(const Database &db, qint64 tagId, QString name,
                                   std::function<void()> changed)
    : m_db(db)
    , m_tagId(tagId)
    , m_name(std::move(name))
    , m_changed(std::move(changed))
{
    setText(tr("Rename Tag “%1”").arg(m_name.simplified()));
}

void RenameTagCommand::redo()
{
    TagStore store(m_db);
    m_oldName = store.tag(m_tagId).name;
    store.rename(m_tagId, m_name);
    if (store.tag(m_tagId).name == m_oldName)
        setObsolete(true);
    m_changed();
}

void RenameTagCommand::undo()
{
    TagStore(m_db).rename(m_tagId, m_oldName);
    m_changed();
}

RecolorTagCommand::RecolorTagCommand(const Database &db, qint64 tagId, QString color,
                                     std::function<void()> changed)
    : m_db(db)
    , m_tagId(tagId)
    , m_color(std::move(color))
    , m_changed(std::move(changed))
{
    setText(tr("Change Tag Colour"));
}

void RecolorTagCommand::redo()
{
    TagStore store(m_db);
    m_oldColor = store.tag(m_tagId).color;
    store.setColor(m_tagId, m_color);
    if (store.tag(m_tagId).color == m_oldColor)
        setObsolete(true);
    m_changed();
}

void RecolorTagCommand::undo()
{
    TagStore(m_db).setColor(m_tagId, m_oldColor);
    m_changed();
}

MergeTagsCommand::MergeTagsCommand(const Database &db, qint64 fromId, qint64 intoId,
                                   std::function<void()> changed)
    : m_db(db)
    , m_fromId(fromId)
    , m_intoId(intoId)
    , m_changed(std::move(changed))
{
    setText(tr("Merge Tags"));
}

void MergeTagsCommand::redo()
{
    m_merge = TagStore(m_db).merge(m_fromId, m_intoId);
    m_changed();
}

void MergeTagsCommand::undo()
{
    if (m_merge) {
        TagStore store(m_db);
        store.removeLinks(m_merge->addedLinks);
        store.restore(m_merge->from);
        store.addTags(m_merge->fromListings, {m_merge->from.id});
    }
    m_changed();
}

DeleteTagCommand::DeleteTagCommand(const Database &db, qint64 tagId, std::function<void()> changed)
    : m_db(db)
    , m_tagId(tagId)
    , m_changed(std::move(changed))
{
    setText(tr("Delete Tag"));
}

void DeleteTagCommand::redo()
{
    TagStore store(m_db);
    m_tag = store.tag(m_tagId);
    m_listings = store.remove(m_tagId);
    m_changed();
}

void DeleteTagCommand::undo()
{
    TagStore store(m_db);
    store.restore(m_tag);
    store.addTags(m_listings, {m_tag.id});
    m_changed();
}

} // namespace jobdesk
