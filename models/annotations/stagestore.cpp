#include "stagestore.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StageStore", text);
}

QString checkedColor(const QString &color)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.isEmpty() && !hex.match(color).hasMatch())
        throw StoreError(tr("“%1” is not a colour: write it as #rrggbb.").arg(color));
    return color.toLower();
}

Stage::Kind checkedKind(Stage::Kind kind)
{
    if (int(kind) < 0 || int(kind) > 2)
        throw StoreError(tr("A stage is open, a success or closed."));
    return kind;
}

} // namespace

StageStore::StageStore(const Database &db, StageSet set)
    : m_db(db)
    , m_set(set)
{}

QString StageStore::table() const
{
    return m_set == StageSet::Listings ? QStringLiteral("stages") : QStringLiteral("pipeline_stages");
}

QList<Stage> StageStore::list() const
{
    QSqlQuery query =
        sql::run(m_db.connection(), QStringLiteral("SELECT id, name, position, coalesce(color, ''), kind, "
                                                   "coalesce(role, '') FROM %1 ORDER BY position, id")
                                        .arg(table()));
    QList<Stage> stages;
    while (query.next())
        stages.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                       query.value(3).toString(), Stage::Kind(query.value(4).toInt()),
                       query.value(5).toString()});
    return stages;
}

Stage StageStore::find(qint64 id) const
{
    for (const Stage &stage : list()) {
        if (stage.id == id)
            return stage;
    }
    throw StoreError(tr("There is no such stage (it may have been removed)."));
}

QString StageStore::checkedName(const QString &name, qint64 exceptId) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        throw StoreError(tr("A stage needs a name."));
    for (const Stage &stage : list()) {
        if (stage.id != exceptId && stage.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            throw StoreError(tr("There is already a stage called “%1”.").arg(stage.name));
    }
    return trimmed;
}

Stage StageStore::add(const QString &name, const QString &color, Stage::Kind kind)
{
    Stage stage;
    stage.name = checkedName(name, 0);
    stage.color = checkedColor(color);
    stage.kind = checkedKind(kind);
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    stage.position =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM %1").arg(table())).toInt();
    QSqlQuery insert =
        sql::run(db,
                 QStringLiteral("INSERT INTO %1 (name, position, color, kind) "
                                "VALUES (?, ?, ?, ?)")
                     .arg(table()),
                 {stage.name, stage.position, stage.color.isEmpty() ? QVariant() : QVariant(stage.color),
                  int(stage.kind)});
    stage.id = insert.lastInsertId().toLongLong();
    transaction.commit();
    return stage;
}

void StageStore::rename(qint64 id, const QString &name)
{
    find(id);
    sql::run(m_db.connection(), QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(table()),
             {checkedName(name, id), id});
}

void StageStore::recolour(qint64 id, const QString &color)
{
    find(id);
    const QString checked = checkedColor(color);
    sql::run(m_db.connection(), QStringLiteral("UPDATE %1 SET color = ? WHERE id = ?").arg(table()),
             {checked.isEmpty() ? QVariant() : QVariant(checked), id});
}

void StageStore::setKind(qint64 id, Stage::Kind kind)
{
    find(id);
    sql::run(m_db.connection(), QStringLiteral("UPDATE %1 SET kind = ? WHERE id = ?").arg(table()),
             {int(checkedKind(kind)), id});
}

void StageStore::reorder(const QList<qint64> &ids)
{
    QList<qint64> known;
    for (const Stage &stage : list())
        known.append(stage.id);
    QList<qint64> sortedIds = ids;
    std::sort(sortedIds.begin(), sortedIds.end());
    std::sort(known.begin(), known.end());
    if (sortedIds != known)
        throw StoreError(tr("The stages changed meanwhile; open the stages again."));
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    QSqlQuery update =
        sql::prepare(db, QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table()));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        update.addBindValue(int(i));
        update.addBindValue(ids[i]);
        sql::exec(update);
    }
    transaction.commit();
}

int StageStore::itemCount(qint64 id) const
{
    if (m_set == StageSet::Candidates)
        return sql::scalar(m_db.connection(),
                           QStringLiteral("SELECT count(*) FROM pipelines WHERE stage_id = ?"), {id})
            .toInt();
    const QList<Stage> stages = list();
    const bool first = !stages.isEmpty() && stages.first().id == id;
    // The never-moved listings (no row, or a row without a stage) are at the first stage.
    return sql::scalar(m_db.connection(),
                       first ? QStringLiteral("SELECT count(*) FROM listings LEFT JOIN annotations a "
                                              "ON a.listing_id = listings.id "
                                              "WHERE a.stage_id = ? OR a.stage_id IS NULL")
                             : QStringLiteral("SELECT count(*) FROM annotations WHERE stage_id = ?"),
                       {id})
        .toInt();
}

void StageStore::remove(qint64 id)
{
    const Stage stage = find(id);
    if (list().size() <= 1)
        throw StoreError(tr("The pipeline needs at least one stage."));
    if (const int count = itemCount(id); count > 0)
        throw StoreError(
            QCoreApplication::translate("StageStore",
                                        m_set == StageSet::Listings
                                            ? "%n listing(s) are at “%1”. Move them to another "
                                              "stage first."
                                            : "%n candidate(s) are at “%1”. Move them to another "
                                              "stage first.",
                                        nullptr, count)
                .arg(stage.name));
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table()), {id});
    // Positions stay 0…n-1.
    sql::run(db, QStringLiteral("UPDATE %1 SET position = position - 1 WHERE position > ?").arg(table()),
             {stage.position});
    transaction.commit();
}

} // namespace jobdesk
