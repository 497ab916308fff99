#include "noteseditor.h"

#include "annotations/notestore.h"
#include "annotations/readablehighlighter.h"
#include "details/descriptionview.h"
#include "details/sourceview.h"
#include "recruiting/pipelinestore.h"
#include "store/storeerror.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace jobdesk {

NotesEditor::NotesEditor(const Database &db, QWidget *parent)
    : NotesEditor(db, NotesOf::Listing, parent)
{}

NotesEditor::NotesEditor(const Database &db, NotesOf of, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_of(of)
    , m_edit(new QPlainTextEdit(this))
    , m_highlighter(new ReadableHighlighter(m_edit->document()))
    , m_preview(new DescriptionView(this))
    , m_stack(new QStackedWidget(this))
    , m_previewButton(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_autosave(new QTimer(this))
{
    m_edit->setPlaceholderText(tr("Notes in Markdown: # heading, *emphasis*, - lists, [links](https://…)"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    m_edit->setAccessibleName(tr("Notes"));
    m_preview->setAccessibleName(tr("Notes preview"));

    m_previewButton->setText(tr("Preview"));
    m_previewButton->setCheckable(true);
    m_previewButton->setAutoRaise(true);
    m_previewButton->setToolTip(tr("Show the notes rendered"));
    connect(m_previewButton, &QToolButton::toggled, this, &NotesEditor::setPreview);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);

    m_stack->addWidget(m_edit);
    m_stack->addWidget(m_preview);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_previewButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bar);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &NotesEditor::save);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &NotesEditor::textEdited);

    setListing(0);
}

NotesEditor::~NotesEditor()
{
    // The last chance: nothing typed may be lost when the pane goes away. Saved quietly: whoever listens
    // to saved() may be half destroyed by now (the pane this editor is a section of).
    const QSignalBlocker quiet(this);
    save();
}

void NotesEditor::setListing(qint64 listingId)
{
    save();
    m_listingId = listingId;
    m_loading = true;
    QString text;
    bool unsaved = false;
    if (const auto pending = m_unsaved.constFind(listingId); pending != m_unsaved.cend()) {
        text = pending->text; // a failed save is not overwritten by what the library still has
        m_base = pending->base;
        unsaved = true;
    } else if (listingId > 0) {
        try {
            text = m_of == NotesOf::Listing ? NoteStore(m_db).notes(listingId)
                                            : PipelineStore(m_db).notes(listingId);
        } catch (const StoreError &error) {
            showMessage(error.message(), true);
        }
        m_base = text;
    }
    m_edit->setPlainText(text);
    m_loading = false;
    m_modified = unsaved;
    m_edit->setEnabled(listingId > 0);
    m_previewButton->setEnabled(listingId > 0);
    if (isPreview())
        m_preview->setMarkdown(text);
    if (m_unsaved.isEmpty())
        showMessage({}, false); // a failure stays on show while any notes wait to be saved
}

QString NotesEditor::text() const
{
    return m_edit->toPlainText();
}

QString NotesEditor::message() const
{
    return m_message->text();
}

void NotesEditor::textEdited()
{
    if (m_loading || m_listingId <= 0)
        return;
    m_modified = true;
    m_autosave->start();
}

bool NotesEditor::write(qint64 listingId, const QString &text, const QString &base, QString *stored)
{
    try {
        const NoteStore::Save save = m_of == NotesOf::Listing
                                         ? NoteStore(m_db).saveEdit(listingId, text, base)
                                         : PipelineStore(m_db).saveNotes(listingId, text, base);
        *stored = save.text;
        if (listingId == m_listingId && save.merged && save.text != text)
            showMerged(save.text, save.conflicted);
        return true;
    } catch (const StoreError &error) {
        const QString message = tr("Your notes are not saved yet: %1").arg(error.message());
        showMessage(message, true);
        Q_EMIT saveFailed(message);
        return false;
    }
}

void NotesEditor::showMerged(const QString &text, bool conflicted)
{
    // Replaced through a cursor, not setPlainText: the user can still undo into their own version.
    const int position = m_edit->textCursor().position();
    m_loading = true;
    QTextCursor cursor(m_edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.setPosition(std::min<int>(position, int(text.size())));
    m_edit->setTextCursor(cursor);
    m_loading = false;
    if (isPreview())
        m_preview->setMarkdown(text);
    m_mergeMessage = conflicted ? tr("Saved. These notes were also edited elsewhere at the same time: both "
                                     "versions of the lines you both changed are kept, marked in the text.")
                                : tr("Saved, together with the changes made to these notes elsewhere.");
}

bool NotesEditor::save()
{
    m_autosave->stop();
    bool ok = true;
    // Notes left behind by an earlier failure first; they stay pending until they are written.
    for (auto it = m_unsaved.begin(); it != m_unsaved.end();) {
        QString stored;
        if (it.key() != m_listingId && write(it.key(), it->text, it->base, &stored)) {
            Q_EMIT saved(it.key());
            it = m_unsaved.erase(it);
        } else {
            ok = ok && it.key() == m_listingId;
            ++it;
        }
    }
    if (!m_modified || m_listingId <= 0)
        return ok;
    const QString text = m_edit->toPlainText();
    QString stored;
    m_mergeMessage.clear();
    if (!write(m_listingId, text, m_base, &stored)) {
        m_unsaved.insert(m_listingId, {text, m_base});
        return false;
    }
    m_base = stored;
    m_unsaved.remove(m_listingId);
    m_modified = false;
    if (ok)
        showMessage(m_mergeMessage.isEmpty() ? tr("Saved") : m_mergeMessage, false);
    Q_EMIT saved(m_listingId);
    return ok;
}

void NotesEditor::setPreview(bool preview)
{
    if (preview)
        m_preview->setMarkdown(m_edit->toPlainText());
    m_stack->setCurrentWidget(preview ? static_cast<QWidget *>(m_preview) : m_edit);
    const QSignalBlocker blocker(m_previewButton);
    m_previewButton->setChecked(preview);
}

bool NotesEditor::isPreview() const
{
    return m_stack->currentWidget() == m_preview;
}

void NotesEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText,
                   QColor(palette().color(QPalette::Base).lightness() < 128 ? QStringLiteral("#ff8a80")
                                                                            : QStringLiteral("#b00020")));
    else
        p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_message->setPalette(p);
}

void NotesEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighted)
        applyTheme();
}

// Highlighted from the first show on: KSyntaxHighlighting's definitions are read then, not while the
// window starts with the pane out of sight.
void NotesEditor::showEvent(QShowEvent *event)
{
    if (!m_highlighted) {
        m_highlighted = true;
        m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown")));
        applyTheme();
    }
    QWidget::showEvent(event);
}

void NotesEditor::hideEvent(QHideEvent *event)
{
    // Hidden with its window (closed, or the pane put away): what was typed is written now.
    save();
    QWidget::hideEvent(event);
}

bool NotesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        save();
    return QWidget::eventFilter(watched, event);
}

void NotesEditor::applyTheme()
{
    // The theme that fits this widget's palette (dark on a dark one). Its own background and normal text
    // colour go to the editor, so every highlighted colour is shown on the background it was made for,
    // and the highlighter lifts the few theme colours that would not read on it.
    const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(palette());
    const QColor background =
        QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    m_highlighter->setTheme(theme);
    m_highlighter->setBackground(background);
    QPalette p = m_edit->palette();
    p.setColor(QPalette::Base, background);
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_edit->setPalette(p);
    m_highlighter->rehighlight();
}

} // namespace jobdesk
