#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void collect(const QMenu *menu, const QString &area, QList<ShortcutsDialog::Entry> &entries)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), area, entries);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            entries.append({area, plain(action->text()), keys.join(QLatin1String(", "))});
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMenuBar *menus)
{
    QList<Entry> result;
    for (const QAction *action : menus->actions()) {
        if (action->menu())
            collect(action->menu(), plain(action->text()), result);
    }
    const QString search = tr("Search");
    const QString table = tr("Listing table");
    result.append({search, tr("Focus the search field"), QStringLiteral("/")});
    result.append({search, tr("Search now"), tr("Enter")});
    result.append({search, tr("Clear the search"), tr("Esc")});
    result.append({table, tr("Move between listings"), tr("Up, Down, Page Up, Page Down, Home, End")});
    result.append({table, tr("Open the listing's link"), tr("Enter")});
    result.append({table, tr("Hide the selected listings"), tr("Delete")});
    return result;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutList"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : entries(menus)) {
        if (!group || group->text(0) != entry.area) {
            group = new QTreeWidgetItem(tree, {entry.area});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {entry.action, entry.keys});
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace jobdesk
