#include "passwordprompt.h"

#include "store/librarylocation.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PasswordPrompt", text);
}

} // namespace

bool askForPassword(QWidget *parent, const LibraryLocation &location, bool refused)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordPrompt"));
    dialog.setWindowTitle(tr("Password for the Team Library"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextEchoMode(QLineEdit::Password);
    const QString what =
        tr("The password of %1 for %2 (port %3):")
            .arg(location.user().isEmpty() ? tr("your member name") : location.user(), location.displayName())
            .arg(location.port());
    dialog.setLabelText(refused ? tr("The server refused that password.") + QLatin1Char('\n') + what : what);
    dialog.setOkButtonText(tr("Connect"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Passwords::remember(location.serverKey(), dialog.textValue());
    return true;
}

} // namespace jobdesk
