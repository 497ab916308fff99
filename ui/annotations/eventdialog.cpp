#include "eventdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>

namespace jobdesk {

EventDialog::EventDialog(const ListingEvent &event, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_hasEnd(new QCheckBox(tr("Ends"), this))
    , m_end(new QDateTimeEdit(this))
    , m_title(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(event.id ? tr("Edit Event") : tr("Add Event"));
    for (const EventKind kind :
         {EventKind::Interview, EventKind::Call, EventKind::Assessment, EventKind::Other})
        m_kind->addItem(eventKindLabel(kind), int(kind));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_title->setPlaceholderText(tr("e.g. Technical interview with the team"));
    m_location->setPlaceholderText(tr("Address or meeting link"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #e0463c"));

    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(QString(), endRow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Where:"), m_location);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, &EventDialog::check);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        // Moving the start moves an end that would otherwise come before it.
        if (m_end->dateTime() < start)
            m_end->setDateTime(start.addSecs(3600));
        check();
    });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &EventDialog::check);
    setListingEvent(event);
}

void EventDialog::setListingEvent(const ListingEvent &event)
{
    m_event = event;
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    const QDateTime start = event.start.isValid() ? event.start.toLocalTime()
                                                  : QDateTime(QDate::currentDate().addDays(1), QTime(10, 0));
    m_start->setDateTime(start);
    m_hasEnd->setChecked(event.end.isValid() || !event.start.isValid());
    m_end->setEnabled(m_hasEnd->isChecked());
    m_end->setDateTime(event.end.isValid() ? event.end.toLocalTime() : start.addSecs(3600));
    m_title->setText(event.title);
    m_location->setText(event.location);
    m_note->setPlainText(event.note);
    check();
}

ListingEvent EventDialog::listingEvent() const
{
    ListingEvent event = m_event;
    event.kind = EventKind(m_kind->currentData().toInt());
    event.start = m_start->dateTime().toUTC();
    event.end = m_hasEnd->isChecked() ? m_end->dateTime().toUTC() : QDateTime();
    event.title = m_title->text().trimmed();
    event.location = m_location->text().trimmed();
    event.note = m_note->toPlainText();
    return event;
}

QString EventDialog::problem() const
{
    if (m_hasEnd->isChecked() && m_end->dateTime() < m_start->dateTime())
        return tr("The event ends before it starts.");
    return {};
}

void EventDialog::check()
{
    const QString message = problem();
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace jobdesk
