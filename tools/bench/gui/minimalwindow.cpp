// jobdesk_bench_minimal_window: the reference for the window's start time (tools/bench/part-start). A
// QMainWindow with a table of the same size as Jobdesk's first window; when its first frame has been
// painted it prints the time (CLOCK_REALTIME, ns) and quits, measured exactly as app/gui.cpp does with
// JOBDESK_EXIT_AFTER_FIRST_PAINT=1.
#include "firstpaintexit.h"

#include <QApplication>
#include <QMainWindow>
#include <QTableWidget>

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
    window.installEventFilter(new jobdesk::FirstPaintExit(&window));
    window.show();
    return QApplication::exec();
}
