// What an import did: counts and every problem, each naming the file and the record or line.
#pragma once

#include <QList>
#include <QString>

namespace jobdesk {

struct ImportProblem
{
    QString file;
    qint64 record = 0; // 1-based record or line number; 0 when the whole file failed
    QString reason;
};

struct ImportReport
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    int files = 0;          // files read (whether or not their records imported)
    bool cancelled = false; // the user stopped it; the file being read was rolled back
    QList<ImportProblem> problems;

    int total() const { return inserted + updated + unchanged + failed; }
    ImportReport &operator+=(const ImportReport &other);
    // "imported: 3 new, 1 updated, 0 duplicates, 2 failed"
    QString summary() const;
};

} // namespace jobdesk
