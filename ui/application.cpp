#include "application.h"

#include "store/storeerror.h"

#include <QDebug>
#include <QMetaObject>

namespace jobdesk {

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{}

Application::~Application() = default;

bool Application::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StoreError &error) {
        qWarning().noquote() << "jobdesk:" << error.message();
        // Reported once control is back in the event loop, not from inside the failed delivery.
        QMetaObject::invokeMethod(
            this, [this, message = error.message()] { Q_EMIT storeFailed(message); }, Qt::QueuedConnection);
        return true;
    }
}

} // namespace jobdesk
