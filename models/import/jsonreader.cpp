#include "jsonreader.h"

#include "textdecoding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Import", text);
}

// JSON must be UTF-8 for QJsonDocument; other encodings are converted first.
QByteArray utf8Of(const QByteArray &data)
{
    checkSingleEncoding(data, true);
    TextEncoding encoding = TextEncoding::Utf8;
    const QString text = decodeText(data, &encoding);
    if (encoding == TextEncoding::Utf8)
        return data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
    return text.toUtf8();
}

QJsonArray recordsOf(const QJsonObject &object)
{
    for (const char *key : {"jobs", "data", "results", "items", "listings", "postings"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isArray())
            return value.toArray();
    }
    return QJsonArray{object};
}

SourceRecord recordOf(qint64 number, const QJsonValue &value)
{
    SourceRecord record;
    record.number = number;
    record.rawFormat = QStringLiteral("json");
    if (!value.isObject()) {
        record.error = tr("the record is not a JSON object");
        return record;
    }
    record.fields = value.toObject();
    record.raw = QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Indented));
    return record;
}

} // namespace

void JsonReader::read(const QByteArray &data, const RecordSink &sink) const
{
    const QByteArray utf8 = utf8Of(data);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString text =
            QString::fromUtf8(utf8.first(qBound<qsizetype>(0, qsizetype(error.offset), utf8.size())));
        throw ReadError(
            tr("not valid JSON at %1: %2").arg(textPosition(text, text.size()), error.errorString()));
    }
    const QJsonArray records = document.isArray() ? document.array() : recordsOf(document.object());
    qint64 number = 0;
    for (const QJsonValue &value : records) {
        if (!sink(recordOf(++number, value)))
            return;
    }
}

void JsonLinesReader::read(const QByteArray &data, const RecordSink &sink) const
{
    ByteSource source(data);
    readStream(source, sink);
}

namespace {

// The lines of `utf8` (whole lines, the last one possibly without its line break); false when the sink
// stopped reading.
bool readLines(QByteArrayView utf8, qint64 &lineNumber, const RecordSink &sink)
{
    for (qsizetype start = 0; start < utf8.size();) {
        qsizetype end = utf8.indexOf('\n', start);
        if (end < 0)
            end = utf8.size();
        const QByteArrayView line = utf8.sliced(start, end - start).trimmed();
        start = end + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
        SourceRecord record;
        if (error.error != QJsonParseError::NoError) {
            record.number = lineNumber;
            record.rawFormat = QStringLiteral("json");
            record.raw = QString::fromUtf8(line);
            record.error =
                tr("not valid JSON at column %1: %2").arg(error.offset + 1).arg(error.errorString());
        } else {
            record = recordOf(lineNumber, document.isObject() ? QJsonValue(document.object())
                                                              : QJsonValue(document.array()));
            if (!document.isObject())
                record.error = tr("the line is not a JSON object");
        }
        if (!sink(std::move(record)))
            return false;
    }
    return true;
}

// A line longer than this is not a listing: it is reported and skipped without being held in memory.
constexpr qsizetype maxLineBytes = 16 * 1024 * 1024;

SourceRecord tooLong(qint64 lineNumber)
{
    SourceRecord record;
    record.number = lineNumber;
    record.rawFormat = QStringLiteral("json");
    record.error = tr("the line is longer than %1 MiB, more than any listing; it was not read")
                       .arg(maxLineBytes / (1024 * 1024));
    return record;
}

} // namespace

void JsonLinesReader::readStream(ByteSource &source, const RecordSink &sink) const
{
    QByteArray block = source.next();
    TextDecoder decoder(detectStartEncoding(block, source.atEnd()));
    const bool utf8Input = decoder.encoding() == TextEncoding::Utf8;
    bool start = true;
    QByteArray carried;    // the start of a line the previous block did not finish
    bool skipping = false; // inside a line too long to be a record, dropped up to its end
    qint64 lineNumber = 0;
    while (!block.isEmpty()) {
        QByteArray utf8;
        if (utf8Input) {
            utf8 = std::move(block);
            if (start && utf8.startsWith("\xEF\xBB\xBF"))
                utf8.remove(0, 3);
        } else {
            utf8 = decoder.decode(block).toUtf8();
        }
        start = false;
        if (!carried.isEmpty()) {
            carried += utf8;
            utf8 = std::move(carried);
            carried.clear();
        }
        const bool last = source.atEnd();
        if (skipping) {
            const qsizetype newline = utf8.indexOf('\n');
            if (newline >= 0 || last) {
                skipping = false;
                if (!sink(tooLong(++lineNumber)))
                    return;
                utf8.remove(0, newline >= 0 ? newline + 1 : utf8.size());
            } else {
                utf8.clear();
            }
        }
        const qsizetype end = last ? utf8.size() : utf8.lastIndexOf('\n') + 1;
        if (!readLines(QByteArrayView(utf8).first(end), lineNumber, sink))
            return;
        carried = utf8.sliced(end);
        if (carried.size() > maxLineBytes) {
            carried.clear();
            skipping = true;
        }
        block = last ? QByteArray() : source.next();
    }
    readLines(carried, lineNumber, sink); // a device that ended earlier than it said
}

} // namespace jobdesk
