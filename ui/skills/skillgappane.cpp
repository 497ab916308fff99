#include "skillgappane.h"

#include "demandbardelegate.h"
#include "gapreportwriter.h"
#include "matchhistogram.h"

#include "profiles/profilestore.h"
#include "skills/gapanalysis.h"
#include "skills/listingskillindex.h"
#include "skills/matchdistribution.h"
#include "skills/matchscore.h"
#include "skills/skilldemandmodel.h"
#include "store/backgroundreader.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <atomic>
#include <optional>

namespace jobdesk {

// Lives on the reader's thread (jobs run one after another there); `closing` is set by the GUI thread.
struct SkillGapPane::Snapshot
{
    std::shared_ptr<const ListingSkillIndex> index;
    quint64 version = 0;
    std::atomic<bool> closing{false};
};

namespace {

// The gap counted over the snapshot (loaded first when older than `version`; a load is not stopped by
// newer requests, which need it too), or nullopt when no snapshot can be used.
template <typename Snapshot>
std::optional<ViewGap> countedGap(const BackgroundReader::Context &context, Snapshot &snapshot,
                                  quint64 version, const SqlFilter &view, std::optional<QList<qint64>> ids,
                                  qint64 profile)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!snapshot.index || snapshot.version != version) {
            snapshot.index.reset(); // the old one goes before the new one is read
            try {
                snapshot.index =
                    ListingSkillIndex::load(context.db, [&snapshot] { return snapshot.closing.load(); });
            } catch (const StoreError &) {
                // Another SQLite than Qt's, or unreadable: the SQL analysis says what is wrong.
            }
            if (!snapshot.index)
                return std::nullopt;
            snapshot.version = version;
        }
        if (context.stale())
            return std::nullopt;
        const QList<qint64> listingIds = ids ? *ids : viewListingIds(context.db, view);
        if (std::optional<ViewGap> gap =
                analyseViewGap(*snapshot.index, listingIds, profileSkillIds(context.db, profile)))
            return gap;
        // A listing the snapshot does not know. It is older than the ids: read it again; if it still does
        // not know them, the ids are older than the library: read them again too.
        if (attempt == 0)
            snapshot.version = 0;
        else
            ids.reset();
    }
    return std::nullopt;
}

QString skillLinks(const QList<MatchedSkill> &skills, const QString &colour)
{
    QStringList parts;
    for (const MatchedSkill &skill : skills) {
        const QString name = skill.name.toHtmlEscaped();
        const QString shown = skill.required ? QStringLiteral("<b>%1</b>").arg(name) : name;
        parts.append(QStringLiteral("<a style=\"color:%1; text-decoration:none\" href=\"skill:%2\">%3</a>")
                         .arg(colour, QString::fromLatin1(QUrl::toPercentEncoding(skill.name)), shown));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

SkillGapPane::SkillGapPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_reader(new BackgroundReader(db.path(), QStringLiteral("SkillGap"), QThread::LowPriority, this))
    , m_profiles(new QComboBox(this))
    , m_score(new QLabel(this))
    , m_listingSkills(new QLabel(this))
    , m_viewSummary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_demand(new SkillDemandModel(this))
    , m_pause(new QTimer(this))
    , m_whatIfReader(
          new BackgroundReader(db.path(), QStringLiteral("SkillWhatIf"), QThread::LowPriority, this))
    , m_histogram(new MatchHistogram(this))
    , m_whatIfPause(new QTimer(this))
    , m_snapshot(std::make_shared<Snapshot>())
{
    m_profiles->setObjectName(QStringLiteral("gapProfile"));
    m_score->setObjectName(QStringLiteral("gapScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_score->setFont(big);
    m_listingSkills->setObjectName(QStringLiteral("gapListingSkills"));
    m_listingSkills->setWordWrap(true);
    m_listingSkills->setTextFormat(Qt::RichText);
    m_listingSkills->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_viewSummary->setObjectName(QStringLiteral("gapViewSummary"));
    m_viewSummary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("gapTable"));
    m_table->setModel(m_demand);
    m_table->setItemDelegateForColumn(SkillDemandModel::Demand,
                                      new DemandBarDelegate(SkillDemandModel::ShareRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SkillDemandModel::Demand, Qt::DescendingOrder);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(SkillDemandModel::Skill, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SkillDemandModel::Demand, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(SkillDemandModel::Demand, 110);
    for (int column : {int(SkillDemandModel::Have), int(SkillDemandModel::MedianWith),
                       int(SkillDemandModel::MedianWithout), int(SkillDemandModel::LearnNext)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *header = new QFormLayout;
    auto *editProfiles = new QPushButton(tr("Edit…"), this);
    editProfiles->setObjectName(QStringLiteral("gapEditProfiles"));
    editProfiles->setToolTip(tr("Edit the profiles' skills, levels and years (Edit ▸ Profiles…)"));
    connect(editProfiles, &QPushButton::clicked, this, &SkillGapPane::editProfilesRequested);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(editProfiles);
    header->addRow(tr("Compare with"), profileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    auto *listingTitle = new QLabel(tr("<b>This listing</b>"), this);
    layout->addWidget(listingTitle);
    layout->addWidget(m_score);
    layout->addWidget(m_listingSkills);
    auto *viewTitle = new QLabel(tr("<b>This view</b>"), this);
    auto *exportReport = new QPushButton(tr("Export Report…"), this);
    exportReport->setObjectName(QStringLiteral("gapExport"));
    connect(exportReport, &QPushButton::clicked, this, &SkillGapPane::exportReport);
    auto *viewHeader = new QHBoxLayout;
    viewHeader->addWidget(viewTitle, 1);
    viewHeader->addWidget(exportReport);
    layout->addLayout(viewHeader);
    layout->addWidget(m_viewSummary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_histogram);

    m_pause->setSingleShot(true);
    m_pause->setInterval(150);
    connect(m_pause, &QTimer::timeout, this, &SkillGapPane::analyse);
    m_whatIfPause->setSingleShot(true);
    m_whatIfPause->setInterval(150);
    connect(m_whatIfPause, &QTimer::timeout, this, &SkillGapPane::computeWhatIf);
    connect(m_demand, &SkillDemandModel::learnedChanged, m_whatIfPause, qOverload<>(&QTimer::start));
    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this] {
        m_profileId = m_profiles->currentData().toLongLong();
        m_demand->setWhatIfEnabled(m_profileId > 0);
        showListing();
        analyse();
        Q_EMIT profileChanged(m_profileId);
    });
    connect(m_listingSkills, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("skill:")))
            Q_EMIT skillSearchRequested(QUrl::fromPercentEncoding(link.mid(6).toUtf8()));
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT skillSearchRequested(index.siblingAtColumn(SkillDemandModel::Skill).data().toString());
    });
    fillProfiles();
    m_demand->setWhatIfEnabled(m_profileId > 0);
    showListing();
}

SkillGapPane::~SkillGapPane()
{
    m_snapshot->closing = true; // a load in progress stops, and the reader's thread ends without waiting
}

void SkillGapPane::fillProfiles()
{
    const qint64 current = m_profileId;
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItem(tr("No profile"), qint64(0));
    int own = 0;
    try {
        const ProfileStore store(m_db);
        for (const Profile &profile : store.list(ProfileKind::Me))
            m_profiles->addItem(profile.name, profile.id);
        own = m_profiles->count() - 1;
        // A recruiter compares listings with a candidate the same way (recruiter mode).
        const QList<Profile> candidates = store.list(ProfileKind::Candidate);
        if (!candidates.isEmpty())
            m_profiles->insertSeparator(m_profiles->count());
        for (const Profile &profile : candidates)
            m_profiles->addItem(tr("%1 (candidate)").arg(profile.name), profile.id);
    } catch (const StoreError &) {
        // An unreadable profile list leaves only "No profile"; the window reports store errors elsewhere.
    }
    // The profile that was chosen, else the first one the user has.
    int index = current > 0 ? m_profiles->findData(current) : -1;
    if (index <= 0 && own > 0)
        index = 1;
    m_profiles->setCurrentIndex(qMax(0, index));
    m_profileId = m_profiles->currentData().toLongLong();
}

void SkillGapPane::reload()
{
    ++m_snapshotVersion; // names, merges, ignored skills, extracted skills
    const qint64 before = m_profileId;
    fillProfiles();
    m_demand->setWhatIfEnabled(m_profileId > 0);
    showListing();
    analyse();
    if (m_profileId != before)
        Q_EMIT profileChanged(m_profileId);
}

void SkillGapPane::setView(const SqlFilter &view, const QString &title)
{
    m_view = view;
    m_reportTitle = title;
    m_pause->start();
}

void SkillGapPane::setViewListings(const SqlFilter &view, const QList<qint64> &ids)
{
    m_idsFromWindow = true;
    m_viewIdsFilter = view;
    m_viewIds = ids;
    m_haveViewIds = true;
    if (view == m_view && !m_pause->isActive())
        analyse();
}

void SkillGapPane::listingsChanged()
{
    ++m_snapshotVersion;
    m_haveViewIds = false;
}

void SkillGapPane::setListing(qint64 listingId)
{
    m_listingId = listingId;
    showListing();
}

QString SkillGapPane::listingSummary() const
{
    return m_score->text() + QLatin1Char('\n') + m_listingSkills->text();
}

void SkillGapPane::showListing()
{
    if (m_listingId <= 0) {
        m_score->clear();
        m_listingSkills->setText(tr("No listing selected."));
        return;
    }
    MatchBreakdown match;
    try {
        match = matchListing(m_db, m_listingId, m_profileId);
    } catch (const StoreError &error) {
        m_score->clear();
        m_listingSkills->setText(error.message().toHtmlEscaped());
        return;
    }
    if (!match.hasSkills()) {
        m_score->setText(QStringLiteral("—"));
        m_score->setToolTip(QString());
        m_listingSkills->setText(tr("No known skills found in this listing."));
        return;
    }
    const QList<MatchedSkill> all = match.matched + match.missing;
    if (m_profileId <= 0) {
        m_score->setText(tr("%n skill(s)", nullptr, int(all.size())));
        m_score->setToolTip(QString());
        m_listingSkills->setText(
            tr("Asks for: %1").arg(skillLinks(all, palette().color(QPalette::Link).name())));
        return;
    }
    m_score->setText(tr("%1 % match").arg(qRound(match.score)));
    m_score->setToolTip(match.formulaText());
    // Matched in green, missing in red: both saturated enough for light and dark backgrounds; required
    // skills in bold.
    QString text;
    if (!match.matched.isEmpty())
        text += tr("You have: %1").arg(skillLinks(match.matched, QStringLiteral("#16a34a")));
    if (!match.missing.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1String("<br>");
        text += tr("Missing: %1").arg(skillLinks(match.missing, QStringLiteral("#dc2626")));
    }
    m_listingSkills->setText(text);
}

void SkillGapPane::analyse()
{
    m_pause->stop();
    std::optional<QList<qint64>> ids;
    if (m_haveViewIds && m_viewIdsFilter == m_view) {
        ids = m_viewIds;
    } else if (m_idsFromWindow) {
        // The table is reading the view's ids: analysed when they come (setViewListings()). Until
        // then no answer about another view or older ids is shown.
        m_generation = 0;
        return;
    }
    const SqlFilter view = m_view;
    m_analysedView = view;
    const qint64 profile = m_profileId;
    m_generation = m_reader->submit([this, view, profile, ids, version = m_snapshotVersion,
                                     snapshot = m_snapshot](const BackgroundReader::Context &context) {
        std::optional<ViewGap> counted = countedGap(context, *snapshot, version, view, ids, profile);
        if (context.stale())
            return;
        const ViewGap gap =
            counted ? *counted : analyseViewGap(context.db, view, profile, 200, context.stale);
        if (!context.stale())
            QMetaObject::invokeMethod(
                this, [this, generation = context.generation, gap] { showGap(generation, gap); },
                Qt::QueuedConnection);
    });
}

void SkillGapPane::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Skills Gap"), tr("skills-gap.md"),
                                                      tr("Markdown (*.md);;HTML (*.html);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = writeReport(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export the report"), error);
}

QString SkillGapPane::writeReport(const QString &path) const
{
    GapReportHeader header{m_reportTitle, m_profileId > 0 ? m_profiles->currentText() : QString(), {}, {}};
    // The distribution as shown, when it is that of the current ticks.
    const MatchDistribution &shown = m_histogram->distribution();
    if (m_profileId > 0 && shown.withSkills > 0 &&
        QSet<qint64>(shown.learned.begin(), shown.learned.end()) == m_demand->learned()) {
        header.scores = shown;
        header.learned = m_demand->learnedNames();
    }
    return writeGapReport(m_demand->gap(), header, path, gapReportFormatFor(path));
}

void SkillGapPane::showGap(quint64 generation, const ViewGap &gap)
{
    if (generation != m_generation)
        return;
    m_shownView = m_analysedView;
    m_demand->setGap(gap);
    m_viewSummary->setText(
        gap.listings == 0
            ? tr("No listings in this view.")
            : tr("%1 listings, %2 with known skills; click a skill to search for it.")
                  .arg(QLocale().toString(gap.listings), QLocale().toString(gap.listingsWithSkills)));
    Q_EMIT viewAnalysed();
    // The ticks the new gap kept, over the new view or profile.
    m_whatIfPause->start();
}

void SkillGapPane::computeWhatIf()
{
    m_whatIfPause->stop();
    if (m_profileId <= 0) {
        ++m_whatIfGeneration;
        m_histogram->setEmptyText(tr("Choose a profile to see the view's match scores."));
        m_histogram->setDistribution({});
        Q_EMIT whatIfShown();
        return;
    }
    m_histogram->setEmptyText(QString());
    const SqlFilter view = m_shownView;
    const qint64 profile = m_profileId;
    const QSet<qint64> learned = m_demand->learned();
    m_whatIfGeneration =
        m_whatIfReader->submit([this, view, profile, learned](const BackgroundReader::Context &context) {
            const MatchDistribution distribution =
                matchDistribution(context.db, view, profile, learned, context.stale);
            if (!context.stale())
                QMetaObject::invokeMethod(
                    this,
                    [this, generation = context.generation, distribution] {
                        showWhatIf(generation, distribution);
                    },
                    Qt::QueuedConnection);
        });
}

void SkillGapPane::showWhatIf(quint64 generation, const MatchDistribution &distribution)
{
    if (generation != m_whatIfGeneration)
        return;
    m_histogram->setDistribution(distribution);
    Q_EMIT whatIfShown();
}

} // namespace jobdesk
