#include "likepattern.h"

namespace jobdesk::search {

QString likePrefix(QStringView text)
{
    QString pattern;
    pattern.reserve(text.size() + 1);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            pattern += u'\\';
        pattern += c;
    }
    return pattern + u'%';
}

} // namespace jobdesk::search
