// Highlights a listing's skills in its DescriptionView: the mentions extraction counts (run over the plain
// text the importer stored, so the skills are the listing's stored ones), moved onto the document the
// view shows, painted as ExtraSelections in SkillHighlightColors (underlined when required), with a
// tooltip naming the skill, whether it is required and the profile's level. The dictionary and the
// profile's levels are given from outside (loaded once, set again when they change); a listing costs
// one extraction and one linear alignment on the GUI thread.
#pragma once

#include "skills/skillhighlights.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

namespace jobdesk {

struct Listing;
class DescriptionView;
class SkillIndex;

class SkillHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkillHighlighter)

public:
    explicit SkillHighlighter(DescriptionView *view, QObject *parent = nullptr);

    // The dictionary; null highlights nothing. Re-extracts the listing shown.
    void setSkillIndex(std::shared_ptr<const SkillIndex> index);
    // The profile's skills: level by skill id (empty: no profile, or one without skills).
    void setProfileLevels(const QHash<qint64, int> &levels);
    // After the view was given the listing's description.
    void setListing(const Listing &listing);
    void clear();

    const DescriptionHighlights &highlights() const { return m_highlights; }
    // The legend as rich text ("■ 3 you have ■ 2 you miss …"); empty when nothing is highlighted.
    QString legend() const;
    // The tooltip of a span.
    QString toolTip(const SkillHighlight &span) const;

Q_SIGNALS:
    void highlightsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void extract();
    void classify();
    void paint();

    DescriptionView *m_view;
    // Kept apart: the filter also sees the events of a viewport whose view is being destroyed, when
    // calling m_view->viewport() is no longer allowed.
    QObject *m_viewport;
    std::shared_ptr<const SkillIndex> m_index;
    QHash<qint64, int> m_levels;
    QString m_description; // the plain text extraction reads, of the listing shown
    QString m_title;
    QStringList m_sourceSkills;
    bool m_hasListing = false;
    QList<ExtractedSkill> m_skills;
    QList<SkillHit> m_shownHits; // offsets into the view's document
    DescriptionHighlights m_highlights;
};

} // namespace jobdesk
