// Stores what the extractor found in a listing (listing_skills), replacing what was there, with
// statements prepared once per writer: the importer writes one listing after another in a transaction.
#pragma once

#include "skillextractor.h"

#include <QList>
#include <QSqlQuery>

namespace jobdesk {

class Database;

class ListingSkillWriter final
{
public:
    explicit ListingSkillWriter(const Database &db);
    Q_DISABLE_COPY_MOVE(ListingSkillWriter)

    void write(qint64 listingId, const QList<ExtractedSkill> &skills);

private:
    QSqlQuery m_delete;
    QSqlQuery m_insert;
};

} // namespace jobdesk
