// JSON-LD JobPostings in HTML pages and .jsonld files (JsonLdReader), each record mapped to a listing.
#include "fuzzsupport.h"

#include "import/jsonldreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jobdesk::fuzz::readAndMap(jobdesk::JsonLdReader(), jobdesk::fuzz::bytes(data, size));
    return 0;
}
