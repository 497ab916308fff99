#include "memoryrun.h"

#include "benchclock.h"
#include "benchwindow.h"
#include "rununtil.h"

#include "listings/listingspane.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "skills/skillgappane.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace jobdesk::bench {

MemoryFigures measureMemory(BenchWindow &window, double timeoutMs)
{
    MemoryFigures figures;
    figures.start = memory();

    MainWindow &main = window.window();
    ListingTableModel *model = main.listingModel();
    QList<double> reads;
    const int pageCount = (model->rowCount() + ListingTableModel::PageSize - 1) / ListingTableModel::PageSize;
    for (int i = 1; i <= 16 && i < pageCount; ++i) {
        const int row = int(qint64(pageCount - 1) * i / 16) * ListingTableModel::PageSize;
        const int before = model->pagesLoaded();
        const double readStart = nowMs();
        model->index(row, 0).data();
        if (model->pagesLoaded() != before)
            reads.append(nowMs() - readStart);
    }
    std::sort(reads.begin(), reads.end());
    if (!reads.isEmpty()) {
        figures.pageReadMedianMs = reads.at(reads.size() / 2);
        figures.pageReadLongestMs = reads.constLast();
    }
    QScrollBar *bar = main.listingsPane()->view()->verticalScrollBar();
    const int pagesBefore = main.listingModel()->pagesLoaded();
    figures.scrollStepRows = qMax(bar->pageStep(), int(ListingTableModel::PageSize));
    double start = nowMs();
    bar->setValue(0);
    QCoreApplication::processEvents();
    while (bar->value() < bar->maximum()) {
        const int pages = main.listingModel()->pagesLoaded();
        const double stepStart = nowMs();
        // A step of a screen or of the model's page, whichever is more: every page is read once.
        bar->setValue(bar->value() + figures.scrollStepRows);
        QCoreApplication::processEvents(); // paints the rows now in view: the model reads their page
        double &longest = main.listingModel()->pagesLoaded() != pages ? figures.longestStepWithReadMs
                                                                      : figures.longestStepMs;
        longest = qMax(longest, nowMs() - stepStart);
        ++figures.scrollSteps;
    }
    figures.scrollMs = nowMs() - start;
    figures.pagesRead = main.listingModel()->pagesLoaded() - pagesBefore;
    figures.scrolled = memory();

    auto *dock = main.findChild<QDockWidget *>(QStringLiteral("skillsGapDock"));
    bool analysed = false;
    const QMetaObject::Connection connection = QObject::connect(
        main.skillGapPane(), &SkillGapPane::viewAnalysed, &main, [&analysed] { analysed = true; });
    start = nowMs();
    if (dock) {
        dock->show();
        dock->raise();
    }
    main.skillGapPane()->reload(); // the full view's analysis, as when the panel is first opened
    if (runUntil([&analysed] { return analysed; }, timeoutMs))
        figures.panelMs = nowMs() - start;
    QCoreApplication::processEvents(); // the analysis painted
    QObject::disconnect(connection);
    figures.panel = memory();
    return figures;
}

} // namespace jobdesk::bench
