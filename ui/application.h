// The application object of the window. Event handlers catch the store errors they expect; a StoreError
// that still escapes one (a damaged library read where no one thought to catch it) is reported here
// instead of ending the program: Qt does not support exceptions through its event handlers, and the
// std::terminate that follows would lose whatever was typed since the last save. The failed handler's
// event counts as handled; the window says what failed in its status bar. The price of this last line:
// Qt's own frames between the handler and here are built without exceptions and do not clean up, so a
// little of the event's data may leak and a paint cut short is redone at the next update.
#pragma once

#include <QApplication>

namespace jobdesk {

class Application final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(int &argc, char **argv);
    ~Application() override;

    bool notify(QObject *receiver, QEvent *event) override;

Q_SIGNALS:
    // Queued: a StoreError escaped an event handler; `message` names the library and what failed.
    void storeFailed(const QString &message);
};

} // namespace jobdesk
