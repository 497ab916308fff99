// Writes listings to a file or any QIODevice as CSV or JSON, a batch of a few hundred at a time, so an
// export of the whole library never holds more than one batch in memory. The caller says which
// listings (matchingIds() for a view, or the ids of a selection), gets progress after every batch and
// may cancel between listings. A file export goes through QSaveFile: a failed or cancelled export
// leaves no file behind, and an existing file as it was.
#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace jobdesk {

class Database;
struct ListingQuery;

enum class ExportFormat
{
    Csv,            // listingcsv.h
    JobPostingJson, // a JSON array of schema.org JobPostings (jobpostingjson.h)
    ListingJson,    // a JSON array of Jobdesk's normalised listing objects (listingjson.h)
};

struct ExportProgress
{
    qint64 handled = 0; // ids handled so far (a listing deleted since it was listed is skipped)
    qint64 total = 0;
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    // CSV only: start with a UTF-8 byte order mark, which spreadsheets need to read UTF-8 as such.
    bool byteOrderMark = false;
    // Called after each batch, on the exporting thread.
    std::function<void(const ExportProgress &)> progress;
    // Checked before each listing; when set the export stops and reports Cancelled.
    const std::atomic<bool> *cancel = nullptr;
};

struct ExportResult
{
    enum class Outcome
    {
        Done,
        Cancelled,
        Failed
    };
    Outcome outcome = Outcome::Done;
    qint64 written = 0; // listings written before the end (a failed or cancelled file keeps none)
    QString error;      // for people; names the file when there is one

    bool ok() const { return outcome == Outcome::Done; }
};

class ListingExporter final
{
public:
    static constexpr int BatchSize = 250;

    explicit ListingExporter(const Database &db);

    // The ids a view shows, in its order; at most `limit` when limit >= 0. Throws StoreError.
    QList<qint64> matchingIds(const ListingQuery &query, qint64 limit = -1) const;
    // The selected ids in the view's order; selected listings the view no longer shows follow in the
    // order given. Throws StoreError.
    QList<qint64> inViewOrder(const ListingQuery &query, const QList<qint64> &selected) const;

    // Writes the listings with these ids, in this order, to an open device. Database and device errors
    // are reported in the result, never thrown.
    ExportResult write(const QList<qint64> &ids, QIODevice &device, const ExportOptions &options) const;
    // The same to a file, replaced only when the whole export succeeded.
    ExportResult writeFile(const QList<qint64> &ids, const QString &path, const ExportOptions &options) const;

private:
    ExportResult run(const QList<qint64> &ids, QIODevice &device, const ExportOptions &options,
                     const QString &target) const;

    const Database &m_db;
};

// The format a file name's extension stands for: .csv CSV, .json and .jsonld schema.org JobPostings.
std::optional<ExportFormat> exportFormatForFile(const QString &path);

} // namespace jobdesk
