// The window's application object (ui/application.h): a StoreError that escapes an event handler ends
// neither the program nor the event loop; it is reported once, and events keep being delivered.
#include "testsupport.h"

#include "application.h"
#include "store/storeerror.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace jobdesk;

namespace {

// A widget whose every mouse press reads a damaged library.
class FailingWidget final : public QWidget
{
public:
    int presses = 0;

protected:
    void mousePressEvent(QMouseEvent *) override
    {
        ++presses;
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
        FailingWidget widget;
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QTest::ignoreMessage(
            QtWarningMsg, "jobdesk: The library /tmp/x.sqlite is damaged: database disk image is malformed");
        QTest::mouseClick(&widget, Qt::LeftButton);
        QCOMPARE(widget.presses, 1);
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("damaged")));

        // Timers and queued calls still run, and the widget still gets its events.
        bool ran = false;
        QTimer::singleShot(0, &widget, [&ran] { ran = true; });
        QTRY_VERIFY(ran);
        QTest::ignoreMessage(
            QtWarningMsg, "jobdesk: The library /tmp/x.sqlite is damaged: database disk image is malformed");
        QTest::mouseClick(&widget, Qt::LeftButton);
        QCOMPARE(widget.presses, 2);
        QTRY_COMPARE(failed.size(), 2);
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
