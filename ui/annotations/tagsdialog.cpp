#include "tagsdialog.h"

#include "annotations/tagcommands.h"
#include "annotations/tagstore.h"
#include "store/storeerror.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

constexpr int TagIdRole = Qt::UserRole + 1;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

} // namespace

TagsDialog::TagsDialog(const Database &db, QUndoStack *undoStack, std::function<void()> changed,
                       QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_changed(std::move(changed))
    , m_table(new QTableWidget(0, 2, this))
    , m_color(new QPushButton(tr("Colour…"), this))
    , m_mergeInto(new QComboBox(this))
    , m_merge(new QPushButton(tr("Merge"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Tags"));
    m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Listings")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Listings, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setToolTip(tr("Double-click a name to rename the tag"));
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == Name)
            renameTag(item->data(TagIdRole).toLongLong(), item->text());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &TagsDialog::updateButtons);
    connect(m_color, &QPushButton::clicked, this, &TagsDialog::chooseColor);
    connect(m_merge, &QPushButton::clicked, this, &TagsDialog::mergeCurrent);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteTag(currentTag()); });
    m_mergeInto->setAccessibleName(tr("Merge into"));
    m_merge->setToolTip(tr("The listings of the selected tag get the chosen one; the selected tag goes"));
    m_message->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_color);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Merge into:"), this));
    actions->addWidget(m_mergeInto);
    actions->addWidget(m_merge);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, 420);
    refresh();
}

void TagsDialog::refresh()
{
    const qint64 current = currentTag();
    m_filling = true;
    QList<Tag> tags;
    try {
        tags = TagStore(m_db).list();
    } catch (const StoreError &error) {
        m_message->setText(error.message());
    }
    m_table->setRowCount(int(tags.size()));
    for (int row = 0; row < tags.size(); ++row) {
        const Tag &tag = tags.at(row);
        auto *name = new QTableWidgetItem(swatch(QColor(tag.color)), tag.name);
        name->setData(TagIdRole, tag.id);
        m_table->setItem(row, Name, name);
        auto *count = new QTableWidgetItem(QString::number(tag.count));
        count->setFlags(count->flags() & ~Qt::ItemIsEditable);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Listings, count);
        if (tag.id == current)
            m_table->setCurrentCell(row, Name);
    }
    m_filling = false;
    updateButtons();
}

qint64 TagsDialog::currentTag() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), Name);
    return item ? item->data(TagIdRole).toLongLong() : 0;
}

QString TagsDialog::message() const
{
    return m_message->text();
}

void TagsDialog::updateButtons()
{
    if (m_filling)
        return;
    const qint64 current = currentTag();
    m_color->setEnabled(current > 0);
    m_delete->setEnabled(current > 0);
    m_mergeInto->clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, Name);
        if (item->data(TagIdRole).toLongLong() != current)
            m_mergeInto->addItem(item->icon(), item->text(), item->data(TagIdRole));
    }
    m_mergeInto->setEnabled(current > 0 && m_mergeInto->count() > 0);
    m_merge->setEnabled(m_mergeInto->isEnabled());
}

bool TagsDialog::renameTag(qint64 id, const QString &name)
{
    try {
        TagStore(m_db).checkedName(name, id);
    } catch (const StoreError &error) {
        m_message->setText(error.message());
        refresh(); // the edited cell goes back to the stored name
        return false;
    }
    return push(new RenameTagCommand(m_db, id, name, changedCallback()));
}

bool TagsDialog::recolorTag(qint64 id, const QString &color)
{
    return push(new RecolorTagCommand(m_db, id, color, changedCallback()));
}

bool TagsDialog::mergeTags(qint64 fromId, qint64 intoId)
{
    if (fromId <= 0 || intoId <= 0)
        return false;
    return push(new MergeTagsCommand(m_db, fromId, intoId, changedCallback()));
}

bool TagsDialog::deleteTag(qint64 id)
{
    if (id <= 0)
        return false;
    return push(new DeleteTagCommand(m_db, id, changedCallback()));
}

bool TagsDialog::push(QUndoCommand *command)
{
    m_message->clear();
    const QString what = command->text(); // the stack deletes a command that changed nothing
    try {
        m_undoStack->push(command); // redo() runs first: a refusal leaves the stack as it was
        m_message->setText(tr("%1: done. Edit ▸ Undo takes it back.").arg(what));
        return true;
    } catch (const StoreError &error) {
        delete command; // it never reached the stack
        m_message->setText(error.message());
        refresh();
        return false;
    }
}

std::function<void()> TagsDialog::changedCallback()
{
    return [self = QPointer<TagsDialog>(this), changed = m_changed] {
        if (self) {
            self->refresh();
            Q_EMIT self->tagsChanged();
        }
        if (changed)
            changed();
    };
}

void TagsDialog::chooseColor()
{
    const qint64 id = currentTag();
    if (id <= 0)
        return;
    QColor initial;
    try {
        initial = QColor(TagStore(m_db).tag(id).color);
    } catch (const StoreError &) {
    }
    const QColor color = QColorDialog::getColor(initial, this, tr("Tag Colour"));
    if (color.isValid())
        recolorTag(id, color.name());
}

void TagsDialog::mergeCurrent()
{
    mergeTags(currentTag(), m_mergeInto->currentData().toLongLong());
}

} // namespace jobdesk
