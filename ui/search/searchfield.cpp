#include "searchfield.h"

#include "search/searchquery.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QStringListModel>
#include <QStyle>
#include <QTextCharFormat>
#include <QTimer>
#include <QWhatsThis>

namespace jobdesk {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_pause(new QTimer(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("searchField"));
    setPlaceholderText(tr("Search listings — e.g. rust remote salary>=120k -company:Acme   (/ or Ctrl+F)"));
    setClearButtonEnabled(true);
    setToolTip(search::searchHelpHtml());

    QAction *help = addAction(style()->standardIcon(QStyle::SP_MessageBoxQuestion), TrailingPosition);
    help->setObjectName(QStringLiteral("searchHelp"));
    help->setToolTip(tr("Search language"));
    connect(help, &QAction::triggered, this, &SearchField::showHelp);

    m_pause->setSingleShot(true);
    m_pause->setInterval(PauseMs);
    connect(m_pause, &QTimer::timeout, this, [this] {
        if (text() != m_lastReported) {
            m_lastReported = text();
            Q_EMIT searchChanged(m_lastReported);
        }
    });
    connect(this, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));

    m_completer->setModel(m_completions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &SearchField::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &SearchField::updateCompletions);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        // The popup's own keys; everything else goes on to the text.
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
            event->ignore();
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_pause->stop();
        m_lastReported = text();
        Q_EMIT searchChanged(m_lastReported);
        return;
    }
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::setPause(int ms)
{
    m_pause->setInterval(ms);
}

void SearchField::setError(const std::optional<search::SearchError> &error)
{
    const bool same =
        (!error && !m_error) || (error && m_error && error->position == m_error->position &&
                                 error->length == m_error->length && error->message == m_error->message);
    m_error = error;
    setToolTip(error ? QStringLiteral("<p><b>%1</b></p>").arg(error->message.toHtmlEscaped()) +
                           search::searchHelpHtml()
                     : search::searchHelpHtml());
    if (!same)
        applyErrorFormat();
}

// QLineEdit has no API for formatting part of its text; input-method formats are the supported way,
// and they stay attached to the text until the next edit.
void SearchField::applyErrorFormat()
{
    QList<QInputMethodEvent::Attribute> attributes;
    if (m_error && !text().isEmpty()) {
        int from = qBound(0, m_error->position, int(text().size()));
        int length = qMax(1, m_error->length);
        if (from >= text().size())
            from = int(text().size()) - 1; // an error at the end marks the last character
        length = qMin(length, int(text().size()) - from);
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0xdc, 0x26, 0x26));
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, from - cursorPosition(),
                                                       length, format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
}

void SearchField::showHelp()
{
    QWhatsThis::showText(mapToGlobal(QPoint(width() / 2, height())), search::searchHelpHtml(), this);
}

void SearchField::updateCompletions()
{
    m_current = m_completionSource ? m_completionSource(text(), cursorPosition()) : QList<Completion>();
    if (m_current.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    QStringList shown;
    shown.reserve(m_current.size());
    for (const Completion &completion : std::as_const(m_current))
        shown.append(completion.text);
    m_completions->setStringList(shown);
    QRect rect = cursorRect();
    rect.setWidth(qMax(240, m_completer->popup()->sizeHintForColumn(0) + 24));
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex({});
}

void SearchField::insertCompletion(const QString &shown)
{
    const auto it = std::find_if(m_current.cbegin(), m_current.cend(),
                                 [&](const Completion &completion) { return completion.text == shown; });
    if (it == m_current.cend())
        return;
    QString line = text();
    const int from = qBound(0, it->replaceFrom, int(line.size()));
    line.replace(from, qMin(it->replaceLength, int(line.size()) - from), it->insert);
    setText(line);
    setCursorPosition(from + int(it->insert.size()));
}

} // namespace jobdesk
