#include "tageditor.h"

#include "annotations/flowlayout.h"
#include "annotations/tagcommands.h"
#include "store/storeerror.h"

#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QStringListModel>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

TagEditor::TagEditor(const Database &db, QUndoStack *undoStack, std::function<void()> changed,
                     QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undoStack(undoStack)
    , m_changed(std::move(changed))
    , m_chipArea(new QWidget(this))
    , m_chips(new FlowLayout(m_chipArea))
    , m_field(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
    , m_message(new QLabel(this))
{
    m_field->setPlaceholderText(tr("Add a tag…"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Add a tag"));
    m_field->setToolTip(tr("Type a tag and press Enter: an existing tag is completed, a new one is created"));
    m_completer->setModel(m_names);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_field->setCompleter(m_completer);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (addTag(m_field->text()))
            m_field->clear();
    });
    // A completion chosen from the list (Enter or a click) adds that tag. When Enter also reaches the
    // field, the second add changes nothing and leaves no undo step.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) {
                if (addTag(name))
                    QMetaObject::invokeMethod(m_field, &QLineEdit::clear, Qt::QueuedConnection);
            });
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chipArea);
    layout->addWidget(m_field);
    layout->addWidget(m_message);
    layout->addStretch(1);
    setListings({});
}

void TagEditor::setListings(const QList<qint64> &ids)
{
    m_ids = ids;
    m_field->setEnabled(!m_ids.isEmpty());
    m_message->hide();
    refresh();
}

void TagEditor::refresh()
{
    try {
        TagStore store(m_db);
        m_tags = store.tagsOf(m_ids);
        QStringList names;
        for (const Tag &tag : store.list())
            names.append(tag.name);
        m_names->setStringList(names);
    } catch (const StoreError &error) {
        m_tags.clear();
        m_message->setText(error.message());
        m_message->show();
    }
    rebuildChips();
}

QString TagEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool TagEditor::addTag(const QString &name)
{
    if (m_ids.isEmpty() || name.simplified().isEmpty())
        return false;
    try {
        TagStore(m_db).checkedName(name, TagStore(m_db).find(name).value_or(Tag{}).id);
    } catch (const StoreError &error) {
        m_message->setText(error.message());
        m_message->show();
        return false;
    }
    return push(new AddTagCommand(m_db, m_ids, name, changedCallback()));
}

bool TagEditor::removeTag(qint64 tagId)
{
    if (m_ids.isEmpty())
        return false;
    return push(new RemoveTagCommand(m_db, m_ids, tagId, changedCallback()));
}

bool TagEditor::push(QUndoCommand *command)
{
    m_message->hide();
    try {
        m_undoStack->push(command);
        return true;
    } catch (const StoreError &error) {
        delete command; // redo() runs before the stack takes it: a refusal never reached the stack
        m_message->setText(error.message());
        m_message->show();
        refresh();
        return false;
    }
}

std::function<void()> TagEditor::changedCallback()
{
    // The command outlives this pane on the undo stack: it reaches the editor only while there is one.
    return [self = QPointer<TagEditor>(this), changed = m_changed] {
        if (self) {
            self->refresh();
            Q_EMIT self->tagsChanged();
        }
        if (changed)
            changed();
    };
}

void TagEditor::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Tag &tag : std::as_const(m_tags))
        m_chips->addWidget(makeChip(tag));
    m_chipArea->setVisible(!m_tags.isEmpty());
    m_chips->invalidate();
}

QWidget *TagEditor::makeChip(const Tag &tag)
{
    const bool partial = m_ids.size() > 1 && tag.count < m_ids.size();
    const QColor color(tag.color.isEmpty() ? TagStore::palette().constFirst() : tag.color);
    auto *chip = new QFrame(m_chipArea);
    chip->setObjectName(QStringLiteral("tagChip"));
    // A tag on only part of the selection: a faint tint of its colour inside a dashed outline, with the
    // palette's text; a full one is filled, with black or white text, whichever reads.
    QColor tint = color;
    tint.setAlphaF(0.2f);
    const QColor text = partial ? palette().color(QPalette::WindowText) : textOn(color);
    chip->setStyleSheet(
        QStringLiteral("QFrame#tagChip { background: %1; border: 2px %4 %2; border-radius: 9px; }"
                       "QLabel, QToolButton { color: %3; background: transparent; border: none; }")
            .arg(partial ? tint.name(QColor::HexArgb) : color.name(), color.name(), text.name(),
                 partial ? QStringLiteral("dashed") : QStringLiteral("solid")));
    auto *label = new QLabel(
        partial ? tr("%1 (%2 of %3)").arg(tag.name).arg(tag.count).arg(m_ids.size()) : tag.name, chip);
    auto *remove = new QToolButton(chip);
    remove->setText(QStringLiteral("×"));
    remove->setAutoRaise(true);
    remove->setCursor(Qt::PointingHandCursor);
    remove->setToolTip(m_ids.size() > 1
                           ? tr("Remove “%1” from the %2 selected listings").arg(tag.name).arg(m_ids.size())
                           : tr("Remove “%1”").arg(tag.name));
    remove->setAccessibleName(remove->toolTip());
    remove->setObjectName(QStringLiteral("removeTag%1").arg(tag.id));
    const qint64 id = tag.id;
    connect(remove, &QToolButton::clicked, this, [this, id] { removeTag(id); }, Qt::QueuedConnection);
    if (partial)
        chip->setToolTip(tr("On %1 of the %2 selected listings").arg(tag.count).arg(m_ids.size()));
    auto *layout = new QHBoxLayout(chip);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(0);
    layout->addWidget(label);
    layout->addWidget(remove);
    return chip;
}

void TagEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuildChips(); // partial chips take the palette's text colour
}

} // namespace jobdesk
