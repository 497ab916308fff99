// Date texts (parseDate) against a fixed import time.
#include "fuzzsupport.h"

#include "import/dateparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QDateTime date = jobdesk::parseDate(jobdesk::fuzz::text(data, size), jobdesk::fuzz::fixedNow());
    if (date.isValid())
        date.toString(Qt::ISODate);
    return 0;
}
