// Pasted text (TextReader), mapped to a listing; also the format detection that chooses a reader.
#include "fuzzsupport.h"

#include "import/importformat.h"
#include "import/textreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace jobdesk;
    const QByteArray input = fuzz::bytes(data, size);
    detectImportFormat(input, QString());
    fuzz::readAndMap(TextReader(), input);
    return 0;
}
