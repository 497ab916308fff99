#include "tagstore.h"

#include "activitylog.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <map>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TagStore", text);
}

const QString tagKind = QStringLiteral("tag");

Tag tagFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toLongLong()};
}

QList<Tag> tagsFrom(QSqlQuery &query)
{
    QList<Tag> tags;
    while (query.next())
        tags.append(tagFrom(query));
    return tags;
}

QList<QVariant> idValues(const QList<qint64> &ids)
{
    QList<QVariant> values;
    values.reserve(ids.size());
    for (const qint64 id : ids)
        values.append(id);
    return values;
}

} // namespace

TagStore::TagStore(const Database &db)
    : m_db(db)
{}

QStringList TagStore::palette()
{
    // Mid-tone colours that stay apart from each other and read on light and dark backgrounds.
    return {QStringLiteral("#3b82f6"), QStringLiteral("#10b981"), QStringLiteral("#f59e0b"),
            QStringLiteral("#ef4444"), QStringLiteral("#8b5cf6"), QStringLiteral("#ec4899"),
            QStringLiteral("#14b8a6"), QStringLiteral("#84cc16"), QStringLiteral("#f97316"),
            QStringLiteral("#64748b")};
}

QDateTime TagStore::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QList<Tag> TagStore::list() const
{
    QSqlQuery query = sql::run(m_db.connection(),
                               QStringLiteral("SELECT id, name, coalesce(color, ''), "
                                              "(SELECT count(*) FROM listing_tags WHERE tag_id = tags.id) "
                                              "FROM tags ORDER BY name COLLATE NOCASE, id"));
    return tagsFrom(query);
}

std::optional<Tag> TagStore::find(const QString &name) const
{
    QSqlQuery query = sql::run(m_db.connection(),
                               QStringLiteral("SELECT id, name, coalesce(color, ''), "
                                              "(SELECT count(*) FROM listing_tags WHERE tag_id = tags.id) "
                                              "FROM tags WHERE name = ? COLLATE NOCASE"),
                               {name.trimmed()});
    return query.next() ? std::optional<Tag>(tagFrom(query)) : std::nullopt;
}

Tag TagStore::tag(qint64 id) const
{
    QSqlQuery query = sql::run(m_db.connection(),
                               QStringLiteral("SELECT id, name, coalesce(color, ''), "
                                              "(SELECT count(*) FROM listing_tags WHERE tag_id = tags.id) "
                                              "FROM tags WHERE id = ?"),
                               {id});
    if (!query.next())
        throw StoreError(tr("There is no tag with id %1.").arg(id));
    return tagFrom(query);
}

QString TagStore::checkedName(const QString &name, qint64 exceptId) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        throw StoreError(tr("A tag needs a name."));
    const QVariant other = sql::scalar(
        m_db.connection(), QStringLiteral("SELECT name FROM tags WHERE name = ? COLLATE NOCASE AND id != ?"),
        {trimmed, exceptId});
    if (other.isValid())
        throw StoreError(tr("There is already a tag named “%1”.").arg(other.toString()));
    return trimmed;
}

QString TagStore::checkedColor(const QString &color) const
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!rgb.match(color).hasMatch())
        throw StoreError(tr("A tag colour is written #rrggbb, not “%1”.").arg(color));
    return color.toLower();
}

Tag TagStore::create(const QString &name, const QString &color)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    Tag tag;
    tag.name = checkedName(name, 0);
    if (color.isEmpty()) {
        const QStringList colors = palette();
        tag.color =
            colors.at(sql::scalar(db, QStringLiteral("SELECT count(*) FROM tags")).toInt() % colors.size());
    } else {
        tag.color = checkedColor(color);
    }
    QSqlQuery insert =
        sql::run(db, QStringLiteral("INSERT INTO tags (name, color) VALUES (?, ?)"), {tag.name, tag.color});
    tag.id = insert.lastInsertId().toLongLong();
    transaction.commit();
    return tag;
}

void TagStore::restore(const Tag &tag)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const QString name = checkedName(tag.name, tag.id);
    sql::run(db, QStringLiteral("INSERT INTO tags (id, name, color) VALUES (?, ?, ?)"),
             {tag.id, name, tag.color.isEmpty() ? QVariant() : QVariant(tag.color)});
    transaction.commit();
}

void TagStore::rename(qint64 id, const QString &name)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const Tag before = tag(id);
    const QString newName = checkedName(name, id);
    if (newName == before.name)
        return;
    sql::run(db, QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"), {newName, id});
    ActivityLog(m_db).append(listingsWith(id), tagKind, tr("%1 renamed %2").arg(before.name, newName), now());
    transaction.commit();
}

void TagStore::setColor(qint64 id, const QString &color)
{
    const QSqlDatabase db = m_db.connection();
    tag(id);
    // Empty: no colour of its own (tags made before colours were kept); undo of a recolour needs it.
    sql::run(db, QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"),
             {color.isEmpty() ? QVariant() : QVariant(checkedColor(color)), id});
}

QList<qint64> TagStore::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const Tag gone = tag(id);
    const QList<qint64> listings = listingsWith(id);
    ActivityLog(m_db).append(listings, tagKind, QChar(0x2212) + gone.name, now());
    sql::run(db, QStringLiteral("DELETE FROM tags WHERE id = ?"), {id}); // links go by cascade
    transaction.commit();
    return listings;
}

TagMerge TagStore::merge(qint64 fromId, qint64 intoId)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    TagMerge merge;
    merge.from = tag(fromId);
    const Tag into = tag(intoId);
    if (fromId == intoId)
        throw StoreError(tr("A tag cannot be merged into itself (“%1”).").arg(into.name));
    merge.fromListings = listingsWith(fromId);
    QSqlQuery insert = sql::prepare(
        db,
        QStringLiteral("INSERT INTO listing_tags (listing_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const qint64 listing : std::as_const(merge.fromListings)) {
        insert.addBindValue(listing);
        insert.addBindValue(intoId);
        sql::exec(insert);
        if (insert.numRowsAffected() > 0)
            merge.addedLinks.append({listing, intoId});
    }
    ActivityLog(m_db).append(merge.fromListings, tagKind,
                             tr("%1 merged into %2").arg(merge.from.name, into.name), now());
    sql::run(db, QStringLiteral("DELETE FROM tags WHERE id = ?"), {fromId});
    transaction.commit();
    return merge;
}

QList<TagLink> TagStore::addTags(const QList<qint64> &listingIds, const QList<qint64> &tagIds)
{
    QList<TagLink> links;
    for (const qint64 listing : listingIds)
        for (const qint64 tagId : tagIds)
            links.append({listing, tagId});
    return addLinks(links);
}

QList<TagLink> TagStore::removeTags(const QList<qint64> &listingIds, const QList<qint64> &tagIds)
{
    QList<TagLink> links;
    for (const qint64 listing : listingIds)
        for (const qint64 tagId : tagIds)
            links.append({listing, tagId});
    return removeLinks(links);
}

QList<TagLink> TagStore::addLinks(const QList<TagLink> &links)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    // Selected from both tables, so a listing or tag that vanished adds nothing.
    QSqlQuery insert = sql::prepare(
        db, QStringLiteral("INSERT INTO listing_tags (listing_id, tag_id) "
                           "SELECT l.id, t.id FROM listings l, tags t WHERE l.id = ? AND t.id = ? "
                           "ON CONFLICT DO NOTHING"));
    QList<TagLink> added;
    for (const TagLink &link : links) {
        insert.addBindValue(link.listingId);
        insert.addBindValue(link.tagId);
        sql::exec(insert);
        if (insert.numRowsAffected() > 0)
            added.append(link);
    }
    logLinks(added, QLatin1Char('+'));
    transaction.commit();
    return added;
}

QList<TagLink> TagStore::removeLinks(const QList<TagLink> &links)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QSqlQuery erase =
        sql::prepare(db, QStringLiteral("DELETE FROM listing_tags WHERE listing_id = ? AND tag_id = ?"));
    QList<TagLink> removed;
    for (const TagLink &link : links) {
        erase.addBindValue(link.listingId);
        erase.addBindValue(link.tagId);
        sql::exec(erase);
        if (erase.numRowsAffected() > 0)
            removed.append(link);
    }
    logLinks(removed, QChar(0x2212));
    transaction.commit();
    return removed;
}

void TagStore::logLinks(const QList<TagLink> &links, QChar sign) const
{
    if (links.isEmpty())
        return;
    QHash<qint64, QString> names;
    std::map<qint64, QStringList> perListing; // ordered, so entries come in listing order
    for (const TagLink &link : links) {
        if (!names.contains(link.tagId))
            names.insert(link.tagId,
                         sql::scalar(m_db.connection(), QStringLiteral("SELECT name FROM tags WHERE id = ?"),
                                     {link.tagId})
                             .toString());
        perListing[link.listingId].append(sign + names.value(link.tagId));
    }
    const ActivityLog log(m_db);
    const QDateTime at = now();
    for (const auto &[listing, changes] : perListing)
        log.append({listing}, tagKind, changes.join(QStringLiteral(", ")), at);
}

QList<Tag> TagStore::tagsOf(qint64 listingId) const
{
    return tagsOf(QList<qint64>{listingId});
}

QList<Tag> TagStore::tagsOf(const QList<qint64> &listingIds) const
{
    if (listingIds.isEmpty())
        return {};
    QSqlQuery query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT t.id, t.name, coalesce(t.color, ''), count(*) FROM tags t "
                                "JOIN listing_tags lt ON lt.tag_id = t.id WHERE lt.listing_id IN (%1) "
                                "GROUP BY t.id ORDER BY t.name COLLATE NOCASE, t.id")
                     .arg(sql::placeholders(listingIds.size())),
                 idValues(listingIds));
    return tagsFrom(query);
}

QList<qint64> TagStore::listingsWith(qint64 tagId) const
{
    QSqlQuery query = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT listing_id FROM listing_tags WHERE tag_id = ? ORDER BY listing_id"), {tagId});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace jobdesk
