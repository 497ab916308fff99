// LIKE patterns from user text: '%', '_' and '\' escaped, for use with ESCAPE '\'.
#pragma once

#include <QString>
#include <QStringView>

namespace jobdesk::search {

// `text` followed by '%': matches what starts with `text` (case-insensitively for ASCII in SQLite).
QString likePrefix(QStringView text);

} // namespace jobdesk::search
