// One read-only transaction in which every statement sees the same moment of the library, whatever
// others write meanwhile: REPEATABLE READ READ ONLY on a team library, a read transaction in a file.
// Ended (rolled back: nothing was written) when it goes out of scope. For reads that must agree with
// each other across statements: a whole-library copy, the Skills Gap's snapshot.
#pragma once

#include <QSqlDatabase>

namespace jobdesk {

class Database;

class ReadSnapshot final
{
public:
    explicit ReadSnapshot(const Database &db);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    QSqlDatabase m_db;
};

} // namespace jobdesk
