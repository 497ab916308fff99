// Imports listing files into a library. Each file is imported in its own transaction: a file that
// cannot be read, or whose import is cancelled, leaves the library exactly as it was; inside a readable
// file, a record that cannot be mapped is reported (file, record number, reason) and skipped while the
// good records import. Formats are detected from content (importformat.h). The skills of every new or
// changed listing are extracted in the same transaction (models/skills).
#pragma once

#include "csvmapping.h"
#include "importformat.h"
#include "importreport.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace jobdesk {

class ByteSource;
class Database;
class SkillIndex;

struct ImportProgress
{
    QString file;
    int fileIndex = 0; // 0-based
    int fileCount = 1;
    qint64 records = 0;      // records read so far in this file
    qint64 totalRecords = 0; // over all files so far
};

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    QDateTime now; // the import time, which also resolves relative dates; invalid: the current time
    // Called every few records and at each file's start; returning false cancels the import (the file
    // being read is rolled back, later files are not read).
    std::function<bool(const ImportProgress &)> progress;
    // The mapping of a CSV header; when unset or returning nothing, the mapping remembered for that
    // header (CsvMappingStore), else the automatic one.
    std::function<std::optional<CsvMapping>(const QStringList &header)> csvMapping;
};

class Importer final
{
public:
    explicit Importer(Database &db);

    ImportReport importFile(const QString &path, const ImportOptions &options = {});
    // Text or bytes that did not come from a file (Edit → Paste listing); `name` appears in messages.
    ImportReport importData(const QByteArray &data, const QString &name, const ImportOptions &options = {});
    // Files and folders (recursively; links are not followed, so a link loop cannot trap it).
    ImportReport importPaths(const QStringList &paths, const ImportOptions &options = {});

    // The files `paths` stand for: files as given, folders expanded to the files with an extension
    // Jobdesk reads (not .txt: folders hold READMEs), sorted. Paths that do not exist are reported in
    // `problems`.
    static QStringList expandPaths(const QStringList &paths, QList<ImportProblem> *problems);

private:
    ImportReport importFile(const QString &path, const ImportOptions &options,
                            const ImportProgress &progress);
    ImportReport importSource(ByteSource &source, const QString &name, const ImportOptions &options,
                              ImportProgress progress);
    // The dictionary new listings are extracted with; brought up to date once per importer.
    const SkillIndex &skills();

    Database &m_db;
    std::shared_ptr<const SkillIndex> m_skills;
};

} // namespace jobdesk
