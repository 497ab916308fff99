#include "annotationjson.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace jobdesk {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("AnnotationJson", text, nullptr, n);
}

const QString formatName = QStringLiteral("jobdesk-annotations");

// Tables an import writes, and the annotation tables this file knows by name. Every other table with a
// `listing_id` column holds the user's data about listings too (events, contacts ...) and is carried
// generically, row by row.
bool isKnownTable(const QString &table)
{
    static const QSet<QString> known{QStringLiteral("listings"),          QStringLiteral("listing_text"),
                                     QStringLiteral("listing_locations"), QStringLiteral("listing_sources"),
                                     QStringLiteral("listing_skills"),    QStringLiteral("annotations"),
                                     QStringLiteral("stage_history"),     QStringLiteral("listing_tags"),
                                     QStringLiteral("activity"),          QStringLiteral("listing_contacts")};
    return known.contains(table) || table.startsWith(QLatin1String("listings_fts")) ||
           table.startsWith(QLatin1String("sqlite_"));
}

QStringList extraTables(const QSqlDatabase &db)
{
    QStringList tables;
    for (const QString &table : db.tables(QSql::Tables)) {
        if (!isKnownTable(table) && db.record(table).contains(QStringLiteral("listing_id")))
            tables.append(table);
    }
    tables.sort();
    return tables;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QJsonValue isoTime(const QVariant &seconds)
{
    if (seconds.isNull())
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), QTimeZone::UTC).toString(Qt::ISODate);
}

QVariant secondsOf(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

// The columns of `fields` that `table` has (never `id`), and their values.
std::pair<QStringList, QVariantList> knownColumns(const QSqlDatabase &db, const QString &table,
                                                  const QJsonObject &fields)
{
    const QSqlRecord columns = db.record(table);
    std::pair<QStringList, QVariantList> known;
    for (auto field = fields.constBegin(); field != fields.constEnd(); ++field) {
        if (field.key() == QLatin1String("id") || !columns.contains(field.key()))
            continue;
        known.first.append(field.key());
        known.second.append(field.value().toVariant());
    }
    return known;
}

// Inserts the row unless an equal one is there; a row that would break a unique key (an event with the
// same uid, edited since) is left as the library has it.
void insertIfAbsent(const QSqlDatabase &db, const QString &table, const QStringList &names,
                    const QVariantList &values)
{
    QStringList quotedNames;
    QStringList numbered;
    QStringList same;
    for (qsizetype i = 0; i < names.size(); ++i) {
        quotedNames.append(quoted(names.at(i)));
        numbered.append(QStringLiteral("?"));
        same.append(QStringLiteral("%1 IS NOT DISTINCT FROM ?").arg(quoted(names.at(i))));
    }
    sql::run(db,
             QStringLiteral("INSERT INTO %1 (%2) SELECT %3 WHERE NOT EXISTS (SELECT 1 FROM %1 WHERE %4) "
                            "ON CONFLICT DO NOTHING")
                 .arg(quoted(table), quotedNames.join(QLatin1String(", ")),
                      numbered.join(QLatin1String(", ")), same.join(QLatin1String(" AND "))),
             values + values); // once for the row, once for the comparison
}

bool hasContacts(const QSqlDatabase &db)
{
    const QStringList tables = db.tables(QSql::Tables);
    return tables.contains(QStringLiteral("contacts")) && tables.contains(QStringLiteral("listing_contacts"));
}

QJsonObject rowObject(const QSqlQuery &query, const QStringList &skipped)
{
    QJsonObject row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        if (!skipped.contains(record.fieldName(i)))
            row.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
    }
    return row;
}

QList<qint64> ids(QSqlQuery query)
{
    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

} // namespace

QString AnnotationImportReport::summary() const
{
    return tr("%n listing(s) in the file: %1 applied, %2 kept (newer in the library), %3 not in the library.",
              entries)
        .arg(applied)
        .arg(keptNewer)
        .arg(unmatched.size());
}

AnnotationJson::AnnotationJson(const Database &db)
    : m_db(db)
{}

QJsonObject AnnotationJson::exportAnnotations(const QList<qint64> &only) const
{
    const QSqlDatabase c = m_db.connection();
    const QStringList extras = extraTables(c);
    QStringList sources{QStringLiteral("SELECT listing_id FROM annotations"),
                        QStringLiteral("SELECT listing_id FROM stage_history"),
                        QStringLiteral("SELECT listing_id FROM listing_tags"),
                        QStringLiteral("SELECT listing_id FROM activity")};
    for (const QString &table : extras)
        sources.append(QStringLiteral("SELECT listing_id FROM %1").arg(quoted(table)));
    if (hasContacts(c))
        sources.append(QStringLiteral("SELECT listing_id FROM listing_contacts"));
    QList<qint64> annotated =
        ids(sql::run(c, sources.join(QLatin1String(" UNION ")) + QLatin1String(" ORDER BY 1")));
    if (!only.isEmpty()) {
        const QSet<qint64> wanted(only.cbegin(), only.cend());
        annotated.removeIf([&wanted](qint64 id) { return !wanted.contains(id); });
    }

    QSqlQuery listing = sql::prepare(
        c, QStringLiteral("SELECT url, url_key, fingerprint, title, company FROM listings WHERE id = ?"));
    QSqlQuery state =
        sql::prepare(c, QStringLiteral("SELECT stages.name, rating, favourite, hidden, notes, follow_up_at, "
                                       "updated_at FROM annotations LEFT JOIN stages ON stages.id = stage_id "
                                       "WHERE listing_id = ?"));
    QSqlQuery history =
        sql::prepare(c, QStringLiteral("SELECT stages.name, changed_at FROM stage_history "
                                       "LEFT JOIN stages ON stages.id = stage_id "
                                       "WHERE listing_id = ? ORDER BY changed_at, stage_history.id"));
    QSqlQuery tags =
        sql::prepare(c, QStringLiteral("SELECT tags.name FROM listing_tags JOIN tags ON tags.id = "
                                       "tag_id WHERE listing_id = ? ORDER BY tags.name"));
    QSqlQuery activity = sql::prepare(
        c, QStringLiteral("SELECT at, kind, detail FROM activity WHERE listing_id = ? ORDER BY at, id"));
    std::optional<QSqlQuery> contacts;
    if (hasContacts(c)) {
        contacts = sql::prepare(c, QStringLiteral("SELECT contacts.* FROM listing_contacts JOIN contacts ON "
                                                  "contacts.id = contact_id WHERE listing_id = ? "
                                                  "ORDER BY contacts.name, contacts.id"));
    }
    std::vector<QSqlQuery> extraRows;
    for (const QString &table : extras) {
        extraRows.push_back(
            sql::prepare(c, QStringLiteral("SELECT * FROM %1 WHERE listing_id = ? ORDER BY %2")
                                .arg(quoted(table), m_db.dialect().insertionOrder(c, table))));
    }
    const auto run = [](QSqlQuery &query, qint64 id) {
        query.addBindValue(id);
        sql::exec(query);
    };

    QJsonArray entries;
    for (const qint64 id : std::as_const(annotated)) {
        run(listing, id);
        if (!listing.next())
            continue;
        QJsonObject entry{{QStringLiteral("url"), listing.value(0).toString()},
                          {QStringLiteral("url_key"), listing.value(1).toString()},
                          // As text: a 64-bit number does not survive a JSON double.
                          {QStringLiteral("fingerprint"), QString::number(listing.value(2).toLongLong())},
                          {QStringLiteral("title"), listing.value(3).toString()},
                          {QStringLiteral("company"), listing.value(4).toString()}};
        listing.finish();

        run(state, id);
        if (state.next()) {
            entry.insert(QStringLiteral("state"),
                         QJsonObject{{QStringLiteral("status"), state.value(0).isNull()
                                                                    ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(state.value(0).toString())},
                                     {QStringLiteral("rating"), state.value(1).toInt()},
                                     {QStringLiteral("favourite"), state.value(2).toBool()},
                                     {QStringLiteral("hidden"), state.value(3).toBool()},
                                     {QStringLiteral("notes"), state.value(4).toString()},
                                     {QStringLiteral("follow_up"), isoTime(state.value(5))},
                                     {QStringLiteral("updated_at"), isoTime(state.value(6))}});
        }
        state.finish();

        QJsonArray statuses;
        for (run(history, id); history.next();) {
            statuses.append(QJsonObject{{QStringLiteral("status"),
                                         history.value(0).isNull() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(history.value(0).toString())},
                                        {QStringLiteral("at"), isoTime(history.value(1))}});
        }
        entry.insert(QStringLiteral("status_history"), statuses);

        QJsonArray tagNames;
        for (run(tags, id); tags.next();)
            tagNames.append(tags.value(0).toString());
        entry.insert(QStringLiteral("tags"), tagNames);

        QJsonArray events;
        for (run(activity, id); activity.next();) {
            events.append(QJsonObject{{QStringLiteral("at"), isoTime(activity.value(0))},
                                      {QStringLiteral("kind"), activity.value(1).toString()},
                                      {QStringLiteral("detail"), activity.value(2).toString()}});
        }
        entry.insert(QStringLiteral("activity"), events);

        if (contacts) {
            QJsonArray people;
            for (run(*contacts, id); contacts->next();)
                people.append(rowObject(*contacts, {QStringLiteral("id")}));
            if (!people.isEmpty())
                entry.insert(QStringLiteral("contacts"), people);
        }

        QJsonObject extra;
        for (qsizetype t = 0; t < extras.size(); ++t) {
            QSqlQuery &rows = extraRows[t];
            QJsonArray values;
            for (run(rows, id); rows.next();)
                values.append(rowObject(rows, {QStringLiteral("id"), QStringLiteral("listing_id")}));
            if (!values.isEmpty())
                extra.insert(extras.at(t), values);
        }
        if (!extra.isEmpty())
            entry.insert(QStringLiteral("tables"), extra);
        entries.append(entry);
    }
    return QJsonObject{{QStringLiteral("format"), formatName},
                       {QStringLiteral("version"), FormatVersion},
                       {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("listings"), entries}};
}

int AnnotationJson::exportToFile(const QString &path, const QList<qint64> &only) const
{
    const QJsonObject document = exportAnnotations(only);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(document).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        throw StoreError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return int(document.value(QStringLiteral("listings")).toArray().size());
}

AnnotationImportReport AnnotationJson::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        throw StoreError(tr("%1 is not a Jobdesk annotation file (%2); the library was not changed.")
                             .arg(QDir::toNativeSeparators(path), error.error == QJsonParseError::NoError
                                                                      ? tr("no JSON object")
                                                                      : error.errorString()));
    }
    try {
        return importAnnotations(document.object());
    } catch (const StoreError &e) {
        throw StoreError(QDir::toNativeSeparators(path) + QLatin1String(": ") + e.message());
    }
}

AnnotationImportReport AnnotationJson::importAnnotations(const QJsonObject &document) const
{
    if (document.value(QStringLiteral("format")).toString() != formatName ||
        !document.value(QStringLiteral("listings")).isArray()) {
        throw StoreError(tr("not a Jobdesk annotation file; the library was not changed."));
    }
    if (document.value(QStringLiteral("version")).toInt() > FormatVersion) {
        throw StoreError(tr("written by a newer version of Jobdesk (annotation format %1); the library was "
                            "not changed.")
                             .arg(document.value(QStringLiteral("version")).toInt()));
    }
    const QSqlDatabase c = m_db.connection();
    const QSet<QString> extras = [&c] {
        const QStringList tables = extraTables(c);
        return QSet<QString>(tables.cbegin(), tables.cend());
    }();

    Transaction transaction(c, m_db.dialect());
    QSqlQuery byUrl =
        sql::prepare(c, QStringLiteral("SELECT id FROM listings WHERE url_key = ? ORDER BY id LIMIT 1"));
    QSqlQuery byFingerprint =
        sql::prepare(c, QStringLiteral("SELECT id FROM listings WHERE fingerprint = ? ORDER BY id LIMIT 1"));
    QSqlQuery stored =
        sql::prepare(c, QStringLiteral("SELECT updated_at FROM annotations WHERE listing_id = ?"));
    QSqlQuery writeState = sql::prepare(
        c,
        QStringLiteral("INSERT INTO annotations (listing_id, stage_id, rating, favourite, hidden, notes, "
                       "follow_up_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (listing_id) DO UPDATE SET stage_id = excluded.stage_id, "
                       "rating = excluded.rating, favourite = excluded.favourite, hidden = excluded.hidden, "
                       "notes = excluded.notes, follow_up_at = excluded.follow_up_at, "
                       "updated_at = excluded.updated_at"));
    QSqlQuery addHistory = sql::prepare(
        c, QStringLiteral("INSERT INTO stage_history (listing_id, stage_id, changed_at) SELECT ?, ?, ? "
                          "WHERE NOT EXISTS (SELECT 1 FROM stage_history WHERE listing_id = ? "
                          "AND stage_id IS NOT DISTINCT FROM ? AND changed_at = ?)"));
    QSqlQuery addTag =
        sql::prepare(c, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"));
    QSqlQuery tagListing =
        sql::prepare(c, QStringLiteral("INSERT INTO listing_tags (listing_id, tag_id) "
                                       "SELECT ?, id FROM tags WHERE name = ? ON CONFLICT DO NOTHING"));
    QSqlQuery addActivity = sql::prepare(
        c, QStringLiteral("INSERT INTO activity (listing_id, at, kind, detail) SELECT ?, ?, ?, ? "
                          "WHERE NOT EXISTS (SELECT 1 FROM activity WHERE listing_id = ? AND at = ? "
                          "AND kind = ? AND detail = ?)"));

    const bool contactsHere = hasContacts(c);
    std::optional<QSqlQuery> linkContactQuery;
    if (contactsHere) {
        linkContactQuery = sql::prepare(
            c, QStringLiteral("INSERT INTO listing_contacts (listing_id, contact_id) VALUES (?, ?) "
                              "ON CONFLICT DO NOTHING"));
    }
    QHash<QString, QVariant> stageIds;
    const auto stageId = [&](const QJsonValue &name) -> QVariant {
        if (!name.isString() || name.toString().isEmpty())
            return {};
        const QString key = name.toString().toCaseFolded();
        if (const auto found = stageIds.constFind(key); found != stageIds.cend())
            return *found;
        QVariant id =
            sql::scalar(c, QStringLiteral("SELECT id FROM stages WHERE name = ?"), {name.toString()});
        if (id.isNull()) {
            // A stage the user made in the other library: made here too, after the others.
            sql::run(c,
                     QStringLiteral("INSERT INTO stages (name, position) "
                                    "SELECT ?, coalesce(max(position) + 1, 0) FROM stages"),
                     {name.toString()});
            id = sql::scalar(c, QStringLiteral("SELECT id FROM stages WHERE name = ?"), {name.toString()});
        }
        stageIds.insert(key, id);
        return id;
    };
    const auto first = [](QSqlQuery &query, const QVariant &value) -> std::optional<qint64> {
        query.addBindValue(value);
        sql::exec(query);
        std::optional<qint64> id;
        if (query.next())
            id = query.value(0).toLongLong();
        query.finish();
        return id;
    };
    const auto exec = [](QSqlQuery &query, const QVariantList &values) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        sql::exec(query);
    };

    AnnotationImportReport report;
    const QJsonArray entries = document.value(QStringLiteral("listings")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        ++report.entries;
        std::optional<qint64> id;
        const QString urlKey = entry.value(QStringLiteral("url_key")).toString();
        if (!urlKey.isEmpty())
            id = first(byUrl, urlKey);
        bool numeric = false;
        const qint64 fingerprint = entry.value(QStringLiteral("fingerprint")).toString().toLongLong(&numeric);
        if (!id && numeric)
            id = first(byFingerprint, fingerprint);
        if (!id) {
            report.unmatched.append(entry.value(QStringLiteral("title")).toString() + QStringLiteral(" — ") +
                                    entry.value(QStringLiteral("company")).toString());
            continue;
        }
        const QVariant listingId = *id;

        bool keptNewer = false;
        if (entry.contains(QStringLiteral("state"))) {
            const QJsonObject state = entry.value(QStringLiteral("state")).toObject();
            const QVariant updated = secondsOf(state.value(QStringLiteral("updated_at")));
            stored.addBindValue(listingId);
            sql::exec(stored);
            const QVariant current = stored.next() ? stored.value(0) : QVariant();
            stored.finish();
            // The rule: the library's state wins when it was edited after the file's.
            keptNewer = !current.isNull() && current.toLongLong() > updated.toLongLong();
            if (!keptNewer) {
                exec(writeState, {listingId, stageId(state.value(QStringLiteral("status"))),
                                  qBound(0, state.value(QStringLiteral("rating")).toInt(), 5),
                                  int(state.value(QStringLiteral("favourite")).toBool()),
                                  int(state.value(QStringLiteral("hidden")).toBool()),
                                  state.value(QStringLiteral("notes")).toString(QStringLiteral("")),
                                  secondsOf(state.value(QStringLiteral("follow_up"))),
                                  updated.isNull() ? QVariant(QDateTime::currentSecsSinceEpoch()) : updated});
            }
        }
        keptNewer ? ++report.keptNewer : ++report.applied;

        for (const QJsonValue &change : entry.value(QStringLiteral("status_history")).toArray()) {
            const QJsonObject item = change.toObject();
            const QVariant at = secondsOf(item.value(QStringLiteral("at")));
            if (!at.isNull()) {
                const QVariant stage = stageId(item.value(QStringLiteral("status")));
                exec(addHistory, {listingId, stage, at, listingId, stage, at});
            }
        }
        for (const QJsonValue &tag : entry.value(QStringLiteral("tags")).toArray()) {
            const QString name = tag.toString().trimmed();
            if (name.isEmpty())
                continue;
            exec(addTag, {name});
            exec(tagListing, {listingId, name});
        }
        for (const QJsonValue &event : entry.value(QStringLiteral("activity")).toArray()) {
            const QJsonObject item = event.toObject();
            const QVariant at = secondsOf(item.value(QStringLiteral("at")));
            if (!at.isNull()) {
                const QVariant kind = item.value(QStringLiteral("kind")).toString();
                const QVariant detail = item.value(QStringLiteral("detail")).toString(QStringLiteral(""));
                exec(addActivity, {listingId, at, kind, detail, listingId, at, kind, detail});
            }
        }
        if (contactsHere) {
            for (const QJsonValue &person : entry.value(QStringLiteral("contacts")).toArray()) {
                const QJsonObject fields = person.toObject();
                const QString name = fields.value(QStringLiteral("name")).toString().trimmed();
                if (name.isEmpty())
                    continue;
                // The same person (name and company) is one contact, however many listings name them.
                QVariant contact = sql::scalar(
                    c,
                    QStringLiteral(
                        "SELECT id FROM contacts WHERE name = ? AND company = ? ORDER BY id LIMIT 1"),
                    {name, fields.value(QStringLiteral("company")).toString(QStringLiteral(""))});
                if (contact.isNull()) {
                    const auto [names, values] = knownColumns(c, QStringLiteral("contacts"), fields);
                    QStringList quotedNames;
                    for (const QString &column : names)
                        quotedNames.append(quoted(column));
                    QSqlQuery insert = sql::run(
                        c,
                        QStringLiteral("INSERT INTO contacts (%1) VALUES (%2)")
                            .arg(quotedNames.join(QLatin1String(", ")), sql::placeholders(names.size())),
                        values);
                    contact = insert.lastInsertId();
                }
                exec(*linkContactQuery, {listingId, contact});
            }
        }
        const QJsonObject tables = entry.value(QStringLiteral("tables")).toObject();
        for (auto table = tables.constBegin(); table != tables.constEnd(); ++table) {
            if (!extras.contains(table.key()))
                continue; // a table this library does not have (yet): nothing to put it in
            for (const QJsonValue &row : table.value().toArray()) {
                QJsonObject fields = row.toObject();
                fields.remove(QStringLiteral("listing_id"));
                auto [names, values] = knownColumns(c, table.key(), fields);
                names.prepend(QStringLiteral("listing_id"));
                values.prepend(listingId);
                insertIfAbsent(c, table.key(), names, values);
            }
        }
    }
    transaction.commit();
    return report;
}

} // namespace jobdesk
