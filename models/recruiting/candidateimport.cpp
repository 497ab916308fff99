#include "candidateimport.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CandidateImport", text);
}

// Whether a file found in a folder is a resume at all: a JSON object with a "basics" object. Files that
// cannot be read or are not JSON are left to the importer, which says why.
bool looksLikeResume(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    return json.isNull() || (json.isObject() && json.object().value(QLatin1String("basics")).isObject());
}

} // namespace

int CandidateImportReport::count(CandidateFileResult::Outcome outcome) const
{
    return int(std::count_if(files.cbegin(), files.cend(),
                             [outcome](const CandidateFileResult &file) { return file.outcome == outcome; }));
}

CandidateImportReport importCandidates(const Database &db, const QStringList &paths, const QDate &today)
{
    struct Entry
    {
        QString path;
        bool inFolder = false;
    };
    CandidateImportReport report;
    QList<Entry> entries;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            // Symlinks are not followed: a link loop cannot make this run forever.
            QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found.append(it.next());
            std::sort(found.begin(), found.end());
            for (const QString &file : std::as_const(found))
                entries.append({file, true});
        } else if (!info.exists()) {
            report.files.append(
                {path, CandidateFileResult::Outcome::Failed, {}, tr("%1: no such file or folder").arg(path)});
        } else {
            entries.append({path, false});
        }
    }
    JsonResumeImporter importer(db);
    JsonResumeOptions options;
    options.kind = ProfileKind::Candidate;
    options.today = today;
    for (const Entry &entry : std::as_const(entries)) {
        CandidateFileResult result;
        result.path = entry.path;
        if (entry.inFolder && !looksLikeResume(entry.path)) {
            result.outcome = CandidateFileResult::Outcome::Skipped;
            result.message = tr("%1: skipped, not a JSON Resume (no “basics”)").arg(entry.path);
        } else {
            try {
                result.resume = importer.importFile(entry.path, options);
                result.outcome = result.resume.created ? CandidateFileResult::Outcome::Created
                                                       : CandidateFileResult::Outcome::Updated;
            } catch (const StoreError &error) {
                result.outcome = CandidateFileResult::Outcome::Failed;
                result.message = error.message();
            }
        }
        report.files.append(result);
    }
    return report;
}

} // namespace jobdesk
