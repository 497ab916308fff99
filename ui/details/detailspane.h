// The current listing: its header fields, its description with its skills highlighted (against the
// profile's, with a legend above) and the record it came from.
#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace jobdesk {

struct Listing;
class DescriptionView;
class SkillHighlighter;
class SkillIndex;
class SourceView;

class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showListing(const Listing &listing);
    void clear();
    // The dictionary the description's skills are found with (loaded once, set again after it changed);
    // null highlights nothing.
    void setSkillIndex(std::shared_ptr<const SkillIndex> index);
    // The compared profile's skills: level 1..5 by skill id.
    void setProfileLevels(const QHash<qint64, int> &levels);

    // For tests and screenshots: what the pane shows.
    QString titleText() const;
    QString descriptionText() const;
    DescriptionView *descriptionView() const { return m_description; }
    SkillHighlighter *skillHighlighter() const { return m_highlighter; }
    QString legendText() const;

private:
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_facts;
    QLabel *m_link;
    QTabWidget *m_tabs;
    QLabel *m_legend;
    DescriptionView *m_description;
    SkillHighlighter *m_highlighter;
    SourceView *m_source;
};

} // namespace jobdesk
