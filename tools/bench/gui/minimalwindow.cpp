// jobdesk_bench_minimal_window: the reference for the window's start time (tools/bench/part-start). A
// QMainWindow with a table of the same size as Jobdesk's first window; when its first frame has been
// painted it prints the time (CLOCK_REALTIME, ns) and quits, measured exactly as app/gui.cpp does with
// JOBDESK_EXIT_AFTER_FIRST_PAINT=1.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTableWidget>

#include <cstdio>
#include <ctime>

namespace {

class FirstPaintExit final : public QObject
{
public:
    using QObject::QObject;

protected:
    // The window gets its paint event before its children: the time is taken in a queued call, after the
    // whole frame.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    timespec now{};
                    clock_gettime(CLOCK_REALTIME, &now);
                    std::printf("%lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                    std::fflush(stdout);
                    QApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableWidget(50, 10, &window);
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            table->setItem(row, column, new QTableWidgetItem(QStringLiteral("row %1").arg(row)));
    }
    window.setCentralWidget(table);
    window.resize(1280, 800);
    window.installEventFilter(new FirstPaintExit(&window));
    window.show();
    return QApplication::exec();
}
