// The views of the sidebar (All, Inbox, a stage, Follow-up due, Hidden, a tag, a saved search) and the
// SQL filter each one stands for. Hidden listings (hidden by hand, or matched by a hide rule) appear in
// the Hidden view only. The condition fragments are shared with the sidebar's counts (viewcounts.h), so
// a count and the list it counts cannot disagree.
#pragma once

#include "listings/listingquery.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace jobdesk {

class SqlDialect;

struct ListingView
{
    enum class Kind
    {
        All,
        Inbox, // status New: not yet triaged
        Stage,
        FollowUpDue,
        Hidden,
        Tag,
        SavedSearch
    };

    ListingView() = default;
    // Not explicit, so {Kind::Inbox} and {Kind::Stage, id, name} read as what they are.
    ListingView(Kind viewKind, qint64 viewId = 0, QString viewName = {}, QString viewQuery = {})
        : kind(viewKind)
        , id(viewId)
        , name(std::move(viewName))
        , query(std::move(viewQuery))
    {}

    Kind kind = Kind::All;
    qint64 id = 0; // stage, tag or saved search id
    QString name;
    QString query; // a saved search's text

    // The same view (kind and id), whatever its name and query are now.
    bool sameViewAs(const ListingView &other) const { return kind == other.kind && id == other.id; }
    friend bool operator==(const ListingView &, const ListingView &) = default;
};

// The listings `view` shows at `now` (follow-ups due by then). Values are bound. A saved search whose
// query does not compile shows nothing, and `error` (when given) receives the reason. `dialect` is the
// library's (Database::dialect()): a saved search's full-text words are asked its way.
SqlFilter viewFilter(const ListingView &view, const QDateTime &now, const SqlDialect &dialect,
                     QString *error = nullptr);

namespace viewsql {

// Boolean SQL conditions over the listing table's FROM clause (listings, annotations, stages).
// Hidden by hand or by any hide rule.
QString hidden();
// Status New: no stage yet, or the stage named New.
QString inbox();
// The listing's stage id, New's id for a listing without one.
QString stageKey();
// Follow-up due; binds one value: the current time in seconds since the epoch.
QString followUpDue();

} // namespace viewsql

} // namespace jobdesk

Q_DECLARE_METATYPE(jobdesk::ListingView)
