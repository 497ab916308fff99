#include "listingexporter.h"

#include "csvformat.h"
#include "jobpostingjson.h"
#include "listingbatch.h"
#include "listingcsv.h"
#include "listingjson.h"

#include "listings/listingquery.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

QByteArray opening(const ExportOptions &options)
{
    if (options.format != ExportFormat::Csv)
        return QByteArrayLiteral("[");
    QByteArray bytes = options.byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    return bytes + csvRecord(listingCsvHeader()).toUtf8();
}

QByteArray closing(const ExportOptions &options)
{
    return options.format == ExportFormat::Csv ? QByteArray() : QByteArrayLiteral("\n]\n");
}

// One listing in the chosen format. JSON objects go one to a line: the array is written by hand so
// that it never has to be held whole, and a line per listing keeps it readable for line tools.
QByteArray encode(const ExportedListing &exported, const ExportOptions &options, bool first)
{
    switch (options.format) {
    case ExportFormat::Csv:
        return csvRecord(listingCsvFields(exported)).toUtf8();
    case ExportFormat::JobPostingJson:
    case ExportFormat::ListingJson: {
        const QJsonObject object = options.format == ExportFormat::ListingJson
                                       ? listingToJson(exported.listing)
                                       : listingToJobPosting(exported.listing);
        return (first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n")) +
               QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    }
    return {};
}

bool cancelled(const ExportOptions &options)
{
    return options.cancel && options.cancel->load();
}

} // namespace

ListingExporter::ListingExporter(const Database &db)
    : m_db(db)
{}

QList<qint64> ListingExporter::matchingIds(const ListingQuery &query, qint64 limit) const
{
    QString statement = query.idStatement(m_db.dialect());
    QVariantList values = query.filter.values;
    if (limit >= 0) {
        statement += QLatin1String(" LIMIT ?");
        values.append(limit);
    }
    QSqlQuery rows = sql::run(m_db.connection(), statement, values);
    QList<qint64> ids;
    while (rows.next())
        ids.append(rows.value(0).toLongLong());
    return ids;
}

QList<qint64> ListingExporter::inViewOrder(const ListingQuery &query, const QList<qint64> &selected) const
{
    QSet<qint64> remaining(selected.cbegin(), selected.cend());
    QList<qint64> ordered;
    ordered.reserve(remaining.size());
    for (const qint64 id : matchingIds(query)) {
        if (remaining.remove(id))
            ordered.append(id);
    }
    for (const qint64 id : selected) {
        if (remaining.remove(id))
            ordered.append(id);
    }
    return ordered;
}

ExportResult ListingExporter::write(const QList<qint64> &ids, QIODevice &device,
                                    const ExportOptions &options) const
{
    return run(ids, device, options, tr("the export"));
}

ExportResult ListingExporter::writeFile(const QList<qint64> &ids, const QString &path,
                                        const ExportOptions &options) const
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        ExportResult result;
        result.outcome = ExportResult::Outcome::Failed;
        result.error = tr("Cannot write %1: %2").arg(name, file.errorString());
        return result;
    }
    ExportResult result = run(ids, file, options, name);
    if (!result.ok()) {
        file.cancelWriting(); // nothing is renamed over the target: it stays as it was
        return result;
    }
    if (!file.commit()) {
        result.outcome = ExportResult::Outcome::Failed;
        result.error = tr("Cannot write %1: %2").arg(name, file.errorString());
    }
    return result;
}

ExportResult ListingExporter::run(const QList<qint64> &ids, QIODevice &device, const ExportOptions &options,
                                  const QString &target) const
{
    ExportResult result;
    const auto put = [&](const QByteArray &bytes) {
        if (device.write(bytes) == bytes.size())
            return true;
        result.outcome = ExportResult::Outcome::Failed;
        result.error = tr("Cannot write %1: %2").arg(target, device.errorString());
        return false;
    };
    const auto stop = [&] {
        result.outcome = ExportResult::Outcome::Cancelled;
        return result;
    };
    try {
        QByteArray chunk = opening(options);
        for (qsizetype start = 0; start < ids.size(); start += BatchSize) {
            if (cancelled(options))
                return stop();
            for (const ExportedListing &exported : readListingBatch(m_db, ids.mid(start, BatchSize))) {
                if (cancelled(options))
                    return stop();
                chunk += encode(exported, options, result.written == 0);
                ++result.written;
            }
            if (!put(chunk))
                return result;
            chunk.clear();
            if (options.progress)
                options.progress({qMin<qint64>(start + BatchSize, ids.size()), ids.size()});
        }
        if (cancelled(options))
            return stop();
        chunk += closing(options);
        put(chunk);
    } catch (const StoreError &error) {
        result.outcome = ExportResult::Outcome::Failed;
        result.error = error.message();
    }
    return result;
}

std::optional<ExportFormat> exportFormatForFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("jsonld"))
        return ExportFormat::JobPostingJson;
    return std::nullopt;
}

} // namespace jobdesk
