// Two members editing the same listing (issue 11): an edit based on a version someone else changed since
// is refused with who changed what and writes nothing, an undo never takes back a later change of
// someone else unless asked to, and two clients hammering one listing at once lose no update — each
// write's "before" is the previous write's "after". Runs on both backends: two connections to one file,
// or two sessions of one team library. The same holds for a candidate's pipeline: a next step based on a
// pipeline someone changed since is refused, and notes saved at once by two members keep both.
#include "testsupport.h"

#include "annotations/activitylog.h"
#include "annotations/annotationstore.h"
#include "annotations/notestore.h"
#include "recruiting/pipelinestore.h"
#include "store/database.h"
#include "store/sql.h"

#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>

using namespace jobdesk;

namespace {

QStringList activityOf(const Database &db, qint64 listingId, const QString &kind)
{
    QStringList details;
    for (const ActivityEntry &entry : ActivityLog(db).entries(listingId)) {
        if (entry.kind == kind)
            details.append(entry.detail);
    }
    return details;
}

// One client: `rounds` times, reads the listing and moves its rating one star on (5 wraps to 1), based
// on what it read; a stale write is read again and retried, as a person would after the message.
// A candidate in the pipeline of an opening made of the library's first listing; the pipeline's id.
qint64 addPipeline(const Database &db, const QString &name)
{
    const qint64 listing = test::firstListings(db, 1).first();
    const qint64 candidate =
        sql::scalar(db.connection(),
                    QStringLiteral("INSERT INTO profiles (kind, name, created_at, updated_at) "
                                   "VALUES (1, ?, 0, 0) RETURNING id"),
                    {name})
            .toLongLong();
    sql::run(db.connection(),
             QStringLiteral("INSERT INTO openings (listing_id, opened_at) VALUES (?, 0) "
                            "ON CONFLICT (listing_id) DO NOTHING"),
             {listing});
    return PipelineStore(db).add(candidate, listing);
}

// One member: `rounds` times, reads the notes (a listing's or a pipeline's) and saves them with a line of
// their own added, based on what it read (the notes editor's autosave).
class NotesClient : public QThread
{
public:
    using Read = std::function<QString(const Database &)>;
    using Save = std::function<void(const Database &, const QString &text, const QString &base)>;
    NotesClient(QString path, QString name, int rounds, Read read, Save save)
        : m_path(std::move(path))
        , m_name(std::move(name))
        , m_rounds(rounds)
        , m_read(std::move(read))
        , m_save(std::move(save))
    {}
    QString failure;

protected:
    void run() override
    {
        try {
            const Database db(m_path);
            for (int round = 0; round < m_rounds;) {
                const QString base = m_read(db);
                try {
                    m_save(db, base + QStringLiteral("%1 %2\n").arg(m_name).arg(round), base);
                    ++round;
                } catch (const StoreError &error) {
                    // Saved again, as the editor does at its next pause, when the other member kept
                    // winning the row (Stale) or held it too long (Busy).
                    if (error.kind() != StoreError::Kind::Stale && error.kind() != StoreError::Kind::Busy)
                        throw;
                }
            }
        } catch (const StoreError &error) {
            failure = error.message();
        }
    }

private:
    QString m_path;
    QString m_name;
    int m_rounds;
    Read m_read;
    Save m_save;
};

// Two members save the same notes `rounds` times each at once; afterwards every line of both is there
// once (a conflict adds a separator line between theirs and mine): no save replaced notes it had not
// merged.
void saveNotesAtOnce(const QString &path, int rounds, const NotesClient::Read &read,
                     const NotesClient::Save &save)
{
    NotesClient a(path, QStringLiteral("ann"), rounds, read, save);
    NotesClient b(path, QStringLiteral("bob"), rounds, read, save);
    a.start();
    b.start();
    QVERIFY(a.wait(120000) && b.wait(120000));
    QVERIFY2(a.failure.isEmpty(), qPrintable(a.failure));
    QVERIFY2(b.failure.isEmpty(), qPrintable(b.failure));
    const Database db(path);
    const QStringList lines = read(db).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &name : {QStringLiteral("ann"), QStringLiteral("bob")}) {
        for (int round = 0; round < rounds; ++round) {
            const QString line = QStringLiteral("%1 %2").arg(name).arg(round);
            QVERIFY2(lines.count(line) == 1,
                     qPrintable(line + QStringLiteral(" in:\n") + lines.join(QLatin1Char('\n'))));
        }
    }
}

class RatingClient : public QThread
{
public:
    RatingClient(QString path, qint64 listingId, int rounds)
        : m_path(std::move(path))
        , m_listingId(listingId)
        , m_rounds(rounds)
    {}
    int written = 0;
    int refused = 0;
    QString failure;

protected:
    void run() override
    {
        try {
            const Database db(m_path);
            while (written < m_rounds) {
                const Annotation seen = AnnotationStore(db).annotation(m_listingId);
                try {
                    AnnotationStore(db).basedOn({seen}).setRating({m_listingId}, seen.rating % 5 + 1);
                    ++written;
                } catch (const StoreError &error) {
                    if (error.kind() != StoreError::Kind::Stale && error.kind() != StoreError::Kind::Busy)
                        throw;
                    ++refused;
                }
            }
        } catch (const StoreError &error) {
            failure = error.message();
        }
    }

private:
    QString m_path;
    qint64 m_listingId;
    int m_rounds;
};

} // namespace

class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStaleEditIsRefusedAndWritesNothing()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> mine = library.open();
        test::addListings(*mine, 3);
        const std::unique_ptr<Database> theirs = library.open();
        const qint64 id = test::firstListings(*mine, 1).first();

        const Annotation seen = AnnotationStore(*mine).annotation(id);
        QCOMPARE(seen.version, 0); // never annotated
        AnnotationStore(*theirs).setRating({id}, 3);

        const QString message =
            test::errorOf([&] { AnnotationStore(*mine).basedOn({seen}).setRating({id}, 5); });
        QVERIFY2(message.contains(makeListingTitle(*mine, id)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("★★★")), qPrintable(message)); // what they did
        QCOMPARE(AnnotationStore(*mine).annotation(id).rating, 3);
        QCOMPARE(activityOf(*mine, id, QStringLiteral("rating")).size(), 1);

        // Seen again, the same edit goes through.
        const Annotation again = AnnotationStore(*mine).annotation(id);
        QCOMPARE(again.version, 2); // created at 1, rated once
        AnnotationStore(*mine).basedOn({again}).setStage({id}, stageNamed(*mine, QStringLiteral("Applied")));
        AnnotationStore(*mine).basedOn({AnnotationStore(*mine).annotation(id)}).setRating({id}, 5);
        QCOMPARE(AnnotationStore(*theirs).annotation(id).rating, 5);
        QCOMPARE(AnnotationStore(*theirs).annotation(id).version, 4);
    }

    void aStaleEditOfSeveralListingsWritesNoneOfThem()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> mine = library.open();
        test::addListings(*mine, 3);
        const std::unique_ptr<Database> theirs = library.open();
        QList<qint64> ids;
        QSqlQuery all = sql::run(mine->connection(), QStringLiteral("SELECT id FROM listings ORDER BY id"));
        while (all.next())
            ids.append(all.value(0).toLongLong());
        const QList<Annotation> seen = AnnotationStore(*mine).annotations(ids);
        AnnotationStore(*theirs).setFavourite({ids.last()}, true);

        QVERIFY(!test::errorOf([&] { AnnotationStore(*mine).basedOn(seen).setRating(ids, 4); }).isEmpty());
        for (const Annotation &annotation : AnnotationStore(*theirs).annotations(ids))
            QCOMPARE(annotation.rating, 0);
    }

    void anUndoNeverTakesBackALaterChangeOfSomeoneElse()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> mine = library.open();
        test::addListings(*mine, 1);
        const std::unique_ptr<Database> theirs = library.open();
        const qint64 id = test::firstListings(*mine, 1).first();

        // My edit, and what its undo step keeps: the values before.
        const QList<Annotation> before = AnnotationStore(*mine).annotations({id});
        AnnotationStore(*mine).basedOn(before).setRating({id}, 4);
        AnnotationStore(*theirs).setRating({id}, 2);
        const QString message = test::errorOf([&] { AnnotationStore(*mine).restoreRatings(before, 4); });
        QVERIFY2(message.contains(QStringLiteral("★★★★ → ★★")), qPrintable(message)); // their change
        QCOMPARE(AnnotationStore(*theirs).annotation(id).rating, 2);
        QCOMPARE(activityOf(*mine, id, QStringLiteral("rating")).size(), 2);

        // Told, the user may undo anyway; and without a change in between the undo needs no asking.
        AnnotationStore(*mine).restoreRatings(before, std::nullopt);
        QCOMPARE(AnnotationStore(*theirs).annotation(id).rating, 0);
        AnnotationStore(*mine).setRating({id}, 3);
        AnnotationStore(*mine).restoreRatings(before, 3);
        QCOMPARE(AnnotationStore(*theirs).annotation(id).rating, 0);
    }

    void twoClientsAtOnceLoseNoUpdate()
    {
        test::TempLibrary library;
        qint64 id = 0;
        {
            const std::unique_ptr<Database> db = library.open();
            test::addListings(*db, 1);
            id = test::firstListings(*db, 1).first();
        }
        const int rounds = 60;
        RatingClient a(library.path(), id, rounds);
        RatingClient b(library.path(), id, rounds);
        a.start();
        b.start();
        QVERIFY(a.wait(120000));
        QVERIFY(b.wait(120000));
        QVERIFY2(a.failure.isEmpty(), qPrintable(a.failure));
        QVERIFY2(b.failure.isEmpty(), qPrintable(b.failure));

        const std::unique_ptr<Database> db = library.open();
        const QStringList log = activityOf(*db, id, QStringLiteral("rating"));
        // Every write is in the history, and each starts where the one before ended: no write was based
        // on a rating another had replaced meanwhile.
        QCOMPARE(log.size(), 2 * rounds);
        static const QRegularExpression change(QStringLiteral("^Rating (\\S+) → (\\S+)$"));
        QString previous = QStringLiteral("unrated");
        for (const QString &entry : log) {
            const QRegularExpressionMatch match = change.match(entry);
            QVERIFY2(match.hasMatch(), qPrintable(entry));
            QCOMPARE(match.captured(1), previous);
            previous = match.captured(2);
        }
        const Annotation last = AnnotationStore(*db).annotation(id);
        QCOMPARE(last.version, 1 + 2 * rounds);
        QCOMPARE(last.rating, 2 * rounds % 5 == 0 ? 5 : 2 * rounds % 5);
        qInfo("%d stale writes refused and retried", a.refused + b.refused);
    }

    void notesSavedAtOnceKeepEveryLine()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> mine = library.open();
        test::addListings(*mine, 1);
        const std::unique_ptr<Database> theirs = library.open();
        const qint64 id = test::firstListings(*mine, 1).first();
        NoteStore(*mine).setNotes(id, QStringLiteral("shared line\n"));

        const QString base = NoteStore(*mine).notes(id);
        NoteStore(*theirs).saveEdit(id, base + QStringLiteral("their line\n"), base);
        const NoteStore::Save saved = NoteStore(*mine).saveEdit(id, base + QStringLiteral("my line\n"), base);
        QVERIFY(saved.merged);
        const QString stored = NoteStore(*theirs).notes(id);
        QVERIFY2(stored.contains(QStringLiteral("their line")) && stored.contains(QStringLiteral("my line")),
                 qPrintable(stored));
        QCOMPARE(stored.count(QStringLiteral("shared line")), 1);
    }

    void aStaleNextStepIsRefusedAndWritesNothing()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> mine = library.open();
        test::addListings(*mine, 1);
        const std::unique_ptr<Database> theirs = library.open();
        const qint64 id = addPipeline(*mine, QStringLiteral("Ada Lovelace"));

        const Pipeline seen = *PipelineStore(*mine).find(id);
        const QDateTime friday = QDateTime(QDate(2031, 5, 2), QTime(9, 0), QTimeZone::UTC);
        PipelineStore(*theirs).setNextStep(id, QStringLiteral("Phone screen"), friday);
        const Pipeline after = *PipelineStore(*theirs).find(id);
        QCOMPARE(after.version, seen.version + 1);
        const int entries = int(PipelineStore(*mine).history(id).size());

        StoreError::Kind kind = StoreError::Kind::Other;
        const QString message = test::errorOf([&] {
            try {
                PipelineStore(*mine).basedOn({seen}).setNextStep(id, QStringLiteral("Send the offer"), {});
            } catch (const StoreError &error) {
                kind = error.kind();
                throw;
            }
        });
        QCOMPARE(kind, StoreError::Kind::Stale);
        QVERIFY2(message.contains(QStringLiteral("Ada Lovelace")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Phone screen")), qPrintable(message)); // what they did
        if (test::usesPostgreSql()) { // and who: the member's role (a personal file has only its owner)
            const QString member =
                sql::scalar(theirs->connection(), QStringLiteral("SELECT current_user")).toString();
            QVERIFY2(message.contains(member), qPrintable(message));
        }
        // Nothing written: their step, their version, no history entry of the refused edit.
        const Pipeline stored = *PipelineStore(*theirs).find(id);
        QCOMPARE(stored.nextStep, QStringLiteral("Phone screen"));
        QCOMPARE(stored.nextStepAt, friday);
        QCOMPARE(stored.version, after.version);
        QCOMPARE(PipelineStore(*mine).history(id).size(), entries);

        // Based on the pipeline as it is now, the same edit goes through.
        PipelineStore(*mine)
            .basedOn({*PipelineStore(*mine).find(id)})
            .setNextStep(id, QStringLiteral("Send the offer"), {});
        const Pipeline fresh = *PipelineStore(*theirs).find(id);
        QCOMPARE(fresh.nextStep, QStringLiteral("Send the offer"));
        QVERIFY(!fresh.nextStepAt.isValid());
        QCOMPARE(fresh.version, after.version + 1);
        QCOMPARE(PipelineStore(*theirs).history(id).size(), entries + 1);
    }

    void pipelineNotesSavedAtOnceKeepEveryLine()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        const qint64 id = addPipeline(*db, QStringLiteral("Grace Hopper"));
        saveNotesAtOnce(
            library.path(), 25, [id](const Database &on) { return PipelineStore(on).notes(id); },
            [id](const Database &on, const QString &text, const QString &base) {
                PipelineStore(on).saveNotes(id, text, base);
            });
    }

    // The same for a listing's notes, starting with no annotation row at all (both members insert it).
    void listingNotesSavedAtOnceKeepEveryLine()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        const qint64 id = test::firstListings(*db, 1).first();
        saveNotesAtOnce(
            library.path(), 25, [id](const Database &on) { return NoteStore(on).notes(id); },
            [id](const Database &on, const QString &text, const QString &base) {
                NoteStore(on).saveEdit(id, text, base);
            });
    }

    void everyChangeNamesTheMemberWhoMadeIt()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        const qint64 id = test::firstListings(*db, 1).first();
        // A team library records the database role of the session; a personal file has only its owner.
        const QString member =
            test::usesPostgreSql()
                ? sql::scalar(db->connection(), QStringLiteral("SELECT current_user")).toString()
                : QString();
        QVERIFY(!test::usesPostgreSql() || !member.isEmpty());
        AnnotationStore(*db).setRating({id}, 2);
        NoteStore(*db).setNotes(id, QStringLiteral("call back"));
        const QList<ActivityEntry> entries = ActivityLog(*db).entries(id);
        QCOMPARE(entries.size(), 2);
        for (const ActivityEntry &entry : entries)
            QCOMPARE(entry.member, member);

        const qint64 candidate =
            sql::scalar(db->connection(),
                        QStringLiteral("INSERT INTO profiles (kind, name, created_at, updated_at) "
                                       "VALUES (1, 'Ada', 0, 0) RETURNING id"))
                .toLongLong();
        sql::run(db->connection(),
                 QStringLiteral("INSERT INTO openings (listing_id, opened_at) VALUES (?, 0)"), {id});
        PipelineStore pipelines(*db);
        const qint64 pipeline = pipelines.add(candidate, id);
        const QList<PipelineEvent> history = pipelines.history(pipeline);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().member, member);
    }

private:
    static QString makeListingTitle(const Database &db, qint64 id)
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT title FROM listings WHERE id = ?"), {id})
            .toString();
    }
    static qint64 stageNamed(const Database &db, const QString &name)
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT id FROM stages WHERE name = ?"), {name})
            .toLongLong();
    }
};

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
