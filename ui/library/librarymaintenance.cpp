#include "librarymaintenance.h"

#include "damagedialog.h"
#include "librarycontroller.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QDir>
#include <QThread>
#include <QTimer>

namespace jobdesk {

LibraryMaintenance::LibraryMaintenance(const Database &db, LibraryController &library, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_library(library)
    , m_window(window)
{}

LibraryMaintenance::~LibraryMaintenance()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void LibraryMaintenance::start(int delayMs)
{
    QTimer::singleShot(delayMs, this, &LibraryMaintenance::run);
}

void LibraryMaintenance::run()
{
    if (m_thread)
        return;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_db.path();
    m_thread = QThread::create([this, path, cancelled = m_cancelled] {
        AutomaticBackups::Outcome outcome;
        try {
            const Database db(path); // this thread's own connection
            // The check reads every page once: SQLite's 2 MiB default cache is enough, 64 MiB would
            // only raise the window's memory for as long as the check runs.
            db.dialect().setPageCache(db.connection(), 2);
            outcome = AutomaticBackups(path).maintain(db, QDateTime::currentDateTimeUtc(),
                                                      [cancelled] { return cancelled->load(); });
        } catch (const StoreError &error) {
            outcome.kind = error.kind() == StoreError::Kind::Damaged
                               ? AutomaticBackups::Outcome::Kind::Damaged
                               : AutomaticBackups::Outcome::Kind::NotChecked;
            outcome.detail = error.message();
        }
        if (cancelled->load())
            return;
        QMetaObject::invokeMethod(this, [this, outcome] { done(outcome); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("LibraryMaintenance"));
    m_thread->start(QThread::IdlePriority);
}

void LibraryMaintenance::done(const AutomaticBackups::Outcome &outcome)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    using Kind = AutomaticBackups::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::BackedUp:
        Q_EMIT message(tr("Automatic backup written to %1.").arg(QDir::toNativeSeparators(outcome.path)));
        break;
    case Kind::NoRoom:
        Q_EMIT message(tr("No automatic backup today: the disk is nearly full (%1).").arg(outcome.detail));
        break;
    case Kind::Damaged: {
        const std::optional<BackupFile> backup = AutomaticBackups(m_db.path()).latest();
        if (askToRestoreBackup(m_window, m_db.path(), outcome.detail, backup))
            m_library.restoreFrom(backup->path);
        break;
    }
    case Kind::NotChecked:
        if (!outcome.detail.isEmpty())
            Q_EMIT message(tr("The library could not be checked: %1").arg(outcome.detail));
        break;
    case Kind::NotDue:
        break;
    }
    Q_EMIT finished(outcome);
}

} // namespace jobdesk
