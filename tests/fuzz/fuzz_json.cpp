// JSON files and board API responses (JsonReader), each record mapped to a listing.
#include "fuzzsupport.h"

#include "import/jsonreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jobdesk::fuzz::readAndMap(jobdesk::JsonReader(), jobdesk::fuzz::bytes(data, size));
    return 0;
}
