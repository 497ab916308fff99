// A row of five clickable stars for the annotation pane: a click on star n asks for rating n, a click
// on the star already at the rating asks for 0 (unrated). Keys 0–5 do the same while it has focus.
#pragma once

#include <QWidget>

namespace jobdesk {

class StarRating final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StarRating)

public:
    explicit StarRating(QWidget *parent = nullptr);

    int rating() const { return m_rating; }
    void setRating(int rating);
    QSize sizeHint() const override;

Q_SIGNALS:
    void ratingRequested(int rating);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int m_rating = 0;
};

} // namespace jobdesk
