// A library holds a job search's or a recruiter's private notes: its file, and every copy Jobdesk writes
// of it (backups, the copy kept before a migration), is created readable and writable by its owner only.
// SQLite gives the -wal and -shm files the permissions of the database file.
#pragma once

#include <QString>

namespace jobdesk {

// Creates `path` as an empty file with owner-only permissions unless it exists (an existing file keeps
// its permissions: the user may have chosen them). Throws StoreError naming the file when it cannot.
void createPrivateFile(const QString &path);

} // namespace jobdesk
