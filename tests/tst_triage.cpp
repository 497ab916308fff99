// Triage with the keyboard alone on the real window: fifty listings, each rated with a digit, given a
// status with Ctrl+digit and some marked favourite, moving on with the down arrow; a multi-selection
// rated in one step; the library holds all of it, a new window shows it, and Ctrl+Z takes every change
// back. Also the Annotations pane follows the current listing and edits through the same undo stack.
#include "testsupport.h"

#include "annotations/annotationcontroller.h"
#include "annotations/annotationpane.h"
#include "annotations/annotationstore.h"
#include "annotations/funneldialog.h"
#include "annotations/stagestore.h"
#include "annotations/starrating.h"
#include "listings/listingcolumns.h"
#include "listings/listingspane.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/sql.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace jobdesk;

namespace {

constexpr int listingCount = 50;

int ratingFor(int row)
{
    return (row * 7 + 3) % 6;
}

int stageIndexFor(int row)
{
    return row % 9;
}

bool favouriteFor(int row)
{
    return row % 7 == 2;
}

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;

    int historyRows() const
    {
        return sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM stage_history")).toInt();
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        test::addListings(*m_db, listingCount);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void fiftyListingsWithTheKeyboardAloneThenUndoneWithCtrlZ()
    {
        applyTheme(Theme::Light);
        const QList<Stage> stages = StageStore(*m_db).list();
        QList<qint64> ids;
        {
            MainWindow window(*m_db);
            window.resize(1280, 800);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(test::waitUntilLoaded(*window.listingModel()));
            QTableView *table = window.listingsPane()->view();
            QCOMPARE(table->model()->rowCount(), listingCount);
            table->setFocus();
            QCOMPARE(table->currentIndex().row(), 0);
            for (int row = 0; row < listingCount; ++row)
                ids.append(window.listingModel()->listingId(row));

            for (int row = 0; row < listingCount; ++row) {
                QCOMPARE(window.listingsPane()->currentListingId(), ids[row]);
                QTest::keyClick(table, Qt::Key(Qt::Key_0 + ratingFor(row)));
                QTest::keyClick(table, Qt::Key(Qt::Key_1 + stageIndexFor(row)), Qt::ControlModifier);
                if (favouriteFor(row))
                    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
                QVERIFY(test::waitUntilLoaded(*window.listingModel()));
                QTest::keyClick(table, Qt::Key_Down);
            }

            AnnotationStore store(*m_db);
            const QList<Annotation> annotations = store.annotations(ids);
            QCOMPARE(annotations.size(), listingCount);
            int moved = 0;
            for (int row = 0; row < listingCount; ++row) {
                const Annotation &a = annotations[row];
                QCOMPARE(a.rating, ratingFor(row));
                QCOMPARE(a.favourite, favouriteFor(row));
                // New is where never-moved listings are: Ctrl+1 on them changes nothing.
                const qint64 expected = stageIndexFor(row) == 0 ? 0 : stages[stageIndexFor(row)].id;
                QCOMPARE(a.stageId, expected);
                moved += expected != 0;
                // The table shows it.
                const QModelIndex status = table->model()->index(row, int(ListingColumn::Status));
                QCOMPARE(status.data().toString(), stages[stageIndexFor(row)].name);
                QCOMPARE(status.siblingAtColumn(int(ListingColumn::Rating)).data(SortValueRole).toInt(),
                         ratingFor(row));
            }
            QCOMPARE(historyRows(), moved);

            // Several rows at once: Shift+Up four times selects five, a 5 rates them all in one step.
            const int steps = window.undoStack()->count();
            for (int i = 0; i < 4; ++i)
                QTest::keyClick(table, Qt::Key_Up, Qt::ShiftModifier);
            QCOMPARE(window.listingsPane()->selectedListingIds().size(), 5);
            QTest::keyClick(table, Qt::Key_5);
            QCOMPARE(window.undoStack()->count(), steps + 1);
            for (const Annotation &a : store.annotations(ids.mid(listingCount - 5)))
                QCOMPARE(a.rating, 5);
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
            for (int row = listingCount - 5; row < listingCount; ++row)
                QCOMPARE(store.annotation(ids[row]).rating, ratingFor(row));
            window.close();
        }

        // A new window (a restart) shows what was stored.
        {
            MainWindow window(*m_db);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(test::waitUntilLoaded(*window.listingModel()));
            QTableView *table = window.listingsPane()->view();
            QCOMPARE(window.listingModel()->listingId(4), ids[4]);
            QCOMPARE(table->model()->index(4, int(ListingColumn::Status)).data().toString(),
                     stages[stageIndexFor(4)].name);
            QCOMPARE(table->model()->index(4, int(ListingColumn::Rating)).data(SortValueRole).toInt(),
                     ratingFor(4));
            window.close();
        }
    }

    void ctrlZTakesBackEveryChange()
    {
        MainWindow window(*m_db);
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QTableView *table = window.listingsPane()->view();
        table->setFocus();
        QList<qint64> ids;
        for (int row = 0; row < listingCount; ++row)
            ids.append(window.listingModel()->listingId(row));
        QList<Annotation> before = AnnotationStore(*m_db).annotations(ids);
        for (Annotation &a : before)
            a.version = 0;
        for (int row = 0; row < listingCount; ++row) {
            QTest::keyClick(table, Qt::Key(Qt::Key_0 + ratingFor(row)));
            QTest::keyClick(table, Qt::Key(Qt::Key_1 + stageIndexFor(row)), Qt::ControlModifier);
            if (favouriteFor(row))
                QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
            QVERIFY(test::waitUntilLoaded(*window.listingModel()));
            QTest::keyClick(table, Qt::Key_Down);
        }
        QVERIFY(historyRows() > 0);
        QVERIFY(window.undoStack()->count() > listingCount);

        for (int i = 0; i < 1000 && window.undoStack()->canUndo(); ++i)
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!window.undoStack()->canUndo());
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QList<Annotation> after = AnnotationStore(*m_db).annotations(ids);
        for (Annotation &a : after) {
            a.updatedAt = {}; // the undo wrote the rows again: only the values count
            a.version = 0;
        }
        QCOMPARE(after, before);
        QCOMPARE(historyRows(), 0);
        QCOMPARE(table->model()->index(0, int(ListingColumn::Status)).data().toString(),
                 QStringLiteral("New"));

        // Ctrl+Shift+Z redoes.
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(AnnotationStore(*m_db).annotation(ids[0]).rating, ratingFor(0));
    }

    void thePaneFollowsAndEditsTheSelection()
    {
        MainWindow window(*m_db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("annotationsDock"));
        QVERIFY(dock);
        dock->raise();
        AnnotationPane *pane = window.annotationPane();
        ListingsPane *listings = window.listingsPane();
        listings->selectRow(3);
        const qint64 id = listings->currentListingId();
        QCOMPARE(pane->listingId(), id);
        QCOMPARE(pane->statusBox()->currentText(), QStringLiteral("New"));

        // Status from the combo, rating from a star, favourite from the toggle: all undoable.
        const int screening = pane->statusBox()->findText(QStringLiteral("Screening"));
        pane->statusBox()->setCurrentIndex(screening);
        Q_EMIT pane->statusBox()->activated(screening);
        StarRating *stars = pane->ratingStars();
        QTest::mouseClick(stars, Qt::LeftButton, {}, QPoint(stars->width() - 4, stars->height() / 2));
        QTest::mouseClick(pane->favouriteButton(), Qt::LeftButton);
        const Annotation annotation = AnnotationStore(*m_db).annotation(id);
        QCOMPARE(StageStore(*m_db).list()[3].id, annotation.stageId);
        QCOMPARE(annotation.rating, 5);
        QVERIFY(annotation.favourite);
        QCOMPARE(pane->ratingStars()->rating(), 5);
        QVERIFY(pane->favouriteButton()->isChecked());
        // Newest first: favourite, rating, status.
        QCOMPARE(pane->historyList()->topLevelItemCount(), 3);
        QCOMPARE(pane->historyList()->topLevelItem(2)->text(1),
                 test::shownWithMember(*m_db, QStringLiteral("New → Screening")));
        QCOMPARE(window.undoStack()->count(), 3);

        // The table paints the rating as gold stars and the status with the stage's colour.
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QTableView *table = listings->view();
        const auto pixelsLike = [table](int column, const QColor &color) {
            table->scrollTo(table->model()->index(3, column));
            const QImage image = table->viewport()->grab().toImage();
            const QRect cell = table->visualRect(table->model()->index(3, column)) & image.rect();
            int count = 0;
            for (int y = cell.top(); y <= cell.bottom(); ++y) {
                for (int x = cell.left(); x <= cell.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (qAbs(c.red() - color.red()) < 24 && qAbs(c.green() - color.green()) < 24 &&
                        qAbs(c.blue() - color.blue()) < 24)
                        ++count;
                }
            }
            return count;
        };
        QVERIFY2(pixelsLike(int(ListingColumn::Rating), QColor(0xf5, 0xb3, 0x01)) > 60,
                 "no gold stars painted");
        QVERIFY2(pixelsLike(int(ListingColumn::Status), QColor(StageStore(*m_db).list()[3].color)) > 10,
                 "no stage colour painted");

        // A multi-selection: the pane's edit applies to all of them.
        listings->view()->selectRow(5);
        listings->view()->selectionModel()->select(listings->view()->model()->index(6, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<qint64> selected = listings->selectedListingIds();
        QCOMPARE(selected.size(), 2);
        QTest::mouseClick(stars, Qt::LeftButton, {}, QPoint(4, stars->height() / 2));
        for (const Annotation &a : AnnotationStore(*m_db).annotations(selected))
            QCOMPARE(a.rating, 1);
        QCOMPARE(window.undoStack()->count(), 4);

        if (const QByteArray dir = qgetenv("JOBDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            // A pipeline with a history to look at: most saved, fewer applied, fewer still further.
            const QList<Stage> stages = StageStore(*m_db).list();
            const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-60);
            AnnotationStore store(*m_db);
            for (int row = 10; row < listingCount; ++row) {
                const qint64 listing = window.listingModel()->listingId(row);
                const int furthest = row < 24   ? 1
                                     : row < 36 ? 2
                                     : row < 42 ? 3
                                     : row < 46 ? 4
                                     : row < 48 ? 5
                                                : 6;
                for (int stage = 1; stage <= furthest; ++stage)
                    store.setStage({listing}, stages[stage].id, start.addDays(stage * (3 + row % 5)));
                if (row % 4 == 0 && furthest >= 2 && furthest < 6)
                    store.setStage({listing}, stages[7].id, start.addDays(30 + row % 9));
            }
            listings->selectRow(3);
            for (const Theme theme : {Theme::Light, Theme::Dark}) {
                applyTheme(theme);
                const QString suffix =
                    theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
                QTest::qWait(50);
                table->scrollTo(table->model()->index(3, int(ListingColumn::Rating)));
                table->grab().save(
                    QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("table-%1.png").arg(suffix)));
                dock->grab().save(QDir(QString::fromLocal8Bit(dir))
                                      .filePath(QStringLiteral("annotations-pane-%1.png").arg(suffix)));
                FunnelDialog funnel(*m_db, &window);
                funnel.resize(760, 420);
                funnel.show();
                QVERIFY(QTest::qWaitForWindowExposed(&funnel));
                funnel.grab().save(
                    QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("funnel-%1.png").arg(suffix)));
            }
            applyTheme(Theme::Light);
        }
    }
};

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
