#include "libraryopener.h"

#include "damagedialog.h"
#include "passwordprompt.h"

#include "store/database.h"
#include "store/librarylocation.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <limits>

#include <optional>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LibraryOpener", text);
}

// How an attempt on the worker ended: nullopt when it opened, else the error it threw.
using Attempt = std::optional<StoreError>;

// Opens (and migrates) the library on a worker thread and closes it again. std::nullopt as well when
// the user cancelled: `cancelled` tells that apart.
Attempt tryOnWorker(QWidget *parent, const QString &location, const QString &name, bool &cancelled)
{
    auto outcome = std::make_shared<Attempt>();
    QThread *worker = QThread::create([outcome, location] {
        try {
            const Database probe(location);
        } catch (const StoreError &error) {
            *outcome = error;
        }
    });
    QProgressDialog progress(tr("Opening %1…").arg(name), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("openingLibrary"));
    progress.setWindowTitle(tr("Opening the Library"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(std::numeric_limits<int>::max()); // shown below, not by its own timer
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    worker->start();
    // A file opens at once: no dialog flashes, and the window takes no input meanwhile. A slow open
    // shows the dialog, modal to the window, whose Cancel stops waiting.
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!worker->isFinished()) {
        progress.show();
        loop.exec();
    }
    cancelled = !worker->isFinished();
    if (cancelled) {
        // libpq cannot be interrupted: the attempt ends on its own (connect_timeout) and cleans up.
        QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        return std::nullopt;
    }
    worker->wait();
    delete worker;
    return *outcome;
}

} // namespace

std::unique_ptr<Database> LibraryOpener::open(QWidget *parent, const QString &location)
{
    LibraryLocation where;
    try {
        where = LibraryLocation::parse(location);
    } catch (const StoreError &error) {
        QMessageBox::warning(parent, tr("Cannot Open the Library"), error.message());
        return nullptr;
    }
    for (;;) {
        bool cancelled = false;
        const Attempt failure = tryOnWorker(parent, location, where.displayName(), cancelled);
        if (cancelled)
            return nullptr;
        if (!failure)
            break;
        if (failure->kind() == StoreError::Kind::PasswordNeeded) {
            const bool refused = !Passwords::find(where.serverKey()).isEmpty();
            if (!askForPassword(parent, where, refused))
                return nullptr;
            continue;
        }
        if (!recoverUnopenableLibrary(location, *failure, parent))
            return nullptr;
    }
    try {
        return std::make_unique<Database>(location);
    } catch (const StoreError &error) {
        QMessageBox::warning(parent, tr("Cannot Open the Library"), error.message());
        return nullptr;
    }
}

} // namespace jobdesk
