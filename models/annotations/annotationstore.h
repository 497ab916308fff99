// The user's own data about listings (the annotations table). An import never writes it; a row exists
// once the user has annotated the listing. For now: hiding and unhiding listings by hand.
#pragma once

#include <QDateTime>
#include <QList>

namespace jobdesk {

class Database;

class AnnotationStore final
{
public:
    explicit AnnotationStore(const Database &db);
    Q_DISABLE_COPY_MOVE(AnnotationStore)

    // Hides or shows the listings, all in one transaction. Ids of listings that no longer exist are
    // skipped. Unhiding a listing that was never annotated writes nothing.
    void setHidden(const QList<qint64> &ids, bool hidden,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    const Database &m_db;
};

} // namespace jobdesk
