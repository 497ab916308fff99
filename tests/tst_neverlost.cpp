// "Never lost": the user's annotations (status and its history, rating, favourite, hidden, notes, tags,
// follow-up, activity) survive re-importing the same files, importing an updated listing and merging a
// duplicate from another board, on real board data; and they travel through the annotation JSON file
// into another library with the same listings, without overwriting newer edits there.
#include "testsupport.h"

#include "annotations/activitylog.h"
#include "export/annotationjson.h"
#include "import/importer.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

const QDateTime importTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);
const QDateTime editTime(QDate(2026, 11, 3), QTime(8, 15), QTimeZone::UTC);

QString remotive()
{
    return test::sharedData(QStringLiteral("listings/remote-boards-2025/remotive_jobs.json"));
}

QJsonArray remotiveRecords()
{
    QFile file(remotive());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

void writeRecords(const QString &path, const QJsonArray &records)
{
    test::writeFile(path, QJsonDocument(records).toJson());
}

qint64 idByUrl(const Database &db, const QString &url)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT id FROM listings WHERE url = ?"), {url})
        .toLongLong();
}

// Everything the user can add to listing `id`, varied by `n`.
void annotate(const Database &db, qint64 id, int n)
{
    const QSqlDatabase c = db.connection();
    Transaction transaction(c, db.dialect());
    const QVariant applied = sql::scalar(c, QStringLiteral("SELECT id FROM stages WHERE name = 'Applied'"));
    const QVariant saved = sql::scalar(c, QStringLiteral("SELECT id FROM stages WHERE name = 'Saved'"));
    sql::run(
        c,
        QStringLiteral("INSERT INTO annotations (listing_id, stage_id, rating, favourite, hidden, notes, "
                       "follow_up_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, applied, n % 6, n % 2, int(n == 3), QStringLiteral("Called the recruiter (%1) – ünïcode").arg(n),
         editTime.addDays(7 + n).toSecsSinceEpoch(), editTime.toSecsSinceEpoch()});
    sql::run(c,
             QStringLiteral("INSERT INTO stage_history (listing_id, stage_id, changed_at) VALUES (?, ?, ?)"),
             {id, saved, editTime.addSecs(-3600).toSecsSinceEpoch()});
    sql::run(c,
             QStringLiteral("INSERT INTO stage_history (listing_id, stage_id, changed_at) VALUES (?, ?, ?)"),
             {id, applied, editTime.toSecsSinceEpoch()});
    for (const QString &tag : {QStringLiteral("remote"), QStringLiteral("shortlist-%1").arg(n)}) {
        sql::run(c, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING"), {tag});
        sql::run(c,
                 QStringLiteral(
                     "INSERT INTO listing_tags (listing_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"),
                 {id, tag});
    }
    ActivityLog log(db);
    log.append({id}, QStringLiteral("status"), QStringLiteral("Saved → Applied"), editTime);
    log.append({id}, QStringLiteral("tag"), QStringLiteral("+remote"), editTime.addSecs(60));
    transaction.commit();
}

// The annotation rows of a library, each keyed by its listing's URL key (which another library with the
// same listings shares), sorted: equal when two libraries hold the same annotations.
QStringList annotationRows(const Database &db)
{
    const QStringList statements{
        QStringLiteral(
            "SELECT 'state', l.url_key, s.name, a.rating, a.favourite, a.hidden, a.notes, "
            "a.follow_up_at, a.updated_at FROM annotations a JOIN listings l ON l.id = a.listing_id "
            "LEFT JOIN stages s ON s.id = a.stage_id"),
        QStringLiteral("SELECT 'history', l.url_key, s.name, h.changed_at FROM stage_history h "
                       "JOIN listings l ON l.id = h.listing_id LEFT JOIN stages s ON s.id = h.stage_id"),
        QStringLiteral("SELECT 'tag', l.url_key, t.name FROM listing_tags lt JOIN listings l ON l.id = "
                       "lt.listing_id JOIN tags t ON t.id = lt.tag_id"),
        QStringLiteral("SELECT 'activity', l.url_key, a.at, a.kind, a.detail FROM activity a "
                       "JOIN listings l ON l.id = a.listing_id")};
    QStringList rows;
    for (const QString &statement : statements) {
        QSqlQuery query = sql::run(db.connection(), statement);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    rows.sort();
    return rows;
}

} // namespace

class TestNeverLost : public QObject
{
    Q_OBJECT

private:
    // A library of the Remotive file with its first five listings annotated; their ids.
    QList<qint64> annotatedLibrary(Database &db)
    {
        const ImportReport report = Importer(db).importFile(remotive(), test::importAt(importTime));
        if (report.inserted < 50)
            return {};
        const QJsonArray records = remotiveRecords();
        QList<qint64> ids;
        for (int n = 0; n < 5; ++n) {
            const qint64 id = idByUrl(db, records.at(n).toObject().value(QStringLiteral("url")).toString());
            if (id == 0)
                return {};
            annotate(db, id, n);
            ids.append(id);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(remotive()));
    }

    void reimportOfTheSameFilesKeepsAnnotations()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = annotatedLibrary(db);
        QCOMPARE(ids.size(), 5);
        const QStringList before = annotationRows(db);
        QCOMPARE(before.filter(QStringLiteral("state|")).size(), 5);
        const qint64 listings =
            sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listings")).toLongLong();

        const ImportReport again = Importer(db).importPaths(
            {remotive(), test::sharedData(QStringLiteral("listings/remote-boards-2025/jobicy_jobs.json"))},
            test::importAt(importTime.addDays(3)));
        QVERIFY(again.unchanged >= 90);
        QVERIFY(again.inserted > 0); // the Jobicy listings are new
        QCOMPARE(annotationRows(db), before);
        const ImportReport third = Importer(db).importFile(remotive(), test::importAt(importTime.addDays(4)));
        QCOMPARE(third.inserted, 0);
        QCOMPARE(annotationRows(db), before);
        QVERIFY(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listings")).toLongLong() >
                listings);
    }

    void anUpdatedListingKeepsItsAnnotations()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = annotatedLibrary(db);
        QCOMPARE(ids.size(), 5);
        const QStringList before = annotationRows(db);

        QJsonArray records = remotiveRecords();
        QJsonObject changed = records.at(0).toObject();
        changed.insert(QStringLiteral("title"), QString(changed.value(QStringLiteral("title")).toString() +
                                                        QStringLiteral(" (Senior)")));
        changed.insert(QStringLiteral("description"),
                       QString(changed.value(QStringLiteral("description")).toString() +
                               QStringLiteral("<p>Update: the role is now hybrid in Austin.</p>")));
        records.replace(0, changed);
        const QString updatedFile = dir.filePath(QStringLiteral("remotive-updated.json"));
        writeRecords(updatedFile, records);

        const ImportReport report =
            Importer(db).importFile(updatedFile, test::importAt(importTime.addDays(2)));
        QCOMPARE(report.inserted, 0);
        QCOMPARE(report.updated, 1);
        QCOMPARE(idByUrl(db, changed.value(QStringLiteral("url")).toString()), ids.first());
        QVERIFY(sql::scalar(db.connection(), QStringLiteral("SELECT title FROM listings WHERE id = ?"),
                            {ids.first()})
                    .toString()
                    .endsWith(QLatin1String("(Senior)")));
        QCOMPARE(annotationRows(db), before);
    }

    void aDuplicateFromAnotherBoardMergesKeepingAnnotations()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        const QList<qint64> ids = annotatedLibrary(db);
        QCOMPARE(ids.size(), 5);
        const qint64 listings =
            sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listings")).toLongLong();
        const QStringList before = annotationRows(db);

        // The same posting seen on another board: another URL, the same company, title and text.
        QJsonObject elsewhere = remotiveRecords().at(1).toObject();
        elsewhere.insert(QStringLiteral("url"),
                         QString(QStringLiteral("https://jobs.example.org/postings/") +
                                 elsewhere.value(QStringLiteral("job_id")).toString()));
        elsewhere.insert(QStringLiteral("publication_date"), QStringLiteral("2025-08-02T10:00:00"));
        const QString otherBoard = dir.filePath(QStringLiteral("other-board.json"));
        writeRecords(otherBoard, QJsonArray{elsewhere});

        const ImportReport report =
            Importer(db).importFile(otherBoard, test::importAt(importTime.addDays(5)));
        QCOMPARE(report.inserted, 0);
        QCOMPARE(report.updated, 1);
        QCOMPARE(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM listings")).toLongLong(),
                 listings);
        QCOMPARE(annotationRows(db), before);
        // And the original board's file still finds it (its URL key is kept).
        const ImportReport original =
            Importer(db).importFile(remotive(), test::importAt(importTime.addDays(6)));
        QCOMPARE(original.inserted, 0);
        QCOMPARE(annotationRows(db), before);
        QVERIFY(sql::scalar(db.connection(),
                            QStringLiteral("SELECT count(*) FROM annotations WHERE listing_id = ?"),
                            {ids.at(1)})
                    .toBool());
    }

    void annotationJsonRoundTripsIntoAFreshLibrary()
    {
        test::TempLibrary dir;
        const QString file = dir.filePath(QStringLiteral("annotations.json"));
        // Its ids numbered by the engine, as a later version's migration would write it for each.
        const QString eventsTable =
            QStringLiteral("CREATE TABLE listing_reminders (id %1 PRIMARY KEY, listing_id INTEGER NOT NULL "
                           "REFERENCES listings "
                           "(id) ON DELETE CASCADE, at INTEGER NOT NULL, title TEXT NOT NULL)")
                .arg(test::usesPostgreSql() ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY")
                                            : QStringLiteral("INTEGER"));
        QStringList exported;
        {
            Database db(dir.path());
            const QList<qint64> ids = annotatedLibrary(db);
            QCOMPARE(ids.size(), 5);
            // A stage the user made, and a per-listing table like the events of a later version.
            sql::run(db.connection(),
                     QStringLiteral("INSERT INTO stages (name, position) VALUES ('Phone call', 20)"));
            sql::run(
                db.connection(),
                QStringLiteral("UPDATE annotations SET stage_id = (SELECT id FROM stages WHERE name = 'Phone "
                               "call') WHERE listing_id = ?"),
                {ids.at(2)});
            sql::run(db.connection(), eventsTable);
            sql::run(db.connection(),
                     QStringLiteral("INSERT INTO listing_reminders (listing_id, at, title) VALUES (?, ?, ?)"),
                     {ids.at(4), editTime.toSecsSinceEpoch(), QStringLiteral("Interview")});
            if (db.connection().tables().contains(QStringLiteral("contacts"))) {
                sql::run(db.connection(),
                         QStringLiteral("INSERT INTO contacts (name, role, company, updated_at) "
                                        "VALUES ('Dana Reyes', 'Recruiter', 'VetsEZ', 1)"));
                sql::run(
                    db.connection(),
                    QStringLiteral("INSERT INTO listing_contacts (listing_id, contact_id) VALUES (?, 1)"),
                    {ids.at(0)});
            }
            QCOMPARE(AnnotationJson(db).exportToFile(file), 5);
            exported = annotationRows(db);
        }
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("jobdesk-annotations"));
        const QJsonObject entry = document.value(QStringLiteral("listings")).toArray().at(0).toObject();
        QVERIFY(!entry.value(QStringLiteral("url_key")).toString().isEmpty());
        QVERIFY(!entry.value(QStringLiteral("title")).toString().isEmpty());
        QCOMPARE(entry.value(QStringLiteral("state")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("Applied"));

        test::TempLibrary other;
        Database fresh(other.path());
        Importer(fresh).importFile(remotive(), test::importAt(importTime.addDays(10)));
        sql::run(fresh.connection(), eventsTable);
        QVERIFY(annotationRows(fresh).isEmpty());
        const AnnotationImportReport report = AnnotationJson(fresh).importFile(file);
        QCOMPARE(report.entries, 5);
        QCOMPARE(report.applied, 5);
        QCOMPARE(report.keptNewer, 0);
        QVERIFY(report.unmatched.isEmpty());
        QCOMPARE(annotationRows(fresh), exported);
        QCOMPARE(
            sql::scalar(fresh.connection(), QStringLiteral("SELECT title FROM listing_reminders")).toString(),
            QStringLiteral("Interview"));

        if (fresh.connection().tables().contains(QStringLiteral("contacts"))) {
            QCOMPARE(sql::scalar(
                         fresh.connection(),
                         QStringLiteral("SELECT contacts.name || '/' || contacts.role FROM listing_contacts "
                                        "JOIN contacts ON contacts.id = contact_id JOIN listings ON "
                                        "listings.id = listing_id WHERE listings.url_key = ?"),
                         {entry.value(QStringLiteral("url_key")).toString()})
                         .toString(),
                     QStringLiteral("Dana Reyes/Recruiter"));
        }
        // Importing the same file again adds nothing twice.
        AnnotationJson(fresh).importFile(file);
        QCOMPARE(annotationRows(fresh), exported);
        QCOMPARE(
            sql::scalar(fresh.connection(), QStringLiteral("SELECT count(*) FROM listing_reminders")).toInt(),
            1);
    }

    void importKeepsNewerEditsAndReportsUnmatched()
    {
        test::TempLibrary dir;
        const QString file = dir.filePath(QStringLiteral("annotations.json"));
        QList<qint64> ids;
        {
            Database db(dir.path());
            ids = annotatedLibrary(db);
            QCOMPARE(ids.size(), 5);
            AnnotationJson(db).exportToFile(file);
        }
        test::TempLibrary other;
        Database target(other.path());
        // Only the first three annotated listings exist here; the first was edited after the export.
        QJsonArray records = remotiveRecords();
        const QString partial = other.filePath(QStringLiteral("partial.json"));
        writeRecords(partial, QJsonArray{records.at(0), records.at(1), records.at(2)});
        Importer(target).importFile(partial, test::importAt(importTime));
        const qint64 edited =
            idByUrl(target, records.at(0).toObject().value(QStringLiteral("url")).toString());
        sql::run(
            target.connection(),
            QStringLiteral(
                "INSERT INTO annotations (listing_id, rating, notes, updated_at) VALUES (?, 1, 'mine', ?)"),
            {edited, editTime.addDays(1).toSecsSinceEpoch()});

        const AnnotationImportReport report = AnnotationJson(target).importFile(file);
        QCOMPARE(report.entries, 5);
        QCOMPARE(report.keptNewer, 1);
        QCOMPARE(report.applied, 2);
        QCOMPARE(report.unmatched.size(), 2);
        QVERIFY(report.unmatched.first().contains(
            records.at(3).toObject().value(QStringLiteral("title")).toString()));
        QCOMPARE(sql::scalar(target.connection(),
                             QStringLiteral("SELECT notes FROM annotations WHERE listing_id = ?"), {edited})
                     .toString(),
                 QStringLiteral("mine"));
        // Histories and tags are merged even where the state was kept.
        QCOMPARE(sql::scalar(target.connection(),
                             QStringLiteral("SELECT count(*) FROM listing_tags WHERE listing_id = ?"),
                             {edited})
                     .toInt(),
                 2);
    }

    void aBadAnnotationFileChangesNothing()
    {
        test::TempLibrary dir;
        Database db(dir.path());
        QCOMPARE(annotatedLibrary(db).size(), 5);
        const QStringList before = test::dumpTables(db);
        const QString bad = dir.filePath(QStringLiteral("not-annotations.json"));
        test::writeFile(bad, R"({"listings": [{"url_key": "x"}]})");
        QVERIFY_THROWS_EXCEPTION(StoreError, AnnotationJson(db).importFile(bad));
        try {
            AnnotationJson(db).importFile(bad);
        } catch (const StoreError &error) {
            QVERIFY2(error.message().contains(QLatin1String("not-annotations.json")),
                     qPrintable(error.message()));
        }
        test::writeFile(bad, "{ broken");
        QVERIFY_THROWS_EXCEPTION(StoreError, AnnotationJson(db).importFile(bad));
        QCOMPARE(test::dumpTables(db), before);
    }
};

QTEST_GUILESS_MAIN(TestNeverLost)
#include "tst_neverlost.moc"
