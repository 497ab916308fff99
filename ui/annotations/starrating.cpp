#include "starrating.h"

#include "stars.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace jobdesk {

StarRating::StarRating(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(tr("Click a star to rate (0–5 on the keyboard); click the last filled star again to clear"));
    setAccessibleName(tr("Rating"));
}

void StarRating::setRating(int rating)
{
    if (rating == m_rating)
        return;
    m_rating = rating;
    setAccessibleDescription(tr("%n star(s)", nullptr, rating));
    update();
}

QSize StarRating::sizeHint() const
{
    const int rowHeight = fontMetrics().height() + 10;
    return {stars::width(rowHeight) + 4, rowHeight};
}

void StarRating::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    stars::paint(&painter, rect().adjusted(2, 0, -2, 0), m_rating, palette());
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void StarRating::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int clicked = stars::ratingAt(rect().adjusted(2, 0, -2, 0), event->position().toPoint().x());
    Q_EMIT ratingRequested(clicked == m_rating ? 0 : clicked);
}

void StarRating::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers others = event->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier);
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_5 && others == Qt::NoModifier) {
        Q_EMIT ratingRequested(event->key() - Qt::Key_0);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace jobdesk
