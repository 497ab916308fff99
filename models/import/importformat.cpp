#include "importformat.h"

#include "csvreader.h"
#include "feedreader.h"
#include "jsonldreader.h"
#include "jsonreader.h"
#include "recordreader.h"
#include "textdecoding.h"
#include "textreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>

#include <array>

namespace jobdesk {
namespace {

struct FormatName
{
    ImportFormat format;
    const char *name;
};

constexpr std::array formatNames{
    FormatName{ImportFormat::Auto, "auto"}, FormatName{ImportFormat::JsonLd, "jsonld"},
    FormatName{ImportFormat::Json, "json"}, FormatName{ImportFormat::JsonLines, "jsonl"},
    FormatName{ImportFormat::Csv, "csv"},   FormatName{ImportFormat::Rss, "rss"},
    FormatName{ImportFormat::Text, "text"},
};

// The first lines of a file as text, lower-cased, for sniffing.
QString head(QByteArrayView data)
{
    return decodeText(data.first(qMin<qsizetype>(data.size(), 16384))).toLower();
}

bool looksLikeCsv(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, 3);
    if (lines.size() < 2)
        return false;
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        if (lines.first().count(delimiter) >= 2)
            return true;
    }
    return false;
}

} // namespace

ByteSource::ByteSource(QByteArray first, QIODevice *device, qint64 blockSize)
    : m_first(std::move(first))
    , m_device(device)
    , m_blockSize(blockSize)
{}

QByteArray ByteSource::next()
{
    if (!m_firstTaken) {
        m_firstTaken = true;
        if (!m_first.isEmpty())
            return std::move(m_first);
    }
    if (!m_device || m_device->atEnd())
        return {};
    QByteArray block = m_device->read(m_blockSize);
    if (block.isEmpty() && !m_device->atEnd()) {
        throw ReadError(QCoreApplication::translate("Import", "the file could not be read: %1")
                            .arg(m_device->errorString()));
    }
    return block;
}

bool ByteSource::atEnd() const
{
    return (m_firstTaken || m_first.isEmpty()) && (!m_device || m_device->atEnd());
}

void ByteSource::rememberFile(const QString &path, qint64 size, const QDateTime &modified)
{
    m_path = path;
    m_size = size;
    m_modified = modified;
}

void ByteSource::checkUnchanged() const
{
    if (m_path.isEmpty())
        return;
    const QFileInfo now(m_path);
    if (!now.exists() || now.size() != m_size || now.lastModified().toUTC() != m_modified) {
        throw ReadError(QCoreApplication::translate(
            "Import", "the file changed while it was being read; nothing of it was imported (import it again "
                      "once it is complete)"));
    }
}

QByteArray ByteSource::readAll()
{
    QByteArray all = next();
    if (m_device && !atEnd()) {
        all.reserve(all.size() + m_device->bytesAvailable());
        while (!atEnd())
            all += next();
    }
    return all;
}

std::optional<ImportFormat> parseImportFormat(const QString &name)
{
    for (const FormatName &entry : formatNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

QString importFormatName(ImportFormat format)
{
    for (const FormatName &entry : formatNames) {
        if (entry.format == format)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

ImportFormat detectImportFormat(QByteArrayView data, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString text = head(data);
    const QStringView start = QStringView(text).trimmed();
    if (start.startsWith(QLatin1Char('<'))) {
        if (text.contains(QLatin1String("<rss")) || text.contains(QLatin1String("<feed")) ||
            text.contains(QLatin1String("<rdf:rdf")))
            return ImportFormat::Rss;
        return ImportFormat::JsonLd; // an HTML page: its JSON-LD blocks
    }
    if (start.startsWith(QLatin1Char('{')) || start.startsWith(QLatin1Char('['))) {
        if (text.contains(QLatin1String("jobposting")) &&
            (text.contains(QLatin1String("@context")) || text.contains(QLatin1String("@type"))))
            return ImportFormat::JsonLd;
        if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
            return ImportFormat::JsonLines;
        // JSON Lines: a complete object on the first line and another object after it.
        const qsizetype newline = start.indexOf(QLatin1Char('\n'));
        if (start.startsWith(QLatin1Char('{')) && newline > 0 &&
            start.first(newline).trimmed().endsWith(QLatin1Char('}')) &&
            start.sliced(newline).trimmed().startsWith(QLatin1Char('{')))
            return ImportFormat::JsonLines;
        return ImportFormat::Json;
    }
    // Notes or text around a saved page's JSON-LD (as in the schema.org examples).
    if (text.contains(QLatin1String("application/ld+json")))
        return ImportFormat::JsonLd;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || looksLikeCsv(text))
        return ImportFormat::Csv;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ImportFormat::JsonLd;
    return ImportFormat::Text;
}

std::unique_ptr<RecordReader> makeReader(ImportFormat format)
{
    switch (format) {
    case ImportFormat::JsonLd:
        return std::make_unique<JsonLdReader>();
    case ImportFormat::Json:
        return std::make_unique<JsonReader>();
    case ImportFormat::JsonLines:
        return std::make_unique<JsonLinesReader>();
    case ImportFormat::Csv:
        return std::make_unique<CsvReader>();
    case ImportFormat::Rss:
        return std::make_unique<FeedReader>();
    case ImportFormat::Text:
        return std::make_unique<TextReader>();
    case ImportFormat::Auto:
        break;
    }
    return nullptr;
}

} // namespace jobdesk
