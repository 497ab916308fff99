// CSV mappings the user chose, remembered in the library per header signature.
#pragma once

#include "csvmapping.h"

#include <QDateTime>

namespace jobdesk {

class Database;

class CsvMappingStore final
{
public:
    explicit CsvMappingStore(const Database &db);

    // The remembered mapping for this header, if any (and if it still fits the header).
    std::optional<CsvMapping> find(const QStringList &header) const;
    void remember(const QStringList &header, const CsvMapping &mapping, const QDateTime &now);

private:
    const Database &m_db;
};

} // namespace jobdesk
