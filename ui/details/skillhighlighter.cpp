#include "skillhighlighter.h"

#include "descriptionview.h"
#include "skillhighlightcolors.h"

#include "domain/listing.h"
#include "skills/skillindex.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTextCursor>
#include <QToolTip>

namespace jobdesk {

SkillHighlighter::SkillHighlighter(DescriptionView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_viewport(view->viewport())
{
    view->installEventFilter(this);
    m_viewport->installEventFilter(this);
}

void SkillHighlighter::setSkillIndex(std::shared_ptr<const SkillIndex> index)
{
    m_index = std::move(index);
    extract();
}

void SkillHighlighter::setProfileLevels(const QHash<qint64, int> &levels)
{
    if (levels == m_levels)
        return;
    m_levels = levels;
    classify();
}

void SkillHighlighter::setListing(const Listing &listing)
{
    m_description = listing.description;
    m_title = listing.title;
    m_sourceSkills = listing.statedSkills;
    m_hasListing = true;
    extract();
}

void SkillHighlighter::clear()
{
    m_description.clear();
    m_title.clear();
    m_sourceSkills.clear();
    m_hasListing = false;
    extract();
}

// The same call as the importer's, so the skills are the listing's stored ones (for the dictionary the
// library had when it was last extracted).
void SkillHighlighter::extract()
{
    m_skills.clear();
    m_shownHits.clear();
    if (m_hasListing && m_index) {
        const Extraction extraction =
            extractSkills(m_index->matcher(), m_description, m_sourceSkills, m_title);
        m_skills = extraction.skills;
        // Raw text offsets are document positions (block separators and frame markers included).
        m_shownHits = alignHits(m_description, m_view->document()->toRawText(), extraction.hits);
    }
    classify();
}

void SkillHighlighter::classify()
{
    m_highlights = describeHighlights(m_shownHits, m_skills, m_levels);
    paint();
    Q_EMIT highlightsChanged();
}

void SkillHighlighter::paint()
{
    const SkillHighlightColors colors = SkillHighlightColors::fromPalette(m_view->palette());
    QTextDocument *document = m_view->document();
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_highlights.spans.size());
    for (const SkillHighlight &span : std::as_const(m_highlights.spans)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(span.start);
        selection.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        selection.format.setBackground(span.have() ? colors.haveBackground : colors.missingBackground);
        selection.format.setForeground(colors.text);
        if (span.required) {
            selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            selection.format.setUnderlineColor(span.have() ? colors.haveAccent : colors.missingAccent);
        }
        selections.append(selection);
    }
    m_view->setExtraSelections(selections);
}

QString SkillHighlighter::legend() const
{
    if (m_highlights.isEmpty())
        return {};
    const SkillHighlightColors colors = SkillHighlightColors::fromPalette(m_view->palette());
    const QString chip =
        QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>");
    QString text = chip.arg(colors.haveBackground.name(), colors.text.name(),
                            tr("you have %n", nullptr, m_highlights.haveCount)) +
                   QStringLiteral("&nbsp; ") +
                   chip.arg(colors.missingBackground.name(), colors.text.name(),
                            tr("you miss %n", nullptr, m_highlights.missingCount)) +
                   QStringLiteral(" &nbsp;·&nbsp; ") + tr("<u>underlined</u>: required");
    if (m_highlights.elsewhereCount > 0) {
        text += QStringLiteral(" &nbsp;·&nbsp; ") +
                tr("%n more in the title or skill list", nullptr, m_highlights.elsewhereCount);
    }
    return text;
}

QString SkillHighlighter::toolTip(const SkillHighlight &span) const
{
    const QString name = m_index ? m_index->name(span.skillId) : QString();
    const QString demand = span.required ? tr("required") : tr("optional");
    const QString yours =
        span.have() ? tr("you have it at level %1 of 5").arg(span.level) : tr("not in your profile");
    return QStringLiteral("<b>%1</b><br>%2 · %3").arg(name.toHtmlEscaped(), demand, yours);
}

bool SkillHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::PaletteChange) {
        paint();
        Q_EMIT highlightsChanged();
    } else if (watched == m_viewport && event->type() == QEvent::ToolTip && !m_highlights.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPointF point = help->pos() + QPointF(m_view->horizontalScrollBar()->value(),
                                                    m_view->verticalScrollBar()->value());
        const int position = m_view->document()->documentLayout()->hitTest(point, Qt::ExactHit);
        const SkillHighlight *span = nullptr;
        if (position >= 0) {
            span = m_highlights.at(position);
            if (!span)
                span = m_highlights.at(position - 1);
        }
        if (span)
            QToolTip::showText(help->globalPos(), toolTip(*span), m_view->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jobdesk
