// The main window only arranges panes and menus and passes requests between them: the search field
// and the sidebar choose what the table shows, the table's current listing fills the details pane.
#pragma once

#include "listings/listingquery.h"
#include "store/librarywatcher.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QUndoStack;

namespace jobdesk {

class AnnotationController;
class AnnotationPane;
class BackgroundReader;
class Database;
class DetailsPane;
class ExportController;
class ImportController;
class LibraryController;
class LibraryMaintenance;
class ListingRepository;
class ListingTableModel;
class ListingsPane;
class RecruitingController;
class SearchField;
class SidebarPane;
class SkillGapPane;
struct ImportReport;
namespace search {
class SearchCompletions;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    ListingsPane *listingsPane() const { return m_listings; }
    DetailsPane *detailsPane() const { return m_details; }
    SearchField *searchField() const { return m_search; }
    SidebarPane *sidebarPane() const { return m_sidebar; }
    SkillGapPane *skillGapPane() const { return m_gap; }
    AnnotationPane *annotationPane() const { return m_annotations; }
    AnnotationController *annotationController() const { return m_annotate; }
    RecruitingController *recruitingController() const { return m_recruiting; }
    QUndoStack *undoStack() const { return m_undo; }
    ListingTableModel *listingModel() const { return m_model; }
    ImportController *importController() const { return m_import; }
    // Puts `query` in the search field and runs it at once.
    void search(const QString &query);
    // Checks the library for damage and takes the day's automatic backup on a worker thread, starting
    // after `delayMs` (ui/library/librarymaintenance.h). The application calls it; tests and benchmarks
    // that build windows do not.
    void maintainLibrary(int delayMs);
    LibraryMaintenance *libraryMaintenance() const { return m_maintenance; }
    // Shows what others change in the library as they change it (models/store/librarywatcher.h): the
    // table, the sidebar's counts, the annotations and, when listings arrived, the skills gap are read
    // again. The application calls it; tests that build windows call it when they test it.
    void watchLibrary(int pollIntervalMs = LibraryWatcher::PollIntervalMs);
    // Shows the first start's offer above the table: the sample listings or an import of files
    // (ui/library/firststartoffer.h). The application calls it when FirstStartOffer::wanted().
    void offerFirstStart();
    // What keeps the window from letting go of its library now (an import, a backup running), for a
    // message; empty when nothing does.
    QString busyWith() const;
    // Writes the window's geometry, docks, view and columns to the settings (also done when it closes).
    void saveLayout();

Q_SIGNALS:
    // File ▸ Open Library…, Open Team Library… or Open Recent chose `location` (WindowHost opens it).
    void openLibraryRequested(const QString &location);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addPane(QWidget *pane, const QString &title, const QString &name, Qt::DockWidgetArea area);
    void createMenus();
    void restoreLayout();
    void applySearch(const QString &text);
    void updateFilter();
    void showListing(qint64 id);
    void updateStatus();
    void importFiles();
    void importFolder();
    void pasteListing();
    void importFinished(const ImportReport &report);
    void hideListings(const QList<qint64> &ids);
    // The Annotations dock and the annotation edits of the table (ui/annotations/).
    void setUpAnnotations();
    // After the library changed under the table (an import, an edit, a hide).
    void reloadAfterEdit();
    // The library was changed by someone else (LibraryWatcher).
    void showOthersChanges();
    void checkSkills();
    void editSkillDictionary();
    void editProfiles();
    void importProfile();

    Database &m_db;
    std::unique_ptr<ListingRepository> m_repository;
    std::unique_ptr<search::SearchCompletions> m_completions;
    ListingTableModel *m_model;
    SearchField *m_search;
    ListingsPane *m_listings;
    DetailsPane *m_details;
    SidebarPane *m_sidebar;
    SkillGapPane *m_gap;
    QDockWidget *m_gapDock;
    QDockWidget *m_sidebarDock;
    QDockWidget *m_detailsDock;
    AnnotationPane *m_annotations;
    AnnotationController *m_annotate;
    QDockWidget *m_annotationsDock;
    QLabel *m_count;
    ImportController *m_import;
    ExportController *m_export;
    QUndoStack *m_undo;
    BackgroundReader *m_skillMaintenance = nullptr; // re-extraction, one run after another
    LibraryController *m_library = nullptr;
    LibraryMaintenance *m_maintenance = nullptr;
    RecruitingController *m_recruiting = nullptr;
    LibraryWatcher *m_watcher = nullptr;
    bool m_othersChangesWaiting = false; // a reload of others' changes waits for this window's work
    qint64 m_newestListing = 0; // ListingRepository::newestId() when the skills gap last read listings
    SqlFilter m_viewFilter;
    SqlFilter m_searchFilter;
    QByteArray m_defaultLayout;
};

} // namespace jobdesk
