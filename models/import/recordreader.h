// A reader turns the bytes of one file in one format into source records (see fields.h). Readers
// parse only: they never touch the database, so they are easy to test and to fuzz.
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <stdexcept>

namespace jobdesk {

// One record of a file: its fields, or why it could not be read.
struct SourceRecord
{
    qint64 number = 0; // 1-based record number (line number for line-based formats)
    QJsonObject fields;
    QString raw;       // the record as it came, for the source view
    QString rawFormat; // "json", "jsonld", "csv", "rss", "atom", "text"
    QString error;     // set when the record could not be read; fields are then empty
};

// Receives each record as it is read; returning false stops reading (cancelled).
using RecordSink = std::function<bool(SourceRecord &&)>;

// Thrown when a file as a whole cannot be read (it is then imported not at all). The message says
// where ("line 3, column 7") and why, without the file name: the importer adds it.
class ReadError : public std::runtime_error
{
public:
    explicit ReadError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

class RecordReader
{
public:
    virtual ~RecordReader() = default;
    virtual void read(const QByteArray &data, const RecordSink &sink) const = 0;
};

} // namespace jobdesk
