#include "csvmappingstore.h"

#include "store/database.h"
#include "store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobdesk {

CsvMappingStore::CsvMappingStore(const Database &db)
    : m_db(db)
{}

std::optional<CsvMapping> CsvMappingStore::find(const QStringList &header) const
{
    const QVariant stored =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT mapping FROM csv_mappings WHERE signature = ?"),
                    {csvHeaderSignature(header)});
    if (!stored.isValid())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    const QJsonArray columns = object.value(QLatin1String("columns")).toArray();
    if (columns.size() != header.size())
        return std::nullopt;
    CsvMapping mapping;
    for (const QJsonValue &column : columns)
        mapping.columns.append(parseCsvFieldName(column.toString()).value_or(CsvField::Ignore));
    mapping.salaryPeriod = object.value(QLatin1String("salary_period")).toString();
    mapping.complete = true; // the user decided every column
    return mapping;
}

void CsvMappingStore::remember(const QStringList &header, const CsvMapping &mapping, const QDateTime &now)
{
    QJsonArray columns;
    for (const CsvField field : mapping.columns)
        columns.append(csvFieldName(field));
    const QJsonObject object{{QLatin1String("columns"), columns},
                             {QLatin1String("salary_period"), mapping.salaryPeriod}};
    sql::run(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO csv_mappings (signature, header, mapping, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (signature) DO UPDATE SET header = excluded.header, "
            "mapping = excluded.mapping, updated_at = excluded.updated_at"),
        {csvHeaderSignature(header),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(header)).toJson(QJsonDocument::Compact)),
         QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)), now.toSecsSinceEpoch()});
}

} // namespace jobdesk
