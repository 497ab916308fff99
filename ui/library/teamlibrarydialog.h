// File ▸ Open Team Library…: where the team's PostgreSQL database is (server, port, database, member
// name, encryption), shown as the address the command line takes (postgresql://user@host:port/dbname).
// No password field: libpq takes PGPASSWORD or ~/.pgpass, and a server that asks for one gets it from a
// prompt when the library opens (LibraryOpener). An address pasted into the server field is taken apart
// into the fields. The last address opened this way fills the fields next time (settings hold no password).
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace jobdesk {

class TeamLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamLibraryDialog)

public:
    explicit TeamLibraryDialog(QWidget *parent = nullptr);

    // The address the fields describe; empty while they cannot describe one (no server or database).
    QString address() const;
    // Fills the fields from a postgresql:// address; false (fields unchanged) when it is not one.
    bool setAddress(const QString &address);
    // The last address accepted in this dialog, from the settings.
    static QString lastAddress();

    void accept() override;

private:
    void update();
    void serverEdited();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_encryption;
    QLabel *m_address;
    QDialogButtonBox *m_buttons;
    // The address's settings that have no field (connect_timeout=…), kept as they came.
    QString m_otherOptions;
};

} // namespace jobdesk
