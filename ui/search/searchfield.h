// The one-line search: tells the window what was typed (once the keystrokes already queued are in, or at
// once on Enter),
// underlines the part a parse error points at and explains it in the tooltip, completes field names
// and values from the library, and shows the language's help (generated from the parser's grammar).
#pragma once

#include "search/searchcompletions.h"
#include "search/searchquery.h"

#include <QLineEdit>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QCompleter;
class QStringListModel;
class QTimer;

namespace jobdesk {

class SearchField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)

public:
    using Completion = search::SearchCompletions::Completion;
    using CompletionSource = std::function<QList<Completion>(const QString &line, int cursor)>;

    explicit SearchField(QWidget *parent = nullptr);

    void setCompletionSource(CompletionSource source) { m_completionSource = std::move(source); }
    // Marks the query as wrong at error's place; nullopt clears the mark.
    void setError(const std::optional<search::SearchError> &error);
    std::optional<search::SearchError> error() const { return m_error; }
    // How long the field waits after a keystroke before it reports the query. None: keystrokes already
    // queued (a paste, a burst of typing) are taken together, and each query after that goes out at
    // once, since the table's reader abandons a query made stale within a fraction of a millisecond
    // (BackgroundReader) and the table keeps its rows until the new ones come.
    static constexpr int PauseMs = 0;
    // Only for the keystroke benchmark (tools/bench/gui): 0 reports every keystroke's query, to measure
    // what the search engine alone gives.
    void setPause(int ms);

Q_SIGNALS:
    void searchChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHelp();
    void updateCompletions();
    void insertCompletion(const QString &shown);
    void applyErrorFormat();

    QTimer *m_pause;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QList<Completion> m_current;
    CompletionSource m_completionSource;
    std::optional<search::SearchError> m_error;
    QString m_lastReported;
};

} // namespace jobdesk
