// A test helper that writes to a library the way the window does, for the crash-safety and two-at-once
// tests to kill or to race against (tst_crashsafety, tst_twoatonce). It prints one line per write that
// has committed, flushed at once, so the test knows what the library must hold after a SIGKILL.
//
//   annotationwriter notes LIBRARY LISTING
//       types line after line into a NotesEditor (the notes pane's widget, offscreen) and lets it save
//       itself: every third line by its autosave timer, the others by losing focus. Prints "saved N"
//       once the text of lines 1…N (noteText(N)) is committed. Runs until killed.
//   annotationwriter tags LIBRARY LISTING PREFIX COUNT
//       creates tags PREFIX-1 … PREFIX-COUNT and adds each to the listing (TagStore, one transaction
//       each), appending a rating change too (AnnotationStore); prints "tagged N" after each.
//   annotationwriter hold LIBRARY SECONDS
//       begins a write transaction, prints "holding", keeps the library's write lock SECONDS, commits.
#include "crashsafety/notetext.h"

#include "annotations/annotationstore.h"
#include "annotations/noteseditor.h"
#include "annotations/tagstore.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QApplication>
#include <QEventLoop>
#include <QFocusEvent>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QThread>

#include <cstdio>

using namespace jobdesk;
using jobdesk::test::noteLine;

namespace {

void report(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int writeNotes(const Database &db, qint64 listingId)
{
    NotesEditor editor(db);
    editor.setListing(listingId);
    int line = 0;
    QObject::connect(&editor, &NotesEditor::saved,
                     [&line](qint64) { report(QStringLiteral("saved %1").arg(line)); });
    QObject::connect(&editor, &NotesEditor::saveFailed, [](const QString &message) {
        std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
        QCoreApplication::exit(1);
    });
    for (line = 1; line < 100000; ++line) {
        QTextCursor cursor = editor.editor()->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(noteLine(line)); // textChanged starts the autosave timer, as a keystroke does
        if (line % 3 == 0) {
            QEventLoop wait;
            QObject::connect(&editor, &NotesEditor::saved, &wait, &QEventLoop::quit);
            wait.exec(); // the autosave timer saves within NotesEditor::AutosaveDelayMs
        } else {
            QFocusEvent focusOut(QEvent::FocusOut, Qt::OtherFocusReason);
            QCoreApplication::sendEvent(editor.editor(), &focusOut); // the editor saves when it loses focus
        }
        if (editor.isModified())
            return 1;
    }
    return 0;
}

int writeTags(const Database &db, qint64 listingId, const QString &prefix, int count)
{
    TagStore tags(db);
    AnnotationStore annotations(db);
    for (int i = 1; i <= count; ++i) {
        const Tag tag = tags.create(QStringLiteral("%1-%2").arg(prefix).arg(i));
        tags.addTags({listingId}, {tag.id});
        annotations.setRating({listingId}, 1 + i % 5);
        report(QStringLiteral("tagged %1").arg(i));
    }
    return 0;
}

int hold(const Database &db, int seconds)
{
    Transaction transaction(db.connection(), db.dialect());
    sql::run(db.connection(),
             QStringLiteral("UPDATE stages SET name = name WHERE id = (SELECT min(id) FROM stages)"));
    report(QStringLiteral("holding"));
    QThread::sleep(seconds);
    transaction.commit();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    try {
        if (args.size() == 4 && args.at(1) == QLatin1String("notes")) {
            const Database db(args.at(2));
            return writeNotes(db, args.at(3).toLongLong());
        }
        if (args.size() == 6 && args.at(1) == QLatin1String("tags")) {
            const Database db(args.at(2));
            return writeTags(db, args.at(3).toLongLong(), args.at(4), args.at(5).toInt());
        }
        if (args.size() == 4 && args.at(1) == QLatin1String("hold")) {
            const Database db(args.at(2));
            return hold(db, args.at(3).toInt());
        }
    } catch (const StoreError &error) {
        std::fputs(qPrintable(error.message() + QLatin1Char('\n')), stderr);
        return 1;
    }
    std::fputs("usage: annotationwriter notes LIBRARY LISTING | tags LIBRARY LISTING PREFIX COUNT | "
               "hold LIBRARY SECONDS\n",
               stderr);
    return 2;
}
