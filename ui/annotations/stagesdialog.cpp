#include "stagesdialog.h"

#include "annotations/stagestore.h"
#include "colordot.h"
#include "store/storeerror.h"

#include <QColorDialog>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

QString kindText(Stage::Kind kind)
{
    switch (kind) {
    case Stage::Kind::Success:
        return QCoreApplication::translate("StagesDialog", "success");
    case Stage::Kind::Closed:
        return QCoreApplication::translate("StagesDialog", "closed");
    case Stage::Kind::Open:
        break;
    }
    return QCoreApplication::translate("StagesDialog", "open");
}

} // namespace

StagesDialog::StagesDialog(const Database &db, StageSet set, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_set(set)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_colour(new QPushButton(tr("&Colour…"), this))
{
    setWindowTitle(set == StageSet::Listings ? tr("Stages") : tr("Candidate Stages"));
    m_list->setObjectName(QStringLiteral("stageList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(set == StageSet::Listings
                           ? tr("Double-click or F2 to rename. The first stage is where listings start.")
                           : tr("Double-click or F2 to rename. The first stage is where candidates start."));
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, m_remove, m_up, m_down, m_colour})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Add a Stage"), tr("Name:"));
        if (!name.trimmed().isEmpty())
            addStage(name);
    });
    connect(m_remove, &QPushButton::clicked, this, &StagesDialog::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_colour, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        const QColor color = QColorDialog::getColor(QColor(item->data(Qt::UserRole + 1).toString()), this,
                                                    tr("Colour of “%1”").arg(item->text()));
        if (color.isValid())
            recolourCurrent(color.name());
    });
    connect(m_list, &QListWidget::itemChanged, this, &StagesDialog::renamed);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int current) {
        m_remove->setEnabled(current >= 0);
        m_colour->setEnabled(current >= 0);
        m_up->setEnabled(current > 0);
        m_down->setEnabled(current >= 0 && current < m_list->count() - 1);
    });
    reload();
    resize(420, 380);
}

template <typename Edit>
bool StagesDialog::attempt(Edit edit)
{
    try {
        StageStore store(m_db, m_set);
        edit(store);
        m_changed = true;
        return true;
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Stages"), error.message());
        return false;
    }
}

void StagesDialog::reload(qint64 selectId)
{
    m_loading = true;
    m_list->clear();
    try {
        for (const Stage &stage : StageStore(m_db, m_set).list()) {
            auto *item = new QListWidgetItem(colorDot(stage.color, 14), stage.name, m_list);
            item->setData(Qt::UserRole, stage.id);
            item->setData(Qt::UserRole + 1, stage.color);
            item->setToolTip(tr("%1 stage").arg(kindText(stage.kind)));
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (stage.id == selectId)
                m_list->setCurrentItem(item);
        }
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Stages"), error.message());
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_loading = false;
}

qint64 StagesDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void StagesDialog::renamed(QListWidgetItem *item)
{
    if (m_loading)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString name = item->text();
    attempt([&](StageStore &store) { store.rename(id, name); });
    QMetaObject::invokeMethod(this, [this, id] { reload(id); }, Qt::QueuedConnection);
}

void StagesDialog::addStage(const QString &name)
{
    qint64 id = 0;
    attempt([&](StageStore &store) { id = store.add(name).id; });
    reload(id);
}

void StagesDialog::removeCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    attempt([&](StageStore &store) { store.remove(id); });
    reload();
}

void StagesDialog::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QList<qint64> order;
    for (int i = 0; i < m_list->count(); ++i)
        order.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    const qint64 id = order[row];
    order.move(row, to);
    attempt([&](StageStore &store) { store.reorder(order); });
    reload(id);
}

void StagesDialog::recolourCurrent(const QString &color)
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    attempt([&](StageStore &store) { store.recolour(id, color); });
    reload(id);
}

} // namespace jobdesk
