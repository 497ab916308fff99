// The Dates and Contacts sections of the Annotations pane, offscreen: a follow-up set with the quick
// buttons on a multi-selection is one undo step that restores each listing exactly; events added,
// edited and removed through the undo stack (redo brings an event back with its calendar UID); a contact
// added, linked to a second listing of the company from the Link Existing menu (the company's contact
// first), edited and unlinked, each undoable; the contact's e-mail and profile shown as links. With
// JOBDESK_SCREENSHOT_DIR set, both sections are saved in light and dark.
#include "testsupport.h"

#include "annotations/contactseditor.h"
#include "annotations/contactstore.h"
#include "annotations/dateseditor.h"
#include "annotations/datestore.h"
#include "annotations/eventdialog.h"
#include "store/database.h"
#include "theme.h"

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace jobdesk;

namespace {

QToolButton *button(const QWidget &widget, const QString &text)
{
    for (QToolButton *candidate : widget.findChildren<QToolButton *>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC);
}

void shoot(QWidget &widget, const char *name)
{
    const QByteArray dir = qgetenv("JOBDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(theme);
        widget.resize(520, 380);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QCoreApplication::processEvents();
        widget.grab().save(
            QDir(QString::fromLocal8Bit(dir))
                .filePath(QLatin1String(name) +
                          (theme == Theme::Dark ? QLatin1String("-dark.png") : QLatin1String("-light.png"))));
    }
    applyTheme(Theme::Light);
}

} // namespace

class TestAnnotationEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followUpOnASelection()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 3);
        DateStore store(*db);
        store.setFollowUp({2}, QDate(2026, 1, 15));
        QUndoStack undo;
        DatesEditor editor(*db, &undo);
        QSignalSpy edited(&editor, &DatesEditor::edited);
        editor.setListing(1, {1, 2});
        QCOMPARE(editor.followUpEdit()->date(), editor.followUpEdit()->minimumDate()); // "No follow-up"
        QCOMPARE(editor.followUpEdit()->text(), QStringLiteral("No follow-up"));

        button(editor, QStringLiteral("+1 week"))->click();
        const QDate week = QDate::currentDate().addDays(7);
        QCOMPARE(store.followUp(1), std::optional(week));
        QCOMPARE(store.followUp(2), std::optional(week));
        QCOMPARE(store.followUp(3), std::nullopt);
        QCOMPARE(editor.followUpEdit()->date(), week);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(edited.count(), 1);

        undo.undo(); // one step for both listings, each back to what it had
        QCOMPARE(store.followUp(1), std::nullopt);
        QCOMPARE(store.followUp(2), std::optional(QDate(2026, 1, 15)));
        QCOMPARE(editor.followUpEdit()->text(), QStringLiteral("No follow-up"));
        undo.redo();
        QCOMPARE(store.followUp(2), std::optional(week));

        button(editor, QStringLiteral("Clear"))->click();
        QCOMPARE(store.followUp(1), std::nullopt);
        QCOMPARE(store.followUp(2), std::nullopt);
        QCOMPARE(undo.count(), 2);
        button(editor, QStringLiteral("Clear"))->click(); // nothing to clear: no command
        QCOMPARE(undo.count(), 2);

        // Typing a date in the field is one step.
        undo.clear();
        editor.setListing(3);
        editor.followUpEdit()->setDate(QDate(2026, 5, 1));
        editor.followUpEdit()->setDate(QDate(2026, 5, 2));
        QCOMPARE(store.followUp(3), std::optional(QDate(2026, 5, 2)));
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(store.followUp(3), std::nullopt);
    }

    void events()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 2);
        QUndoStack undo;
        DatesEditor editor(*db, &undo);
        editor.setListing(1);
        ListingEvent interview;
        interview.kind = EventKind::Interview;
        interview.start = utc(2026, 12, 8, 13, 0);
        interview.end = utc(2026, 12, 8, 14, 0);
        interview.title = QStringLiteral("Technical interview");
        interview.location = QStringLiteral("https://meet.example.com/xyz");
        editor.addEvent(interview);
        DateStore store(*db);
        QCOMPARE(store.events(1).size(), 1);
        QCOMPARE(editor.eventList()->topLevelItemCount(), 1);
        QVERIFY(editor.eventList()->topLevelItem(0)->text(1).contains(QLatin1String("Technical interview")));
        const ListingEvent stored = store.events(1).first();

        undo.undo();
        QCOMPARE(store.events(1).size(), 0);
        QCOMPARE(editor.eventList()->topLevelItemCount(), 0);
        undo.redo();
        QCOMPARE(store.events(1), QList<ListingEvent>{stored}); // same id, same UID

        ListingEvent moved = stored;
        moved.start = stored.start.addDays(2);
        moved.end = stored.end.addDays(2);
        editor.editEvent(moved);
        QCOMPARE(store.event(stored.id)->start, moved.start);
        undo.undo();
        QCOMPARE(*store.event(stored.id), stored);
        undo.redo();

        editor.removeEvent(stored.id);
        QCOMPARE(store.events(1).size(), 0);
        undo.undo();
        QCOMPARE(store.events(1).size(), 1);
        QCOMPARE(store.events(1).first().uid, stored.uid);
        QCOMPARE(undo.count(), 3);

        // The dialog refuses an end before the start.
        EventDialog dialog(stored);
        QVERIFY(dialog.problem().isEmpty());
        QCOMPARE(dialog.listingEvent().start, stored.start);
        QCOMPARE(dialog.listingEvent().end, stored.end);
        QCOMPARE(dialog.listingEvent().title, stored.title);
        ListingEvent backwards = stored;
        backwards.end = stored.start.addSecs(-60);
        dialog.setListingEvent(backwards);
        QVERIFY(!dialog.problem().isEmpty());

        store.setFollowUp({1}, QDate(2026, 12, 4));
        editor.refresh();
        ListingEvent call;
        call.kind = EventKind::Call;
        call.start = utc(2026, 12, 3, 9, 30);
        call.title = QStringLiteral("Recruiter screen");
        editor.addEvent(call);
        shoot(editor, "dates-editor");
    }

    void contacts()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        test::addListings(*db, 6); // 1 and 5: Acme Robotics
        ContactStore store(*db);
        Contact other;
        other.name = QStringLiteral("Olga Other");
        other.company = QStringLiteral("Northwind Data");
        store.add(other);

        QUndoStack undo;
        ContactsEditor editor(*db, &undo);
        editor.setListing(1);
        Contact jane;
        jane.name = QStringLiteral("Jane Doe");
        jane.role = QStringLiteral("Recruiter");
        jane.email = QStringLiteral("jane@acme.example");
        jane.phone = QStringLiteral("+49 30 1234567");
        jane.profileUrl = QStringLiteral("https://www.linkedin.com/in/janedoe");
        jane.company = QStringLiteral("Acme Robotics");
        jane.notes = QStringLiteral("Met at the Berlin meetup.");
        editor.addContact(jane);
        QCOMPARE(store.contactsOf(1).size(), 1);
        const qint64 janeId = store.contactsOf(1).first().id;
        QCOMPARE(editor.contactList()->topLevelItemCount(), 1);
        const QString details = editor.detailsLabel()->text();
        QVERIFY2(details.contains(QLatin1String("href=\"mailto:jane@acme.example\"")), qPrintable(details));
        QVERIFY(details.contains(QLatin1String("href=\"https://www.linkedin.com/in/janedoe\"")));
        // The label opens nothing itself: links go through openExternalLink (web, mailto:, tel: only).
        QVERIFY(!editor.detailsLabel()->openExternalLinks());

        undo.undo(); // the new contact goes again
        QCOMPARE(store.contact(janeId), std::nullopt);
        undo.redo(); // and comes back as it was
        QCOMPARE(store.contact(janeId)->email, jane.email);

        // On listing 5 (same company) Jane is offered first, before the other company's contact.
        editor.setListing(5);
        QCOMPARE(editor.contactList()->topLevelItemCount(), 0);
        editor.fillLinkMenu();
        const QList<QAction *> offered = editor.linkMenu()->actions();
        QVERIFY(offered.size() >= 3);
        QVERIFY2(offered.first()->text().startsWith(QLatin1String("Jane Doe")),
                 qPrintable(offered.first()->text()));
        QVERIFY(offered.at(1)->isSeparator());
        QVERIFY(offered.at(2)->text().startsWith(QLatin1String("Olga Other")));
        offered.first()->trigger();
        QCOMPARE(store.listingsOf(janeId), (QList<qint64>{1, 5}));
        QCOMPARE(editor.contactList()->topLevelItemCount(), 1);

        Contact edited = *store.contact(janeId);
        edited.role = QStringLiteral("Head of Talent");
        editor.editContact(edited);
        editor.setListing(1);
        QCOMPARE(editor.contactList()->topLevelItem(0)->text(1), QStringLiteral("Head of Talent"));

        editor.unlinkContact(janeId);
        QCOMPARE(store.listingsOf(janeId), QList<qint64>{5});
        QVERIFY(store.contact(janeId)); // unlinking keeps the contact
        undo.undo();
        QCOMPARE(store.listingsOf(janeId), (QList<qint64>{1, 5}));
        undo.undo(); // the edit
        QCOMPARE(store.contact(janeId)->role, QStringLiteral("Recruiter"));
        undo.undo(); // the link
        QCOMPARE(store.listingsOf(janeId), QList<qint64>{1});

        // A contact the store refuses changes nothing and says why.
        Contact bad;
        bad.name = QStringLiteral("Bad Mail");
        bad.email = QStringLiteral("not-an-address");
        const int steps = undo.count();
        editor.addContact(bad);
        QCOMPARE(undo.count(), steps);
        QCOMPARE(store.contactsOf(1).size(), 1);

        undo.redo();
        Contact hiring;
        hiring.name = QStringLiteral("Max Mustermann");
        hiring.role = QStringLiteral("Hiring manager");
        hiring.email = QStringLiteral("max@acme.example");
        hiring.company = QStringLiteral("Acme Robotics");
        editor.addContact(hiring);
        editor.contactList()->setCurrentItem(editor.contactList()->topLevelItem(0));
        shoot(editor, "contacts-editor");
    }
};

QTEST_MAIN(TestAnnotationEditors)
#include "tst_annotationeditors.moc"
