// A listing's notes in Markdown (or, in recruiter mode, a candidate pipeline's: NotesOf::Pipeline, the
// same editor over PipelineStore; "listing" below is then the pipeline): a plain-text editor highlighted with
// KSyntaxHighlighting's Markdown definition in a theme that follows the palette (light or dark, again on
// every palette change), and a preview that renders the Markdown in a view that loads nothing from outside.
//
// Notes save themselves: within a second of the last keystroke, when the editor loses focus, before
// another listing is shown, when the widget is hidden (its window closing) and when it is destroyed.
// Text is never lost: a save that fails keeps the text, says so under the editor and is tried again
// at the next occasion, also after the editor moved on to another listing. Notes edited in two places at
// once (another window, another process) are merged: each save says which stored text the edit started
// from (NoteStore::saveEdit), and the editor then shows the merge.
#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace jobdesk {

class Database;
class DescriptionView;
class ReadableHighlighter;

class NotesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesEditor)

public:
    // How long after the last keystroke the notes are saved.
    static constexpr int AutosaveDelayMs = 700;

    enum class NotesOf
    {
        Listing,  // NoteStore: annotations.notes
        Pipeline, // PipelineStore: pipelines.notes
    };

    explicit NotesEditor(const Database &db, QWidget *parent = nullptr);
    NotesEditor(const Database &db, NotesOf of, QWidget *parent = nullptr);
    ~NotesEditor() override;

    // Saves the notes being edited, then shows the notes of `listingId` (0: none, the editor is disabled).
    void setListing(qint64 listingId);
    qint64 listing() const { return m_listingId; }
    // Writes what is not saved yet now. Returns false when the library refused (the text stays).
    bool save();
    // True while the editor holds text the library does not have.
    bool isModified() const { return m_modified; }
    QString text() const;
    // What the line under the editor says ("Saved", or why a save failed).
    QString message() const;

    void setPreview(bool preview);
    bool isPreview() const;
    QPlainTextEdit *editor() const { return m_edit; }
    DescriptionView *preview() const { return m_preview; }

Q_SIGNALS:
    // The notes of `listingId` were written to the library.
    void saved(qint64 listingId);
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();
    void textEdited();
    void showMessage(const QString &text, bool error);
    // Saves `text` edited from `base`; the notes as stored afterwards go to `stored`.
    bool write(qint64 listingId, const QString &text, const QString &base, QString *stored);
    // Shows `text`, the merge of this edit with another one, keeping the cursor where it was.
    void showMerged(const QString &text, bool conflicted);

    const Database &m_db;
    NotesOf m_of = NotesOf::Listing;
    qint64 m_listingId = 0;
    bool m_modified = false;
    bool m_loading = false;
    // The stored notes the text being edited started from: what a save compares the library with.
    QString m_base;
    // Notes whose save failed after the editor moved on, by listing; tried again at every save.
    struct Pending
    {
        QString text;
        QString base;
    };
    QHash<qint64, Pending> m_unsaved;
    QString m_mergeMessage; // set by a save that merged, shown once it is complete
    QPlainTextEdit *m_edit;
    ReadableHighlighter *m_highlighter;
    bool m_highlighted = false; // definition and theme set (on the first show)
    DescriptionView *m_preview;
    QStackedWidget *m_stack;
    QToolButton *m_previewButton;
    QLabel *m_message;
    QTimer *m_autosave;
};

} // namespace jobdesk
