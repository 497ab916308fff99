#include "skillhighlightcolors.h"

#include <QPalette>

#include <cmath>

namespace jobdesk {
namespace {

constexpr double minimumContrast = 4.5;

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

QColor mix(const QColor &base, const QColor &hue, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (hue.redF() - base.redF()) * amount),
                            float(base.greenF() + (hue.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (hue.blueF() - base.blueF()) * amount));
}

// As much of `hue` in `base` as `amount` asks, less when `text` would lose contrast on it.
QColor tint(const QColor &base, const QColor &hue, const QColor &text, double amount)
{
    for (; amount > 0.05; amount -= 0.05) {
        const QColor candidate = mix(base, hue, amount);
        if (contrastRatio(candidate, text) >= minimumContrast)
            return candidate;
    }
    return mix(base, hue, 0.05);
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

SkillHighlightColors SkillHighlightColors::fromPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = luminance(base) < luminance(text);
    SkillHighlightColors colors;
    colors.text = text;
    colors.haveAccent = dark ? QColor(0x4c, 0xc3, 0x6b) : QColor(0x1e, 0x8e, 0x3e);
    colors.missingAccent = dark ? QColor(0xf2, 0x8b, 0x2c) : QColor(0xd0, 0x5a, 0x00);
    const double amount = dark ? 0.40 : 0.28;
    colors.haveBackground = tint(base, colors.haveAccent, text, amount);
    colors.missingBackground = tint(base, colors.missingAccent, text, amount);
    return colors;
}

} // namespace jobdesk
