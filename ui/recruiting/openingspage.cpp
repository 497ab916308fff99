#include "openingspage.h"

#include "pipelineboard.h"
#include "pipelinedetails.h"
#include "recruiting/openingstore.h"
#include "recruiting/pipelineboardmodel.h"
#include "recruiting/pipelinestore.h"
#include "recruiting/rankmodel.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

// "Title — Company", then how many candidates it has and how many are still in play.
QString openingText(const Opening &opening)
{
    const QString title =
        opening.company.isEmpty()
            ? opening.title
            : QCoreApplication::translate("OpeningsPage", "%1 — %2").arg(opening.title, opening.company);
    QString text =
        QCoreApplication::translate("OpeningsPage", "%1\n%n candidate(s)", nullptr, opening.candidates)
            .arg(title);
    if (opening.active > 0)
        text += QCoreApplication::translate("OpeningsPage", ", %1 active").arg(opening.active);
    return text;
}

} // namespace

OpeningsPage::OpeningsPage(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_openings(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_board(new PipelineBoard(db, this))
    , m_rank(new RankModel(db, this))
    , m_ranking(new QTableView(this))
    , m_add(new QPushButton(tr("&Add to Pipeline"), this))
    , m_message(new QLabel(this))
    , m_details(new PipelineDetails(db, this))
{
    setObjectName(QStringLiteral("openingsPage"));
    m_openings->setObjectName(QStringLiteral("openingList"));
    m_openings->setWordWrap(true);
    m_openings->setAlternatingRowColors(true);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No openings yet. In the listings table, right-click a listing you recruit for and "
                        "choose Mark as Opening."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Openings"), left));
    leftLayout->addWidget(m_openings, 1);
    leftLayout->addWidget(m_empty);

    m_ranking->setObjectName(QStringLiteral("candidateRanking"));
    m_ranking->setModel(m_rank);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->verticalHeader()->hide();
    m_ranking->setAlternatingRowColors(true);
    m_ranking->horizontalHeader()->setSectionResizeMode(RankModel::Score, QHeaderView::ResizeToContents);
    m_ranking->horizontalHeader()->setSectionResizeMode(RankModel::Name, QHeaderView::Interactive);
    m_ranking->horizontalHeader()->setSectionResizeMode(RankModel::Missing, QHeaderView::Stretch);
    m_ranking->horizontalHeader()->setSectionResizeMode(RankModel::Stage, QHeaderView::ResizeToContents);
    m_ranking->setColumnWidth(RankModel::Name, 260);
    m_ranking->setWordWrap(false);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *rankingPanel = new QWidget(this);
    auto *rankingLayout = new QVBoxLayout(rankingPanel);
    rankingLayout->setContentsMargins(0, 0, 0, 0);
    auto *rankingTitle =
        new QLabel(tr("Candidates ranked by their match (hover a score for its explanation)"), rankingPanel);
    rankingTitle->setWordWrap(true);
    rankingLayout->addWidget(rankingTitle);
    rankingLayout->addWidget(m_ranking, 1);
    rankingLayout->addWidget(m_message);
    rankingLayout->addWidget(m_add, 0, Qt::AlignRight);

    auto *center = new QSplitter(Qt::Vertical, this);
    center->addWidget(m_board);
    center->addWidget(rankingPanel);
    center->setStretchFactor(0, 3);
    center->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(center);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    split->setSizes({220, 760, 340});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_openings, &QListWidget::currentRowChanged, this, &OpeningsPage::openingChosen);
    connect(m_add, &QPushButton::clicked, this, &OpeningsPage::addSelected);
    connect(m_ranking, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 pipeline = index.data(RankModel::PipelineIdRole).toLongLong();
        if (pipeline > 0)
            m_details->setPipeline(pipeline);
        else
            addToPipeline({index.data(RankModel::IdRole).toLongLong()});
    });
    connect(m_board, &PipelineBoard::pipelineActivated, m_details, &PipelineDetails::setPipeline);
    connect(m_board->model(), &PipelineBoardModel::moved, this, [this] {
        m_details->reload();
        refreshAfterChange();
    });
    connect(m_board, &PipelineBoard::moveFailed, this, &OpeningsPage::showError);
    connect(m_details, &PipelineDetails::changed, this, [this] {
        m_board->reload();
        refreshAfterChange();
    });
    reload();
}

QString OpeningsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OpeningsPage::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OpeningsPage::reload()
{
    const qint64 keep = m_opening;
    QList<Opening> openings;
    try {
        openings = OpeningStore(m_db).list();
    } catch (const StoreError &error) {
        showError(error.message());
    }
    {
        const QSignalBlocker blocker(m_openings);
        m_openings->clear();
        for (const Opening &opening : std::as_const(openings)) {
            auto *item = new QListWidgetItem(openingText(opening), m_openings);
            item->setData(Qt::UserRole, opening.listingId);
            item->setToolTip(opening.location);
        }
    }
    m_empty->setVisible(openings.isEmpty());
    int row = -1;
    for (int i = 0; i < m_openings->count(); ++i) {
        if (m_openings->item(i)->data(Qt::UserRole).toLongLong() == keep)
            row = i;
    }
    if (row < 0 && m_openings->count() > 0)
        row = 0;
    m_openings->setCurrentRow(row);
    if (row < 0 || m_openings->item(row)->data(Qt::UserRole).toLongLong() != m_opening)
        openingChosen();
    else
        refreshAfterChange();
}

void OpeningsPage::showOpening(qint64 listingId)
{
    for (int i = 0; i < m_openings->count(); ++i) {
        if (m_openings->item(i)->data(Qt::UserRole).toLongLong() == listingId) {
            m_openings->setCurrentRow(i);
            return;
        }
    }
}

void OpeningsPage::openingChosen()
{
    const QListWidgetItem *item = m_openings->currentItem();
    m_opening = item ? item->data(Qt::UserRole).toLongLong() : 0;
    showError({});
    m_details->setPipeline(0);
    try {
        m_board->setOpening(m_opening);
        m_rank->showCandidatesFor(m_opening);
    } catch (const StoreError &error) {
        showError(error.message());
    }
    m_add->setEnabled(m_opening > 0);
}

void OpeningsPage::refreshAfterChange()
{
    try {
        m_rank->reload();
    } catch (const StoreError &error) {
        showError(error.message());
    }
    // The counts in the list, from one read of the openings.
    try {
        QHash<qint64, Opening> openings;
        for (const Opening &opening : OpeningStore(m_db).list())
            openings.insert(opening.listingId, opening);
        for (int i = 0; i < m_openings->count(); ++i) {
            QListWidgetItem *item = m_openings->item(i);
            if (const auto found = openings.constFind(item->data(Qt::UserRole).toLongLong());
                found != openings.cend())
                item->setText(openingText(*found));
        }
    } catch (const StoreError &error) {
        showError(error.message());
    }
    Q_EMIT pipelinesChanged();
}

bool OpeningsPage::addToPipeline(const QList<qint64> &profileIds)
{
    if (m_opening <= 0 || profileIds.isEmpty())
        return false;
    qint64 last = 0;
    try {
        PipelineStore store(m_db);
        for (const qint64 id : profileIds)
            last = store.add(id, m_opening);
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
    showError({});
    m_board->reload();
    refreshAfterChange();
    m_details->setPipeline(last);
    return true;
}

void OpeningsPage::addSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_ranking->selectionModel()->selectedRows())
        ids.append(index.data(RankModel::IdRole).toLongLong());
    if (ids.isEmpty()) {
        showError(tr("Choose the candidates to add in the ranking first."));
        return;
    }
    addToPipeline(ids);
}

} // namespace jobdesk
