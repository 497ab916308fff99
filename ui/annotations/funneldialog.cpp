#include "funneldialog.h"

#include "store/storeerror.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

constexpr int rowGap = 6;

int rowHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 10;
}

} // namespace

FunnelChart::FunnelChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void FunnelChart::setFunnel(const Funnel &funnel)
{
    m_funnel = funnel;
    updateGeometry();
    update();
}

QSize FunnelChart::sizeHint() const
{
    const int rows = int(m_funnel.stages.size());
    return {fontMetrics().averageCharWidth() * 80, rows * (rowHeight(fontMetrics()) + rowGap)};
}

void FunnelChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const QLocale locale;
    int nameWidth = 0;
    for (const FunnelStage &stage : m_funnel.stages)
        nameWidth = qMax(nameWidth, metrics.horizontalAdvance(stage.stage.name));
    nameWidth += 12;
    const int daysWidth = metrics.horizontalAdvance(tr("median 999.9 days to next")) + 12;
    const int barLeft = nameWidth;
    const int barRight = width() - daysWidth;
    const int barSpace = qMax(40, barRight - barLeft);
    const int barHeight = rowHeight(metrics);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor dim = palette().color(QPalette::PlaceholderText);
    int top = 0;
    for (const FunnelStage &stage : m_funnel.stages) {
        const QRect row(0, top, width(), barHeight);
        painter.setPen(text);
        painter.drawText(QRect(0, top, nameWidth - 8, barHeight), Qt::AlignRight | Qt::AlignVCenter,
                         stage.stage.name);
        const double share = m_funnel.listings > 0 ? double(stage.reached) / m_funnel.listings : 0.0;
        const int barWidth = stage.reached > 0 ? qMax(2, int(barSpace * share)) : 0;
        QColor color(stage.stage.color.isEmpty() ? QStringLiteral("#8a8f98") : stage.stage.color);
        // The bar, centred like a funnel.
        const QRect bar(barLeft + (barSpace - barWidth) / 2, top + 2, barWidth, barHeight - 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(bar, 3, 3);
        const QString count = locale.toString(stage.reached);
        const QString label =
            m_funnel.listings > 0
                ? tr("%1 (%2%)").arg(count, locale.toString(share * 100.0, 'f', share < 0.1 ? 1 : 0))
                : count;
        const int labelWidth = metrics.horizontalAdvance(label) + 8;
        QRect labelRect = bar;
        if (labelWidth > bar.width()) {
            labelRect = QRect(bar.right() + 6, top, labelWidth, barHeight);
            painter.setPen(text);
        } else {
            painter.setPen(color.lightnessF() > 0.6 ? Qt::black : Qt::white);
        }
        painter.drawText(labelRect, Qt::AlignCenter, label);
        if (stage.medianDaysToNext) {
            painter.setPen(dim);
            painter.drawText(
                QRect(barRight + 8, top, daysWidth - 8, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                tr("median %1 days to next").arg(locale.toString(*stage.medianDaysToNext, 'f', 1)));
        }
        top = row.bottom() + 1 + rowGap;
    }
}

FunnelDialog::FunnelDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Funnel"));
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    auto *chart = new FunnelChart(this);
    try {
        m_funnel = computeFunnel(db);
        const QLocale locale;
        QString applied = tr("Applied");
        QString response = tr("Screening");
        for (const FunnelStage &stage : std::as_const(m_funnel.stages)) {
            if (stage.stage.role == QLatin1String("applied"))
                applied = stage.stage.name;
            else if (stage.stage.role == QLatin1String("response"))
                response = stage.stage.name;
        }
        const QString rate = m_funnel.responseRate
                                 ? tr("%1%").arg(locale.toString(*m_funnel.responseRate * 100.0, 'f', 0))
                                 : tr("unknown (no applications yet)");
        summary->setText(tr("<b>%1</b> listings. Response rate: <b>%2</b> of the listings that reached "
                            "%3 went on to %4 or further. A listing reached a stage when it was there, "
                            "or at a later stage that is not closed.")
                             .arg(locale.toString(m_funnel.listings), rate, applied.toHtmlEscaped(),
                                  response.toHtmlEscaped()));
        chart->setFunnel(m_funnel);
    } catch (const StoreError &error) {
        summary->setText(error.message());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(chart, 1);
    layout->addWidget(buttons);
}

} // namespace jobdesk
