#include "readablehighlighter.h"

#include "details/skillhighlightcolors.h"

#include <QTextCharFormat>

namespace jobdesk {

QColor ReadableHighlighter::readableOn(const QColor &color, const QColor &background)
{
    if (contrastRatio(color, background) >= MinimumContrast)
        return color;
    const bool darkBackground = background.lightnessF() < 0.5;
    QColor hsl = color.toHsl();
    float hue = 0, saturation = 0, lightness = 0, alpha = 1;
    hsl.getHslF(&hue, &saturation, &lightness, &alpha);
    // Steps of 2 %: at the end lies white or black, which always reads on a background of the other side.
    for (int step = 0; step < 50 && contrastRatio(hsl, background) < MinimumContrast; ++step) {
        lightness = std::clamp(lightness + (darkBackground ? 0.02f : -0.02f), 0.0f, 1.0f);
        hsl = QColor::fromHslF(hue, saturation, lightness, alpha);
    }
    return hsl.toRgb();
}

void ReadableHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    SyntaxHighlighter::applyFormat(offset, length, format);
    if (length <= 0)
        return;
    QTextCharFormat applied = QSyntaxHighlighter::format(offset);
    if (!applied.hasProperty(QTextFormat::ForegroundBrush))
        return;
    const QColor background =
        applied.hasProperty(QTextFormat::BackgroundBrush) ? applied.background().color() : m_background;
    const QColor foreground = applied.foreground().color();
    const QColor readable = readableOn(foreground, background);
    if (readable != foreground) {
        applied.setForeground(readable);
        setFormat(offset, length, applied);
    }
}

} // namespace jobdesk
