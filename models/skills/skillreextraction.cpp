#include "skillreextraction.h"

#include "listingskillwriter.h"
#include "parallelextraction.h"
#include "skillindex.h"
#include "skilltaxonomy.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCryptographicHash>

namespace jobdesk {
namespace {

const QString signatureKey = QStringLiteral("skills.extracted_with");
constexpr int batchSize = 500;

QString recordedSignature(const Database &db)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT value FROM library_settings WHERE key = ?"),
                       {signatureKey})
        .toString();
}

} // namespace

QString skillDictionarySignature(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto feed = [&hash](QSqlQuery &query, int columns) {
        while (query.next()) {
            for (int i = 0; i < columns; ++i) {
                hash.addData(query.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    };
    QSqlQuery skills = sql::run(
        db.connection(), QStringLiteral("SELECT id, name, ignored, merged_into FROM skills ORDER BY id"));
    feed(skills, 4);
    QSqlQuery aliases =
        sql::run(db.connection(),
                 QStringLiteral("SELECT alias, skill_id FROM skill_aliases ORDER BY alias, skill_id"));
    feed(aliases, 2);
    return QString::fromLatin1(hash.result().toHex());
}

bool skillsNeedReextraction(const Database &db)
{
    const bool anyListing =
        sql::scalar(db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM listings)")).toBool();
    const QString recorded = recordedSignature(db);
    if (!anyListing)
        return false;
    return recorded != skillDictionarySignature(db);
}

qint64 reextractSkills(const Database &db, const SkillIndex &index,
                       const std::function<bool(const ReextractionProgress &)> &progress)
{
    const QString signature = skillDictionarySignature(db);
    ReextractionProgress state;
    state.total = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listings")).toLongLong();
    qint64 after = 0;
    while (true) {
        // Keyset batches: each transaction is short, and a listing imported meanwhile is extracted by
        // its import.
        Transaction transaction(db.connection(), db.dialect());
        QSqlQuery batch = sql::run(
            db.connection(),
            QStringLiteral("SELECT listings.id, listings.title, coalesce(listing_text.description, ''), "
                           "coalesce(listing_text.stated_skills, '') "
                           "FROM listings LEFT JOIN listing_text ON listing_text.listing_id = listings.id "
                           "WHERE listings.id > ? ORDER BY listings.id LIMIT ?"),
            {after, batchSize});
        QList<qint64> ids;
        QList<ExtractionInput> inputs;
        while (batch.next()) {
            ids.append(batch.value(0).toLongLong());
            inputs.append({batch.value(1).toString(), batch.value(2).toString(),
                           batch.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)});
        }
        const QList<Extraction> extractions = extractSkillsParallel(index.matcher(), inputs);
        ListingSkillWriter writer(db);
        for (qsizetype i = 0; i < ids.size(); ++i)
            writer.write(ids[i], extractions[i].skills);
        const int rows = int(ids.size());
        if (rows > 0)
            after = ids.last();
        if (rows == 0) {
            sql::run(db.connection(),
                     QStringLiteral("INSERT INTO library_settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {signatureKey, signature});
            transaction.commit();
            return state.done;
        }
        transaction.commit();
        state.done += rows;
        if (progress && !progress(state))
            return state.done;
    }
}

std::shared_ptr<const SkillIndex>
ensureSkillsCurrent(const Database &db, const std::function<bool(const ReextractionProgress &)> &progress,
                    bool *changed)
{
    bool any = installShippedSkills(db);
    std::shared_ptr<const SkillIndex> index = SkillIndex::load(db);
    if (recordedSignature(db) != skillDictionarySignature(db))
        any = reextractSkills(db, *index, progress) > 0 || any;
    if (changed)
        *changed = any;
    return index;
}

} // namespace jobdesk
