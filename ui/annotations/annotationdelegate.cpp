#include "annotationdelegate.h"

#include "stars.h"

#include "listings/listingcolumns.h"

#include <QApplication>
#include <QPainter>

namespace jobdesk {

AnnotationDelegate::AnnotationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void AnnotationDelegate::setStages(const QList<Stage> &stages)
{
    m_colors.clear();
    for (const Stage &stage : stages) {
        if (!stage.color.isEmpty())
            m_colors.insert(stage.name.toLower(), QColor(stage.color));
    }
}

QColor AnnotationDelegate::stageColor(const QString &name) const
{
    return m_colors.value(name.toLower());
}

void AnnotationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const auto column = ListingColumn(index.column());
    if (column != ListingColumn::Rating && column != ListingColumn::Status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    const bool selected = option.state.testFlag(QStyle::State_Selected);

    if (column == ListingColumn::Rating) {
        // Smaller than in the pane: the row is one line of text.
        stars::paint(painter, area.adjusted(2, 2, 0, -2), index.data(SortValueRole).toInt(), option.palette,
                     selected);
        return;
    }
    // Status: a dot in the stage's colour, then the name.
    const QColor color = stageColor(text);
    const int dot = qMax(6, option.fontMetrics.height() / 2);
    QRect textArea = area;
    if (color.isValid()) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(QRect(area.left() + 2, area.center().y() - dot / 2, dot, dot));
        painter->restore();
        textArea.setLeft(area.left() + dot + 8);
    }
    painter->save();
    painter->setPen(option.palette.color(option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal
                                                                                      : QPalette::Disabled,
                                         selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(item.font);
    painter->drawText(textArea, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, textArea.width()));
    painter->restore();
}

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (ListingColumn(index.column()) == ListingColumn::Rating)
        size.setWidth(stars::width(option.fontMetrics.height() + 4) + 12);
    return size;
}

} // namespace jobdesk
