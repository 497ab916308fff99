#include "sourceview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

namespace jobdesk {

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFrameShape(QFrame::NoFrame);
    applyTheme();
}

SourceView::~SourceView() = default;

void SourceView::showSource(const QString &text, const QString &format)
{
    static const QHash<QString, QString> definitions{
        {QStringLiteral("json"), QStringLiteral("JSON")}, {QStringLiteral("jsonld"), QStringLiteral("JSON")},
        {QStringLiteral("html"), QStringLiteral("HTML")}, {QStringLiteral("xml"), QStringLiteral("XML")},
        {QStringLiteral("rss"), QStringLiteral("XML")},   {QStringLiteral("csv"), QStringLiteral("CSV")},
    };
    m_highlighter->setDefinition(m_repository->definitionForName(definitions.value(format)));
    setPlainText(text);
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme)
        applyTheme();
}

void SourceView::applyTheme()
{
    // Without an explicit theme the highlighter paints with an invalid one: text would take colours
    // that do not fit the palette. The theme's own background keeps its colours readable.
    m_applyingTheme = true;
    const KSyntaxHighlighting::Theme theme = m_repository->themeForPalette(QWidget::palette());
    m_highlighter->setTheme(theme);
    QPalette p = palette();
    p.setColor(QPalette::Base,
               QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(p);
    m_highlighter->rehighlight();
    m_applyingTheme = false;
}

} // namespace jobdesk
