// JSON Lines (JsonLinesReader), read whole and streamed in small blocks, each record mapped to a listing.
#include "fuzzsupport.h"

#include "import/jsonreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace jobdesk;
    const QByteArray input = fuzz::bytes(data, size);
    const JsonLinesReader reader;
    fuzz::readAndMap(reader, input);
    fuzz::streamAndMap(reader, input, fuzz::smallBlockSize(size));
    return 0;
}
