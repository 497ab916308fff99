// The formats Jobdesk imports, and how a file's format is told from its content (the extension is
// only a tie-breaker).
#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace jobdesk {

class RecordReader;

enum class ImportFormat
{
    Auto,
    JsonLd,
    Json,
    JsonLines,
    Csv,
    Rss,
    Text
};

// "auto", "jsonld", "json", "jsonl", "csv", "rss", "text" (as `jobdesk import --format` takes them).
std::optional<ImportFormat> parseImportFormat(const QString &name);
QString importFormatName(ImportFormat format);
// Never returns Auto. `fileName` may be empty (pasted text).
ImportFormat detectImportFormat(QByteArrayView data, const QString &fileName);
std::unique_ptr<RecordReader> makeReader(ImportFormat format);

} // namespace jobdesk
