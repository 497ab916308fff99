// RSS and Atom feeds (FeedReader), each item mapped to a listing.
#include "fuzzsupport.h"

#include "import/feedreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jobdesk::fuzz::readAndMap(jobdesk::FeedReader(), jobdesk::fuzz::bytes(data, size));
    return 0;
}
