// The listings of one export batch, read with a few statements for the whole batch rather than two
// per listing: an export walks the library a few hundred listings at a time and never holds all of it.
#pragma once

#include "domain/listing.h"

#include <QList>
#include <QStringList>

namespace jobdesk {

class Database;

// A listing with the user's annotations an export carries next to it.
struct ExportedListing
{
    Listing listing;  // every field except rawSource (an export never writes it)
    QString status;   // the stage's name; "New" when the user has not set one, as the table shows
    int rating = 0;   // 0 to 5
    QStringList tags; // sorted case-insensitively, as the table shows them
};

// The listings with these ids, in the order given. Ids that no longer exist (deleted since they were
// listed) are left out. Throws StoreError.
QList<ExportedListing> readListingBatch(const Database &db, const QList<qint64> &ids);

} // namespace jobdesk
