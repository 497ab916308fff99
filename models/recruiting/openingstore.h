// Openings: the listings a recruiter fills (table `openings`). Any listing can be marked as one; its
// candidates' pipelines hang off it (pipelinestore.h). Unmarking keeps the pipelines, so marking it again
// brings them back; deleting the listing removes them. docs/recruiting.md.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

class Database;

struct Opening
{
    qint64 listingId = 0;
    QString title;
    QString company;
    QString location;
    QDateTime openedAt;
    int candidates = 0; // pipelines for it, at any stage
    int active = 0;     // of those, at an open stage
};

class OpeningStore final
{
public:
    explicit OpeningStore(const Database &db);
    Q_DISABLE_COPY_MOVE(OpeningStore)

    // Every opening, newest first.
    QList<Opening> list() const;
    std::optional<Opening> find(qint64 listingId) const;
    bool isOpening(qint64 listingId) const;
    // Marks the listings as openings; those already marked keep their date. Returns how many were new.
    // Throws StoreError naming an id that is not a listing (and marks none).
    int mark(const QList<qint64> &listingIds, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Returns how many were openings.
    int unmark(const QList<qint64> &listingIds);

private:
    const Database &m_db;
};

} // namespace jobdesk
