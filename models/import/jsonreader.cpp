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
    const QByteArray utf8 = utf8Of(data);
    qint64 lineNumber = 0;
    for (qsizetype start = 0; start < utf8.size();) {
        qsizetype end = utf8.indexOf('\n', start);
        if (end < 0)
            end = utf8.size();
        const QByteArray line = utf8.mid(start, end - start).trimmed();
        start = end + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
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
            return;
    }
}

} // namespace jobdesk
