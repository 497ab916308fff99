// Importing candidates from JSON Resume files: files, and folders searched (recursively) for *.json.
// Each resume is written in its own transaction (JsonResumeImporter, kind Candidate): a bad one changes
// nothing and is reported with its file and why, the others are imported. A resume whose name is already
// a candidate's updates that candidate. In a folder, JSON files that are not resumes (no "basics", such
// as a schema lying beside them) are skipped and said so; a file named on its own must be a resume.
#pragma once

#include "profiles/jsonresumeimporter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk {

class Database;

struct CandidateFileResult
{
    enum class Outcome
    {
        Created,
        Updated,
        Skipped, // a JSON file in a folder that is not a resume
        Failed,
    };
    QString path;
    Outcome outcome = Outcome::Failed;
    JsonResumeResult resume; // Created, Updated
    QString message;         // Skipped, Failed: why, naming the file
};

struct CandidateImportReport
{
    QList<CandidateFileResult> files;

    int count(CandidateFileResult::Outcome outcome) const;
    bool ok() const { return count(CandidateFileResult::Outcome::Failed) == 0; }
};

// `paths`: files and folders. `today` ends work entries without an end date.
CandidateImportReport importCandidates(const Database &db, const QStringList &paths,
                                       const QDate &today = QDate::currentDate());

} // namespace jobdesk
