// CSV and TSV files (RFC 4180 with the usual deviations): delimiter detected (comma, semicolon, tab),
// quoted fields with doubled quotes and line breaks, any encoding textdecoding.h recognises. The first
// row is the header; each later row becomes a record whose fields follow the mapping.
//
// Records: `number` is the 1-based data row (the header is row 0; blank lines and rows of empty cells
// count but give no record, so data row N is row N + 1 in a spreadsheet). `fields` holds the trimmed,
// non-empty values under the keys of fields.h: several Location columns are joined with ", ",
// Description columns with a blank line, Skills with ", "; of other fields the first column with a
// value wins. A Company value loses a last line that is only a number (Glassdoor's rating). The
// mapping's salaryPeriod is added when no column holds one. `raw` is the header row, "\n" and the
// row's text as in the file. A row without a title is a record with an error. Fields beyond the
// header are ignored; missing ones are empty.
// ReadError (the whole file): no header row or one without names, more than 20,000 columns, or a
// quoted field that is never closed (found at the end of the file when streaming).
#pragma once

#include "csvmapping.h"
#include "recordreader.h"

#include <optional>

namespace jobdesk {

class CsvReader final : public RecordReader
{
public:
    // Without a mapping the header is mapped automatically.
    explicit CsvReader(std::optional<CsvMapping> mapping = std::nullopt);
    void read(const QByteArray &data, const RecordSink &sink) const override;
    // Streams: a block of rows at a time. A quoted field that is never closed is found when the file
    // ends; the importer then rolls back what was read of it.
    void readStream(ByteSource &source, const RecordSink &sink) const override;

    // The header row of a file (names unquoted and trimmed), for choosing a mapping before reading.
    // Only the start of a large file is decoded. Throws ReadError (as read() does for the header).
    static QStringList readHeader(const QByteArray &data);

private:
    std::optional<CsvMapping> m_mapping;
};

} // namespace jobdesk
