// The record as it came from its source (JSON, HTML, CSV line ...), read-only and highlighted with
// KSyntaxHighlighting in a theme that matches the palette (dark theme on a dark palette), from the
// first time it is shown: reading KSyntaxHighlighting's definitions costs the window's start otherwise.
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace jobdesk {

// KSyntaxHighlighting's definitions and themes, one set for the application, read on first use.
KSyntaxHighlighting::Repository &syntaxRepository();

class SourceView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceView)

public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    // `format` is the importer's name for it: "json", "jsonld", "html", "csv", "xml", "text".
    void showSource(const QString &text, const QString &format);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyTheme();
    void applyDefinition();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr; // from the first show on
    QString m_format;
    bool m_applyingTheme = false;
};

} // namespace jobdesk
