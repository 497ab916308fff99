// Candidates as a recruiter sees them: profiles of kind Candidate (profiles/profilestore.h holds their
// skills) with what the candidates table shows (top skills, active pipelines, last activity), their
// tags, a search over them in the search language (search::SearchTarget::Candidates), making one by
// hand, and everything held about one as JSON (a data-subject request). Deleting a candidate is
// ProfileStore::remove: every row about them goes, erased from the file. docs/recruiting.md.
#pragma once

#include "listings/listingquery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk {

class Database;

struct CandidateSummary
{
    qint64 id = 0;
    QString name;
    QString headline;
    QString location;
    QStringList topSkills; // at most TopSkills, strongest first (level, then years, then name)
    int skillCount = 0;
    int pipelines = 0;       // openings they are in the pipeline of
    int activePipelines = 0; // of those, at an open stage
    QDateTime lastActivity;  // the latest change to them or any of their pipelines
    QStringList tags;        // by name

    friend bool operator==(const CandidateSummary &, const CandidateSummary &) = default;
};

class CandidateStore final
{
public:
    static constexpr int TopSkills = 5;

    explicit CandidateStore(const Database &db);
    Q_DISABLE_COPY_MOVE(CandidateStore)

    // The candidates `filter` selects (over `FROM profiles`, as compiled for SearchTarget::Candidates;
    // empty: all), by name ignoring case.
    QList<CandidateSummary> list(const SqlFilter &filter = {}) const;
    std::optional<CandidateSummary> find(qint64 id) const;

    // A candidate made by hand; throws StoreError for an empty or taken name.
    qint64 create(const QString &name, const QString &headline = {}, const QString &location = {},
                  const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Their tags become exactly `names` (tags that do not exist are made). One transaction.
    void setTags(qint64 id, const QStringList &names, const QDateTime &now = QDateTime::currentDateTimeUtc());
    QStringList tags(qint64 id) const;

    // Everything the library holds about the candidate: details, the resume as imported, skills, tags,
    // and every pipeline with its opening, stage, notes, next step and history. Throws StoreError when
    // there is no such candidate.
    QJsonObject exportJson(qint64 id, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    void checkCandidate(qint64 id) const;

    const Database &m_db;
};

} // namespace jobdesk
