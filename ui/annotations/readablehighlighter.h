// KSyntaxHighlighting's highlighter with one promise more: every colour it paints reads on the
// background it is painted on. Themes pick their colours for their own editor; a few fall short of a
// WCAG contrast of 4.5 (Breeze Dark's Markdown headings, purple on near-black, reach 2.3), so each such
// colour is lightened (dark background) or darkened (light one), keeping its hue, until it does.
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QColor>

namespace jobdesk {

class ReadableHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadableHighlighter)

public:
    static constexpr double MinimumContrast = 4.5;

    using KSyntaxHighlighting::SyntaxHighlighter::SyntaxHighlighter;
    // The background the text is shown on (the editor's base colour).
    void setBackground(const QColor &background) { m_background = background; }

    // `color`, moved in lightness only as far as needed to reach MinimumContrast on `background`.
    static QColor readableOn(const QColor &color, const QColor &background);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QColor m_background = Qt::white;
};

} // namespace jobdesk
