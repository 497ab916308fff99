// The skills gap dock: a profile to compare with (the user's own, or a candidate's in recruiter mode); for
// the current listing its match score (the formula with this listing's numbers on hover), the skills the
// profile has and the ones it misses; for the whole view (whatever the sidebar and the search select) the
// skills asked for, by demand, with what they pay and which one to learn next. The view's analysis runs on a
// BackgroundReader and follows the filter as the user types; clicking a skill asks the window to search for
// listings that require it. The what-if: ticking missing skills in the table shows under it how the view's
// match scores would move if they were learned (MatchHistogram); it is computed on a reader of its own, so a
// tick never cancels the view's analysis, after each analysis and each change of the ticks.
//
// The view's gap is counted in memory: the reader thread holds a snapshot of the library's skills
// (ListingSkillIndex, loaded on the first analysis and again after reload() or listingsChanged()) and
// counts the view's ids, which the window hands over from the table (setViewListings()) or, when it
// does not, the reader loads with the view's statement. analyseViewGap() in SQL is the fallback when
// no snapshot can be held.
#pragma once

#include "listings/listingquery.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace jobdesk {

class BackgroundReader;
class Database;
class MatchHistogram;
class SkillDemandModel;
struct MatchDistribution;
struct ViewGap;

class SkillGapPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkillGapPane)

public:
    explicit SkillGapPane(Database &db, QWidget *parent = nullptr);
    ~SkillGapPane() override;

    qint64 profileId() const { return m_profileId; }
    SkillDemandModel *demandModel() const { return m_demand; }
    MatchHistogram *histogram() const { return m_histogram; }
    QString listingSummary() const;

    // The view to analyse (debounced) and the listing to explain.
    // `title` names the view in an exported report (e.g. the search text).
    void setView(const SqlFilter &view, const QString &title = {});
    void setListing(qint64 listingId);
    // Writes the view's gap as Markdown, HTML or PDF (by the extension); an error message or empty.
    QString writeReport(const QString &path) const;
    // Profiles were added, renamed or removed, or the library's skills changed.
    void reload();
    // The ids of the listings `view` selects (the table's, once loaded). Once the window has given ids,
    // the pane analyses a view only with its ids, never with older ones.
    void setViewListings(const SqlFilter &view, const QList<qint64> &ids);
    // Listings were imported, changed or deleted, or their skills extracted again: the snapshot is
    // loaded again, and the view's ids given before are dropped (the window gives them again once the
    // table has read them).
    void listingsChanged();

Q_SIGNALS:
    void profileChanged(qint64 profileId);
    void skillSearchRequested(const QString &skillName);
    // The user wants to edit the profiles (the window opens the editor).
    void editProfilesRequested();
    // The analysis of the latest view is in (tests, status).
    void viewAnalysed();
    // The what-if distribution of the latest view, profile and ticks is shown (tests).
    void whatIfShown();

private:
    void fillProfiles();
    void analyse();
    void showGap(quint64 generation, const ViewGap &gap);
    void computeWhatIf();
    void showWhatIf(quint64 generation, const MatchDistribution &distribution);
    void showListing();
    void exportReport();

    Database &m_db;
    BackgroundReader *m_reader;
    QComboBox *m_profiles;
    QLabel *m_score;
    QLabel *m_listingSkills;
    QLabel *m_viewSummary;
    QTableView *m_table;
    SkillDemandModel *m_demand;
    QTimer *m_pause;
    BackgroundReader *m_whatIfReader;
    MatchHistogram *m_histogram;
    QTimer *m_whatIfPause;
    struct Snapshot; // the reader thread's ListingSkillIndex
    std::shared_ptr<Snapshot> m_snapshot;
    quint64 m_snapshotVersion = 1; // bumped when the library changes; the snapshot follows
    SqlFilter m_view;
    SqlFilter m_viewIdsFilter; // of m_viewIds
    QList<qint64> m_viewIds;
    bool m_haveViewIds = false;
    bool m_idsFromWindow = false;
    SqlFilter m_analysedView; // of the latest analysis submitted
    SqlFilter m_shownView;    // of the gap in the table, which the what-if is about
    QString m_reportTitle;
    qint64 m_listingId = 0;
    qint64 m_profileId = 0;
    quint64 m_generation = 0;
    quint64 m_whatIfGeneration = 0;
};

} // namespace jobdesk
