// The first start's offer: while the user's own library (Database::defaultPath()) holds no listings, a
// small panel above the table offers the bundled sample listings or an import of the user's files.
// Answering or closing it puts it away for good (a setting), so it never returns to a library in use.
#pragma once

#include <QFrame>

namespace jobdesk {

class Database;

class FirstStartOffer final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStartOffer)

public:
    explicit FirstStartOffer(QWidget *parent = nullptr);

    // Whether to offer: `db` is the library at Database::defaultPath(), it holds no listings and the
    // offer was never answered. The caller checks that no --database or --demo option was given.
    static bool wanted(Database &db);

Q_SIGNALS:
    void loadSamplesRequested();
    void importRequested();

private:
    // Remembers the answer and removes the panel.
    void answered();
};

} // namespace jobdesk
