#include "annotationpane.h"

#include "colordot.h"
#include "starrating.h"

#include "annotations/activitylog.h"
#include "annotations/annotationstore.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace jobdesk {
AnnotationPane::AnnotationPane(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_selection(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_rating(new StarRating(this))
    , m_favourite(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_history(new QTreeWidget(this))
{
    m_status->setObjectName(QStringLiteral("annotationStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_favourite->setObjectName(QStringLiteral("annotationFavourite"));
    m_favourite->setCheckable(true);
    m_favourite->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_favourite->setText(tr("☆ Favourite"));
    m_favourite->setToolTip(tr("Mark as favourite (Ctrl+Shift+F)"));
    m_selection->setWordWrap(true);
    m_selection->setForegroundRole(QPalette::PlaceholderText);
    m_selection->hide();

    m_history->setObjectName(QStringLiteral("annotationHistory"));
    m_history->setColumnCount(2);
    m_history->setHeaderLabels({tr("When"), tr("What")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_tabs->addTab(m_history, tr("&History"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Status:"), m_status);
    auto *ratingRow = new QHBoxLayout;
    ratingRow->addWidget(m_rating);
    ratingRow->addStretch();
    ratingRow->addWidget(m_favourite);
    auto *ratingLabel = new QLabel(tr("&Rating:"), this);
    ratingLabel->setBuddy(m_rating);
    form->addRow(ratingLabel, ratingRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_selection);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);

    connect(m_status, &QComboBox::activated, this, [this](int index) {
        if (!m_updating && index >= 0)
            Q_EMIT stageRequested(m_status->itemData(index).toLongLong());
    });
    connect(m_rating, &StarRating::ratingRequested, this, &AnnotationPane::ratingRequested);
    connect(m_favourite, &QToolButton::clicked, this, [this](bool on) {
        if (!m_updating)
            Q_EMIT favouriteRequested(on);
    });
    setListing(0);
}

void AnnotationPane::addSection(QWidget *section, const QString &title)
{
    m_tabs->addTab(section, title);
}

void AnnotationPane::setStages(const QList<Stage> &stages)
{
    m_stages = stages;
    m_updating = true;
    m_status->clear();
    for (const Stage &stage : stages)
        m_status->addItem(colorDot(stage.color), stage.name, stage.id);
    m_updating = false;
    refresh();
}

void AnnotationPane::setListing(qint64 id)
{
    m_listingId = id;
    refresh();
}

void AnnotationPane::setSelectionSize(int count)
{
    m_selection->setText(tr("%n listings selected: changes here apply to all of them.", nullptr, count));
    m_selection->setVisible(count > 1);
}

void AnnotationPane::refresh()
{
    const bool enabled = m_listingId > 0;
    for (QWidget *widget : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_rating),
                            static_cast<QWidget *>(m_favourite)})
        widget->setEnabled(enabled);
    m_updating = true;
    m_history->clear();
    m_shown = Annotation();
    Annotation annotation;
    QList<QTreeWidgetItem *> items;
    if (enabled) {
        try {
            annotation = AnnotationStore(m_db).annotation(m_listingId);
            m_shown = annotation;
            // Status changes and the other activity, newest first. A status change is in both: the
            // activity says from where to where, so the history rows only fill in what it lacks.
            struct Line
            {
                QDateTime at;
                qint64 order;
                QString text;
            };
            QList<Line> lines;
            QSet<qint64> statusTimes;
            for (const ActivityEntry &entry : ActivityLog(m_db).entries(m_listingId)) {
                lines.append({entry.at, entry.id,
                              entry.member.isEmpty()
                                  ? entry.detail
                                  : tr("%1 (%2)", "activity (member)").arg(entry.detail, entry.member)});
                if (entry.kind == QLatin1String("status"))
                    statusTimes.insert(entry.at.toSecsSinceEpoch());
            }
            for (const StageChange &change : AnnotationStore(m_db).stageHistory(m_listingId)) {
                if (!statusTimes.contains(change.changedAt.toSecsSinceEpoch()))
                    lines.append(
                        {change.changedAt, 0,
                         tr("Status: %1")
                             .arg(change.stageName.isEmpty() ? tr("(removed stage)") : change.stageName)});
            }
            std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
                return a.at != b.at ? a.at > b.at : a.order > b.order;
            });
            for (const Line &line : lines) {
                auto *item = new QTreeWidgetItem(
                    {QLocale().toString(line.at.toLocalTime(), QLocale::ShortFormat), line.text});
                item->setToolTip(0, QLocale().toString(line.at.toLocalTime(), QLocale::LongFormat));
                items.append(item);
            }
        } catch (const StoreError &error) {
            items.append(new QTreeWidgetItem({QString(), error.message()}));
        }
    }
    m_history->addTopLevelItems(items);
    const qint64 stage =
        annotation.stageId > 0 ? annotation.stageId : (m_stages.isEmpty() ? 0 : m_stages.first().id);
    m_status->setCurrentIndex(enabled ? m_status->findData(stage) : -1);
    m_rating->setRating(annotation.rating);
    m_favourite->setChecked(annotation.favourite);
    m_favourite->setText(annotation.favourite ? tr("★ Favourite") : tr("☆ Favourite"));
    m_updating = false;
    if (enabled && items.isEmpty()) {
        auto *none = new QTreeWidgetItem({QString(), tr("No changes yet")});
        none->setForeground(1, palette().brush(QPalette::PlaceholderText));
        m_history->addTopLevelItem(none);
    }
}

} // namespace jobdesk
