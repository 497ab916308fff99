#include "mainwindow.h"

#include "aboutdialog.h"
#include "details/detailspane.h"
#include "import/importcontroller.h"
#include "listings/listingspane.h"
#include "theme.h"

#include "import/importreport.h"
#include "listings/listingtablemodel.h"
#include "store/database.h"
#include "store/listingrepository.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace jobdesk {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_repository(std::make_unique<ListingRepository>(db))
    , m_model(new ListingTableModel(db, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_listings(new ListingsPane(m_model, m_splitter))
    , m_details(new DetailsPane(m_splitter))
    , m_count(new QLabel(this))
    , m_import(new ImportController(db, this))
{
    setWindowTitle(tr("%1 — Jobdesk").arg(QFileInfo(db.path()).fileName()));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_listings);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_count);
    createMenus();

    connect(m_listings, &ListingsPane::currentListingChanged, this, &MainWindow::showListing);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_import, &ImportController::finished, this, &MainWindow::importFinished);
    setAcceptDrops(true);
    updateStatus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({width() * 65 / 100, width() * 35 / 100});
    m_listings->selectRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("&Import Files…"), this, &MainWindow::importFiles);
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolder);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *paste = edit->addAction(tr("&Paste Listing"), this, &MainWindow::pasteListing);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *details = view->addAction(tr("&Details Pane"));
    details->setCheckable(true);
    details->setChecked(true);
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(details, &QAction::toggled, m_details, &QWidget::setVisible);
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
    QAction *about = help->addAction(tr("&About Jobdesk"), this, [this] { AboutDialog(this).exec(); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showListing(qint64 id)
{
    const std::optional<Listing> listing = id > 0 ? m_repository->find(id) : std::nullopt;
    if (listing)
        m_details->showListing(*listing);
    else
        m_details->clear();
}

void MainWindow::updateStatus()
{
    const int count = m_model->rowCount();
    m_count->setText(count == 1 ? tr("1 listing") : tr("%1 listings").arg(locale().toString(count)));
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
    m_model->refresh();
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_listings->saveState();
    event->accept();
}

} // namespace jobdesk
