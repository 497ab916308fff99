#include "importer.h"

#include "csvmappingstore.h"
#include "csvreader.h"
#include "jsonrecordmapper.h"
#include "recordreader.h"
#include "textdecoding.h"

#include "skills/listingskillwriter.h"
#include "skills/skillextractor.h"
#include "skills/skillindex.h"
#include "skills/skillreextraction.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

// How often progress is reported (records), so a callback costs nothing against the writes.
constexpr qint64 progressInterval = 64;

ImportReport failedFile(const QString &path, const QString &reason)
{
    ImportReport report;
    report.failed = 1;
    report.problems.append({path, 0, reason});
    return report;
}

// What a folder import reads. Plain .txt files are left out (folders hold READMEs and notes); a .txt
// file named on its own is imported as pasted text.
bool importableSuffix(const QString &suffix)
{
    static const QStringList suffixes{
        QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("ndjson"), QStringLiteral("jsonld"),
        QStringLiteral("html"), QStringLiteral("htm"),   QStringLiteral("csv"),    QStringLiteral("tsv"),
        QStringLiteral("xml"),  QStringLiteral("rss"),   QStringLiteral("atom")};
    return suffixes.contains(suffix.toLower());
}

// A record made ready for writing on the parsing thread: mapped, its keys computed, its skills
// extracted (the writer skips the extraction when the listing turns out unchanged).
struct PreparedRecord
{
    qint64 number = 0;
    std::optional<Listing> listing; // none: the record failed, `reason` says why
    QString reason;
    ListingKeys keys;
    QList<ExtractedSkill> skills;
};

// Parses and prepares the records of a file on a thread of its own while the importing thread writes:
// a bounded queue between them, so memory stays bounded however large the file. Records come out in
// the file's order. The importing thread keeps the database connection and the progress callback.
class RecordPipeline
{
public:
    // Chunks of records move through the queue, so the threads meet once per chunk, not per record.
    static constexpr qsizetype chunkSize = 32;
    static constexpr size_t queueChunks = 8;

    RecordPipeline(const RecordReader &reader, ByteSource &source, const JsonRecordMapper &mapper,
                   const SkillMatcher &matcher)
        : m_thread([this, &reader, &source, &mapper, &matcher] { run(reader, source, mapper, matcher); })
    {}
    ~RecordPipeline()
    {
        stop();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(RecordPipeline)

    // The next chunk of records; empty at the end. Rethrows what the parsing thread threw (ReadError).
    std::vector<PreparedRecord> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty()) {
            if (m_error)
                std::rethrow_exception(std::exchange(m_error, nullptr));
            return {};
        }
        std::vector<PreparedRecord> chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return chunk;
    }

    // Makes the parsing thread stop at its next record (cancelled, or the writer failed).
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    void run(const RecordReader &reader, ByteSource &source, const JsonRecordMapper &mapper,
             const SkillMatcher &matcher)
    {
        std::vector<PreparedRecord> chunk;
        chunk.reserve(chunkSize);
        try {
            reader.readStream(source, [&](SourceRecord &&record) {
                PreparedRecord &prepared = chunk.emplace_back();
                prepared.number = record.number;
                prepared.listing = mapper.map(record, &prepared.reason);
                if (prepared.listing) {
                    const Listing &listing = *prepared.listing;
                    prepared.keys = ListingKeys::of(listing);
                    prepared.skills =
                        extractSkills(matcher, listing.description, listing.statedSkills, listing.title)
                            .skills;
                }
                return qsizetype(chunk.size()) < chunkSize || push(chunk);
            });
            if (!chunk.empty())
                push(chunk);
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    // Hands `chunk` over (waiting while the queue is full); false once the writer stopped.
    bool push(std::vector<PreparedRecord> &chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < queueChunks || m_stopped; });
        if (m_stopped)
            return false;
        m_queue.push_back(std::move(chunk));
        m_changed.notify_all();
        chunk = {};
        chunk.reserve(chunkSize);
        return true;
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<PreparedRecord>> m_queue;
    std::exception_ptr m_error;
    bool m_done = false;
    bool m_stopped = false;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace

Importer::Importer(Database &db)
    : m_db(db)
{}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    return importFile(path, options, ImportProgress{path, 0, 1, 0, 0});
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options,
                                  const ImportProgress &progress)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return failedFile(path, tr("is a folder"));
    if (!file.open(QIODevice::ReadOnly))
        return failedFile(path, file.errorString());
    const QFileInfo opened(path);
    const qint64 openedSize = opened.size();
    const QDateTime openedModified = opened.lastModified().toUTC();
    // The start of the file tells its format and encoding; the rest is read as the records are.
    QByteArray first = file.read(ByteSource::defaultBlockSize);
    while (!file.atEnd() && first.trimmed().isEmpty() && file.error() == QFileDevice::NoError)
        first += file.read(ByteSource::defaultBlockSize);
    if (file.error() != QFileDevice::NoError)
        return failedFile(path, file.errorString());
    ByteSource source(std::move(first), &file);
    source.rememberFile(path, openedSize, openedModified);
    return importSource(source, path, options, progress);
}

ImportReport Importer::importData(const QByteArray &data, const QString &name, const ImportOptions &options)
{
    ByteSource source(data);
    return importSource(source, name, options, ImportProgress{name, 0, 1, 0, 0});
}

ImportReport Importer::importPaths(const QStringList &paths, const ImportOptions &givenOptions)
{
    // One import time for every file, so relative dates ("3 days ago") in two files agree.
    ImportOptions options = givenOptions;
    if (!options.now.isValid())
        options.now = QDateTime::currentDateTimeUtc();
    ImportReport total;
    const QStringList files = expandPaths(paths, &total.problems);
    total.failed = int(total.problems.size());
    qint64 records = 0;
    for (int i = 0; i < files.size(); ++i) {
        const ImportReport report =
            importFile(files.at(i), options, ImportProgress{files.at(i), i, int(files.size()), 0, records});
        records += report.total();
        total += report;
        if (report.cancelled)
            break;
    }
    return total;
}

QStringList Importer::expandPaths(const QStringList &paths, QList<ImportProblem> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (problems)
                problems->append({path, 0, tr("no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file = it.nextFileInfo();
            if (importableSuffix(file.suffix()))
                found.append(file.filePath());
        }
        found.sort();
        files += found;
    }
    return files;
}

ImportReport Importer::importSource(ByteSource &source, const QString &name, const ImportOptions &options,
                                    ImportProgress progress)
{
    // The first block: the whole of a small file, the first 4 MiB of a large one.
    const QByteArray &start = source.start();
    if (start.trimmed().isEmpty())
        return failedFile(name, tr("the file is empty"));
    if (looksBinary(start))
        return failedFile(name, tr("not a text file: it holds binary data (from %1)")
                                    .arg(bytePosition(start, qMax<qsizetype>(0, firstBinaryByte(start)))));
    try {
        checkSingleEncoding(start, source.atEnd());
    } catch (const ReadError &error) {
        return failedFile(name, error.message());
    }
    const ImportFormat format =
        options.format == ImportFormat::Auto ? detectImportFormat(start, name) : options.format;
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();

    std::unique_ptr<RecordReader> reader;
    CsvMappingStore mappings(m_db);
    if (format == ImportFormat::Csv) {
        std::optional<CsvMapping> mapping;
        try {
            const QStringList header = CsvReader::readHeader(start);
            if (options.csvMapping)
                mapping = options.csvMapping(header);
            if (!mapping)
                mapping = mappings.find(header);
        } catch (const ReadError &error) {
            return failedFile(name, error.message());
        }
        reader = std::make_unique<CsvReader>(mapping);
    } else {
        reader = makeReader(format);
    }
    ImportReport report;
    report.files = 1;
    const JsonRecordMapper mapper(now);
    try {
        const SkillIndex &index = skills();
        ListingRepository repository(m_db, FullTextIndexing::Batched);
        ListingSkillWriter skillWriter(m_db);
        Transaction transaction(m_db.connection(), m_db.dialect());
        if (options.progress && !options.progress(progress))
            report.cancelled = true;
        if (!report.cancelled) {
            RecordPipeline pipeline(*reader, source, mapper, index.matcher());
            while (!report.cancelled) {
                const std::vector<PreparedRecord> chunk = pipeline.next();
                if (chunk.empty())
                    break;
                for (const PreparedRecord &record : chunk) {
                    if (!record.listing) {
                        ++report.failed;
                        report.problems.append({name, record.number, record.reason});
                    } else {
                        const UpsertResult result = repository.upsert(*record.listing, record.keys, now);
                        if (result.outcome != UpsertOutcome::Unchanged)
                            skillWriter.write(result.id, record.skills);
                        switch (result.outcome) {
                        case UpsertOutcome::Inserted:
                            ++report.inserted;
                            break;
                        case UpsertOutcome::Updated:
                            ++report.updated;
                            break;
                        case UpsertOutcome::Unchanged:
                            ++report.unchanged;
                            break;
                        }
                    }
                    ++progress.records;
                    ++progress.totalRecords;
                    if (options.progress && progress.records % progressInterval == 0 &&
                        !options.progress(progress)) {
                        report.cancelled = true;
                        break;
                    }
                }
            }
        }
        if (report.cancelled) {
            ImportReport cancelled;
            cancelled.cancelled = true;
            cancelled.problems.append({name, 0, tr("cancelled; nothing of this file was imported")});
            return cancelled;
        }
        source.checkUnchanged();
        repository.flushFullText();
        transaction.commit();
    } catch (const ReadError &error) {
        return failedFile(name, error.message());
    } catch (const StoreError &error) {
        return failedFile(name, error.message());
    }
    return report;
}

const SkillIndex &Importer::skills()
{
    if (!m_skills)
        m_skills = ensureSkillsCurrent(m_db);
    return *m_skills;
}

ImportReport &ImportReport::operator+=(const ImportReport &other)
{
    inserted += other.inserted;
    updated += other.updated;
    unchanged += other.unchanged;
    failed += other.failed;
    files += other.files;
    cancelled = cancelled || other.cancelled;
    problems += other.problems;
    return *this;
}

QString ImportReport::summary() const
{
    return tr("imported: %1 new, %2 updated, %3 duplicates, %4 failed")
        .arg(inserted)
        .arg(updated)
        .arg(unchanged)
        .arg(failed);
}

} // namespace jobdesk
