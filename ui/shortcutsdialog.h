// Help → Keyboard Shortcuts: every menu action that has a shortcut, read from the menus themselves so
// the list can't fall behind them, followed by the keys the panes handle on their own.
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;

namespace jobdesk {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString area;
        QString action;
        QString keys;
    };

    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // The rows the dialog shows, in order.
    static QList<Entry> entries(const QMenuBar *menus);
};

} // namespace jobdesk
