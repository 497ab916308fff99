// The pipeline's stages (table `stages`): a listing is at one stage at a time, New when it was never
// moved. The user renames, adds, reorders, recolours and removes them; removing a stage listings are at
// is refused (move them first), so no listing ever loses its status silently. docs/annotations.md.
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

class StageStore final
{
public:
    explicit StageStore(const Database &db);
    Q_DISABLE_COPY_MOVE(StageStore)

    // Every stage in pipeline order; the first is where listings start (their status when never moved).
    QList<Stage> list() const;
    // Appends a stage at the end of the pipeline. Throws StoreError for an empty or taken name or a
    // colour that is not "#rrggbb".
    Stage add(const QString &name, const QString &color = {}, Stage::Kind kind = Stage::Kind::Open);
    void rename(qint64 id, const QString &name);
    void recolour(qint64 id, const QString &color);
    void setKind(qint64 id, Stage::Kind kind);
    // `ids` is every stage in its new order.
    void reorder(const QList<qint64> &ids);
    // Refuses (StoreError) while listings are at the stage, and the last remaining stage. The stage's
    // history rows stay, without a stage.
    void remove(qint64 id);
    // How many listings are at the stage now (for the first stage, with the never-moved ones).
    int listingCount(qint64 id) const;

private:
    Stage find(qint64 id) const;
    QString checkedName(const QString &name, qint64 exceptId) const;

    const Database &m_db;
};

} // namespace jobdesk
