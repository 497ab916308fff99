// The window's application object (ui/application.h): a StoreError that escapes an event handler ends
// neither the program nor the event loop; it is reported once, and events keep being delivered.
#include "testsupport.h"

#include "application.h"
#include "store/storeerror.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace jobdesk;

namespace {

// An object whose every custom event reads a damaged library. (A custom event, not a mouse click: Qt's
// own code between a handler and notify() is built without exceptions and does not clean up after one,
// so a click's event data would leak, as the header says.)
class FailingObject final : public QObject
{
public:
    int events = 0;

protected:
    void customEvent(QEvent *) override
    {
        ++events;
        throw StoreError(
            QStringLiteral("The library /tmp/x.sqlite is damaged: database disk image is malformed"),
            StoreError::Kind::Damaged);
    }
};

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStoreErrorFromAnEventHandlerIsReportedAndTheProgramGoesOn()
    {
        auto *app = qobject_cast<Application *>(QCoreApplication::instance());
        QVERIFY(app);
        QSignalSpy failed(app, &Application::storeFailed);
        FailingObject failing;
        const QString warning =
            QStringLiteral("jobdesk: The library /tmp/x.sqlite is damaged: database disk image is malformed");
        QTest::ignoreMessage(QtWarningMsg, qPrintable(warning));
        QCoreApplication::postEvent(&failing, new QEvent(QEvent::User));
        QVERIFY(failed.wait(2000));
        QCOMPARE(failing.events, 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("damaged")));

        // Timers and queued calls still run, and the object still gets its events.
        bool ran = false;
        QTimer::singleShot(0, &failing, [&ran] { ran = true; });
        QTRY_VERIFY(ran);
        QTest::ignoreMessage(QtWarningMsg, qPrintable(warning));
        QCoreApplication::postEvent(&failing, new QEvent(QEvent::User));
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failing.events, 2);
    }

    void aStoreErrorFromAQueuedCallIsCaughtToo()
    {
        auto *app = qobject_cast<Application *>(QCoreApplication::instance());
        QSignalSpy failed(app, &Application::storeFailed);
        QTest::ignoreMessage(QtWarningMsg, "jobdesk: The library is busy");
        QTimer::singleShot(
            0, app, [] { throw StoreError(QStringLiteral("The library is busy"), StoreError::Kind::Busy); });
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The library is busy"));
    }
};

// QTEST_MAIN would make a plain QApplication; this test is about the window's own.
int main(int argc, char *argv[])
{
    Application app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestApplication test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_application.moc"
