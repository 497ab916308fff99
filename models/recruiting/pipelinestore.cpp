#include "pipelinestore.h"

#include "annotations/stagestore.h"
#include "profiles/profilestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/sqldialect.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PipelineStore", text);
}

const QString selectPipeline = QStringLiteral(
    "SELECT p.id, p.profile_id, p.listing_id, p.stage_id, pr.name, l.title, l.company, p.notes, p.next_step, "
    "p.next_step_at, p.created_at, p.updated_at, p.row_version FROM pipelines p JOIN profiles pr ON pr.id = "
    "p.profile_id "
    "JOIN listings l ON l.id = p.listing_id");

QDateTime utc(const QVariant &seconds)
{
    return seconds.isNull() ? QDateTime()
                            : QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), QTimeZone::UTC);
}

Pipeline pipelineFrom(const QSqlQuery &query)
{
    Pipeline pipeline;
    pipeline.id = query.value(0).toLongLong();
    pipeline.profileId = query.value(1).toLongLong();
    pipeline.listingId = query.value(2).toLongLong();
    pipeline.stageId = query.value(3).toLongLong();
    pipeline.candidate = query.value(4).toString();
    pipeline.opening = query.value(5).toString();
    pipeline.company = query.value(6).toString();
    pipeline.notes = query.value(7).toString();
    pipeline.nextStep = query.value(8).toString();
    pipeline.nextStepAt = utc(query.value(9));
    pipeline.createdAt = utc(query.value(10));
    pipeline.updatedAt = utc(query.value(11));
    pipeline.version = query.value(12).toLongLong();
    return pipeline;
}

QList<Pipeline> pipelinesFrom(QSqlQuery &query)
{
    QList<Pipeline> pipelines;
    while (query.next())
        pipelines.append(pipelineFrom(query));
    return pipelines;
}

QString firstLine(const QString &text)
{
    const QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    constexpr int MaxLength = 60;
    return line.size() > MaxLength ? line.left(MaxLength - 1) + QChar(0x2026) : line;
}

constexpr qint64 SittingSeconds = 10 * 60;

} // namespace

PipelineStore::PipelineStore(const Database &db)
    : m_db(db)
{}

PipelineStore &PipelineStore::basedOn(const QList<Pipeline> &seen)
{
    for (const Pipeline &pipeline : seen)
        m_seen.insert(pipeline.id, pipeline.version);
    return *this;
}

void PipelineStore::throwStale(qint64 id) const
{
    // The pipeline's latest history entry says who changed what (the write that made this one stale has
    // committed, so it is visible here).
    QSqlQuery latest =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT pr.name, l.title, coalesce(h.changed_by, ''), coalesce(h.detail, '') "
                                "FROM pipelines p JOIN profiles pr ON pr.id = p.profile_id "
                                "JOIN listings l ON l.id = p.listing_id "
                                "LEFT JOIN pipeline_history h ON h.pipeline_id = p.id WHERE p.id = ? "
                                "ORDER BY h.at DESC, h.id DESC LIMIT 1"),
                 {id});
    if (!latest.next())
        throw StoreError(
            tr("This candidate's pipeline is no longer in the library. Your edit was not saved."),
            StoreError::Kind::Stale);
    const QString candidate = latest.value(0).toString();
    const QString opening = latest.value(1).toString();
    const QString who = latest.value(2).toString();
    const QString what = latest.value(3).toString();
    QString message =
        who.isEmpty()
            ? tr("%1's pipeline for “%2” was changed elsewhere since you last saw it").arg(candidate, opening)
            : tr("%1's pipeline for “%2” was changed by %3 since you last saw it")
                  .arg(candidate, opening, who);
    if (!what.isEmpty())
        message += QStringLiteral(" (%1)").arg(what);
    throw StoreError(message + tr(". Your edit was not saved."), StoreError::Kind::Stale);
}

QList<Pipeline> PipelineStore::forOpening(qint64 listingId) const
{
    QSqlQuery query = sql::run(
        m_db.connection(),
        selectPipeline + QLatin1String(" JOIN pipeline_stages s ON s.id = p.stage_id WHERE p.listing_id = ? "
                                       "ORDER BY s.position, pr.name COLLATE NOCASE, p.id"),
        {listingId});
    return pipelinesFrom(query);
}

QList<Pipeline> PipelineStore::forCandidate(qint64 profileId) const
{
    QSqlQuery query = sql::run(
        m_db.connection(),
        selectPipeline + QLatin1String(" WHERE p.profile_id = ? ORDER BY p.updated_at DESC, p.id DESC"),
        {profileId});
    return pipelinesFrom(query);
}

std::optional<Pipeline> PipelineStore::find(qint64 id) const
{
    QSqlQuery query = sql::run(m_db.connection(), selectPipeline + QLatin1String(" WHERE p.id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return pipelineFrom(query);
}

std::optional<Pipeline> PipelineStore::find(qint64 profileId, qint64 listingId) const
{
    QSqlQuery query = sql::run(m_db.connection(),
                               selectPipeline + QLatin1String(" WHERE p.profile_id = ? AND p.listing_id = ?"),
                               {profileId, listingId});
    if (!query.next())
        return std::nullopt;
    return pipelineFrom(query);
}

QString PipelineStore::stageName(qint64 stageId) const
{
    const QVariant name = sql::scalar(
        m_db.connection(), QStringLiteral("SELECT name FROM pipeline_stages WHERE id = ?"), {stageId});
    if (!name.isValid())
        throw StoreError(tr("There is no such stage (it may have been removed)."));
    return name.toString();
}

void PipelineStore::record(qint64 id, const QString &kind, qint64 stageId, const QString &detail,
                           const QDateTime &now) const
{
    sql::run(m_db.connection(),
             QStringLiteral("INSERT INTO pipeline_history (pipeline_id, at, kind, stage_id, detail) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {id, now.toSecsSinceEpoch(), kind,
              stageId > 0 ? QVariant(stageId) : QVariant(QMetaType::fromType<qint64>()), detail});
}

qint64 PipelineStore::add(qint64 profileId, qint64 listingId, qint64 stageId, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const QVariant kind =
        sql::scalar(db, QStringLiteral("SELECT kind FROM profiles WHERE id = ?"), {profileId});
    if (!kind.isValid() || kind.toInt() != int(ProfileKind::Candidate))
        throw StoreError(tr("There is no candidate with id %1.").arg(profileId));
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM openings WHERE listing_id = ?"), {listingId})
             .isValid())
        throw StoreError(
            tr("The listing with id %1 is not an opening: mark it as one first.").arg(listingId));
    if (const std::optional<Pipeline> existing = find(profileId, listingId))
        return existing->id;
    if (stageId == 0) {
        const QList<Stage> stages = StageStore(m_db, StageSet::Candidates).list();
        if (stages.isEmpty())
            throw StoreError(tr("The recruiting pipeline has no stages."));
        stageId = stages.first().id;
    }
    const QString stage = stageName(stageId);
    const qint64 seconds = now.toSecsSinceEpoch();
    const QSqlQuery insert =
        sql::run(db,
                 QStringLiteral("INSERT INTO pipelines (profile_id, listing_id, stage_id, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                 {profileId, listingId, stageId, seconds, seconds});
    const qint64 id = insert.lastInsertId().toLongLong();
    record(id, QStringLiteral("created"), stageId, tr("Added at %1").arg(stage), now);
    transaction.commit();
    return id;
}

bool PipelineStore::moveTo(qint64 id, qint64 stageId, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const std::optional<Pipeline> pipeline = find(id);
    if (!pipeline)
        throw StoreError(tr("The pipeline with id %1 is no longer in the library.").arg(id));
    const QString to = stageName(stageId);
    if (pipeline->stageId == stageId)
        return false;
    const QString from = stageName(pipeline->stageId);
    // Only from the stage read above: on a team library another member may have moved the candidate
    // in between, and this move (and its "from → to") would then rest on a stage that is gone.
    const QSqlQuery moved = sql::run(
        db, QStringLiteral("UPDATE pipelines SET stage_id = ?, updated_at = ? WHERE id = ? AND stage_id = ?"),
        {stageId, now.toSecsSinceEpoch(), id, pipeline->stageId});
    if (moved.numRowsAffected() != 1)
        throw StoreError(tr("Someone else moved this candidate meanwhile; look again before moving them."),
                         StoreError::Kind::Stale);
    record(id, QStringLiteral("stage"), stageId, QStringLiteral("%1 → %2").arg(from, to), now);
    transaction.commit();
    return true;
}

void PipelineStore::setNextStep(qint64 id, const QString &text, const QDateTime &at, const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const std::optional<Pipeline> pipeline = find(id);
    if (!pipeline)
        throw StoreError(tr("The pipeline with id %1 is no longer in the library.").arg(id));
    // Only over the version the edit was based on (what the user saw), else the one read just now: on a
    // team library another member's change may have landed in between, and is not overwritten unseen.
    const qint64 version = m_seen.value(id, pipeline->version);
    if (version != pipeline->version)
        throwStale(id);
    const QString step = text.simplified();
    const QSqlQuery updated =
        sql::run(db,
                 QStringLiteral("UPDATE pipelines SET next_step = ?, next_step_at = ?, updated_at = ? "
                                "WHERE id = ? AND row_version = ?"),
                 {step.isNull() ? QStringLiteral("") : step,
                  at.isValid() ? QVariant(at.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()),
                  now.toSecsSinceEpoch(), id, version});
    if (updated.numRowsAffected() != 1)
        throwStale(id);
    QString detail;
    if (step.isEmpty() && !at.isValid())
        detail = tr("Next step cleared");
    else if (!at.isValid())
        detail = tr("Next: %1").arg(step);
    else
        detail = tr("Next: %1 on %2")
                     .arg(step.isEmpty() ? tr("step") : step,
                          QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat));
    record(id, QStringLiteral("next"), 0, detail, now);
    transaction.commit();
}

QString PipelineStore::notes(qint64 id) const
{
    return sql::scalar(m_db.connection(), QStringLiteral("SELECT notes FROM pipelines WHERE id = ?"), {id})
        .toString();
}

NoteStore::Save PipelineStore::saveNotes(qint64 id, const QString &text, const QString &base,
                                         const QDateTime &now)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    const NoteStore::Save save = NoteStore::mergeOver(
        text, base,
        [&] {
            QSqlQuery stored =
                sql::run(db, QStringLiteral("SELECT notes, row_version FROM pipelines WHERE id = ?"), {id});
            if (!stored.next())
                throw StoreError(tr(
                    "This candidate's pipeline is no longer in the library; its notes could not be saved."));
            return NoteStore::Stored{stored.value(0).toString(), stored.value(1)};
        },
        [&](const QString &merged, const QVariant &version) {
            return sql::run(
                       db,
                       QStringLiteral("UPDATE pipelines SET notes = ?, updated_at = ? WHERE id = ? AND "
                                      "row_version = ?"),
                       {merged.isNull() ? QStringLiteral("") : merged, now.toSecsSinceEpoch(), id, version})
                       .numRowsAffected() == 1;
        },
        [&] { throwStale(id); });
    if (!save.written)
        return save;
    // One history entry per sitting, as for a listing's notes.
    QSqlQuery latest = sql::run(db,
                                QStringLiteral("SELECT kind, at FROM pipeline_history WHERE pipeline_id = ? "
                                               "ORDER BY at DESC, id DESC LIMIT 1"),
                                {id});
    const bool sameSitting = latest.next() && latest.value(0).toString() == QLatin1String("note") &&
                             now.toSecsSinceEpoch() - latest.value(1).toLongLong() < SittingSeconds;
    if (!sameSitting) {
        const QString line = firstLine(save.text);
        record(id, QStringLiteral("note"), 0, line.isEmpty() ? tr("Notes cleared") : line, now);
    }
    transaction.commit();
    return save;
}

void PipelineStore::remove(qint64 id)
{
    sql::run(m_db.connection(), QStringLiteral("DELETE FROM pipelines WHERE id = ?"), {id});
    m_db.dialect().eraseDeleted(m_db.connection());
}

QList<PipelineEvent> PipelineStore::history(qint64 id) const
{
    QSqlQuery query = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT at, kind, coalesce(stage_id, 0), detail, changed_by FROM pipeline_history "
                       "WHERE pipeline_id = ? ORDER BY at, id"),
        {id});
    QList<PipelineEvent> events;
    while (query.next())
        events.append({utc(query.value(0)), query.value(1).toString(), query.value(2).toLongLong(),
                       query.value(3).toString(), query.value(4).toString()});
    return events;
}

} // namespace jobdesk
