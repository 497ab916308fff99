#include "benchcontext.h"

#include "profiles/profilestore.h"
#include "skills/matchscore.h"
#include "store/database.h"
#include "views/listingview.h"

#include <QTimeZone>

#include <stdexcept>

namespace jobdesk::bench {

QDateTime referenceNow()
{
    return QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::UTC);
}

qint64 windowProfile(const Database &db)
{
    const QList<Profile> profiles = ProfileStore(db).list(ProfileKind::Me);
    return profiles.isEmpty() ? 0 : profiles.first().id;
}

search::CompileContext searchContext(const Database &db, qint64 profileId)
{
    search::CompileContext context;
    context.dialect = &db.dialect();
    context.now = referenceNow();
    context.matchExpression = matchSqlExpression(profileId);
    return context;
}

SqlFilter allViewFilter(const QString &text, const search::CompileContext &context)
{
    const search::CompiledSearch compiled = search::compileSearch(text, context);
    if (!compiled.ok())
        throw std::runtime_error(
            QString(u"does not compile: " + text + u": " + compiled.error->message).toStdString());
    return allOf(viewFilter(ListingView{}, context.now, *context.dialect), compiled.filter);
}

} // namespace jobdesk::bench
