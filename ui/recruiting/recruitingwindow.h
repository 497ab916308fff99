// Recruiter mode: a window of its own beside the listings (View ▸ Recruiting…), on the same library. Two
// pages: Openings (the board of each opening, the candidates ranked for it, a pipeline's details) and
// Candidates (the searchable table, a candidate's tags and ranked openings). The Candidates menu imports
// JSON Resumes, makes and edits candidates by hand, exports everything held about one (a data-subject
// request) and deletes one (erased from the file); Pipeline ▸ Candidate Stages… edits the stages.
#pragma once

#include <QMainWindow>

class QTabWidget;

namespace jobdesk {

class CandidatesPage;
class Database;
class OpeningsPage;

class RecruitingWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecruitingWindow)

public:
    explicit RecruitingWindow(const Database &db, QWidget *parent = nullptr);

    OpeningsPage *openingsPage() const { return m_openings; }
    CandidatesPage *candidatesPage() const { return m_candidates; }
    // Reads openings and candidates again (the listings window marked an opening).
    void reload();
    void showOpenings();
    void showCandidates();

    // What the menu entries do once they have asked; each returns false when refused or failed (said).
    bool importResumes(const QStringList &paths);
    bool exportCandidate(qint64 profileId, const QString &path);
    bool deleteCandidate(qint64 profileId);

Q_SIGNALS:
    // Candidates were added, changed or removed (the skills gap pane lists them as profiles).
    void profilesChanged();

private:
    void createMenus();
    void askToImport();
    void askToExport();
    void askToDelete();
    void editCandidates(bool create);
    void editStages();

    const Database &m_db;
    QTabWidget *m_tabs;
    OpeningsPage *m_openings;
    CandidatesPage *m_candidates;
};

} // namespace jobdesk
