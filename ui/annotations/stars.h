// Rating stars, painted the same way in the table (AnnotationDelegate) and the pane (StarRating): five
// stars in a row, the first `rating` filled with the palette's highlight-independent gold.
#pragma once

#include <QRect>

class QPainter;
class QPalette;

namespace jobdesk::stars {

// The size of one star for text of `height` pixels.
int starSize(int height);
// Paints five stars left-aligned and vertically centred in `rect`.
void paint(QPainter *painter, const QRect &rect, int rating, const QPalette &palette, bool selected = false);
// The rating (1…5) a click at `x` in a row painted at `rect` means; 0 left of the stars, 5 right of them.
int ratingAt(const QRect &rect, int x);
// The width of five stars.
int width(int height);

} // namespace jobdesk::stars
