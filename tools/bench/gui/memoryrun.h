// The window's memory with a whole library: scrolls the table from the first row to the last, 256 rows
// (one page of the model) at a time, each step painted so the model reads the rows it shows, then brings up
// the Skills Gap dock and has it analyse the full view again. Peak resident memory is taken after each step.
#pragma once

#include "procstatus.h"

namespace jobdesk::bench {

class BenchWindow;

struct MemoryFigures
{
    Memory start; // window ready: table loaded, gap analysed
    // Reading one page of rows by id (ListingTableModel::loadPage, through data()) on the GUI thread,
    // the median and the longest of up to 16 pages spread over the table, before scrolling.
    double pageReadMedianMs = 0;
    double pageReadLongestMs = 0;
    double scrollMs = 0;
    int scrollSteps = 0;
    int scrollStepRows = 0; // rows per step
    int pagesRead = 0;      // pages the model read while scrolling
    // One scroll step (set the scroll bar, paint), the longest of those that read a page and of those
    // that did not: the GUI thread is blocked for that long while the user scrolls.
    double longestStepWithReadMs = 0;
    double longestStepMs = 0;
    Memory scrolled;
    double panelMs = -1; // -1: the analysis did not finish in time
    Memory panel;
};

MemoryFigures measureMemory(BenchWindow &window, double timeoutMs);

} // namespace jobdesk::bench
