// Maps one source record (fields.h, or a JSON object from a board API, a dataset or Jobdesk's own
// export) to a Listing. Field names vary between sources, so each listing field has a list of the
// names sources use for it (see the table in jsonrecordmapper.cpp); the first one present wins.
#pragma once

#include "recordreader.h"

#include "domain/listing.h"

namespace jobdesk {

class JsonRecordMapper final
{
public:
    // `now` resolves relative dates ("3 days ago") and is the import time.
    explicit JsonRecordMapper(const QDateTime &now);

    // The listing, or an empty optional with `error` set when the record was not readable or has no
    // title. The record's raw text and format become the listing's source.
    std::optional<Listing> map(const SourceRecord &record, QString *error) const;

private:
    QDateTime m_now;
};

} // namespace jobdesk
