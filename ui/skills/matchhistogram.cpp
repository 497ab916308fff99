#include "matchhistogram.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace jobdesk {
namespace {

constexpr int Margin = 4;
constexpr int PlotHeight = 64;
constexpr int CaptionLines = 2;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString range(int bucket)
{
    const int low = bucket * 10;
    return bucket == MatchDistribution::Buckets - 1 ? QStringLiteral("%1–100").arg(low)
                                                    : QStringLiteral("%1–%2").arg(low).arg(low + 9);
}

} // namespace

MatchHistogram::MatchHistogram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gapHistogram"));
    setAccessibleName(tr("Match scores of the view"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void MatchHistogram::setDistribution(const MatchDistribution &distribution)
{
    m_distribution = distribution;
    setAccessibleDescription(caption());
    update();
}

void MatchHistogram::setEmptyText(const QString &text)
{
    m_emptyText = text;
    setAccessibleDescription(caption());
    update();
}

QString MatchHistogram::caption() const
{
    const MatchDistribution &d = m_distribution;
    if (d.withSkills == 0)
        return m_emptyText.isEmpty() ? tr("No listing in this view has known skills.") : m_emptyText;
    const QLocale locale;
    QString text = tr("%1 of %2 listings ≥ %3 %")
                       .arg(locale.toString(d.atLeastBefore), locale.toString(d.withSkills))
                       .arg(MatchDistribution::Threshold);
    if (hasWhatIf())
        text +=
            QLatin1Char(' ') + tr("(+%1 if learned)").arg(locale.toString(d.atLeastAfter - d.atLeastBefore));
    return text;
}

QString MatchHistogram::bucketToolTip(int bucket) const
{
    if (bucket < 0 || bucket >= MatchDistribution::Buckets || m_distribution.withSkills == 0)
        return {};
    const QLocale locale;
    QString text =
        tr("Match %1 %: %n listing(s) now", nullptr, m_distribution.before.at(bucket)).arg(range(bucket));
    if (hasWhatIf())
        text += QLatin1String("; ") + tr("%n if learned", nullptr, m_distribution.after.at(bucket));
    return text;
}

QSize MatchHistogram::sizeHint() const
{
    const int line = fontMetrics().height();
    return {260, Margin + line + PlotHeight + line + CaptionLines * line + Margin};
}

QSize MatchHistogram::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

QRect MatchHistogram::plotRect() const
{
    const int line = fontMetrics().height();
    return {Margin, Margin + line, width() - 2 * Margin, PlotHeight};
}

int MatchHistogram::bucketAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (!plot.adjusted(0, -fontMetrics().height(), 0, fontMetrics().height()).contains(pos))
        return -1;
    return std::clamp(int((pos.x() - plot.left()) * MatchDistribution::Buckets / qMax(1, plot.width())), 0,
                      MatchDistribution::Buckets - 1);
}

bool MatchHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = bucketToolTip(bucketAt(help->pos()));
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void MatchHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor ground = pal.color(QPalette::Window);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor nowFill = mix(ink, ground, 0.45);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QRect plot = plotRect();
    const QRect captionRect(Margin, plot.bottom() + 1 + line, width() - 2 * Margin, CaptionLines * line);
    const MatchDistribution &d = m_distribution;

    p.setPen(ink);
    p.drawText(captionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption());
    if (d.withSkills == 0)
        return;

    const double slot = double(plot.width()) / MatchDistribution::Buckets;
    const auto xAt = [&](double bucket) { return plot.left() + bucket * slot; };
    const int threshold = int(MatchDistribution::Threshold) / 10;

    // The part at or above 70 %, faintly shaded, and its marker.
    QColor shade = accent;
    shade.setAlphaF(0.10f);
    p.fillRect(QRectF(xAt(threshold), plot.top(), plot.right() + 1 - xAt(threshold), plot.height()), shade);

    int top = 1;
    for (int b = 0; b < MatchDistribution::Buckets; ++b)
        top = std::max({top, d.before.at(b), hasWhatIf() ? d.after.at(b) : 0});
    const auto barHeight = [&](int count) {
        return count == 0 ? 0.0 : std::max(1.5, double(count) * plot.height() / top);
    };
    const double gap = std::max(2.0, slot * 0.12);
    const double barWidth = hasWhatIf() ? (slot - 2 * gap) / 2 : slot - 2 * gap;
    for (int b = 0; b < MatchDistribution::Buckets; ++b) {
        const double x = xAt(b) + gap;
        const double h = barHeight(d.before.at(b));
        p.fillRect(QRectF(x, plot.bottom() + 1 - h, barWidth, h), nowFill);
        if (hasWhatIf()) {
            const double ha = barHeight(d.after.at(b));
            const QRectF bar(x + barWidth + 0.5, plot.bottom() + 1 - ha, barWidth - 0.5, ha);
            if (ha > 0) {
                p.fillRect(bar, QBrush(accent, Qt::BDiagPattern));
                p.setPen(QPen(accent, 1.5));
                p.setBrush(Qt::NoBrush);
                p.drawRect(bar.adjusted(0.75, 0.75, -0.75, 0));
            }
        }
    }

    // Baseline, marker and axis labels.
    p.setPen(QPen(mix(ink, ground, 0.3), 1));
    p.drawLine(QPointF(plot.left(), plot.bottom() + 0.5), QPointF(plot.right() + 1, plot.bottom() + 0.5));
    p.setPen(QPen(ink, 1, Qt::DashLine));
    p.drawLine(QPointF(xAt(threshold), plot.top() - line / 2.0), QPointF(xAt(threshold), plot.bottom() + 1));
    p.setPen(ink);
    const QRect axis(plot.left(), plot.bottom() + 1, plot.width(), line);
    p.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("0"));
    p.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("100 %"));
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("70"));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(int(xAt(threshold)) - labelWidth, axis.top(), 2 * labelWidth, line), Qt::AlignCenter,
               QString::number(int(MatchDistribution::Threshold)));
    p.setFont(font());

    // Legend: what the fill and the hatch mean.
    const int swatch = line * 2 / 3;
    int x = plot.left();
    const int y = Margin + (line - swatch) / 2;
    p.fillRect(QRect(x, y, swatch, swatch), nowFill);
    x += swatch + 4;
    const QString now = tr("now");
    p.drawText(QRect(x, Margin, fm.horizontalAdvance(now) + 2, line), Qt::AlignLeft | Qt::AlignVCenter, now);
    x += fm.horizontalAdvance(now) + 12;
    if (hasWhatIf()) {
        p.fillRect(QRect(x, y, swatch, swatch), QBrush(accent, Qt::BDiagPattern));
        p.setPen(QPen(accent, 1.5));
        p.drawRect(QRectF(x + 0.75, y + 0.75, swatch - 1.5, swatch - 1.5));
        x += swatch + 4;
        p.setPen(ink);
        const QString learned = tr("if learned");
        p.drawText(QRect(x, Margin, fm.horizontalAdvance(learned) + 2, line),
                   Qt::AlignLeft | Qt::AlignVCenter, learned);
    }
}

} // namespace jobdesk
