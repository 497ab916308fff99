// Opening another library from the window (File ▸ Open Library…, Open Team Library…, Open Recent):
// the window is replaced by one on the new library, what was typed into the old one is saved there, a
// library that cannot be opened leaves everything as it was, a team library's server that wants a
// password gets it from a prompt (asked again when refused, never stored), and the team library dialog
// takes a pasted address apart. HOME is a temporary folder and QStandardPaths is in test mode: the
// user's settings and recent list are never touched.
#include "testsupport.h"

#include "annotations/noteseditor.h"
#include "library/passwordprompt.h"
#include "library/recentlibraries.h"
#include "library/teamlibrarydialog.h"
#include "listings/listingspane.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "theme.h"
#include "windowhost.h"

#include "annotations/notestore.h"
#include "store/database.h"
#include "store/librarylocation.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace jobdesk;

namespace {

// Calls `answer` with the next modal dialog of type T named `name` (polling: it may come after other
// dialogs, a progress dialog for one), on the event loop of whatever shows it.
template <typename T>
void answerNext(const QString &name, std::function<void(T *)> answer)
{
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name, answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || (!name.isEmpty() && dialog->objectName() != name))
            return;
        poll->stop();
        poll->deleteLater();
        answer(dialog);
    });
    poll->start(20);
}

} // namespace

class TestOpenLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { RecentLibraries::clear(); }

    void anotherLibraryOpensInANewWindowAndTheOldOnesNotesAreSaved()
    {
        test::TempLibrary first;
        test::TempLibrary second;
        test::addListings(*second.open(), 5);
        {
            const std::unique_ptr<Database> db = first.open();
            test::addListings(*db, 3);
        }
        WindowHost host(first.open());
        QPointer<MainWindow> old = &host.window();
        old->show();
        QVERIFY(QTest::qWaitForWindowExposed(old));
        QVERIFY(test::waitUntilLoaded(*old->listingModel()));
        QCOMPARE(old->listingModel()->rowCount(), 3);
        old->listingsPane()->selectRow(0);
        const qint64 listing = old->listingModel()->listingIds().value(0);
        auto *notes = old->findChild<NotesEditor *>();
        QVERIFY(notes);
        QTRY_VERIFY(notes->isEnabled());
        notes->editor()->setFocus();
        QTest::keyClicks(notes->editor(), QStringLiteral("Call back on Monday"));

        QVERIFY(host.open(second.path())); // before the autosave's delay ran out
        QVERIFY(old.isNull());
        MainWindow &window = host.window();
        QCOMPARE(host.library().path(), LibraryLocation::parse(second.path()).toString());
        QVERIFY2(window.windowTitle().contains(host.library().location().displayName()),
                 qPrintable(window.windowTitle()));
        QVERIFY(window.isVisible());
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QCOMPARE(window.listingModel()->rowCount(), 5);
        QCOMPARE(RecentLibraries::list(), QStringList({LibraryLocation::parse(second.path()).toString(),
                                                       LibraryLocation::parse(first.path()).toString()}));

        const std::unique_ptr<Database> reopened = first.open();
        QCOMPARE(NoteStore(*reopened).notes(listing), QStringLiteral("Call back on Monday"));
    }

    void aLibraryThatCannotBeOpenedLeavesTheWindowAsItWas()
    {
        test::TempLibrary library;
        const QString notALibrary = library.filePath(QStringLiteral("notes.txt"));
        test::writeFile(notALibrary, QByteArray("Not a library, only some notes.\n").repeated(200));
        WindowHost host(library.open());
        MainWindow *window = &host.window();
        window->show();
        QString told;
        answerNext<QMessageBox>({}, [&told](QMessageBox *box) {
            told = box->text();
            box->accept();
        });
        QVERIFY(!host.open(notALibrary));
        QVERIFY2(told.contains(QStringLiteral("notes.txt")), qPrintable(told));
        QCOMPARE(&host.window(), window);
        QCOMPARE(host.library().path(), LibraryLocation::parse(library.path()).toString());
        QCOMPARE(QFile(notALibrary).size(),
                 qint64(QByteArray("Not a library, only some notes.\n").size() * 200));
        QVERIFY(!RecentLibraries::list().contains(notALibrary));
    }

    void aTeamLibraryAsksForThePasswordUntilTheServerTakesIt()
    {
        if (!test::usesPostgreSql())
            QSKIP("needs the PostgreSQL test server (the _postgresql variant)");
        test::TempLibrary current;
        test::TempLibrary team;
        test::addListings(*team.open(), 4);
        WindowHost host(current.open());
        host.window().show();

        const QByteArray password = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        const LibraryLocation location = LibraryLocation::parse(team.path());
        Passwords::forget(location.serverKey());
        const auto restore = qScopeGuard([&] {
            qputenv("PGPASSWORD", password);
            Passwords::forget(location.serverKey());
        });

        // Cancelled: nothing changes.
        answerNext<QInputDialog>(QStringLiteral("passwordPrompt"),
                                 [](QInputDialog *prompt) { prompt->reject(); });
        QVERIFY(!host.open(team.path()));
        QCOMPARE(host.library().path(), LibraryLocation::parse(current.path()).toString());

        // A wrong password is refused and asked for again; the right one opens the library.
        QStringList asked;
        answerNext<QInputDialog>(QStringLiteral("passwordPrompt"), [&](QInputDialog *prompt) {
            asked.append(prompt->labelText());
            QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
            prompt->setTextValue(QStringLiteral("wrong"));
            prompt->accept();
            answerNext<QInputDialog>(QStringLiteral("passwordPrompt"), [&](QInputDialog *again) {
                asked.append(again->labelText());
                again->setTextValue(QString::fromUtf8(password));
                again->accept();
            });
        });
        QVERIFY(host.open(team.path()));
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.at(0).contains(location.user()) && asked.at(0).contains(location.displayName()),
                 qPrintable(asked.at(0)));
        QVERIFY2(!asked.at(0).contains(QStringLiteral("refused")), qPrintable(asked.at(0)));
        QVERIFY2(asked.at(1).contains(QStringLiteral("refused")), qPrintable(asked.at(1)));
        QCOMPARE(host.library().path(), location.toString());
        QVERIFY(test::waitUntilLoaded(*host.window().listingModel()));
        QCOMPARE(host.window().listingModel()->rowCount(), 4);

        // Remembered for this session only: the settings hold the address, never the password.
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray written = settings.readAll();
        QVERIFY(written.contains(location.toString().toUtf8()));
        QVERIFY(!written.contains(password));
    }

    void theTeamLibraryDialogTakesAPastedAddressApart()
    {
        TeamLibraryDialog dialog;
        auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("server"));
        auto *database = dialog.findChild<QLineEdit *>(QStringLiteral("database"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("user"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("port"));
        auto *encryption = dialog.findChild<QComboBox *>(QStringLiteral("encryption"));
        auto *shown = dialog.findChild<QLabel *>(QStringLiteral("address"));
        QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
        QVERIFY(server && database && user && port && encryption && shown && open);

        server->setText(
            QStringLiteral("postgresql://ann:s3cret@db.example.org:6543/recruiting?sslmode=require&"
                           "connect_timeout=5"));
        Q_EMIT server->editingFinished(); // pasted, then the next field
        QCOMPARE(server->text(), QStringLiteral("db.example.org"));
        QCOMPARE(port->value(), 6543);
        QCOMPARE(database->text(), QStringLiteral("recruiting"));
        QCOMPARE(user->text(), QStringLiteral("ann"));
        QCOMPARE(encryption->currentData().toString(), QStringLiteral("require"));
        const QString address = QStringLiteral(
            "postgresql://ann@db.example.org:6543/recruiting?connect_timeout=5&sslmode=require");
        QCOMPARE(dialog.address(), address);
        QCOMPARE(shown->text(), address);
        QVERIFY(open->isEnabled());
        const LibraryLocation location = LibraryLocation::parse(address);
        QCOMPARE(Passwords::find(location.serverKey()), QStringLiteral("s3cret"));
        Passwords::forget(location.serverKey());

        database->clear();
        QVERIFY(!open->isEnabled());
        QVERIFY(dialog.address().isEmpty());
        database->setText(QStringLiteral("hiring"));
        encryption->setCurrentIndex(0); // libpq's default: no sslmode in the address
        dialog.accept();
        const QString accepted =
            QStringLiteral("postgresql://ann@db.example.org:6543/hiring?connect_timeout=5");
        QCOMPARE(TeamLibraryDialog::lastAddress(), accepted);
        TeamLibraryDialog next; // filled from the last one
        QCOMPARE(next.address(), accepted);
    }

    // Both dialogs in both palettes, their text in the palette's colours (JOBDESK_SCREENSHOT_DIR keeps
    // the pictures).
    void theDialogsAreLegibleInBothPalettes()
    {
        const QString dir = qEnvironmentVariable("JOBDESK_SCREENSHOT_DIR");
        const LibraryLocation location =
            LibraryLocation::parse(QStringLiteral("postgresql://ann@db.example.org/recruiting"));
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            const QString suffix =
                theme == Theme::Dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
            TeamLibraryDialog dialog;
            dialog.setAddress(location.toString());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                QVERIFY(label->palette().color(label->foregroundRole()) !=
                        label->palette().color(QPalette::Window));
            if (!dir.isEmpty())
                dialog.grab().save(dir + QStringLiteral("/team-library-dialog") + suffix);

            bool shown = false;
            answerNext<QInputDialog>(QStringLiteral("passwordPrompt"), [&](QInputDialog *prompt) {
                shown = true;
                const QLabel *text = prompt->findChild<QLabel *>();
                QCOMPARE(text->palette().color(QPalette::WindowText),
                         QApplication::palette().color(QPalette::WindowText));
                if (!dir.isEmpty())
                    prompt->grab().save(dir + QStringLiteral("/password-prompt") + suffix);
                prompt->reject();
            });
            QVERIFY(!askForPassword(&dialog, location, true));
            QVERIFY(shown);
        }
        applyTheme(Theme::Light);
    }
};

// QTEST_MAIN, with HOME moved before QApplication can read a setting (QSettings keeps the first path).
int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("jobdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("jobdesk"));
    TestOpenLibrary test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_openlibrary.moc"
