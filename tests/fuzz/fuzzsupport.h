// What the fuzz targets share: libFuzzer's bytes as Qt types, a fixed import time, and the path of a
// record reader's records through the mapper, as the importer takes it (without a library).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace jobdesk {
class RecordReader;
}

namespace jobdesk::fuzz {

// A copy (not raw data): ASan then sees any read past the input's end.
QByteArray bytes(const uint8_t *data, size_t size);
// The input as UTF-8 text (invalid sequences become U+FFFD, as QString::fromUtf8 makes them).
QString text(const uint8_t *data, size_t size);
// The import time: relative dates resolve against it, so a run is reproducible.
QDateTime fixedNow();

// Reads `data` whole with `reader` and maps every record to a listing. A ReadError (the documented
// refusal of a whole file) is expected; anything else thrown escapes and is reported as a crash.
void readAndMap(const RecordReader &reader, const QByteArray &data);
// The same through RecordReader::readStream, `data` cut into blocks of `blockSize` bytes (blocks end
// anywhere, even inside a character, as the importer's 4 MiB blocks do).
void streamAndMap(const RecordReader &reader, const QByteArray &data, qint64 blockSize);
// A block size from 1 to 64 bytes (at least a 16th of the input) taken from the input's length, so
// streaming readers meet block boundaries everywhere without a byte of the input choosing it.
qint64 smallBlockSize(size_t size);

} // namespace jobdesk::fuzz
