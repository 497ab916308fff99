// JSON and JSON Lines: an array of records, a board API response holding one ({"jobs": [...]}), a
// single record, or one record a line. Records keep their own key names (JsonRecordMapper knows the
// names boards use).
#pragma once

#include "recordreader.h"

namespace jobdesk {

class JsonReader final : public RecordReader
{
public:
    void read(const QByteArray &data, const RecordSink &sink) const override;
};

// Streams: a block of lines at a time (record numbers are line numbers of the whole file). The encoding
// is told from the first block.
class JsonLinesReader final : public RecordReader
{
public:
    void read(const QByteArray &data, const RecordSink &sink) const override;
    void readStream(ByteSource &source, const RecordSink &sink) const override;
};

} // namespace jobdesk
