#include "samplelibrary.h"

#include "import/importer.h"

#include <QStandardPaths>

namespace jobdesk::samples {

QString resourcePath()
{
    return QStringLiteral(":/samples/listings.jsonl");
}

ImportReport load(Database &db)
{
    return Importer(db).importFile(resourcePath());
}

QString demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/demo-library.sqlite");
}

} // namespace jobdesk::samples
