#include "corpus.h"

#include "store/database.h"
#include "store/sql.h"

#include <QFile>

#include <stdexcept>

namespace jobdesk {

Corpus readCorpus(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    Corpus corpus;
    corpus.raw = file.readAll();
    corpus.bytes = corpus.raw.size();
    qsizetype from = 0;
    while (from < corpus.raw.size()) {
        qsizetype end = corpus.raw.indexOf('\n', from);
        if (end < 0)
            end = corpus.raw.size();
        corpus.lines.append(QString::fromUtf8(QByteArrayView(corpus.raw).sliced(from, end - from)));
        from = end + 1;
    }
    return corpus;
}

QStringList storedDescriptions(const Database &db, qsizetype count)
{
    QStringList descriptions;
    descriptions.reserve(count);
    QSqlQuery query = sql::run(db.connection(),
                               QStringLiteral("SELECT coalesce(description, '') FROM listing_text "
                                              "ORDER BY listing_id LIMIT ?"),
                               {QVariant(qint64(count))});
    while (query.next())
        descriptions.append(query.value(0).toString());
    return descriptions;
}

} // namespace jobdesk
