// Tags: the user's own labels, many per listing (tables `tags` and `listing_tags`). Names are unique
// ignoring case; a colour is "#rrggbb" (a new tag without one gets the next of a small palette). Every
// change to which listings carry a tag appends "tag" entries to their activity in the same transaction.
// Errors, including refusals ("There is already a tag named …"), are StoreError with a message for people.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk {

class Database;

struct Tag
{
    qint64 id = 0;
    QString name;
    QString color; // "#rrggbb"
    // How many listings carry it: all of them in list(), those asked about in tagsOf().
    qint64 count = 0;
    friend bool operator==(const Tag &, const Tag &) = default;
};

// One listing carrying one tag.
struct TagLink
{
    qint64 listingId = 0;
    qint64 tagId = 0;
    friend bool operator==(const TagLink &, const TagLink &) = default;
};

// What a merge did, enough to take it back exactly.
struct TagMerge
{
    Tag from;                   // the tag that was merged away (now deleted)
    QList<qint64> fromListings; // the listings that carried it
    QList<TagLink> addedLinks;  // links to the kept tag that the merge created
};

class TagStore final
{
public:
    explicit TagStore(const Database &db);
    Q_DISABLE_COPY_MOVE(TagStore)

    // Every tag with the number of listings carrying it, by name ignoring case.
    QList<Tag> list() const;
    // The tag of that name ignoring case, or nothing.
    std::optional<Tag> find(const QString &name) const;
    // The tag with that id; throws StoreError when there is none.
    Tag tag(qint64 id) const;
    // The palette new tags take their colours from, in order.
    static QStringList palette();

    // Creates a tag; `color` empty picks the next palette colour. Refuses an empty name, a name taken
    // (ignoring case; the message names the existing tag) and a colour that is not "#rrggbb".
    Tag create(const QString &name, const QString &color = {});
    // Puts back a deleted tag with its id, name and colour (undo).
    void restore(const Tag &tag);
    void rename(qint64 id, const QString &name);
    // `color` is "#rrggbb", or empty for none.
    void setColor(qint64 id, const QString &color);
    // Deletes the tag; returns the listings that carried it.
    QList<qint64> remove(qint64 id);
    // The listings of `fromId` get `intoId`, then `fromId` is deleted, in one transaction.
    TagMerge merge(qint64 fromId, qint64 intoId);

    // Tags the listings, all in one transaction; returns the links that are new (ids that do not
    // exist and links already there are skipped).
    QList<TagLink> addTags(const QList<qint64> &listingIds, const QList<qint64> &tagIds);
    QList<TagLink> removeTags(const QList<qint64> &listingIds, const QList<qint64> &tagIds);
    // The same, link by link (what undo puts back or takes away).
    QList<TagLink> addLinks(const QList<TagLink> &links);
    QList<TagLink> removeLinks(const QList<TagLink> &links);

    // The tags of one listing, by name.
    QList<Tag> tagsOf(qint64 listingId) const;
    // The tags any of the listings carry; `count` says how many of them carry each.
    QList<Tag> tagsOf(const QList<qint64> &listingIds) const;
    // The listings carrying the tag, by id.
    QList<qint64> listingsWith(qint64 tagId) const;

    // `name` as it would be stored (spaces simplified) when tag `exceptId` may take it; throws the
    // refusal create() or rename() would.
    QString checkedName(const QString &name, qint64 exceptId = 0) const;

    void setClock(const QDateTime &now) { m_now = now; }

private:
    QString checkedColor(const QString &color) const;
    QDateTime now() const;
    // Appends one "tag" entry per listing: "+a, +b" / "−a".
    void logLinks(const QList<TagLink> &links, QChar sign) const;

    const Database &m_db;
    QDateTime m_now;
};

} // namespace jobdesk
