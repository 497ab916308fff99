// File ▸ Export Calendar…: asks where to save, writes every follow-up and event of the library as an
// .ics file (models/export/icsexport.h) and says how it went. The dates of a library are few (one
// follow-up per listing at most, a handful of events), so this runs on the GUI thread.
#pragma once

#include <QString>

class QWidget;

namespace jobdesk {

class Database;

// Returns the message for the status bar; empty when the user cancelled. A failure is shown in a
// message box.
QString exportCalendar(const Database &db, QWidget *parent);

} // namespace jobdesk
