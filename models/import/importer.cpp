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

} // namespace

Importer::Importer(Database &db)
    : m_db(db)
{}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return failedFile(path, tr("is a folder"));
    if (!file.open(QIODevice::ReadOnly))
        return failedFile(path, file.errorString());
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failedFile(path, file.errorString());
    return importBytes(data, path, options, ImportProgress{path, 0, 1, 0, 0});
}

ImportReport Importer::importData(const QByteArray &data, const QString &name, const ImportOptions &options)
{
    return importBytes(data, name, options, ImportProgress{name, 0, 1, 0, 0});
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
        QFile file(files.at(i));
        ImportReport report;
        if (!file.open(QIODevice::ReadOnly)) {
            report = failedFile(files.at(i), file.errorString());
        } else {
            report = importBytes(file.readAll(), files.at(i), options,
                                 ImportProgress{files.at(i), i, int(files.size()), 0, records});
        }
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

ImportReport Importer::importBytes(const QByteArray &data, const QString &name, const ImportOptions &options,
                                   ImportProgress progress)
{
    if (data.trimmed().isEmpty())
        return failedFile(name, tr("the file is empty"));
    if (looksBinary(data))
        return failedFile(name, tr("not a text file (it holds binary data)"));
    const ImportFormat format =
        options.format == ImportFormat::Auto ? detectImportFormat(data, name) : options.format;
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();

    std::unique_ptr<RecordReader> reader;
    CsvMappingStore mappings(m_db);
    if (format == ImportFormat::Csv) {
        std::optional<CsvMapping> mapping;
        try {
            const QStringList header = CsvReader::readHeader(data);
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
        ListingRepository repository(m_db);
        ListingSkillWriter skillWriter(m_db);
        Transaction transaction(m_db.connection(), m_db.dialect());
        if (options.progress && !options.progress(progress))
            report.cancelled = true;
        if (!report.cancelled) {
            reader->read(data, [&](SourceRecord &&record) {
                QString reason;
                const std::optional<Listing> listing = mapper.map(record, &reason);
                if (!listing) {
                    ++report.failed;
                    report.problems.append({name, record.number, reason});
                } else {
                    const UpsertResult result = repository.upsert(*listing, now);
                    if (result.outcome != UpsertOutcome::Unchanged) {
                        skillWriter.write(result.id, extractSkills(index.matcher(), listing->description,
                                                                   listing->statedSkills, listing->title)
                                                         .skills);
                    }
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
                    return false;
                }
                return true;
            });
        }
        if (report.cancelled) {
            ImportReport cancelled;
            cancelled.cancelled = true;
            cancelled.problems.append({name, 0, tr("cancelled; nothing of this file was imported")});
            return cancelled;
        }
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
