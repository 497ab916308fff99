// The what-if of the skills gap dock, drawn: how many of the view's listings score 0–9 … 90–100 %, now
// (filled bars) and, when skills are ticked, as if they were learned (hatched, outlined bars beside
// them), a dashed marker at 70 % and a caption "312 of 1,204 listings ≥ 70 % (+85 if learned)". Each
// bar group has a tooltip with its numbers. Colours come from the palette, so it reads in light and
// dark; fill against hatch tells the two apart without colour.
#pragma once

#include "skills/matchdistribution.h"

#include <QWidget>

namespace jobdesk {

class MatchHistogram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchHistogram)

public:
    explicit MatchHistogram(QWidget *parent = nullptr);

    void setDistribution(const MatchDistribution &distribution);
    const MatchDistribution &distribution() const { return m_distribution; }
    // Shown instead of the bars when no listing has a score (e.g. "Choose a profile …").
    void setEmptyText(const QString &text);
    // The line under the bars.
    QString caption() const;
    // The tooltip of bucket 0..9.
    QString bucketToolTip(int bucket) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    bool hasWhatIf() const { return !m_distribution.learned.isEmpty(); }
    QRect plotRect() const;
    int bucketAt(const QPoint &pos) const;

    MatchDistribution m_distribution;
    QString m_emptyText;
};

} // namespace jobdesk
