#include "readsnapshot.h"

#include "database.h"
#include "sql.h"

#include <QSqlQuery>

namespace jobdesk {

ReadSnapshot::ReadSnapshot(const Database &db)
    : m_db(db.connection())
{
    sql::run(m_db, db.dialect().beginSnapshot());
}

ReadSnapshot::~ReadSnapshot()
{
    QSqlQuery end(m_db);
    end.exec(QStringLiteral("ROLLBACK")); // nothing was written; a failure here loses nothing
}

} // namespace jobdesk
