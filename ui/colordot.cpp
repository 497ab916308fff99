#include "colordot.h"

#include <QPainter>
#include <QPixmap>

namespace jobdesk {

QIcon colorDot(const QString &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    if (!color.isEmpty()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(color));
        painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1));
    }
    return QIcon(pixmap);
}

} // namespace jobdesk
