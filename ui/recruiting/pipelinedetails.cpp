#include "pipelinedetails.h"

#include "annotations/noteseditor.h"
#include "annotations/stagestore.h"
#include "colordot.h"
#include "recruiting/pipelinestore.h"
#include "store/storeerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

// A date and time to the minute, the date as the locale writes it short.
QString minuteText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.time().toString(QStringLiteral("HH:mm"));
}

} // namespace

PipelineDetails::PipelineDetails(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_nextStep(new QLineEdit(this))
    , m_hasDate(new QCheckBox(tr("On"), this))
    , m_nextDate(new QDateTimeEdit(this))
    , m_notes(new NotesEditor(db, NotesEditor::NotesOf::Pipeline, this))
    , m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("pipelineDetails"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message->setWordWrap(true);
    m_message->hide();
    m_stage->setObjectName(QStringLiteral("pipelineStage"));
    m_nextStep->setObjectName(QStringLiteral("pipelineNextStep"));
    m_nextStep->setPlaceholderText(tr("e.g. Send the offer letter"));
    m_nextDate->setCalendarPopup(true);
    m_nextDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    m_nextDate->setEnabled(false);
    m_history->setObjectName(QStringLiteral("pipelineHistory"));
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *date = new QHBoxLayout;
    date->addWidget(m_hasDate);
    date->addWidget(m_nextDate, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Stage"), m_stage);
    form->addRow(tr("Next step"), m_nextStep);
    form->addRow(QString(), date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Notes"), this));
    layout->addWidget(m_notes, 3);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history, 2);

    connect(m_stage, &QComboBox::activated, this,
            [this](int index) { moveToStage(m_stage->itemData(index).toLongLong()); });
    connect(m_nextStep, &QLineEdit::editingFinished, this, &PipelineDetails::saveNextStep);
    connect(m_hasDate, &QCheckBox::toggled, this, [this](bool on) {
        m_nextDate->setEnabled(on);
        saveNextStep();
    });
    connect(m_nextDate, &QDateTimeEdit::editingFinished, this, &PipelineDetails::saveNextStep);
    connect(m_notes, &NotesEditor::saved, this, &PipelineDetails::notesSaved);
    setPipeline(0);
}

QString PipelineDetails::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PipelineDetails::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PipelineDetails::notesSaved(qint64 pipelineId)
{
    if (pipelineId != m_pipelineId)
        return;
    try {
        // The save advanced the pipeline's version. What the pane shows still holds when the stage and
        // the next step are as shown; when someone else changed them meanwhile, the version stays the
        // one shown, and an edit of the next step is refused with their change named.
        const std::optional<Pipeline> stored = PipelineStore(m_db).find(pipelineId);
        if (stored && m_shown && stored->stageId == m_shown->stageId &&
            stored->nextStep == m_shown->nextStep && stored->nextStepAt == m_shown->nextStepAt)
            m_shown->version = stored->version;
        // A notes sitting appears in the history as soon as it is saved.
        fillHistory(PipelineStore(m_db).history(pipelineId));
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void PipelineDetails::fillStages()
{
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    for (const Stage &stage : StageStore(m_db, StageSet::Candidates).list())
        m_stage->addItem(colorDot(stage.color), stage.name, stage.id);
}

void PipelineDetails::setPipeline(qint64 pipelineId)
{
    if (m_pipelineId != pipelineId)
        m_notes->setListing(0); // saves the notes of the pipeline shown before
    m_pipelineId = pipelineId;
    reload();
}

void PipelineDetails::reload()
{
    m_loading = true;
    showError({});
    std::optional<Pipeline> pipeline;
    QList<PipelineEvent> events;
    try {
        if (m_pipelineId > 0) {
            fillStages();
            pipeline = PipelineStore(m_db).find(m_pipelineId);
            if (pipeline)
                events = PipelineStore(m_db).history(m_pipelineId);
        }
    } catch (const StoreError &error) {
        showError(error.message());
    }
    m_shown = pipeline;
    const bool shown = pipeline.has_value();
    for (QWidget *widget : {static_cast<QWidget *>(m_stage), static_cast<QWidget *>(m_nextStep),
                            static_cast<QWidget *>(m_hasDate), static_cast<QWidget *>(m_history)})
        widget->setEnabled(shown);
    m_history->clear();
    if (!shown) {
        m_title->setText(tr("Choose a candidate on the board to see their pipeline."));
        m_stage->clear();
        m_nextStep->clear();
        m_hasDate->setChecked(false);
        m_nextDate->setEnabled(false);
        m_notes->setListing(0);
        m_loading = false;
        return;
    }
    m_title->setText(
        tr("%1 for %2")
            .arg(pipeline->candidate, pipeline->company.isEmpty()
                                          ? pipeline->opening
                                          : tr("%1 at %2").arg(pipeline->opening, pipeline->company)));
    m_stage->setCurrentIndex(m_stage->findData(pipeline->stageId));
    m_nextStep->setText(pipeline->nextStep);
    m_hasDate->setChecked(pipeline->nextStepAt.isValid());
    m_nextDate->setEnabled(pipeline->nextStepAt.isValid());
    m_nextDate->setDateTime(pipeline->nextStepAt.isValid()
                                ? pipeline->nextStepAt.toLocalTime()
                                : QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    if (m_notes->listing() != m_pipelineId)
        m_notes->setListing(m_pipelineId);
    fillHistory(events);
    m_loading = false;
}

void PipelineDetails::fillHistory(const QList<PipelineEvent> &events)
{
    m_history->clear();
    for (const PipelineEvent &event : events) {
        m_history->addItem(event.member.isEmpty()
                               ? tr("%1  %2").arg(minuteText(event.at), event.detail)
                               : tr("%1  %2 (%3)").arg(minuteText(event.at), event.detail, event.member));
    }
    m_history->scrollToBottom();
}

bool PipelineDetails::moveToStage(qint64 stageId)
{
    if (m_pipelineId <= 0)
        return false;
    try {
        const bool moved = PipelineStore(m_db).moveTo(m_pipelineId, stageId);
        reload();
        if (moved)
            Q_EMIT changed(m_pipelineId);
        return true;
    } catch (const StoreError &error) {
        reload();
        showError(error.message());
        return false;
    }
}

bool PipelineDetails::setNextStep(const QString &text, const QDateTime &at)
{
    if (m_pipelineId <= 0)
        return false;
    try {
        PipelineStore store(m_db);
        if (m_shown && m_shown->id == m_pipelineId)
            store.basedOn({*m_shown});
        store.setNextStep(m_pipelineId, text, at);
        reload();
        Q_EMIT changed(m_pipelineId);
        return true;
    } catch (const StoreError &error) {
        // Someone else's change is shown in place of the refused edit, with who made it.
        if (error.kind() == StoreError::Kind::Stale) {
            reload();
            Q_EMIT changed(m_pipelineId);
        }
        showError(error.message());
        return false;
    }
}

void PipelineDetails::saveNextStep()
{
    if (m_loading || m_pipelineId <= 0)
        return;
    const QDateTime at = m_hasDate->isChecked() ? m_nextDate->dateTime().toUTC() : QDateTime();
    // Only a change of what the pane shows is stored (and recorded in the history).
    if (m_shown) {
        const bool sameText = m_shown->nextStep == m_nextStep->text().simplified();
        const bool sameDate =
            at.isValid() == m_shown->nextStepAt.isValid() &&
            (!at.isValid() || at.toSecsSinceEpoch() == m_shown->nextStepAt.toSecsSinceEpoch());
        if (sameText && sameDate)
            return;
    }
    setNextStep(m_nextStep->text(), at);
}

} // namespace jobdesk
