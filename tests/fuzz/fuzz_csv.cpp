// CSV and TSV (CsvReader with the automatic mapping, as the importer uses it for a header it has no
// mapping for): the header alone, the file read whole and streamed in small blocks, each record mapped.
#include "fuzzsupport.h"

#include "import/csvreader.h"
#include "import/recordreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace jobdesk;
    const QByteArray input = fuzz::bytes(data, size);
    try {
        CsvReader::readHeader(input);
    } catch (const ReadError &) {
    }
    const CsvReader reader;
    fuzz::readAndMap(reader, input);
    fuzz::streamAndMap(reader, input, fuzz::smallBlockSize(size));
    return 0;
}
