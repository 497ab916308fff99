#include "stars.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QtMath>

namespace jobdesk::stars {
namespace {

constexpr int count = 5;

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF centre = box.center();
    const qreal outer = box.width() / 2.0;
    const qreal inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 ? inner : outer;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point(centre.x() + radius * qCos(angle), centre.y() + radius * qSin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

int gap(int size)
{
    return qMax(2, size / 5);
}

} // namespace

int starSize(int height)
{
    return qBound(8, height - 6, 18);
}

int width(int height)
{
    const int size = starSize(height);
    return count * size + (count - 1) * gap(size);
}

void paint(QPainter *painter, const QRect &rect, int rating, const QPalette &palette, bool selected)
{
    const int size = starSize(rect.height());
    const int step = size + gap(size);
    const QColor gold(0xf5, 0xb3, 0x01);
    const QColor outline =
        selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::PlaceholderText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int top = rect.top() + (rect.height() - size) / 2;
    for (int i = 0; i < count; ++i) {
        const QPainterPath path = starPath(QRectF(rect.left() + i * step, top, size, size));
        if (i < rating) {
            painter->setPen(QPen(gold.darker(130), 1.0));
            painter->setBrush(gold);
        } else {
            painter->setPen(QPen(outline, 1.0));
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawPath(path);
    }
    painter->restore();
}

int ratingAt(const QRect &rect, int x)
{
    const int size = starSize(rect.height());
    const int step = size + gap(size);
    if (x < rect.left())
        return 0;
    return qBound(1, (x - rect.left()) / step + 1, count);
}

} // namespace jobdesk::stars
