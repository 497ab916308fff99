#include "recruitingwindow.h"

#include "annotations/stagesdialog.h"
#include "candidatespage.h"
#include "openingspage.h"
#include "pipelinedetails.h"
#include "profiles/profilestore.h"
#include "recruiting/candidateimport.h"
#include "recruiting/candidatestore.h"
#include "skills/profileeditordialog.h"
#include "store/storeerror.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace jobdesk {

RecruitingWindow::RecruitingWindow(const Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_openings(new OpeningsPage(db, this))
    , m_candidates(new CandidatesPage(db, this))
{
    setObjectName(QStringLiteral("recruitingWindow"));
    setWindowTitle(tr("Recruiting — Jobdesk"));
    m_tabs->addTab(m_openings, tr("&Openings"));
    m_tabs->addTab(m_candidates, tr("&Candidates"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createMenus();
    statusBar();
    connect(m_openings, &OpeningsPage::pipelinesChanged, m_candidates, &CandidatesPage::reload);
    connect(m_candidates, &CandidatesPage::candidatesChanged, m_openings, &OpeningsPage::reload);
    resize(1320, 820);
}

void RecruitingWindow::createMenus()
{
    QMenu *candidates = menuBar()->addMenu(tr("&Candidates"));
    QAction *import = candidates->addAction(tr("&Import Resumes…"), this, &RecruitingWindow::askToImport);
    import->setShortcut(QKeySequence::Open);
    candidates->addAction(tr("&New Candidate…"), this, [this] { editCandidates(true); });
    candidates->addAction(tr("&Edit Candidates…"), this, [this] { editCandidates(false); });
    candidates->addSeparator();
    candidates->addAction(tr("E&xport Candidate…"), this, &RecruitingWindow::askToExport);
    candidates->addAction(tr("&Delete Candidate…"), this, &RecruitingWindow::askToDelete);
    candidates->addSeparator();
    QAction *close = candidates->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *openings = view->addAction(tr("&Openings"), this, &RecruitingWindow::showOpenings);
    openings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *people = view->addAction(tr("&Candidates"), this, &RecruitingWindow::showCandidates);
    people->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *refresh = view->addAction(tr("&Reload"), this, &RecruitingWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *pipeline = menuBar()->addMenu(tr("&Pipeline"));
    pipeline->addAction(tr("Candidate &Stages…"), this, &RecruitingWindow::editStages);
}

void RecruitingWindow::reload()
{
    m_openings->reload();
    m_candidates->reload();
}

void RecruitingWindow::showOpenings()
{
    m_tabs->setCurrentWidget(m_openings);
}

void RecruitingWindow::showCandidates()
{
    m_tabs->setCurrentWidget(m_candidates);
}

bool RecruitingWindow::importResumes(const QStringList &paths)
{
    const CandidateImportReport report = importCandidates(m_db, paths);
    const int created = report.count(CandidateFileResult::Outcome::Created);
    const int updated = report.count(CandidateFileResult::Outcome::Updated);
    const int skipped = report.count(CandidateFileResult::Outcome::Skipped);
    QStringList problems;
    for (const CandidateFileResult &file : report.files) {
        if (file.outcome == CandidateFileResult::Outcome::Failed)
            problems.append(file.message);
    }
    QString summary = tr("%n candidate(s) added", nullptr, created) + tr(", %n updated", nullptr, updated);
    if (skipped > 0)
        summary += tr(", %n file(s) skipped (not a JSON Resume)", nullptr, skipped);
    if (!problems.isEmpty())
        summary += tr(", %n file(s) could not be imported", nullptr, int(problems.size()));
    statusBar()->showMessage(summary + QLatin1Char('.'), 10000);
    if (created + updated > 0) {
        reload();
        showCandidates();
        Q_EMIT profilesChanged();
    }
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import Resumes"), summary + QLatin1Char('.'),
                        QMessageBox::Ok, this);
        box.setInformativeText(tr("Nothing was written for these files:"));
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
    }
    return problems.isEmpty();
}

void RecruitingWindow::askToImport()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Resumes"), documents,
                                                            tr("JSON Resume (*.json);;All files (*)"));
    if (!files.isEmpty())
        importResumes(files);
}

bool RecruitingWindow::exportCandidate(qint64 profileId, const QString &path)
{
    try {
        const QByteArray json =
            QJsonDocument(CandidateStore(m_db).exportJson(profileId)).toJson(QJsonDocument::Indented);
        QSaveFile file(path);
        // Personal data: readable by the owner only, like the library.
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
            file.write(json) != json.size() || !file.commit())
            throw StoreError(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Export Candidate"), error.message());
        return false;
    }
    statusBar()->showMessage(
        tr("Everything held about the candidate was written to %1.").arg(QDir::toNativeSeparators(path)),
        10000);
    return true;
}

void RecruitingWindow::askToExport()
{
    const qint64 id = m_candidates->candidate();
    if (id <= 0) {
        showCandidates();
        statusBar()->showMessage(tr("Choose a candidate in the table first."), 5000);
        return;
    }
    const std::optional<Profile> profile = ProfileStore(m_db).find(id);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath((profile ? profile->name : QStringLiteral("candidate")) + QStringLiteral(".json"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Candidate"), suggested, tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportCandidate(id, path);
}

bool RecruitingWindow::deleteCandidate(qint64 profileId)
{
    try {
        ProfileStore(m_db).remove(profileId);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Delete Candidate"), error.message());
        return false;
    }
    reload();
    Q_EMIT profilesChanged();
    statusBar()->showMessage(tr("The candidate was deleted and erased from the library."), 10000);
    return true;
}

void RecruitingWindow::askToDelete()
{
    const qint64 id = m_candidates->candidate();
    const std::optional<Profile> profile = id > 0 ? ProfileStore(m_db).find(id) : std::nullopt;
    if (!profile) {
        showCandidates();
        statusBar()->showMessage(tr("Choose a candidate in the table first."), 5000);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete Candidate"),
                    tr("Delete %1 and everything held about them?").arg(profile->name), QMessageBox::Cancel,
                    this);
    box.setInformativeText(
        tr("Their resume, skills, tags, pipelines, notes and history are erased from the "
           "library file. Automatic backups taken before today still hold them until they are "
           "replaced (three days); export first if they asked for their data."));
    box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Cancel)
        return;
    deleteCandidate(id);
}

void RecruitingWindow::editCandidates(bool create)
{
    qint64 id = m_candidates->candidate();
    if (create) {
        const QString name = QInputDialog::getText(this, tr("New Candidate"), tr("Name:"));
        if (name.trimmed().isEmpty())
            return;
        try {
            id = CandidateStore(m_db).create(name);
        } catch (const StoreError &error) {
            QMessageBox::warning(this, tr("New Candidate"), error.message());
            return;
        }
        reload();
        m_candidates->choose(id);
        showCandidates();
        Q_EMIT profilesChanged();
    }
    // Headline, location and skills with their levels, edited in the profiles' dialog.
    ProfileEditorDialog dialog(m_db, ProfileKind::Candidate, id, this);
    dialog.exec();
    if (dialog.changed()) {
        reload();
        Q_EMIT profilesChanged();
    }
}

void RecruitingWindow::editStages()
{
    StagesDialog dialog(m_db, StageSet::Candidates, this);
    dialog.exec();
    if (dialog.changed())
        reload();
}

} // namespace jobdesk
