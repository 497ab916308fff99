#include "demandbardelegate.h"

#include <QPainter>

namespace jobdesk {

DemandBarDelegate::DemandBarDelegate(int shareRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_shareRole(shareRole)
{}

void DemandBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const double share = qBound(0.0, index.data(m_shareRole).toDouble(), 1.0);
    if (share > 0 && !(option.state & QStyle::State_Selected)) {
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(qMax(1, int(bar.width() * share)));
        QColor colour = option.palette.color(QPalette::Highlight);
        colour.setAlphaF(0.35f);
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(bar, 2, 2);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace jobdesk
