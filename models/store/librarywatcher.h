// Tells the window that someone else changed its library, so what it shows can be read again without a
// restart: another member of a team library, another window or `jobdesk import` on the same file, or
// one of this process's own worker connections (an import, a re-extraction).
//   A team library (PostgreSQL): every statement that changes what members see notifies the channel
//   `jobdesk_changes` at commit (triggers of migration 014, the writer's backend id as payload). The
//   watcher LISTENs on a connection of its own that runs nothing else, so no notification waits behind
//   a query; changes written by the window's own connection are ignored (the window already shows them).
//   Notifications within SettleMs are reported once. Every ListenerCheckMs the window's connection asks
//   whether the listening session still exists; one the server ended is opened again, and changed() then
//   covers whatever happened meanwhile.
//   A file (SQLite): `PRAGMA data_version` on the window's connection, every PollIntervalMs; it moves
//   when any other connection committed, never for the window's own writes.
// changed() says only that something changed; the window reads again what it shows.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace jobdesk {

class Database;

class LibraryWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWatcher)

public:
    static constexpr int PollIntervalMs = 2000;
    static constexpr int SettleMs = 300;
    static constexpr int ListenerCheckMs = 30000;
    static inline const QString Channel = QStringLiteral("jobdesk_changes");

    // Starts watching `db` (the window's library, on this thread). `pollIntervalMs` is for tests.
    explicit LibraryWatcher(const Database &db, QObject *parent = nullptr,
                            int pollIntervalMs = PollIntervalMs);
    ~LibraryWatcher() override;

    // Whether changes are being watched: false when the team library's listening connection could not
    // be opened or subscribed (error() says why); the window then shows others' changes only on reload.
    bool isWatching() const { return m_watching; }
    QString error() const { return m_error; }
    // How often a team library's listening connection is checked (tests shorten it); no effect on a file.
    void setListenerCheckInterval(int ms);

Q_SIGNALS:
    void changed();

private:
    void listen();
    void stopListening();
    void checkListener();
    void poll();
    qint64 dataVersion() const;

    const Database &m_db;
    std::unique_ptr<Database> m_listener; // a team library's LISTEN connection
    QString m_ownBackend;                 // the window connection's backend id, as notified
    qint64 m_listenerBackend = 0;         // the listening connection's backend id
    QTimer *m_timer;
    QTimer *m_check = nullptr; // a team library's listener check
    qint64 m_dataVersion = -1;
    bool m_watching = false;
    QString m_error;
};

} // namespace jobdesk
