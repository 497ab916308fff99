#include "externallink.h"

#include <QDesktopServices>
#include <QUrl>

namespace jobdesk {

bool isWebLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

bool isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return isWebLink(url) || (url.isValid() && !url.path().isEmpty() &&
                              (scheme == QLatin1String("mailto") || scheme == QLatin1String("tel")));
}

bool openExternalLink(const QUrl &url)
{
    return isOpenableLink(url) && QDesktopServices::openUrl(url);
}

} // namespace jobdesk
