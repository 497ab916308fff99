// Links that come from listings, descriptions and contacts are data, not commands: they open only in
// the user's browser (http, https) or mail and phone programs (mailto, tel). javascript:, file:, data:
// and any scheme that would start another program are refused.
#pragma once

class QUrl;

namespace jobdesk {

// A web page: http or https with a host.
bool isWebLink(const QUrl &url);
// A web page, or a mailto: or tel: address.
bool isOpenableLink(const QUrl &url);
// Hands `url` to the desktop when isOpenableLink(); returns whether it did.
bool openExternalLink(const QUrl &url);

} // namespace jobdesk
