// The current listing: its header fields, its description and the record it came from.
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace jobdesk {

struct Listing;
class DescriptionView;
class SourceView;

class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showListing(const Listing &listing);
    void clear();

    // For tests and screenshots: what the pane shows.
    QString titleText() const;
    QString descriptionText() const;

private:
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_facts;
    QLabel *m_link;
    QTabWidget *m_tabs;
    DescriptionView *m_description;
    SourceView *m_source;
};

} // namespace jobdesk
