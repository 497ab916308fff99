// The colours of highlighted skills in a description, derived from the palette so that they read in
// light and dark palettes: a green tint for skills the profile has, an orange one for skills it lacks,
// each mixed into the view's base colour only as far as the text on it keeps a WCAG contrast ratio of
// at least 4.5; the underline of a required skill is the full hue.
#pragma once

#include <QColor>

class QPalette;

namespace jobdesk {

struct SkillHighlightColors
{
    QColor haveBackground;
    QColor missingBackground;
    QColor haveAccent; // underline of a required skill, the legend's swatch
    QColor missingAccent;
    QColor text; // the palette's text colour, the one drawn on the tints

    static SkillHighlightColors fromPalette(const QPalette &palette);
};

// The WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace jobdesk
