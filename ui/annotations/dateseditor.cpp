#include "dateseditor.h"

#include "datecommands.h"
#include "eventdialog.h"
#include "store/storeerror.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace jobdesk {

namespace {

// The date field shows this (as "No follow-up") when there is none.
const QDate noDate(2000, 1, 1);

QString dayAndTime(const QDateTime &time)
{
    return QLocale().toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           time.time().toString(QStringLiteral("HH:mm"));
}

QString when(const ListingEvent &event)
{
    const QDateTime start = event.start.toLocalTime();
    QString text = dayAndTime(start);
    if (event.end.isValid()) {
        const QDateTime end = event.end.toLocalTime();
        text += QStringLiteral(" – ") +
                (end.date() == start.date() ? end.time().toString(QStringLiteral("HH:mm")) : dayAndTime(end));
    }
    return text;
}

} // namespace

DatesEditor::DatesEditor(const Database &db, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undoStack)
    , m_scope(new QLabel(this))
    , m_followUp(new QDateEdit(this))
    , m_clear(new QToolButton(this))
    , m_threeDays(new QToolButton(this))
    , m_week(new QToolButton(this))
    , m_events(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_error(new QLabel(this))
{
    m_followUp->setCalendarPopup(true);
    m_followUp->setMinimumDate(noDate);
    m_followUp->setSpecialValueText(tr("No follow-up"));
    m_followUp->setDate(noDate);
    m_followUp->setToolTip(tr("The day to follow up on the listing: it then shows in Follow-up due"));
    m_followUp->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                                     ? QLocale().dateFormat(QLocale::ShortFormat)
                                     : QStringLiteral("yyyy-MM-dd"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("No follow-up date"));
    m_threeDays->setText(tr("+3 days"));
    m_threeDays->setToolTip(tr("Follow up three days from today"));
    m_week->setText(tr("+1 week"));
    m_week->setToolTip(tr("Follow up a week from today"));
    m_scope->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #e0463c"));
    m_error->hide();

    m_events->setHeaderLabels({tr("When"), tr("What"), tr("Where")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setAlternatingRowColors(true);
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_events->header()->setStretchLastSection(true);

    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp, 1);
    followUpRow->addWidget(m_clear);
    followUpRow->addWidget(m_threeDays);
    followUpRow->addWidget(m_week);
    auto *followUpBox = new QGroupBox(tr("Follow-up"), this);
    auto *followUpLayout = new QVBoxLayout(followUpBox);
    followUpLayout->addLayout(followUpRow);
    followUpLayout->addWidget(m_scope);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *eventsBox = new QGroupBox(tr("Interviews and events"), this);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->addWidget(m_events);
    eventsLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(followUpBox);
    layout->addWidget(eventsBox, 1);
    layout->addWidget(m_error);

    connect(m_followUp, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (!m_updating)
            setFollowUp(date == noDate ? std::nullopt : std::optional(date));
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { setFollowUp(std::nullopt); });
    connect(m_threeDays, &QToolButton::clicked, this,
            [this] { setFollowUp(QDate::currentDate().addDays(3)); });
    connect(m_week, &QToolButton::clicked, this, [this] { setFollowUp(QDate::currentDate().addDays(7)); });
    connect(m_add, &QPushButton::clicked, this, &DatesEditor::openAddDialog);
    connect(m_edit, &QPushButton::clicked, this, &DatesEditor::openEditDialog);
    connect(m_events, &QTreeWidget::itemActivated, this, &DatesEditor::openEditDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeEvent(currentEventId()); });
    connect(m_events, &QTreeWidget::currentItemChanged, this, &DatesEditor::updateButtons);
    setListing(0);
}

void DatesEditor::setListing(qint64 id, const QList<qint64> &selection)
{
    m_listingId = id;
    m_selection = selection.isEmpty() && id ? QList<qint64>{id} : selection;
    m_error->hide();
    refresh();
}

void DatesEditor::refresh()
{
    m_updating = true;
    const qint64 current = currentEventId();
    const DateStore store(m_db);
    const std::optional<QDate> followUp = m_listingId ? store.followUp(m_listingId) : std::nullopt;
    m_followUp->setDate(followUp.value_or(noDate));
    m_scope->setText(m_selection.size() > 1
                         ? tr("Applies to the %n selected listings.", nullptr, int(m_selection.size()))
                         : QString());
    m_scope->setVisible(m_selection.size() > 1);
    m_events->clear();
    if (m_listingId) {
        for (const ListingEvent &event : store.events(m_listingId)) {
            const QString what = event.title.isEmpty()
                                     ? eventKindLabel(event.kind)
                                     : tr("%1: %2").arg(eventKindLabel(event.kind), event.title);
            auto *item = new QTreeWidgetItem(m_events, {when(event), what, event.location});
            item->setData(0, Qt::UserRole, event.id);
            if (!event.note.isEmpty())
                item->setToolTip(1, event.note);
            if (event.id == current)
                m_events->setCurrentItem(item);
        }
    }
    const bool enabled = m_listingId != 0;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_followUp, m_clear, m_threeDays, m_week, m_add})
        widget->setEnabled(enabled);
    m_clear->setEnabled(enabled && followUp.has_value());
    m_updating = false;
    updateButtons();
}

void DatesEditor::updateButtons()
{
    const bool chosen = currentEventId() != 0;
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

qint64 DatesEditor::currentEventId() const
{
    const QTreeWidgetItem *item = m_events->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void DatesEditor::push(QUndoCommand *command)
{
    m_error->hide();
    try {
        m_undo->push(command);
    } catch (const StoreError &error) {
        // redo() refused before the stack took the command: nothing changed.
        delete command;
        m_error->setText(error.message());
        m_error->show();
        refresh();
    }
}

std::function<void()> DatesEditor::changedCallback()
{
    // The command may outlive the editor (it stays on the window's stack).
    QPointer<DatesEditor> self(this);
    return [self] {
        if (self) {
            self->refresh();
            Q_EMIT self->edited();
        }
    };
}

void DatesEditor::setFollowUp(std::optional<QDate> date)
{
    if (m_selection.isEmpty())
        return;
    const DateStore store(m_db);
    const auto times = store.followUpTimes(m_selection);
    const auto unchanged = [&date](const std::optional<qint64> &time) {
        return date ? time.has_value() && DateStore::followUpDate(*time) == *date : !time.has_value();
    };
    if (std::all_of(times.cbegin(), times.cend(), unchanged)) {
        refresh();
        return;
    }
    push(new SetFollowUpCommand(m_db, m_selection, date, changedCallback()));
}

void DatesEditor::addEvent(const ListingEvent &event)
{
    if (!m_listingId)
        return;
    ListingEvent added = event;
    added.listingId = m_listingId;
    push(new AddEventCommand(m_db, added, changedCallback()));
}

void DatesEditor::editEvent(const ListingEvent &event)
{
    const std::optional<ListingEvent> before = DateStore(m_db).event(event.id);
    if (!before || *before == event)
        return;
    push(new EditEventCommand(m_db, *before, event, changedCallback()));
}

void DatesEditor::removeEvent(qint64 eventId)
{
    const std::optional<ListingEvent> event = DateStore(m_db).event(eventId);
    if (!event)
        return;
    push(new RemoveEventCommand(m_db, *event, changedCallback()));
}

void DatesEditor::openAddDialog()
{
    ListingEvent event;
    event.listingId = m_listingId;
    EventDialog dialog(event, this);
    if (dialog.exec() == QDialog::Accepted)
        addEvent(dialog.listingEvent());
}

void DatesEditor::openEditDialog()
{
    const std::optional<ListingEvent> event = DateStore(m_db).event(currentEventId());
    if (!event)
        return;
    EventDialog dialog(*event, this);
    if (dialog.exec() == QDialog::Accepted)
        editEvent(dialog.listingEvent());
}

} // namespace jobdesk
