// The three-way merge of notes edited in two places at once (models/annotations/notemerge.h) and the
// store's use of it: every line either side wrote survives, nothing appears twice, and merging again
// from a merged result as the new base is an ordinary save.
#include "testsupport.h"

#include "annotations/notemerge.h"
#include "annotations/notestore.h"
#include "store/database.h"
#include "store/sql.h"

#include <QTest>

using namespace jobdesk;

namespace {

const QString separator = QStringLiteral("=====");

} // namespace

class TestNoteMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void merges_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged");
        QTest::addColumn<bool>("conflicted");
        QTest::newRow("only theirs changed") << QStringLiteral("a\nb") << QStringLiteral("a\nb")
                                             << QStringLiteral("a\nB") << QStringLiteral("a\nB") << false;
        QTest::newRow("only mine changed") << QStringLiteral("a\nb") << QStringLiteral("A\nb")
                                           << QStringLiteral("a\nb") << QStringLiteral("A\nb") << false;
        QTest::newRow("different lines") << QStringLiteral("a\nb\nc") << QStringLiteral("A\nb\nc")
                                         << QStringLiteral("a\nb\nC") << QStringLiteral("A\nb\nC") << false;
        QTest::newRow("same change once") << QStringLiteral("a\nb") << QStringLiteral("a\nB")
                                          << QStringLiteral("a\nB") << QStringLiteral("a\nB") << false;
        QTest::newRow("both add at the end")
            << QStringLiteral("a") << QStringLiteral("a\nmine") << QStringLiteral("a\ntheirs")
            << QStringLiteral("a\ntheirs\nmine") << false;
        QTest::newRow("both start from nothing")
            << QStringLiteral("") << QStringLiteral("mine") << QStringLiteral("theirs")
            << QStringLiteral("theirs\nmine") << false;
        QTest::newRow("insert and delete elsewhere")
            << QStringLiteral("a\nb\nc\nd") << QStringLiteral("a\nnew\nb\nc\nd") << QStringLiteral("a\nb\nc")
            << QStringLiteral("a\nnew\nb\nc") << false;
        QTest::newRow("theirs cleared, mine edited: both kept")
            << QStringLiteral("a\nb") << QStringLiteral("a\nb\nc") << QStringLiteral("")
            << QStringLiteral("=====\na\nb\nc") << true;
        QTest::newRow("same line changed differently")
            << QStringLiteral("a\nb\nc") << QStringLiteral("a\nmine\nc") << QStringLiteral("a\ntheirs\nc")
            << QStringLiteral("a\ntheirs\n=====\nmine\nc") << true;
        QTest::newRow("trailing newline kept")
            << QStringLiteral("a\n") << QStringLiteral("a\nb\n") << QStringLiteral("z\na\n")
            << QStringLiteral("z\na\nb\n") << false;
    }

    void merges()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        QFETCH(bool, conflicted);
        const NoteMerge merge = mergeNotes(base, mine, theirs, separator);
        QCOMPARE(merge.text, merged);
        QCOMPARE(merge.conflicted, conflicted);
    }

    void mergingAgainFromTheMergeAddsNothingTwice()
    {
        const QString base = QStringLiteral("one\ntwo\nthree");
        const NoteMerge first = mergeNotes(base, QStringLiteral("one\ntwo!\nthree"),
                                           QStringLiteral("zero\none\ntwo\nthree"), separator);
        // The other side saves again, started from its own save, having added a line.
        const NoteMerge second =
            mergeNotes(QStringLiteral("zero\none\ntwo\nthree"), QStringLiteral("zero\none\ntwo\nthree\nfour"),
                       first.text, separator);
        QCOMPARE(second.text, QStringLiteral("zero\none\ntwo!\nthree\nfour"));
    }

    void longNotesMergeToo()
    {
        QStringList lines;
        for (int i = 0; i < 5000; ++i)
            lines << QStringLiteral("line %1").arg(i);
        const QString base = lines.join(QLatin1Char('\n'));
        QStringList mine = lines;
        mine[10] = QStringLiteral("mine");
        QStringList theirs = lines;
        theirs[4000] = QStringLiteral("theirs");
        QStringList both = lines;
        both[10] = QStringLiteral("mine");
        both[4000] = QStringLiteral("theirs");
        const NoteMerge merge =
            mergeNotes(base, mine.join(QLatin1Char('\n')), theirs.join(QLatin1Char('\n')), separator);
        QCOMPARE(merge.text, both.join(QLatin1Char('\n')));
        QVERIFY(!merge.conflicted);
    }

    void theStoreMergesAStaleSaveInsideItsTransaction()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        const qint64 id =
            sql::scalar(db->connection(), QStringLiteral("SELECT id FROM listings")).toLongLong();
        const NoteStore store(*db);

        const NoteStore::Save fresh = store.saveEdit(id, QStringLiteral("first"), QString());
        QVERIFY(fresh.written);
        QVERIFY(!fresh.merged);
        const NoteStore::Save stale = store.saveEdit(id, QStringLiteral("second"), QString());
        QVERIFY(stale.written);
        QVERIFY(stale.merged);
        QCOMPARE(stale.text, QStringLiteral("first\nsecond"));
        QCOMPARE(store.notes(id), stale.text);
        // A stale save that the stored text already contains writes nothing.
        const NoteStore::Save again = store.saveEdit(id, QStringLiteral("first"), QString());
        QVERIFY(!again.written);
        QCOMPARE(store.notes(id), QStringLiteral("first\nsecond"));
    }
};

QTEST_GUILESS_MAIN(TestNoteMerge)
#include "tst_notemerge.moc"
