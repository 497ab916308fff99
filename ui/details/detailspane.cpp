#include "detailspane.h"

#include "descriptionview.h"
#include "externallink.h"
#include "skillhighlighter.h"
#include "sourceview.h"

#include "domain/format.h"
#include "domain/listing.h"
#include "domain/vocabulary.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

QLabel *makeLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    auto *empty = new QLabel(tr("Select a listing to see its details."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);

    auto *page = new QWidget(m_stack);
    m_title = makeLabel(page, QStringLiteral("detailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = makeLabel(page, QStringLiteral("detailsSubtitle"));
    QFont subtitleFont = m_subtitle->font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.1);
    m_subtitle->setFont(subtitleFont);
    m_facts = makeLabel(page, QStringLiteral("detailsFacts"));
    m_link = makeLabel(page, QStringLiteral("detailsLink"));
    connect(m_link, &QLabel::linkActivated, this, [](const QString &link) { openExternalLink(QUrl(link)); });
    m_link->setTextFormat(Qt::RichText);

    auto *descriptionPage = new QWidget(page);
    m_legend = new QLabel(descriptionPage);
    m_legend->setObjectName(QStringLiteral("detailsSkillLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(12, 6, 12, 2);
    m_legend->setToolTip(tr("Skills found in the description, against the profile chosen in the Skills Gap "
                            "pane. Hover a skill for its level."));
    m_legend->hide();
    m_description = new DescriptionView(descriptionPage);
    m_description->setObjectName(QStringLiteral("detailsDescription"));
    m_highlighter = new SkillHighlighter(m_description, this);
    connect(m_highlighter, &SkillHighlighter::highlightsChanged, this, [this] {
        const QString legend = m_highlighter->legend();
        m_legend->setText(legend);
        m_legend->setVisible(!legend.isEmpty());
    });
    auto *descriptionLayout = new QVBoxLayout(descriptionPage);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    descriptionLayout->setSpacing(0);
    descriptionLayout->addWidget(m_legend);
    descriptionLayout->addWidget(m_description, 1);
    m_source = new SourceView(page);
    m_source->setObjectName(QStringLiteral("detailsSource"));
    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(descriptionPage, tr("Description"));
    m_tabs->addTab(m_source, tr("Source"));

    auto *header = new QVBoxLayout;
    header->setContentsMargins(12, 10, 12, 6);
    header->setSpacing(4);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    header->addWidget(m_facts);
    header->addWidget(m_link);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(header);
    pageLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void DetailsPane::showListing(const Listing &listing)
{
    m_title->setText(listing.title);
    QStringList subtitle;
    for (const QString &part : {listing.company, listing.locationText()}) {
        if (!part.isEmpty())
            subtitle.append(part);
    }
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    QStringList facts;
    if (listing.workplace != Workplace::Unknown)
        facts.append(label(listing.workplace));
    if (listing.employmentType != EmploymentType::Unknown)
        facts.append(label(listing.employmentType));
    if (listing.seniority != Seniority::Unknown)
        facts.append(label(listing.seniority));
    if (const QString salary = formatSalary(listing.salary); !salary.isEmpty())
        facts.append(salary);
    if (listing.postedAt.isValid())
        facts.append(tr("posted %1").arg(formatDate(listing.postedAt)));
    if (listing.validThrough.isValid())
        facts.append(tr("apply by %1").arg(formatDate(listing.validThrough)));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const QUrl url(listing.url);
    const bool web = isWebLink(url);
    m_link->setVisible(web);
    if (web) {
        m_link->setText(
            QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), listing.url.toHtmlEscaped()));
    }

    if (!listing.descriptionHtml.isEmpty())
        m_description->setHtml(listing.descriptionHtml);
    else
        m_description->setPlainText(listing.description);
    m_highlighter->setListing(listing);
    m_source->showSource(listing.rawSource, listing.rawFormat);
    m_stack->setCurrentIndex(1);
}

void DetailsPane::clear()
{
    m_stack->setCurrentIndex(0);
    m_highlighter->clear();
}

void DetailsPane::setSkillIndex(std::shared_ptr<const SkillIndex> index)
{
    m_highlighter->setSkillIndex(std::move(index));
}

void DetailsPane::setProfileLevels(const QHash<qint64, int> &levels)
{
    m_highlighter->setProfileLevels(levels);
}

QString DetailsPane::legendText() const
{
    return m_legend->isHidden() ? QString() : m_legend->text();
}

QString DetailsPane::titleText() const
{
    return m_stack->currentIndex() == 1 ? m_title->text() : QString();
}

QString DetailsPane::descriptionText() const
{
    return m_stack->currentIndex() == 1 ? m_description->toPlainText() : QString();
}

} // namespace jobdesk
