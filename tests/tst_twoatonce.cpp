// Two at once (docs/reliability.md): the window's stores (this process, one Database) and other
// processes on the same library, `jobdesk import` from a shell or a second window writing annotations.
// Every edit is either stored or refused with a message that says why; none is lost; the library stays
// sound.
#include "crashsafety/crashsupport.h"
#include "testsupport.h"

#include "annotations/annotationstore.h"
#include "annotations/notestore.h"
#include "annotations/tagstore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QElapsedTimer>
#include <QTest>

using namespace jobdesk;
using namespace jobdesk::test;

namespace {

const QString fileA = QStringLiteral("listings/remote-boards-2025/remotive_jobs.json");

void importA(const QString &library)
{
    const Run run =
        runJobdesk({QStringLiteral("import"), QStringLiteral("--database"), library, sharedData(fileA)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QStringList tagNames(const Database &db, qint64 listing)
{
    QStringList names;
    for (const Tag &tag : TagStore(db).tagsOf(listing))
        names.append(tag.name);
    names.sort();
    return names;
}

qint64 activityCount(const Database &db, qint64 listing, const QString &kind)
{
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT count(*) FROM activity WHERE listing_id = ? AND kind = ?"),
                       {listing, kind})
        .toLongLong();
}

} // namespace

class TestTwoAtOnce final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testSeed(); }
    void editsWhileImporting();
    void busyLongerThanTheTimeout();
    void twoWritersOnOneListing();
};

// The window edits annotations while `jobdesk import` writes a large file: each edit waits for the
// import's transaction and is stored (an import shorter than the 5 s busy timeout); the import is whole.
void TestTwoAtOnce::editsWhileImporting()
{
    TempLibrary lib;
    importA(lib.path());
    const int countB = sanitized() ? 800 : 3000;
    const QString fileB = lib.filePath(QStringLiteral("b.jsonl"));
    writeManyListings(fileB, countB, QStringLiteral("b"));
    const auto db = lib.open();
    const qint64 listingsBefore = countRows(*db, QStringLiteral("listings"));
    const QList<qint64> ids = firstListings(*db, 10);
    AnnotationStore annotations(*db);
    TagStore tags(*db);
    NoteStore notes(*db);

    const auto import =
        startJobdesk({QStringLiteral("import"), QStringLiteral("--database"), lib.path(), fileB});
    int edits = 0;
    int waited = 0; // edits that had to wait for the import's write lock
    QHash<qint64, int> ratings;
    QHash<qint64, QString> texts;
    QStringList tagged;
    while (import->state() == QProcess::Running || edits < 30) {
        const qint64 id = ids.at(edits % ids.size());
        QElapsedTimer timer;
        timer.start();
        try {
            switch (edits % 3) {
            case 0:
                annotations.setRating({id}, 1 + edits % 5);
                ratings.insert(id, 1 + edits % 5);
                break;
            case 1:
                tags.addTags({id}, {tags.create(QStringLiteral("during-%1").arg(edits)).id});
                tagged.append(QStringLiteral("during-%1").arg(edits));
                break;
            default:
                notes.setNotes(id, QStringLiteral("edit %1 while importing").arg(edits));
                texts.insert(id, QStringLiteral("edit %1 while importing").arg(edits));
            }
        } catch (const StoreError &error) {
            QFAIL(qPrintable(
                QStringLiteral("edit %1 refused during a short import: %2").arg(edits).arg(error.message())));
        }
        waited += timer.elapsed() > 100;
        ++edits;
        import->waitForFinished(20);
    }
    QCOMPARE(import->exitStatus(), QProcess::NormalExit);
    QVERIFY2(import->exitCode() == 0, import->readAllStandardError().constData());
    qInfo("%d edits, %d of them waited for the import", edits, waited);
    QVERIFY(waited > 0);

    QCOMPARE(integrityCheck(*db), QStringLiteral("ok"));
    QCOMPARE(countRows(*db, QStringLiteral("listings")), listingsBefore + countB);
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it)
        QCOMPARE(annotations.annotation(it.key()).rating, it.value());
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        QCOMPARE(notes.notes(it.key()), it.value());
    for (const QString &name : std::as_const(tagged))
        QCOMPARE(tags.find(name)->count, 1);
}

// Another process keeps the write lock longer than Jobdesk waits (5 s): an edit in the window and a
// `jobdesk import` from a shell are refused with a message saying the library is busy and that nothing
// changed; both succeed once it is free.
void TestTwoAtOnce::busyLongerThanTheTimeout()
{
    TempLibrary lib;
    importA(lib.path());
    const auto db = lib.open();
    const qint64 listing = firstListings(*db, 1).first();
    const qint64 listingsBefore = countRows(*db, QStringLiteral("listings"));
    const QString fileB = lib.filePath(QStringLiteral("b.jsonl"));
    writeManyListings(fileB, 50, QStringLiteral("b"));

    const auto holder = startWriter({QStringLiteral("hold"), lib.path(), QStringLiteral("10")});
    QStringList lines;
    QVERIFY2(waitForLine(*holder, &lines), holder->readAllStandardError().constData());
    QCOMPARE(lines, QStringList{QStringLiteral("holding")});
    const auto import =
        startJobdesk({QStringLiteral("import"), QStringLiteral("--database"), lib.path(), fileB});

    QString refusal;
    try {
        NoteStore(*db).setNotes(listing, QStringLiteral("typed while another window imports"));
    } catch (const StoreError &error) {
        refusal = error.message();
    }
    QVERIFY2(refusal.contains(QLatin1String("is busy")) && refusal.contains(lib.path()) &&
                 refusal.contains(QLatin1String("Nothing was changed")),
             qPrintable(refusal));
    QCOMPARE(NoteStore(*db).notes(listing), QString());

    QVERIFY(import->waitForFinished(30000));
    const QString importErrors = QString::fromUtf8(import->readAllStandardError());
    QCOMPARE(import->exitCode(), 1);
    QVERIFY2(importErrors.contains(QLatin1String("is busy")) &&
                 importErrors.contains(QLatin1String("another Jobdesk window")),
             qPrintable(importErrors));
    QCOMPARE(countRows(*db, QStringLiteral("listings")), listingsBefore);

    QVERIFY(holder->waitForFinished(30000));
    QCOMPARE(holder->exitCode(), 0);
    QVERIFY(NoteStore(*db).setNotes(listing, QStringLiteral("typed again")));
    const Run again = runJobdesk({QStringLiteral("import"), QStringLiteral("--database"), lib.path(), fileB});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(countRows(*db, QStringLiteral("listings")), listingsBefore + 50);
    QCOMPARE(integrityCheck(*db), QStringLiteral("ok"));
}

// Two other processes and this one tag and rate the same listing at the same time: every tag each of
// them added is there, with one activity entry each; nothing overwrote anything.
void TestTwoAtOnce::twoWritersOnOneListing()
{
    TempLibrary lib;
    importA(lib.path());
    const auto db = lib.open();
    const qint64 listing = firstListings(*db, 1).first();
    const int count = sanitized() ? 25 : 60;
    const auto first = startWriter({QStringLiteral("tags"), lib.path(), QString::number(listing),
                                    QStringLiteral("first"), QString::number(count)});
    const auto second = startWriter({QStringLiteral("tags"), lib.path(), QString::number(listing),
                                     QStringLiteral("second"), QString::number(count)});
    TagStore tags(*db);
    QStringList expected;
    for (int i = 1; i <= count; ++i) {
        tags.addTags({listing}, {tags.create(QStringLiteral("window-%1").arg(i)).id});
        for (const QString &prefix :
             {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("window")})
            expected.append(QStringLiteral("%1-%2").arg(prefix).arg(i));
    }
    QVERIFY(first->waitForFinished(60000));
    QVERIFY(second->waitForFinished(60000));
    QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
    QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());

    expected.sort();
    QCOMPARE(tagNames(*db, listing), expected);
    QCOMPARE(activityCount(*db, listing, QStringLiteral("tag")), qint64(3 * count));
    QCOMPARE(integrityCheck(*db), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestTwoAtOnce)
#include "tst_twoatonce.moc"
