// The user's annotations as JSON, to carry them into another library (a new computer, a library built
// again from the same files) and back. Each entry names its listing by what survives another library:
// the normalised URL and the content fingerprint (models/store/dedupe.h), plus title and company for
// people reading the file. See docs/annotations.md, "Never lost", for the format and the merge rule:
//
// - the current state (status, rating, favourite, hidden, notes, follow-up) is taken from the file only
//   when the library's annotation of that listing is not newer (`updated_at`); a newer one is kept and
//   counted in the report, never overwritten silently;
// - histories and sets (status history, tags, activity, rows of other per-listing tables such as
//   events and contacts) are merged: what the file adds is added, nothing is removed;
// - the whole import is one transaction.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace jobdesk {

class Database;

struct AnnotationImportReport
{
    int entries = 0;       // listings in the file
    int applied = 0;       // matched listings whose state was taken from the file
    int keptNewer = 0;     // matched listings whose newer state in the library was kept
    QStringList unmatched; // "title — company" of the entries no listing of the library matched
    QString summary() const;
};

class AnnotationJson final
{
public:
    explicit AnnotationJson(const Database &db);
    Q_DISABLE_COPY_MOVE(AnnotationJson)

    // Every annotated listing of the library, or those of `ids` when given.
    QJsonObject exportAnnotations(const QList<qint64> &ids = {}) const;
    // Writes exportAnnotations() to `path` (complete or not at all); returns the number of listings.
    int exportToFile(const QString &path, const QList<qint64> &ids = {}) const;

    // Merges `document` into the library (see above). Throws StoreError (nothing changed) when it is
    // not a Jobdesk annotation file.
    AnnotationImportReport importAnnotations(const QJsonObject &document) const;
    AnnotationImportReport importFile(const QString &path) const;

    static constexpr int FormatVersion = 1;

private:
    const Database &m_db;
};

} // namespace jobdesk
