// RAII write transaction: begins on construction, rolls back in the destructor unless commit() was
// called. Every multi-statement write in Jobdesk goes through one, so a failure or an exception leaves
// the library exactly as it was.
#pragma once

#include <QSqlDatabase>

namespace jobdesk {

class SqlDialect;

class Transaction final
{
public:
    Transaction(const QSqlDatabase &db, const SqlDialect &dialect);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    // Commits; throws StoreError when the database refuses (the transaction is then rolled back).
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace jobdesk
