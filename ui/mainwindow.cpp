#include "mainwindow.h"

#include "aboutdialog.h"
#include "annotations/annotationcontroller.h"
#include "annotations/annotationpane.h"
#include "annotations/contactseditor.h"
#include "annotations/dateseditor.h"
#include "annotations/funneldialog.h"
#include "annotations/noteseditor.h"
#include "annotations/stagesdialog.h"
#include "annotations/tageditor.h"
#include "annotations/tagsdialog.h"
#include "details/detailspane.h"
#include "export/calendarexportdialog.h"
#include "export/exportcontroller.h"
#include "externallink.h"
#include "import/importcontroller.h"
#include "library/firststartoffer.h"
#include "library/librarycontroller.h"
#include "library/librarymaintenance.h"
#include "library/openlibrarymenu.h"
#include "listings/hidecommands.h"
#include "listings/listingspane.h"
#include "recruiting/recruitingcontroller.h"
#include "recruiting/recruitingwindow.h"
#include "search/searchfield.h"
#include "shortcutsdialog.h"
#include "sidebar/sidebarpane.h"
#include "skills/profileeditordialog.h"
#include "skills/skilldictionarydialog.h"
#include "skills/skillgappane.h"
#include "theme.h"

#include "import/importreport.h"
#include "listings/listingtablemodel.h"
#include "profiles/jsonresumeimporter.h"
#include "profiles/profilestore.h"
#include "samples/samplelibrary.h"
#include "search/searchquery.h"
#include "skills/matchscore.h"
#include "skills/skillindex.h"
#include "skills/skillreextraction.h"
#include "store/backgroundreader.h"
#include "store/database.h"
#include "store/librarywatcher.h"
#include "store/listingrepository.h"
#include "store/storeerror.h"
#include "views/listingview.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWhatsThis>

namespace jobdesk {
namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString layoutKey = QStringLiteral("window/layout");
// Bumped when the set of docks changes, so an old saved layout is not applied to a new window.
constexpr int layoutVersion = 5;
const QString viewKindKey = QStringLiteral("window/viewKind");
const QString viewIdKey = QStringLiteral("window/viewId");

// The profile's skills for the details pane's highlights (a profile's few rows, by primary key).
QHash<qint64, int> profileLevels(const Database &db, qint64 profileId)
{
    QHash<qint64, int> levels;
    if (profileId <= 0)
        return levels;
    try {
        for (const ProfileSkill &skill : ProfileStore(db).skills(profileId))
            levels.insert(skill.skillId, skill.level);
    } catch (const StoreError &) {
        // Unreadable: the description shows every skill as missing; the gap pane reports store errors.
    }
    return levels;
}

} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_repository(std::make_unique<ListingRepository>(db))
    , m_completions(std::make_unique<search::SearchCompletions>(db))
    , m_model(new ListingTableModel(db, this))
    , m_search(new SearchField(this))
    , m_listings(new ListingsPane(m_model, this))
    , m_details(new DetailsPane(this))
    , m_sidebar(new SidebarPane(db, this))
    , m_gap(new SkillGapPane(db, this))
    , m_count(new QLabel(this))
    , m_import(new ImportController(db, this))
    , m_export(new ExportController(db, this))
    , m_undo(new QUndoStack(this))
{
    // The window's connection reads pages of rows and writes annotations; searches and counts run on the
    // background readers' connections. 16 MiB keeps scrolling a million rows at a fraction of the memory
    // of the 64 MiB bulk default (docs/benchmarks.md, Memory).
    db.dialect().setPageCache(db.connection(), 16);
    setWindowTitle(tr("%1 — Jobdesk").arg(db.location().displayName()));
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_listings);
    setCentralWidget(central);
    m_sidebarDock = addPane(m_sidebar, tr("Views"), QStringLiteral("sidebarDock"), Qt::LeftDockWidgetArea);
    m_detailsDock = addPane(m_details, tr("Details"), QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    m_gapDock = addPane(m_gap, tr("Skills Gap"), QStringLiteral("skillsGapDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_detailsDock, m_gapDock);
    setUpAnnotations();
    m_detailsDock->raise();
    statusBar()->addPermanentWidget(m_count);
    m_recruiting = new RecruitingController(m_db, m_listings, this);
    connect(m_recruiting, &RecruitingController::profilesChanged, m_gap, &SkillGapPane::reload);
    connect(m_recruiting, &RecruitingController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    createMenus();

    m_viewFilter = viewFilter(m_sidebar->currentView(), QDateTime::currentDateTimeUtc(), m_db.dialect());
    m_model->setMatchExpression(matchSqlExpression(m_gap->profileId()));
    m_model->setFilter(m_viewFilter);
    m_gap->setView(m_viewFilter);
    m_details->setProfileLevels(profileLevels(m_db, m_gap->profileId()));
    connect(m_gap, &SkillGapPane::profileChanged, this, [this](qint64 profile) {
        m_model->setMatchExpression(matchSqlExpression(profile));
        m_details->setProfileLevels(profileLevels(m_db, profile));
    });
    connect(m_gap, &SkillGapPane::editProfilesRequested, this, &MainWindow::editProfiles);
    connect(m_gap, &SkillGapPane::skillSearchRequested, this, [this](const QString &skill) {
        QString quoted = skill;
        quoted.remove(QLatin1Char('"'));
        search(QStringLiteral("skill:\"%1\"").arg(quoted));
    });
    checkSkills();
    connect(m_sidebar, &SidebarPane::viewChanged, this, [this](const ListingView &view) {
        m_viewFilter = viewFilter(view, QDateTime::currentDateTimeUtc(), m_db.dialect());
        updateFilter();
    });
    connect(m_sidebar, &SidebarPane::hideRulesChanged, this, &MainWindow::reloadAfterEdit);

    connect(m_search, &SearchField::searchChanged, this, &MainWindow::applySearch);
    // Completion queries are bounded (LIMIT, indexed prefixes): fast enough for the GUI thread.
    m_search->setCompletionSource([this](const QString &line, int cursor) {
        try {
            return m_completions->complete(line, cursor);
        } catch (const StoreError &) {
            return QList<search::SearchCompletions::Completion>();
        }
    });
    connect(m_listings, &ListingsPane::currentListingChanged, this, &MainWindow::showListing);
    connect(m_listings, &ListingsPane::currentListingChanged, m_gap, &SkillGapPane::setListing);
    connect(m_listings, &ListingsPane::openLinkRequested, this,
            [](const QUrl &url) { openExternalLink(url); });
    connect(m_listings, &ListingsPane::hideRequested, this, &MainWindow::hideListings);
    connect(m_listings, &ListingsPane::hideCompanyRequested, this, [this](const QString &company) {
        m_undo->push(new HideCompanyCommand(m_db, company, [this] { reloadAfterEdit(); }));
        statusBar()->showMessage(
            tr("Listings from “%1” are hidden everywhere. Undo with %2.")
                .arg(company, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            10000);
    });
    // The skills gap counts the view's listings the table has read.
    connect(m_model, &ListingTableModel::loaded, this,
            [this] { m_gap->setViewListings(m_model->query().filter, m_model->listingIds()); });
    connect(m_model, &ListingTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &ListingTableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The search failed: %1").arg(message), 10000);
    });
    connect(m_import, &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_export, &ExportController::finished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    setAcceptDrops(true);
    updateStatus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPane(QWidget *pane, const QString &title, const QString &name,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(pane);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::restoreLayout()
{
    m_defaultLayout = saveState(layoutVersion);
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(layoutKey).toByteArray(), layoutVersion))
        resizeDocks({m_sidebarDock, m_detailsDock}, {width() * 15 / 100, width() * 33 / 100}, Qt::Horizontal);
    // The view the user was in, when it still exists.
    const ListingView last(ListingView::Kind(settings.value(viewKindKey, 0).toInt()),
                           settings.value(viewIdKey, 0).toLongLong());
    if (last.kind != ListingView::Kind::All)
        m_sidebar->selectView(last);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *open = new OpenLibraryMenu(file, m_db.path(), this);
    connect(open, &OpenLibraryMenu::openRequested, this, &MainWindow::openLibraryRequested);
    file->addSeparator();
    QAction *importFiles = file->addAction(tr("&Import Files…"), this, &MainWindow::importFiles);
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    file->addAction(tr("Import &Profile (JSON Resume)…"), this, &MainWindow::importProfile);
    file->addSeparator();
    QAction *exportView = file->addAction(tr("&Export View…"), this,
                                          [this] { m_export->exportListings(m_model->query(), {}, this); });
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportSelection = file->addAction(tr("Export &Selection…"), this, [this] {
        const QList<qint64> ids = m_listings->selectedListingIds();
        if (!ids.isEmpty())
            m_export->exportListings(m_model->query(), ids, this);
    });
    exportSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(tr("Export &Calendar…"), this, [this] {
        if (const QString message = exportCalendar(m_db, this); !message.isEmpty())
            statusBar()->showMessage(message, 10000);
    });
    file->addSeparator();
    auto *library = new LibraryController(m_db, this);
    m_library = library;
    library->setObjectName(QStringLiteral("libraryController"));
    connect(library, &LibraryController::finished, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(library, &LibraryController::libraryChanged, this, [this] {
        m_undo->clear(); // its commands describe the library as it was
        m_gap->listingsChanged();
        reloadAfterEdit();
    });
    file->addAction(tr("&Back Up Library…"), library, &LibraryController::backUp);
    file->addAction(tr("&Restore Library…"), library, &LibraryController::restore);
    file->addAction(tr("Export &Annotations…"), library, &LibraryController::exportAnnotations);
    file->addAction(tr("Import A&nnotations…"), library, &LibraryController::importAnnotations);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    // Every binding of the platform (Ctrl+Shift+Z and Ctrl+Y), not only the first.
    redo->setShortcuts(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
    QAction *paste = edit->addAction(tr("&Paste Listing"), this, &MainWindow::pasteListing);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    edit->addAction(tr("Skills &Dictionary…"), this, &MainWindow::editSkillDictionary);
    edit->addAction(tr("Pro&files…"), this, &MainWindow::editProfiles);
    edit->addAction(tr("S&tages…"), this, [this] {
        StagesDialog dialog(m_db, StageSet::Listings, this);
        dialog.exec();
        if (dialog.changed()) {
            m_annotate->reloadStages();
            reloadAfterEdit();
        }
    });
    edit->addAction(tr("T&ags…"), this, [this] {
        TagsDialog dialog(m_db, m_undo, [this] { reloadAfterEdit(); }, this);
        dialog.exec();
    });
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    // "/" focuses the search from anywhere but a text field (where it is a character).
    QAction *save = edit->addAction(tr("&Save Search…"), this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            m_sidebar->saveCurrentSearch(m_search->text());
    });
    save->setShortcut(QKeySequence::Save);
    for (QWidget *area : {static_cast<QWidget *>(m_listings), static_cast<QWidget *>(m_details),
                          static_cast<QWidget *>(m_sidebar)}) {
        auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), area, find, &QAction::trigger);
        slash->setContext(Qt::WidgetWithChildrenShortcut);
    }

    QMenu *listing = menuBar()->addMenu(tr("&Listing"));
    listing->addActions({m_listings->openLinkAction(), m_listings->copyLinkAction()});
    listing->addSeparator();
    listing->addActions({m_listings->hideAction(), m_listings->hideCompanyAction()});
    listing->addSeparator();
    m_annotate->addToMenu(listing);
    listing->addSeparator();
    listing->addAction(m_recruiting->markOpeningAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *sidebar = m_sidebarDock->toggleViewAction();
    sidebar->setText(tr("&Library Sidebar"));
    sidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    view->addAction(sidebar);
    QAction *details = m_detailsDock->toggleViewAction();
    details->setText(tr("&Details"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    view->addAction(details);
    QAction *gap = m_gapDock->toggleViewAction();
    gap->setText(tr("S&kills Gap"));
    gap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    view->addAction(gap);
    QAction *annotations = m_annotationsDock->toggleViewAction();
    annotations->setText(tr("&Annotations"));
    annotations->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(annotations);
    view->addAction(tr("&Funnel…"), this, [this] { FunnelDialog(m_db, this).exec(); });
    view->addAction(m_recruiting->showAction());
    view->addSeparator();
    view->addAction(tr("&Hide Rules…"), m_sidebar, &SidebarPane::showHideRules);
    view->addAction(tr("Reset &Columns"), m_listings, &ListingsPane::resetColumns);
    view->addAction(tr("Reset &Layout"), this, [this] { restoreState(m_defaultLayout, layoutVersion); });
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, text] : choices) {
        QAction *action = themes->addAction(text);
        action->setCheckable(true);
        action->setChecked(theme == savedTheme());
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            applyTheme(theme);
            saveTheme(theme);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *language = help->addAction(tr("&Search Language"), this, [this] {
        QWhatsThis::showText(m_search->mapToGlobal(QPoint(m_search->width() / 2, m_search->height())),
                             search::searchHelpHtml(), m_search);
    });
    language->setShortcut(QKeySequence::HelpContents);
    QAction *keys =
        help->addAction(tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog(menuBar(), this).exec(); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Jobdesk"), this, [this] { AboutDialog(this).exec(); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::search(const QString &query)
{
    m_search->setText(query);
    applySearch(query);
}

void MainWindow::applySearch(const QString &text)
{
    search::CompileContext context;
    context.now = QDateTime::currentDateTimeUtc();
    context.matchExpression = m_model->query().matchExpression;
    context.dialect = &m_db.dialect();
    const search::CompiledSearch compiled = search::compileSearch(text, context);
    if (!compiled.ok()) {
        // The table keeps its last valid result; the field shows where and why.
        m_search->setError(compiled.error);
        statusBar()->showMessage(compiled.error->message, 8000);
        return;
    }
    m_search->setError(std::nullopt);
    statusBar()->clearMessage();
    m_searchFilter = compiled.filter;
    updateFilter();
}

void MainWindow::updateFilter()
{
    const SqlFilter filter = allOf(m_viewFilter, m_searchFilter);
    m_model->setFilter(filter);
    m_gap->setView(filter, m_search->text());
}

// Listings imported before the dictionary changed (an update shipped a new one) are extracted again in
// the background; the table and the gap follow when that is done.
void MainWindow::maintainLibrary(int delayMs)
{
    if (!m_maintenance) {
        m_maintenance = new LibraryMaintenance(m_db, *m_library, this);
        connect(m_maintenance, &LibraryMaintenance::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    }
    m_maintenance->start(delayMs);
}

void MainWindow::checkSkills()
{
    // One thread for every run (at start, after each edit of the dictionary): runs follow one another,
    // and a newer one stops the run before it, whose work it would redo.
    if (!m_skillMaintenance) {
        m_skillMaintenance =
            new BackgroundReader(m_db.path(), QStringLiteral("SkillMaintenance"), QThread::LowPriority, this);
        connect(m_skillMaintenance, &BackgroundReader::failed, this, [this](quint64, const QString &message) {
            statusBar()->showMessage(tr("Skills could not be brought up to date: %1").arg(message), 10000);
        });
    }
    m_skillMaintenance->submit([this](const BackgroundReader::Context &context) {
        bool changed = false;
        // The dictionary is loaded here, off the GUI thread, and handed to the details pane.
        std::shared_ptr<const SkillIndex> index = ensureSkillsCurrent(
            context.db, [&context](const ReextractionProgress &) { return !context.stale(); }, &changed);
        if (context.stale())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, index, changed] {
                m_details->setSkillIndex(index);
                if (changed) {
                    m_gap->listingsChanged();
                    reloadAfterEdit();
                    m_gap->reload();
                }
            },
            Qt::QueuedConnection);
    });
}

// Edit ▸ Skills Dictionary…: the listings follow the user's edits in the background once it closes.
void MainWindow::editSkillDictionary()
{
    SkillDictionaryDialog dialog(m_db, this);
    dialog.exec();
    if (dialog.changed()) {
        m_gap->reload(); // a merge has moved the profiles' skills already
        checkSkills();
    }
}

// Edit ▸ Profiles…: every edit is stored at once; the match scores follow when it closes.
void MainWindow::editProfiles()
{
    ProfileEditorDialog dialog(m_db, m_gap->profileId(), this);
    dialog.exec();
    if (dialog.changed()) {
        m_gap->reload();
        m_details->setProfileLevels(profileLevels(m_db, m_gap->profileId()));
        m_model->refresh();
    }
}

void MainWindow::importProfile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import a Profile"), QString(),
                                                      tr("JSON Resume (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        const JsonResumeResult result = JsonResumeImporter(m_db).importFile(file);
        m_gap->reload();
        m_details->setProfileLevels(profileLevels(m_db, m_gap->profileId()));
        statusBar()->showMessage(
            tr("Profile “%1”: %n skill(s).", nullptr, int(result.skills.size())).arg(result.name), 10000);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Cannot import the profile"), error.message());
    }
}

void MainWindow::reloadAfterEdit()
{
    // The view's filter is built again: "Follow-up due" depends on the time.
    const SqlFilter filter =
        allOf(viewFilter(m_sidebar->currentView(), QDateTime::currentDateTimeUtc(), m_db.dialect()),
              m_searchFilter);
    if (filter == m_model->query().filter)
        m_model->refresh();
    else
        m_model->setFilter(filter);
    m_sidebar->refresh();
    m_gap->setView(filter, m_search->text());
}

void MainWindow::setUpAnnotations()
{
    m_annotations = new AnnotationPane(m_db, this);
    m_annotate = new AnnotationController(m_db, m_undo, m_listings, [this] { reloadAfterEdit(); }, this);
    m_annotationsDock =
        addPane(m_annotations, tr("Annotations"), QStringLiteral("annotationsDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_detailsDock, m_annotationsDock);
    m_annotations->setStages(m_annotate->stages());
    connect(m_annotate, &AnnotationController::stagesChanged, m_annotations, &AnnotationPane::setStages);
    connect(m_annotate, &AnnotationController::edited, m_annotations, &AnnotationPane::refresh);
    // An edit is based on what the pane shows of its listing (kept current by its refreshes).
    m_annotate->setShownBy([this] {
        return m_annotations->shown().listingId > 0 ? QList<Annotation>{m_annotations->shown()}
                                                    : QList<Annotation>();
    });
    connect(m_annotate, &AnnotationController::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Cannot annotate"), message); });
    connect(m_annotations, &AnnotationPane::stageRequested, m_annotate, &AnnotationController::setStage);
    connect(m_annotations, &AnnotationPane::ratingRequested, m_annotate, &AnnotationController::setRating);
    connect(m_annotations, &AnnotationPane::favouriteRequested, m_annotate,
            &AnnotationController::setFavourite);
    connect(m_listings, &ListingsPane::currentListingChanged, m_annotations, &AnnotationPane::setListing);
    connect(m_listings, &ListingsPane::selectedListingsChanged, m_annotations,
            [this] { m_annotations->setSelectionSize(int(m_listings->selectedListingIds().size())); });

    // The sections of the other annotations: each follows the current listing (tags and dates the whole
    // selection) and its edits reload the table and the pane's history.
    auto *notes = new NotesEditor(m_db, m_annotations);
    notes->setObjectName(QStringLiteral("notesEditor"));
    auto *tags = new TagEditor(
        m_db, m_undo,
        [this] {
            reloadAfterEdit();
            m_annotations->refresh();
        },
        m_annotations);
    auto *dates = new DatesEditor(m_db, m_undo, m_annotations);
    auto *contacts = new ContactsEditor(m_db, m_undo, m_annotations);
    m_annotations->addSection(notes, tr("Notes"));
    m_annotations->addSection(tags, tr("Tags"));
    m_annotations->addSection(dates, tr("Dates"));
    m_annotations->addSection(contacts, tr("Contacts"));
    connect(notes, &NotesEditor::saved, m_annotations, &AnnotationPane::refresh);
    connect(dates, &DatesEditor::edited, m_annotations, &AnnotationPane::refresh);
    connect(contacts, &ContactsEditor::edited, m_annotations, &AnnotationPane::refresh);
    connect(dates, &DatesEditor::edited, this, &MainWindow::reloadAfterEdit);
    connect(contacts, &ContactsEditor::edited, this, &MainWindow::reloadAfterEdit);
    const auto follow = [this, notes, tags, dates, contacts] {
        const qint64 current = m_listings->currentListingId();
        const QList<qint64> selected = m_listings->selectedListingIds();
        notes->setListing(current);
        tags->setListings(selected.isEmpty() && current > 0 ? QList<qint64>{current} : selected);
        dates->setListing(current, selected);
        contacts->setListing(current);
    };
    connect(m_listings, &ListingsPane::currentListingChanged, this, follow);
    connect(m_listings, &ListingsPane::selectedListingsChanged, this, follow);
}

void MainWindow::hideListings(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    try {
        auto *command = new HideListingsCommand(m_db, ids, [this] { reloadAfterEdit(); });
        const QString text = command->text();
        m_undo->push(command);
        statusBar()->showMessage(
            tr("%1. Undo with %2.")
                .arg(text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            8000);
    } catch (const StoreError &error) {
        QMessageBox::warning(this, tr("Cannot hide"), error.message());
    }
}

void MainWindow::showListing(qint64 id)
{
    std::optional<Listing> listing;
    try {
        if (id > 0)
            listing = m_repository->find(id);
    } catch (const StoreError &error) {
        // A damaged library (or one busy too long): the window goes on, and says what failed.
        statusBar()->showMessage(tr("The listing could not be read: %1").arg(error.message()), 10000);
    }
    if (listing)
        m_details->showListing(*listing);
    else
        m_details->clear();
}

void MainWindow::updateStatus()
{
    if (m_model->isLoading()) {
        m_count->setText(tr("Searching…"));
        return;
    }
    const int count = m_model->rowCount();
    m_count->setText(count == 1 ? tr("1 listing") : tr("%1 listings").arg(locale().toString(count)));
}

void MainWindow::watchLibrary(int pollIntervalMs)
{
    if (m_watcher)
        return;
    m_watcher = new LibraryWatcher(m_db, this, pollIntervalMs);
    if (!m_watcher->isWatching())
        statusBar()->showMessage(tr("Changes made by others show once Jobdesk can listen for them again: %1")
                                     .arg(m_watcher->error()),
                                 15000);
    try {
        m_newestListing = m_repository->newestId();
    } catch (const StoreError &) {
        // Unreadable now: the first change reloads the skills gap as well.
    }
    connect(m_watcher, &LibraryWatcher::changed, this, &MainWindow::showOthersChanges);
}

void MainWindow::showOthersChanges()
{
    if (!busyWith().isEmpty()) {
        // Not while this window's own import, restore or check runs (whose connection the watcher may
        // have seen): once it has ended, one reload for all the changes meanwhile.
        if (!m_othersChangesWaiting) {
            m_othersChangesWaiting = true;
            QTimer::singleShot(1000, this, [this] {
                m_othersChangesWaiting = false;
                showOthersChanges();
            });
        }
        return;
    }
    try {
        if (const qint64 newest = m_repository->newestId(); newest != m_newestListing) {
            m_newestListing = newest;
            m_gap->listingsChanged();
        }
    } catch (const StoreError &) {
        m_gap->listingsChanged();
    }
    reloadAfterEdit();
    m_annotations->refresh();
    if (RecruitingWindow *recruiting = m_recruiting->window())
        recruiting->reload(); // keeps the opening and pipeline shown, as after its own edits
}

void MainWindow::offerFirstStart()
{
    auto *offer = new FirstStartOffer(centralWidget());
    // Between the search field and the table.
    qobject_cast<QBoxLayout *>(centralWidget()->layout())->insertWidget(1, offer);
    connect(offer, &FirstStartOffer::loadSamplesRequested, this, [this] {
        try {
            importFinished(samples::load(m_db));
        } catch (const StoreError &error) {
            QMessageBox::warning(this, tr("Cannot load the sample listings"), error.message());
        }
    });
    connect(offer, &FirstStartOffer::importRequested, this, &MainWindow::importFiles);
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Listings"), QSettings().value(QStringLiteral("import/lastFolder")).toString(),
        tr("Listings (*.html *.htm *.json *.jsonld *.jsonl *.ndjson *.csv *.tsv *.xml *.rss *.atom *.txt);;"
           "All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
    m_import->importPaths(files);
}

void MainWindow::importFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import a Folder of Listings"),
                                          QSettings().value(QStringLiteral("import/lastFolder")).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), folder);
    m_import->importPaths({folder});
}

void MainWindow::pasteListing()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to import."), 5000);
        return;
    }
    m_import->importText(text);
}

void MainWindow::importFinished(const ImportReport &report)
{
    m_gap->listingsChanged();
    reloadAfterEdit();
    statusBar()->showMessage(report.summary(), 10000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files = !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(),
                                                      [](const QUrl &url) { return url.isLocalFile(); });
    if (files && !m_import->isRunning())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    m_import->importPaths(paths);
}

QString MainWindow::busyWith() const
{
    if (m_import->isRunning())
        return tr("An import is running.");
    if (m_library->isRunning())
        return tr("A backup or restore is running.");
    if (m_export->isRunning())
        return tr("An export is running.");
    if (m_maintenance && m_maintenance->isRunning())
        return tr("The library's daily check and backup are running.");
    return {};
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(layoutKey, saveState(layoutVersion));
    settings.setValue(viewKindKey, int(m_sidebar->currentView().kind));
    settings.setValue(viewIdKey, m_sidebar->currentView().id);
    m_listings->saveState();
}

} // namespace jobdesk
