#include "dedupe.h"

#include "domain/listing.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

namespace jobdesk {
namespace {

// Lower case, letters and digits only, single spaces: "Senior C++ Dev." and "senior c++ dev" agree.
QString foldForFingerprint(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#')) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

class Hasher
{
public:
    void add(QStringView text)
    {
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        m_hash.addData(QByteArrayView("\0\x1f", 2)); // field separator
    }
    void add(double value) { add(QString::number(value, 'g', 17)); }
    qint64 result() const { return qFromBigEndian<qint64>(m_hash.resultView().data()); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
};

bool isTrackingParameter(const QString &key)
{
    static const QStringList names{QStringLiteral("ref"),    QStringLiteral("source"),
                                   QStringLiteral("src"),    QStringLiteral("gclid"),
                                   QStringLiteral("fbclid"), QStringLiteral("trk"),
                                   QStringLiteral("refid"),  QStringLiteral("trackingid")};
    const QString lower = key.toLower();
    return lower.startsWith(QLatin1String("utm_")) || names.contains(lower);
}

} // namespace

QString normaliseUrl(const QString &url)
{
    QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        parsed.host().isEmpty())
        return {};
    QString host = parsed.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    QUrlQuery query(parsed);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery kept;
    for (const auto &[key, value] : items) {
        if (!isTrackingParameter(key))
            kept.addQueryItem(key, value);
    }
    QString path = parsed.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString result = QLatin1String("https://") + host + path;
    if (!kept.isEmpty())
        result += QLatin1Char('?') + kept.query(QUrl::FullyEncoded);
    return result;
}

qint64 listingFingerprint(const Listing &listing)
{
    Hasher hasher;
    hasher.add(foldForFingerprint(listing.company));
    hasher.add(foldForFingerprint(listing.title));
    hasher.add(foldForFingerprint(listing.description));
    return hasher.result();
}

qint64 listingContentHash(const Listing &listing)
{
    Hasher hasher;
    hasher.add(listing.title);
    hasher.add(listing.company);
    for (const Location &location : listing.locations) {
        hasher.add(location.name);
        hasher.add(location.locality);
        hasher.add(location.region);
        hasher.add(location.country);
    }
    hasher.add(QString::number(int(listing.workplace)));
    hasher.add(QString::number(int(listing.employmentType)));
    hasher.add(QString::number(int(listing.seniority)));
    hasher.add(listing.salary.min.value_or(-1));
    hasher.add(listing.salary.max.value_or(-1));
    hasher.add(listing.salary.currency);
    hasher.add(QString::number(int(listing.salary.period)));
    if (listing.rawSource.isEmpty()) {
        hasher.add(QString::number(listing.postedAt.isValid() ? listing.postedAt.toSecsSinceEpoch() : -1));
        hasher.add(
            QString::number(listing.validThrough.isValid() ? listing.validThrough.toSecsSinceEpoch() : -1));
    } else {
        // Dates come from the source record, which may state them relative to the import ("3 days
        // ago"): the record itself, not the resolved date, tells whether anything changed.
        hasher.add(listing.rawFormat);
        hasher.add(listing.rawSource);
    }
    hasher.add(listing.url);
    hasher.add(listing.source);
    hasher.add(listing.description);
    hasher.add(listing.descriptionHtml);
    return hasher.result();
}

} // namespace jobdesk
