// The main window only arranges panes and menus; each pane owns its own behaviour.
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;

namespace jobdesk {

class Database;
class DetailsPane;
class ImportController;
class ListingRepository;
class ListingTableModel;
class ListingsPane;
struct ImportReport;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    ListingsPane *listingsPane() const { return m_listings; }
    DetailsPane *detailsPane() const { return m_details; }
    ImportController *importController() const { return m_import; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void showListing(qint64 id);
    void updateStatus();
    void importFiles();
    void importFolder();
    void pasteListing();
    void importFinished(const ImportReport &report);

    Database &m_db;
    std::unique_ptr<ListingRepository> m_repository;
    ListingTableModel *m_model;
    QSplitter *m_splitter;
    ListingsPane *m_listings;
    DetailsPane *m_details;
    QLabel *m_count;
    ImportController *m_import;
};

} // namespace jobdesk
