#include "transaction.h"

#include "sql.h"
#include "sqldialect.h"
#include "storeerror.h"

#include <QSqlQuery>

namespace jobdesk {

Transaction::Transaction(const QSqlDatabase &db, const SqlDialect &dialect)
    : m_db(db)
{
    sql::run(m_db, dialect.beginWriteTransaction());
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    sql::run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace jobdesk
