// The stages of a pipeline. Two sets, edited by the same rules: the seeker's (table `stages`): a listing
// is at one stage at a time, New when it was never moved (docs/annotations.md); and the recruiter's
// (table `pipeline_stages`): each candidate × opening pipeline is at one of them (docs/recruiting.md).
// The user renames, adds, reorders, recolours and removes them; removing a stage that listings or
// pipelines are at is refused (move them first), so nothing ever loses its status silently.
#pragma once

#include <QList>
#include <QString>

namespace jobdesk {

class Database;

struct Stage
{
    enum class Kind : int
    {
        Open = 0,    // still going: New … Offer
        Success = 1, // the goal reached: Accepted
        Closed = 2,  // ended without it: Rejected, Withdrawn, Archived
    };

    qint64 id = 0;
    QString name;
    int position = 0;
    QString color; // "#rrggbb", empty for none
    Kind kind = Kind::Open;
    QString role; // "applied", "response" or empty (migration 009)

    friend bool operator==(const Stage &, const Stage &) = default;
};

enum class StageSet
{
    Listings,   // `stages`: the seeker's applications
    Candidates, // `pipeline_stages`: the recruiter's candidate × opening pipelines
};

class StageStore final
{
public:
    explicit StageStore(const Database &db, StageSet set = StageSet::Listings);
    Q_DISABLE_COPY_MOVE(StageStore)

    // Every stage in pipeline order; the first is where listings and new pipelines start.
    QList<Stage> list() const;
    // Appends a stage at the end of the pipeline. Throws StoreError for an empty or taken name or a
    // colour that is not "#rrggbb".
    Stage add(const QString &name, const QString &color = {}, Stage::Kind kind = Stage::Kind::Open);
    void rename(qint64 id, const QString &name);
    void recolour(qint64 id, const QString &color);
    void setKind(qint64 id, Stage::Kind kind);
    // `ids` is every stage in its new order.
    void reorder(const QList<qint64> &ids);
    // Refuses (StoreError) while listings or pipelines are at the stage, and the last remaining stage.
    // The stage's history rows stay, without a stage.
    void remove(qint64 id);
    // How many listings (pipelines) are at the stage now; for the seeker's first stage with the listings
    // never moved.
    int itemCount(qint64 id) const;

private:
    Stage find(qint64 id) const;
    QString checkedName(const QString &name, qint64 exceptId) const;
    // The table's name: ours, never user text.
    QString table() const;

    const Database &m_db;
    StageSet m_set;
};

} // namespace jobdesk
