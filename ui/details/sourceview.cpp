#include "sourceview.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

namespace jobdesk {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFrameShape(QFrame::NoFrame);
}

SourceView::~SourceView() = default;

void SourceView::showSource(const QString &text, const QString &format)
{
    m_format = format;
    setPlainText(text);
    if (m_highlighter)
        applyDefinition();
}

void SourceView::applyDefinition()
{
    static const QHash<QString, QString> definitions{
        {QStringLiteral("json"), QStringLiteral("JSON")}, {QStringLiteral("jsonld"), QStringLiteral("JSON")},
        {QStringLiteral("html"), QStringLiteral("HTML")}, {QStringLiteral("xml"), QStringLiteral("XML")},
        {QStringLiteral("rss"), QStringLiteral("XML")},   {QStringLiteral("csv"), QStringLiteral("CSV")},
    };
    m_highlighter->setDefinition(syntaxRepository().definitionForName(definitions.value(m_format)));
}

void SourceView::showEvent(QShowEvent *event)
{
    if (!m_highlighter) {
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
        applyTheme();
        applyDefinition();
    }
    QPlainTextEdit::showEvent(event);
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme && m_highlighter)
        applyTheme();
}

void SourceView::applyTheme()
{
    // Without an explicit theme the highlighter paints with an invalid one: text would take colours
    // that do not fit the palette. The theme's own background keeps its colours readable.
    m_applyingTheme = true;
    const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(QWidget::palette());
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
