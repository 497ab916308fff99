#include "pipelineboard.h"

#include "recruiting/pipelineboardmodel.h"

#include <QDragMoveEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

constexpr int ColumnWidth = 230;
constexpr int DotSize = 10;
constexpr int CardMargin = 5;  // around a card, inside its row
constexpr int CardPadding = 8; // inside a card, around its text
constexpr int CardRadius = 6;
constexpr int DragScrollEdge = 48; // how near the board's edge a drag scrolls it
constexpr int DragScrollStep = 24;
constexpr int DragScrollIntervalMs = 30;

// `foreground` moved towards `background`: secondary text and borders that follow either palette.
QColor mixed(const QColor &foreground, const QColor &background, double amount)
{
    return QColor::fromRgbF(float(foreground.redF() * (1 - amount) + background.redF() * amount),
                            float(foreground.greenF() * (1 - amount) + background.greenF() * amount),
                            float(foreground.blueF() * (1 - amount) + background.blueF() * amount));
}

QPixmap dotPixmap(const QColor &color, qreal ratio)
{
    QPixmap pixmap(QSize(DotSize, DotSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    if (color.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0, 0, DotSize, DotSize));
    }
    return pixmap;
}

// The second line of a card: the next step, and its date apart so that eliding a long step keeps it.
struct CardDetail
{
    QString text;
    QString date; // empty when none or already in `text`
};

CardDetail cardDetail(const QModelIndex &index)
{
    const QString step = index.data(PipelineBoardModel::NextStepRole).toString();
    const QDateTime at = index.data(PipelineBoardModel::NextStepAtRole).toDateTime();
    const QString date =
        at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
    if (!step.isEmpty())
        return {step, date};
    if (!date.isEmpty())
        return {PipelineBoard::tr("Next step on %1").arg(date), {}};
    return {PipelineBoard::tr("No next step"), {}};
}

// A candidate's card: their name over the next step, on the base colour with a thin border; the
// selection is a highlight-coloured border and tint, so the text keeps the palette's own colours.
class CardDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return {ColumnWidth / 2, 2 * (CardMargin + CardPadding) + 2 * metrics.height() + 2};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const bool selected = opt.state & QStyle::State_Selected;
        const bool focused = opt.state & QStyle::State_HasFocus;
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : opt.state & QStyle::State_Active   ? QPalette::Active
                                                                                : QPalette::Inactive;
        const QColor text = opt.palette.color(group, QPalette::Text);
        const QColor highlight = opt.palette.color(group, QPalette::Highlight);
        QColor background = opt.palette.color(group, QPalette::Base);
        if (selected)
            background = mixed(background, highlight, 0.18);
        const QColor border = selected || focused ? highlight : mixed(text, background, 0.78);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF card = QRectF(opt.rect).adjusted(CardMargin + 0.5, CardMargin / 2.0 + 0.5,
                                                      -CardMargin - 0.5, -CardMargin / 2.0 - 0.5);
        painter->setPen(QPen(border, selected ? 2.0 : 1.0));
        painter->setBrush(background);
        painter->drawRoundedRect(card, CardRadius, CardRadius);

        const QRect textRect =
            card.toRect().adjusted(CardPadding, CardPadding - 1, -CardPadding, -CardPadding);
        QFont nameFont = opt.font;
        nameFont.setBold(true);
        const QFontMetrics nameMetrics(nameFont);
        const QFontMetrics detailMetrics(opt.font);
        QRect line = textRect;
        line.setHeight(nameMetrics.height());
        painter->setFont(nameFont);
        painter->setPen(text);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          nameMetrics.elidedText(opt.text, Qt::ElideRight, line.width()));
        line.translate(0, nameMetrics.height() + 2);
        line.setHeight(detailMetrics.height());
        painter->setFont(opt.font);
        painter->setPen(mixed(text, background, 0.35));
        const CardDetail detail = cardDetail(index);
        if (!detail.date.isEmpty()) {
            painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, detail.date);
            line.setRight(line.right() - detailMetrics.horizontalAdvance(detail.date) - CardPadding);
        }
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          detailMetrics.elidedText(detail.text, Qt::ElideRight, line.width()));
        painter->restore();
    }
};

} // namespace

PipelineBoard::PipelineBoard(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new PipelineBoardModel(db, this))
    , m_delegate(new CardDelegate(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(m_pages))
    , m_scroll(new QScrollArea(m_pages))
    , m_strip(new QWidget)
    , m_columnsLayout(new QHBoxLayout(m_strip))
{
    // Connected before any column view connects its own, so the flag is up while the selection models
    // move their current card on their own, and moved cards are followed before the views lay out.
    const auto changing = [this] { m_modelChanging = true; };
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, changing);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, changing);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, changing);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_modelChanging = false;
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PipelineBoard::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] {
        m_modelChanging = false;
        followMovedCards();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_modelChanging = false;
        rebuildColumns();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PipelineBoard::updateHeaders);
    connect(m_model, &PipelineBoardModel::moveFailed, this, &PipelineBoard::moveFailed);

    m_emptyLabel->setObjectName(QStringLiteral("boardEmptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);

    m_columnsLayout->setContentsMargins(8, 8, 8, 8);
    m_columnsLayout->setSpacing(10);
    m_columnsLayout->addStretch(1);
    m_strip->setObjectName(QStringLiteral("boardColumns"));
    m_scroll->setObjectName(QStringLiteral("boardScrollArea"));
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_dragScroll.setInterval(DragScrollIntervalMs);
    connect(&m_dragScroll, &QTimer::timeout, this, [this] {
        // A drag let go where nothing takes it tells no column: the button says it is over.
        if (!(QGuiApplication::mouseButtons() & Qt::LeftButton)) {
            m_dragScroll.stop();
            return;
        }
        QScrollBar *bar = m_scroll->horizontalScrollBar();
        bar->setValue(bar->value() + m_dragScrollStep);
    });
    updateEmptyState();
}

void PipelineBoard::setOpening(qint64 listingId)
{
    m_model->setOpening(listingId);
    updateEmptyState();
}

qint64 PipelineBoard::opening() const
{
    return m_model->opening();
}

void PipelineBoard::reload()
{
    m_model->reload();
    updateEmptyState();
}

QListView *PipelineBoard::columnView(qint64 stageId) const
{
    return viewFor(m_model->stageIndex(stageId));
}

QListView *PipelineBoard::viewFor(const QModelIndex &stage) const
{
    for (const Column &column : m_columns) {
        if (stage.isValid() && column.stage == stage)
            return column.view;
    }
    return nullptr;
}

void PipelineBoard::rebuildColumns()
{
    for (const Column &column : std::as_const(m_columns)) {
        // Off the board at once, deleted later: a menu of one of them may still be open. Nameless, so
        // only the new columns answer to their names.
        column.view->disconnect(this);
        column.view->selectionModel()->disconnect(this);
        column.view->setObjectName({});
        column.frame->setObjectName({});
        m_columnsLayout->removeWidget(column.frame);
        column.frame->hide();
        column.frame->deleteLater();
    }
    m_columns.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Column column = makeColumn(m_model->index(row, 0));
        m_columnsLayout->insertWidget(row, column.frame);
        m_columns.append(column);
    }
    updateEmptyState();
}

PipelineBoard::Column PipelineBoard::makeColumn(const QModelIndex &stage)
{
    Column column;
    column.stage = stage;
    column.frame = new QWidget(m_strip);
    column.frame->setFixedWidth(ColumnWidth);
    auto *layout = new QVBoxLayout(column.frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 4, 0);
    header->setSpacing(6);
    column.dot = new QLabel(column.frame);
    column.dot->setFixedSize(DotSize, DotSize);
    column.title = new QLabel(column.frame);
    column.title->setObjectName(QStringLiteral("boardColumnTitle"));
    QFont bold = column.title->font();
    bold.setBold(true);
    column.title->setFont(bold);
    column.count = new QLabel(column.frame);
    column.count->setObjectName(QStringLiteral("boardColumnCount"));
    header->addWidget(column.dot);
    header->addWidget(column.title, 1);
    header->addWidget(column.count);
    layout->addLayout(header);

    auto *view = new QListView(column.frame);
    column.view = view;
    view->setObjectName(QStringLiteral("boardColumnView"));
    view->setModel(m_model);
    view->setRootIndex(stage);
    view->setItemDelegate(m_delegate);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    // Cards are ordered by name, so a drop goes onto a card or the column, never between two cards.
    view->setDragDropOverwriteMode(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setUniformItemSizes(true);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Lanes a shade off the cards, which are drawn on the base colour.
    view->viewport()->setBackgroundRole(QPalette::AlternateBase);
    view->viewport()->installEventFilter(this);
    layout->addWidget(view, 1);

    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_modelChanging)
                    cardChosen(current);
            });
    connect(view, &QAbstractItemView::clicked, this, &PipelineBoard::cardChosen);
    connect(view, &QAbstractItemView::activated, this, &PipelineBoard::cardChosen);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &position) { showCardMenu(view, position); });
    updateHeader(column);
    return column;
}

void PipelineBoard::updateHeaders(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid())
        return; // a card: the delegate paints it anew
    for (const Column &column : std::as_const(m_columns)) {
        if (column.stage.row() >= topLeft.row() && column.stage.row() <= bottomRight.row())
            updateHeader(column);
    }
}

void PipelineBoard::updateHeader(const Column &column)
{
    const QString name = column.stage.data(PipelineBoardModel::StageNameRole).toString();
    const int count = column.stage.data(PipelineBoardModel::CountRole).toInt();
    column.frame->setObjectName(QStringLiteral("boardColumn-") + name);
    column.title->setText(name);
    column.count->setText(QLocale().toString(count));
    column.dot->setPixmap(
        dotPixmap(column.stage.data(Qt::DecorationRole).value<QColor>(), column.dot->devicePixelRatioF()));
    const QString summary = column.stage.data(Qt::AccessibleTextRole).toString();
    column.frame->setToolTip(summary);
    column.view->setAccessibleName(summary);
}

void PipelineBoard::updateEmptyState()
{
    if (m_model->opening() == 0) {
        m_emptyLabel->setText(tr("Choose an opening to see its pipeline."));
        m_pages->setCurrentWidget(m_emptyLabel);
    } else if (m_model->pipelineCount() == 0) {
        m_emptyLabel->setText(tr("No candidates in this opening's pipeline yet."));
        m_pages->setCurrentWidget(m_emptyLabel);
    } else {
        m_pages->setCurrentWidget(m_scroll);
    }
}

void PipelineBoard::cardChosen(const QModelIndex &index)
{
    const qint64 id = index.data(PipelineBoardModel::PipelineIdRole).toLongLong();
    if (id > 0)
        Q_EMIT pipelineActivated(id);
}

void PipelineBoard::followMovedCards()
{
    // A moved card stays in the selection model of the column it left, outside that view's root: its
    // selection and, when it was current, the focus go with it to its new column.
    for (const Column &column : std::as_const(m_columns)) {
        QItemSelectionModel *selection = column.view->selectionModel();
        const QModelIndex root = column.view->rootIndex();
        QItemSelection away;
        for (const QModelIndex &index : selection->selectedIndexes()) {
            if (index.parent() != root)
                away.select(index, index);
        }
        if (!away.isEmpty()) {
            selection->select(away, QItemSelectionModel::Deselect);
            for (const QModelIndex &index : away.indexes()) {
                if (QListView *view = viewFor(index.parent()))
                    view->selectionModel()->select(index, QItemSelectionModel::Select);
            }
        }
        const QModelIndex current = selection->currentIndex();
        if (!current.isValid() || current.parent() == root)
            continue;
        const bool focused = column.view->hasFocus();
        selection->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        if (QListView *view = viewFor(current.parent())) {
            view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
            view->scrollTo(current);
            if (focused)
                view->setFocus(Qt::OtherFocusReason);
        }
    }
}

void PipelineBoard::showCardMenu(QListView *view, const QPoint &position)
{
    // From the keyboard (the menu key) the position is the current card's.
    QModelIndex index = view->indexAt(position);
    if (!index.isValid())
        index = view->currentIndex();
    if (!index.isValid() || index.parent() != view->rootIndex())
        return;
    QList<qint64> ids;
    if (view->selectionModel()->isSelected(index)) {
        for (const QModelIndex &selected : view->selectionModel()->selectedIndexes()) {
            if (selected.parent() == view->rootIndex())
                ids.append(selected.data(PipelineBoardModel::PipelineIdRole).toLongLong());
        }
    } else {
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        ids.append(index.data(PipelineBoardModel::PipelineIdRole).toLongLong());
    }
    const qint64 from = index.data(PipelineBoardModel::StageIdRole).toLongLong();

    QMenu menu(this);
    menu.setObjectName(QStringLiteral("cardMenu"));
    QMenu *moveTo =
        menu.addMenu(ids.size() == 1 ? tr("Move to") : tr("Move %n candidates to", nullptr, int(ids.size())));
    moveTo->setObjectName(QStringLiteral("moveToMenu"));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex stage = m_model->index(row, 0);
        const qint64 stageId = stage.data(PipelineBoardModel::StageIdRole).toLongLong();
        QAction *action = moveTo->addAction(
            QIcon(dotPixmap(stage.data(Qt::DecorationRole).value<QColor>(), devicePixelRatioF())),
            stage.data(PipelineBoardModel::StageNameRole).toString());
        action->setData(stageId);
        action->setEnabled(stageId != from);
        connect(action, &QAction::triggered, this,
                [this, ids, stageId] { m_model->moveToStage(ids, stageId); });
    }
    const QRect card = view->visualRect(index);
    menu.exec(view->viewport()->mapToGlobal(card.contains(position) ? position : card.center()));
}

bool PipelineBoard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *widget = qobject_cast<QWidget *>(watched);
        const QPoint position = static_cast<QDragMoveEvent *>(event)->position().toPoint();
        if (widget && m_scroll->viewport()->isAncestorOf(widget))
            scrollWhileDragging(widget->mapTo(m_scroll->viewport(), position));
        break;
    }
    case QEvent::DragLeave:
    case QEvent::Drop:
        m_dragScroll.stop();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PipelineBoard::scrollWhileDragging(const QPoint &boardPosition)
{
    const int width = m_scroll->viewport()->width();
    m_dragScrollStep = boardPosition.x() < DragScrollEdge           ? -DragScrollStep
                       : boardPosition.x() > width - DragScrollEdge ? DragScrollStep
                                                                    : 0;
    if (m_dragScrollStep == 0)
        m_dragScroll.stop();
    else if (!m_dragScroll.isActive())
        m_dragScroll.start();
}

} // namespace jobdesk
