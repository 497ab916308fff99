// A reader turns the bytes of one file in one format into source records (see fields.h). Readers
// parse only: they never touch the database, so they are easy to test and to fuzz.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <stdexcept>

class QIODevice;

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

// The bytes of one file, a block at a time, so that a file never has to be in memory at once: its
// first block (already read, to detect the format), then the rest of the device. Blocks end anywhere,
// even inside a character. Without a device the first block is the whole file.
class ByteSource
{
public:
    static constexpr qint64 defaultBlockSize = 4 * 1024 * 1024;

    explicit ByteSource(QByteArray first, QIODevice *device = nullptr, qint64 blockSize = defaultBlockSize);
    // The first block (until next() takes it), to detect the format and encoding.
    const QByteArray &start() const { return m_first; }
    // The next block; empty at the end. Throws ReadError when the device fails.
    QByteArray next();
    // Whether every block has been returned.
    bool atEnd() const;
    // What next() would return from here on, in one array (formats that need the whole document).
    QByteArray readAll();
    // The file's size and modification time when it was opened, before its first byte was read.
    void rememberFile(const QString &path, qint64 size, const QDateTime &modified);
    // Throws ReadError when the remembered file is no longer what was read (written to, truncated or
    // replaced meanwhile): its records may mix two versions of it.
    void checkUnchanged() const;

private:
    QByteArray m_first;
    QIODevice *m_device;
    qint64 m_blockSize;
    bool m_firstTaken = false;
    QString m_path;
    qint64 m_size = -1;
    QDateTime m_modified;
};

class RecordReader
{
public:
    virtual ~RecordReader() = default;
    virtual void read(const QByteArray &data, const RecordSink &sink) const = 0;
    // The records of a file read block by block. Formats that read a document as a whole (JSON, XML,
    // HTML) read all of it first; line-based ones (JSON Lines, CSV) keep only a block or two in memory.
    virtual void readStream(ByteSource &source, const RecordSink &sink) const
    {
        read(source.readAll(), sink);
    }
};

} // namespace jobdesk
