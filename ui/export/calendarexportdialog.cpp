#include "calendarexportdialog.h"

#include "export/icsexport.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace jobdesk {

QString exportCalendar(const Database &db, QWidget *parent)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("CalendarExport", text); };
    QSettings settings;
    const QString key = QStringLiteral("export/calendarPath");
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Calendar"),
        settings.value(key, QDir::home().filePath(QStringLiteral("jobdesk.ics"))).toString(),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return {};
    settings.setValue(key, path);
    IcsResult result;
    try {
        result = IcsExport(db).write(path);
    } catch (const StoreError &error) {
        result.error = error.message();
    }
    if (!result.ok()) {
        QMessageBox::warning(parent, tr("Export Calendar"), result.error);
        return tr("The calendar was not exported.");
    }
    return result.events == 1 ? tr("1 date exported to %1").arg(QDir::toNativeSeparators(path))
                              : QCoreApplication::translate("CalendarExport", "%n dates exported to %1",
                                                            nullptr, int(result.events))
                                    .arg(QDir::toNativeSeparators(path));
}

} // namespace jobdesk
