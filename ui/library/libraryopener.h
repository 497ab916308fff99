// Opening a library the user chose (File ▸ Open Library…, Open Team Library…, Open Recent, or a team
// library named on the command line that wants a password). The first attempt runs on a worker thread
// behind a progress dialog the user can cancel, so an unreachable server (libpq waits up to its
// connect_timeout) or a long migration never freezes the window; a server that asks for a password gets
// it from a prompt (passwordprompt.h) and is tried again; a damaged file is offered its automatic backup.
// Once the worker's attempt succeeded, the library is opened again on the calling thread, which is quick
// then: Qt SQL connections belong to the thread that opened them.
#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace jobdesk {

class Database;

class LibraryOpener final
{
public:
    // The library at `location` (a path or a postgresql:// address), open on the calling thread; null
    // when the user cancelled or was told why it cannot be opened. Dialogs are parented to `parent`.
    static std::unique_ptr<Database> open(QWidget *parent, const QString &location);
};

} // namespace jobdesk
