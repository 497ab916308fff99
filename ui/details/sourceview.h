// The record as it came from its source (JSON, HTML, CSV line ...), read-only and highlighted with
// KSyntaxHighlighting in a theme that matches the palette (dark theme on a dark palette).
#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace jobdesk {

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

private:
    void applyTheme();

    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    bool m_applyingTheme = false;
};

} // namespace jobdesk
