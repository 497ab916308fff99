#include "fuzzsupport.h"

#include "import/jsonrecordmapper.h"
#include "import/recordreader.h"

#include <QBuffer>
#include <QTimeZone>

namespace jobdesk::fuzz {
namespace {

RecordSink mappingSink()
{
    return [mapper = JsonRecordMapper(fixedNow())](SourceRecord &&record) {
        QString error;
        const std::optional<Listing> listing = mapper.map(record, &error);
        // A record is either a listing or a reason: never both, never neither.
        if (listing.has_value() == !error.isEmpty())
            qFatal("record %lld: listing and error disagree", static_cast<long long>(record.number));
        return true;
    };
}

} // namespace

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 6, 15), QTime(12, 0), QTimeZone::UTC);
}

void readAndMap(const RecordReader &reader, const QByteArray &data)
{
    try {
        reader.read(data, mappingSink());
    } catch (const ReadError &) {
    }
}

void streamAndMap(const RecordReader &reader, const QByteArray &data, qint64 blockSize)
{
    QByteArray rest = data.mid(blockSize);
    QBuffer device(&rest);
    device.open(QIODevice::ReadOnly);
    ByteSource source(data.left(blockSize), &device, blockSize);
    try {
        reader.readStream(source, mappingSink());
    } catch (const ReadError &) {
    }
}

qint64 smallBlockSize(size_t size)
{
    // At most about 16 blocks: a line carried over thousands of tiny blocks is copied each time, which
    // costs nothing with the importer's 4 MiB blocks but would make long inputs time out here.
    return qMax(qint64(size * 7 % 64) + 1, qint64(size / 16) + 1);
}

} // namespace jobdesk::fuzz
