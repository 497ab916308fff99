#include "privatefile.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace jobdesk {

void createPrivateFile(const QString &path)
{
    QFile file(path);
    if (file.exists())
        return;
    // NewOnly: created here with these permissions, never an existing file (or a link) opened.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (QFile::exists(path)) // another process made it in between
            return;
        throw StoreError(QCoreApplication::translate("Store", "Cannot create %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
}

} // namespace jobdesk
