#include "candidatestore.h"

#include "annotations/stagestore.h"
#include "annotations/tagstore.h"
#include "pipelinestore.h"
#include "profiles/profilestore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CandidateStore", text);
}

const QString selectSummary =
    QStringLiteral("SELECT profiles.id, profiles.name, profiles.headline, profiles.location, "
                   "(SELECT count(*) FROM profile_skills ps WHERE ps.profile_id = profiles.id), "
                   "(SELECT count(*) FROM pipelines p WHERE p.profile_id = profiles.id), "
                   "(SELECT count(*) FROM pipelines p JOIN pipeline_stages s ON s.id = p.stage_id "
                   " WHERE p.profile_id = profiles.id AND s.kind = 0), "
                   "max(profiles.updated_at, coalesce((SELECT max(p.updated_at) FROM pipelines p "
                   " WHERE p.profile_id = profiles.id), 0)) "
                   "FROM profiles WHERE profiles.kind = 1");

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(iso(time)) : QJsonValue();
}

} // namespace

CandidateStore::CandidateStore(const Database &db)
    : m_db(db)
{}

QList<CandidateSummary> CandidateStore::list(const SqlFilter &filter) const
{
    const QSqlDatabase db = m_db.connection();
    QString statement = selectSummary;
    if (!filter.isEmpty())
        statement += QLatin1String(" AND (") + filter.condition + QLatin1Char(')');
    statement += QLatin1String(" ORDER BY profiles.name COLLATE NOCASE, profiles.id");
    QSqlQuery query = sql::run(db, statement, filter.values);
    QList<CandidateSummary> candidates;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        CandidateSummary candidate;
        candidate.id = query.value(0).toLongLong();
        candidate.name = query.value(1).toString();
        candidate.headline = query.value(2).toString();
        candidate.location = query.value(3).toString();
        candidate.skillCount = query.value(4).toInt();
        candidate.pipelines = query.value(5).toInt();
        candidate.activePipelines = query.value(6).toInt();
        candidate.lastActivity = QDateTime::fromSecsSinceEpoch(query.value(7).toLongLong(), QTimeZone::UTC);
        index.insert(candidate.id, candidates.size());
        candidates.append(candidate);
    }
    if (candidates.isEmpty())
        return candidates;
    // Skills and tags of every candidate in two passes, not two queries per row.
    QSqlQuery skills =
        sql::run(db, QStringLiteral("SELECT ps.profile_id, s.name FROM profile_skills ps "
                                    "JOIN skills s ON s.id = ps.skill_id JOIN profiles p ON "
                                    "p.id = ps.profile_id WHERE p.kind = 1 ORDER BY ps.profile_id, "
                                    "ps.level DESC, coalesce(ps.years, 0) DESC, s.name COLLATE NOCASE"));
    while (skills.next()) {
        const auto found = index.constFind(skills.value(0).toLongLong());
        if (found == index.cend())
            continue;
        QStringList &top = candidates[*found].topSkills;
        if (top.size() < TopSkills)
            top.append(skills.value(1).toString());
    }
    QSqlQuery tags =
        sql::run(db, QStringLiteral("SELECT pt.profile_id, t.name FROM profile_tags pt JOIN tags t "
                                    "ON t.id = pt.tag_id ORDER BY pt.profile_id, t.name COLLATE NOCASE"));
    while (tags.next()) {
        if (const auto found = index.constFind(tags.value(0).toLongLong()); found != index.cend())
            candidates[*found].tags.append(tags.value(1).toString());
    }
    return candidates;
}

std::optional<CandidateSummary> CandidateStore::find(qint64 id) const
{
    const QList<CandidateSummary> found = list({QStringLiteral("profiles.id = ?"), {id}});
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

void CandidateStore::checkCandidate(qint64 id) const
{
    const QVariant kind =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT kind FROM profiles WHERE id = ?"), {id});
    if (!kind.isValid() || kind.toInt() != int(ProfileKind::Candidate))
        throw StoreError(tr("There is no candidate with id %1.").arg(id));
}

qint64 CandidateStore::create(const QString &name, const QString &headline, const QString &location,
                              const QDateTime &now)
{
    ProfileStore profiles(m_db);
    ProfileContent content;
    content.kind = ProfileKind::Candidate;
    content.name = name.simplified();
    content.headline = headline.simplified();
    content.location = location.simplified();
    if (content.name.isEmpty())
        throw StoreError(tr("A candidate needs a name."));
    if (profiles.findByName(ProfileKind::Candidate, content.name))
        throw StoreError(tr("There is already a candidate called “%1”.").arg(content.name));
    return profiles.save(content, now).id;
}

void CandidateStore::setTags(qint64 id, const QStringList &names, const QDateTime &now)
{
    checkCandidate(id);
    // Tags that do not exist yet are made first, each in TagStore's own transaction (they are harmless
    // if what follows fails); then the candidate's links are replaced in one.
    TagStore tagStore(m_db);
    QList<qint64> tagIds;
    for (const QString &name : names) {
        const QString simple = name.simplified();
        if (simple.isEmpty())
            continue;
        const std::optional<Tag> existing = tagStore.find(simple);
        tagIds.append(existing ? existing->id : tagStore.create(simple).id);
    }
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(db, m_db.dialect());
    checkCandidate(id);
    sql::run(db, QStringLiteral("DELETE FROM profile_tags WHERE profile_id = ?"), {id});
    QSqlQuery link = sql::prepare(
        db,
        QStringLiteral("INSERT INTO profile_tags (profile_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const qint64 tagId : std::as_const(tagIds)) {
        link.addBindValue(id);
        link.addBindValue(tagId);
        sql::exec(link);
    }
    sql::run(db, QStringLiteral("UPDATE profiles SET updated_at = ? WHERE id = ?"),
             {now.toSecsSinceEpoch(), id});
    transaction.commit();
}

QStringList CandidateStore::tags(qint64 id) const
{
    QSqlQuery query =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT t.name FROM profile_tags pt JOIN tags t ON t.id = pt.tag_id "
                                "WHERE pt.profile_id = ? ORDER BY t.name COLLATE NOCASE"),
                 {id});
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QJsonObject CandidateStore::exportJson(qint64 id, const QDateTime &now) const
{
    checkCandidate(id);
    const QSqlDatabase db = m_db.connection();
    QSqlQuery row =
        sql::run(db,
                 QStringLiteral("SELECT name, headline, location, raw_source, resume_text, created_at, "
                                "updated_at FROM profiles WHERE id = ?"),
                 {id});
    row.next();
    QJsonObject candidate{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), row.value(0).toString()},
        {QStringLiteral("headline"), row.value(1).toString()},
        {QStringLiteral("location"), row.value(2).toString()},
        {QStringLiteral("resumeText"), row.value(4).toString()},
        {QStringLiteral("createdAt"),
         iso(QDateTime::fromSecsSinceEpoch(row.value(5).toLongLong(), QTimeZone::UTC))},
        {QStringLiteral("updatedAt"),
         iso(QDateTime::fromSecsSinceEpoch(row.value(6).toLongLong(), QTimeZone::UTC))},
    };
    // The resume as it was imported: JSON when it is, else the text.
    const QString raw = row.value(3).toString();
    QJsonValue resume;
    if (!raw.isEmpty()) {
        const QJsonDocument parsed = QJsonDocument::fromJson(raw.toUtf8());
        resume = parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(raw);
    }

    QJsonArray skills;
    for (const ProfileSkill &skill : ProfileStore(m_db).skills(id)) {
        QJsonObject entry{{QStringLiteral("name"), skill.name}, {QStringLiteral("level"), skill.level}};
        entry.insert(QStringLiteral("years"), skill.years ? QJsonValue(*skill.years) : QJsonValue());
        skills.append(entry);
    }

    QHash<qint64, QString> stageNames;
    for (const Stage &stage : StageStore(m_db, StageSet::Candidates).list())
        stageNames.insert(stage.id, stage.name);
    PipelineStore pipelineStore(m_db);
    QJsonArray pipelines;
    for (const Pipeline &pipeline : pipelineStore.forCandidate(id)) {
        QJsonArray history;
        for (const PipelineEvent &event : pipelineStore.history(pipeline.id)) {
            history.append(QJsonObject{{QStringLiteral("at"), iso(event.at)},
                                       {QStringLiteral("kind"), event.kind},
                                       {QStringLiteral("stage"), stageNames.value(event.stageId)},
                                       {QStringLiteral("detail"), event.detail}});
        }
        pipelines.append(QJsonObject{
            {QStringLiteral("opening"), QJsonObject{{QStringLiteral("listingId"), pipeline.listingId},
                                                    {QStringLiteral("title"), pipeline.opening},
                                                    {QStringLiteral("company"), pipeline.company}}},
            {QStringLiteral("stage"), stageNames.value(pipeline.stageId)},
            {QStringLiteral("notes"), pipeline.notes},
            {QStringLiteral("nextStep"), pipeline.nextStep},
            {QStringLiteral("nextStepAt"), isoOrNull(pipeline.nextStepAt)},
            {QStringLiteral("createdAt"), iso(pipeline.createdAt)},
            {QStringLiteral("updatedAt"), iso(pipeline.updatedAt)},
            {QStringLiteral("history"), history},
        });
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("jobdesk-candidate-export")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exportedAt"), iso(now)},
        {QStringLiteral("candidate"), candidate},
        {QStringLiteral("resume"), resume},
        {QStringLiteral("skills"), skills},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags(id))},
        {QStringLiteral("pipelines"), pipelines},
    };
}

} // namespace jobdesk
