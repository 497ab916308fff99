// The Markdown notes editor: it saves by itself within a second of the last keystroke, when the editor
// loses focus, when another listing is shown and when it is closed or destroyed mid-edit (before the
// timer); a save the library refuses keeps the text and says so; the highlighting follows the palette
// and stays readable in light and dark (checked on the colours, and shot when JOBDESK_SCREENSHOT_DIR is
// set); the preview renders the Markdown.
#include "testsupport.h"

#include "annotations/noteseditor.h"
#include "annotations/notestore.h"
#include "details/descriptionview.h"
#include "store/database.h"
#include "store/sql.h"
#include "theme.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace jobdesk;

namespace {

const QString sample = QStringLiteral("# Call with Dana (Acme)\n"
                                      "\n"
                                      "Salary is **flexible**, team of *six*; they use `Kubernetes`.\n"
                                      "\n"
                                      "## Next steps\n"
                                      "- send the [portfolio](https://example.com/me)\n"
                                      "- ask about on-call\n"
                                      "> \"We ship every day.\"\n");

QList<qint64> listingIds(const Database &db)
{
    QSqlQuery query = sql::run(db.connection(), QStringLiteral("SELECT id FROM listings ORDER BY id"));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

// WCAG contrast ratio of two colours (1 … 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestNotesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closingMidEditSaves()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 2);
        const qint64 id = listingIds(*db).first();
        NoteStore store(*db);

        // A window with the editor in it, closed right after typing: long before the autosave timer.
        auto *window = new QWidget;
        window->setAttribute(Qt::WA_DeleteOnClose);
        auto *editor = new NotesEditor(*db, window);
        (new QVBoxLayout(window))->addWidget(editor);
        editor->setListing(id);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::keyClicks(editor->editor(), QStringLiteral("Remember: ask about the visa"));
        QVERIFY(editor->isModified());
        QCOMPARE(store.notes(id), QString()); // not yet: the timer has not fired
        QVERIFY(window->close());
        QCOMPARE(store.notes(id), QStringLiteral("Remember: ask about the visa"));

        // Destroyed without being closed: the destructor saves.
        {
            NotesEditor other(*db);
            other.setListing(id);
            QCOMPARE(other.text(), QStringLiteral("Remember: ask about the visa"));
            other.editor()->moveCursor(QTextCursor::End);
            QTest::keyClicks(other.editor(), QStringLiteral(" and relocation"));
            QCOMPARE(store.notes(id), QStringLiteral("Remember: ask about the visa"));
        }
        QCOMPARE(store.notes(id), QStringLiteral("Remember: ask about the visa and relocation"));
    }

    void autosavesWithinASecond()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        const qint64 id = listingIds(*db).first();
        NoteStore store(*db);
        NotesEditor editor(*db);
        QSignalSpy saved(&editor, &NotesEditor::saved);
        editor.setListing(id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(editor.editor(), QStringLiteral("typed"));
        QElapsedTimer sinceLastKey;
        sinceLastKey.start();
        QTRY_COMPARE_WITH_TIMEOUT(store.notes(id), QStringLiteral("typed"), 1000);
        QVERIFY(sinceLastKey.elapsed() >= NotesEditor::AutosaveDelayMs / 2); // debounced, not per key
        QCOMPARE(saved.size(), 1);
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.message(), QStringLiteral("Saved"));

        // Losing focus saves at once.
        QTest::keyClicks(editor.editor(), QStringLiteral("!"));
        QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(editor.editor(), &focusOut);
        QCOMPARE(store.notes(id), QStringLiteral("typed!"));
        QCOMPARE(saved.size(), 2);
    }

    void switchingListingMidEditSaves()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 2);
        const QList<qint64> ids = listingIds(*db);
        NoteStore store(*db);
        store.setNotes(ids[1], QStringLiteral("second's notes"));
        NotesEditor editor(*db);
        editor.setListing(ids[0]);
        QTest::keyClicks(editor.editor(), QStringLiteral("first's notes"));
        editor.setListing(ids[1]); // mid-edit
        QCOMPARE(store.notes(ids[0]), QStringLiteral("first's notes"));
        QCOMPARE(editor.text(), QStringLiteral("second's notes"));
        QVERIFY(!editor.isModified());
        QTest::keyClicks(editor.editor(), QStringLiteral("!"));
        editor.setListing(0);
        QCOMPARE(store.notes(ids[1]), QStringLiteral("!second's notes"));
        QCOMPARE(store.notes(ids[0]), QStringLiteral("first's notes"));
        QVERIFY(!editor.editor()->isEnabled());
        QCOMPARE(editor.text(), QString());
    }

    void aFailedSaveKeepsTheText()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 2);
        const QList<qint64> ids = listingIds(*db);
        NoteStore store(*db);
        const test::WriteRefusal full =
            test::refuseWrites(*db, QStringLiteral("annotations"), {}, QStringLiteral("INSERT"),
                               QStringLiteral("database or disk is full"));
        NotesEditor editor(*db);
        QSignalSpy failed(&editor, &NotesEditor::saveFailed);
        editor.setListing(ids[0]);
        QTest::keyClicks(editor.editor(), QStringLiteral("precious"));
        QVERIFY(!editor.save());
        QCOMPARE(failed.size(), 1);
        QVERIFY(editor.message().contains(QStringLiteral("not saved")));
        QVERIFY(editor.isModified());
        QCOMPARE(editor.text(), QStringLiteral("precious"));

        // Moving on keeps it pending; coming back shows it, not the library's empty notes.
        editor.setListing(ids[1]);
        QCOMPARE(editor.text(), QString());
        editor.setListing(ids[0]);
        QCOMPARE(editor.text(), QStringLiteral("precious"));
        QVERIFY(editor.isModified());
        editor.setListing(ids[1]);

        // Once the library takes writes again, the next save writes it.
        test::acceptWrites(*db, full);
        QTest::keyClicks(editor.editor(), QStringLiteral("b"));
        QVERIFY(editor.save());
        QCOMPARE(store.notes(ids[0]), QStringLiteral("precious"));
        QCOMPARE(store.notes(ids[1]), QStringLiteral("b"));
    }

    void twoEditorsOnTheSameNotesLoseNothing()
    {
        // Two windows show the same listing's notes; each types and saves in turn, neither having
        // seen the other's text before its save.
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        const qint64 id = listingIds(*db).first();
        NoteStore store(*db);
        store.setNotes(id, QStringLiteral("Call Dana\nSalary: ask\nTeam: six"));
        NotesEditor first(*db);
        NotesEditor second(*db);
        first.setListing(id);
        second.setListing(id);

        first.editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(first.editor(), Qt::Key_Return);
        QTest::keyClicks(first.editor(), QStringLiteral("Visa: yes"));
        QVERIFY(first.save());
        second.editor()->moveCursor(QTextCursor::Start);
        QTest::keyClicks(second.editor(), QStringLiteral("Monday: "));
        QVERIFY(second.save());
        const QString both = QStringLiteral("Monday: Call Dana\nSalary: ask\nTeam: six\nVisa: yes");
        QCOMPARE(store.notes(id), both);
        QCOMPARE(second.text(), both); // the second window shows the merge at once
        QVERIFY2(second.message().contains(QStringLiteral("elsewhere")), qPrintable(second.message()));

        // The first, still showing its own version, edits another line: merged again, nothing twice.
        first.editor()->moveCursor(QTextCursor::Start);
        first.editor()->moveCursor(QTextCursor::Down);
        first.editor()->moveCursor(QTextCursor::EndOfLine);
        QTest::keyClicks(first.editor(), QStringLiteral(" (90k)"));
        QVERIFY(first.save());
        const QString all = QStringLiteral("Monday: Call Dana\nSalary: ask (90k)\nTeam: six\nVisa: yes");
        QCOMPARE(store.notes(id), all);
        QCOMPARE(first.text(), all);
        // Saving on without further edits from the other side is an ordinary save.
        QTest::keyClicks(second.editor(), QStringLiteral("!"));
        QVERIFY(second.save());
        QCOMPARE(store.notes(id).count(QStringLiteral("Visa")), 1);
        QCOMPARE(store.notes(id).count(QStringLiteral("(90k)")), 1);

        // Both rewrite the same line: both versions stay, marked.
        first.setListing(0);
        first.setListing(id);
        second.setListing(0);
        second.setListing(id);
        first.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(first.editor(), QStringLiteral(" - confirmed"));
        QVERIFY(first.save());
        second.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(second.editor(), QStringLiteral(" - not needed"));
        QVERIFY(second.save());
        const QString notes = store.notes(id);
        QVERIFY2(notes.contains(QStringLiteral("Visa: yes - confirmed")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("Visa: yes - not needed")), qPrintable(notes));
        QVERIFY2(notes.contains(NoteStore::conflictSeparator()), qPrintable(notes));
        QVERIFY2(second.message().contains(QStringLiteral("both")), qPrintable(second.message()));
    }

    void highlightedAndReadableInLightAndDark()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        const qint64 id = listingIds(*db).first();
        NoteStore(*db).setNotes(id, sample);
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            NotesEditor editor(*db);
            editor.resize(520, 300);
            editor.setListing(id);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            const QPalette palette = editor.editor()->palette();
            const QColor base = palette.color(QPalette::Base);
            QCOMPARE(base.lightness() < 128, theme == Theme::Dark); // the theme follows the palette
            QVERIFY(contrast(palette.color(QPalette::Text), base) >= 4.5);

            // The Markdown definition colours parts of the text, each readable on the background.
            int formatted = 0;
            QSet<QRgb> colours;
            for (QTextBlock block = editor.editor()->document()->begin(); block.isValid();
                 block = block.next()) {
                for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                    ++formatted;
                    if (range.format.hasProperty(QTextFormat::ForegroundBrush)) {
                        const QColor colour = range.format.foreground().color();
                        const QColor behind = range.format.hasProperty(QTextFormat::BackgroundBrush)
                                                  ? range.format.background().color()
                                                  : base;
                        colours.insert(colour.rgb());
                        QVERIFY2(contrast(colour, behind) >= 4.5,
                                 qPrintable(QStringLiteral("%1 on %2 in line “%3”")
                                                .arg(colour.name(), behind.name(), block.text())));
                    }
                }
            }
            QVERIFY(formatted >= 5);
            QVERIFY(colours.size() >= 2); // really highlighted, not one colour

            if (const QByteArray dir = qgetenv("JOBDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
                const QString suffix =
                    theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
                editor.grab().save(QDir(QString::fromLocal8Bit(dir))
                                       .filePath(QStringLiteral("notes-editor-%1.png").arg(suffix)));
                editor.setPreview(true);
                editor.grab().save(QDir(QString::fromLocal8Bit(dir))
                                       .filePath(QStringLiteral("notes-preview-%1.png").arg(suffix)));
            }
        }
        applyTheme(Theme::Light);
    }

    void previewRendersTheMarkdown()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 1);
        const qint64 id = listingIds(*db).first();
        NotesEditor editor(*db);
        editor.setListing(id);
        editor.editor()->setPlainText(sample +
                                      QStringLiteral("\n![tracker](https://example.com/pixel.png)\n"));
        editor.setPreview(true);
        QVERIFY(editor.isPreview());
        const QString shown = editor.preview()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Call with Dana (Acme)")));
        QVERIFY(!shown.contains(QStringLiteral("# Call"))); // rendered, not the source
        QVERIFY(!shown.contains(QStringLiteral("**flexible**")));
        // The view loads nothing from outside.
        QCOMPARE(editor.preview()->loadResource(QTextDocument::ImageResource,
                                                QUrl(QStringLiteral("https://example.com/pixel.png"))),
                 QVariant(QByteArray()));
        editor.setPreview(false);
        QVERIFY(!editor.isPreview());
        QVERIFY(editor.editor()->isVisibleTo(&editor));
    }
};

QTEST_MAIN(TestNotesEditor)
#include "tst_noteseditor.moc"
