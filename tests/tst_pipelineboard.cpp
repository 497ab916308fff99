// The pipeline board (ui/recruiting/pipelineboard.h) on an opening with three candidates: a column per
// stage with its cards, the empty states, moving a card with its context menu (opened from the keyboard)
// and by dropping it on another column's view, each moving it in the model and the library with its
// history, the selection following the card. The details pane beside it refuses a next step based on a
// pipeline another member changed meanwhile and shows their change instead. With JOBDESK_SCREENSHOT_DIR
// set, the board is saved in light and dark.
#include "testsupport.h"

#include "annotations/noteseditor.h"
#include "annotations/stagestore.h"
#include "recruiting/candidateimport.h"
#include "recruiting/candidatestore.h"
#include "recruiting/openingstore.h"
#include "recruiting/pipelineboard.h"
#include "recruiting/pipelineboardmodel.h"
#include "recruiting/pipelinedetails.h"
#include "recruiting/pipelinestore.h"
#include "store/database.h"
#include "theme.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace jobdesk;

namespace {

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::UTC);
}

QStringList cardNames(const QListView *view)
{
    QStringList names;
    const QModelIndex root = view->rootIndex();
    for (int row = 0; row < view->model()->rowCount(root); ++row)
        names.append(view->model()->index(row, 0, root).data().toString());
    return names;
}

QModelIndex cardOf(const QListView *view, const QString &name)
{
    const QModelIndex root = view->rootIndex();
    for (int row = 0; row < view->model()->rowCount(root); ++row) {
        const QModelIndex index = view->model()->index(row, 0, root);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

// Chooses `stage` in the card menu's "Move to" as soon as the menu is up; `seen` gets the menu's
// stages, "(off)" after those that cannot be chosen.
void answerCardMenu(const QString &stage, QStringList *seen)
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, stage, seen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || menu->objectName() != QLatin1String("cardMenu"))
            return;
        timer->deleteLater();
        auto *moveTo = menu->findChild<QMenu *>(QStringLiteral("moveToMenu"));
        if (!moveTo) {
            menu->close();
            return;
        }
        *seen << moveTo->title();
        QAction *chosen = nullptr;
        for (QAction *action : moveTo->actions()) {
            *seen << action->text() + (action->isEnabled() ? QString() : QStringLiteral(" (off)"));
            if (action->text() == stage)
                chosen = action;
        }
        if (chosen)
            chosen->trigger();
        menu->close();
    });
    timer->start(20);
}

} // namespace

class TestPipelineBoard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_library;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_stages;
    QHash<QString, qint64> m_pipelines;
    const qint64 m_opening = 1;
    const qint64 m_emptyOpening = 2;

    QListView *column(const PipelineBoard &board, const QString &stage) const
    {
        auto *frame = board.findChild<QWidget *>(QStringLiteral("boardColumn-") + stage);
        return frame ? frame->findChild<QListView *>(QStringLiteral("boardColumnView")) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        applyTheme(Theme::Light);
    }

    void init()
    {
        m_library = std::make_unique<test::TempLibrary>();
        m_db = m_library->open();
        test::addListings(*m_db, 2);
        QVERIFY(importCandidates(*m_db, {test::sharedData(QStringLiteral("formats/jsonresume"))},
                                 QDate(2026, 11, 1))
                    .ok());
        QHash<QString, qint64> candidates;
        for (const CandidateSummary &candidate : CandidateStore(*m_db).list())
            candidates.insert(candidate.name, candidate.id);
        for (const Stage &stage : StageStore(*m_db, StageSet::Candidates).list())
            m_stages.insert(stage.name, stage.id);
        QCOMPARE(OpeningStore(*m_db).mark({m_opening, m_emptyOpening}, at(1)), 2);
        PipelineStore pipelines(*m_db);
        const auto add = [&](const QString &name, const QString &stage) {
            m_pipelines.insert(
                name, pipelines.add(candidates.value(name), m_opening, m_stages.value(stage), at(2)));
        };
        add(QStringLiteral("Jane Developer"), QStringLiteral("Sourced"));
        add(QStringLiteral("Maya Okonkwo"), QStringLiteral("Screening"));
        add(QStringLiteral("Daniel Reyes"), QStringLiteral("Interviewing"));
        pipelines.setNextStep(m_pipelines.value(QStringLiteral("Daniel Reyes")),
                              QStringLiteral("Panel interview with the data team"), at(12, 14), at(3));
        pipelines.setNextStep(m_pipelines.value(QStringLiteral("Maya Okonkwo")),
                              QStringLiteral("Send the take-home"), {}, at(3));
    }

    void cleanup()
    {
        m_stages.clear();
        m_pipelines.clear();
        m_db.reset();
        m_library.reset();
    }

    void saysWhenThereIsNothingToShow()
    {
        PipelineBoard board(*m_db);
        board.resize(900, 400);
        board.show();
        auto *empty = board.findChild<QLabel *>(QStringLiteral("boardEmptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Choose an opening to see its pipeline."));
        board.setOpening(m_emptyOpening);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No candidates")));
        board.setOpening(m_opening);
        QVERIFY(!empty->isVisible());
        QVERIFY(column(board, QStringLiteral("Sourced"))->isVisible());
        board.setOpening(0);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("Choose an opening to see its pipeline."));
    }

    void showsAColumnPerStageWithItsCards()
    {
        PipelineBoard board(*m_db);
        board.resize(1200, 420);
        board.setOpening(m_opening);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        const QList<Stage> stages = StageStore(*m_db, StageSet::Candidates).list();
        QCOMPARE(board.findChildren<QListView *>(QStringLiteral("boardColumnView")).size(), stages.size());
        for (const Stage &stage : stages) {
            QListView *view = column(board, stage.name);
            QVERIFY2(view, qPrintable(stage.name));
            QCOMPARE(view, board.columnView(stage.id));
            QCOMPARE(view->rootIndex().data(PipelineBoardModel::StageIdRole).toLongLong(), stage.id);
            // The stage's colour reaches the views as a QColor.
            QCOMPARE(view->rootIndex().data(Qt::DecorationRole).value<QColor>(),
                     QColor::fromString(stage.color));
            auto *frame = board.findChild<QWidget *>(QStringLiteral("boardColumn-") + stage.name);
            QCOMPARE(frame->findChild<QLabel *>(QStringLiteral("boardColumnTitle"))->text(), stage.name);
            QCOMPARE(frame->findChild<QLabel *>(QStringLiteral("boardColumnCount"))->text(),
                     QString::number(cardNames(view).size()));
        }
        QCOMPARE(cardNames(column(board, QStringLiteral("Sourced"))),
                 QStringList{QStringLiteral("Jane Developer")});
        QCOMPARE(cardNames(column(board, QStringLiteral("Screening"))),
                 QStringList{QStringLiteral("Maya Okonkwo")});
        QCOMPARE(cardNames(column(board, QStringLiteral("Interviewing"))),
                 QStringList{QStringLiteral("Daniel Reyes")});
        QCOMPARE(cardNames(column(board, QStringLiteral("Offer"))), QStringList{});

        // Choosing a card says which pipeline it is.
        QSignalSpy activated(&board, &PipelineBoard::pipelineActivated);
        QListView *interviewing = column(board, QStringLiteral("Interviewing"));
        const QModelIndex daniel = cardOf(interviewing, QStringLiteral("Daniel Reyes"));
        QTest::mouseClick(interviewing->viewport(), Qt::LeftButton, {},
                          interviewing->visualRect(daniel).center());
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.last().first().toLongLong(), m_pipelines.value(QStringLiteral("Daniel Reyes")));
        QVERIFY(daniel.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Panel interview")));
    }

    void theCardMenuMovesACardFromTheKeyboard()
    {
        PipelineBoard board(*m_db);
        board.resize(1200, 420);
        board.setOpening(m_opening);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QSignalSpy activated(&board, &PipelineBoard::pipelineActivated);
        QSignalSpy failed(&board, &PipelineBoard::moveFailed);
        const qint64 jane = m_pipelines.value(QStringLiteral("Jane Developer"));

        QListView *sourced = column(board, QStringLiteral("Sourced"));
        sourced->setFocus();
        sourced->setCurrentIndex(cardOf(sourced, QStringLiteral("Jane Developer")));
        QCOMPARE(activated.last().first().toLongLong(), jane);
        QStringList seen;
        answerCardMenu(QStringLiteral("Submitted"), &seen);
        // The menu key: a keyboard context menu event at the current card.
        QContextMenuEvent menuKey(
            QContextMenuEvent::Keyboard, sourced->visualRect(sourced->currentIndex()).center(),
            sourced->viewport()->mapToGlobal(sourced->visualRect(sourced->currentIndex()).center()));
        QApplication::sendEvent(sourced, &menuKey);
        QTRY_VERIFY(!seen.isEmpty());
        QCOMPARE(seen.first(), QStringLiteral("Move to"));
        QVERIFY2(seen.contains(QStringLiteral("Sourced (off)")), qPrintable(seen.join(QLatin1Char('|'))));
        QVERIFY2(seen.contains(QStringLiteral("Submitted")), qPrintable(seen.join(QLatin1Char('|'))));
        QCOMPARE(seen.size(), 1 + m_stages.size());

        QListView *submitted = column(board, QStringLiteral("Submitted"));
        QTRY_COMPARE(cardNames(submitted), QStringList{QStringLiteral("Jane Developer")});
        QCOMPARE(cardNames(sourced), QStringList{});
        QCOMPARE(failed.size(), 0);
        auto *submittedFrame = board.findChild<QWidget *>(QStringLiteral("boardColumn-Submitted"));
        QCOMPARE(submittedFrame->findChild<QLabel *>(QStringLiteral("boardColumnCount"))->text(),
                 QStringLiteral("1"));
        // In the library, with its history.
        PipelineStore pipelines(*m_db);
        QCOMPARE(pipelines.find(jane)->stageId, m_stages.value(QStringLiteral("Submitted")));
        QCOMPARE(pipelines.history(jane).last().detail, QStringLiteral("Sourced → Submitted"));
        // The card stays chosen in its new column, with the focus.
        QCOMPARE(submitted->currentIndex().data(PipelineBoardModel::PipelineIdRole).toLongLong(), jane);
        QVERIFY(submitted->selectionModel()->isSelected(submitted->currentIndex()));
        QVERIFY(!sourced->currentIndex().isValid());
        QVERIFY(sourced->selectionModel()->selectedIndexes().isEmpty());
        QTRY_VERIFY(submitted->hasFocus());
        QCOMPARE(activated.last().first().toLongLong(), jane);
    }

    void aCardDroppedOnAnotherColumnMoves()
    {
        PipelineBoard board(*m_db);
        board.resize(1200, 420);
        board.setOpening(m_opening);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QSignalSpy moved(board.model(), &PipelineBoardModel::moved);
        const qint64 maya = m_pipelines.value(QStringLiteral("Maya Okonkwo"));
        const qint64 daniel = m_pipelines.value(QStringLiteral("Daniel Reyes"));
        PipelineStore pipelines(*m_db);

        // What the source view would drag, dropped through the target view's model.
        QListView *screening = column(board, QStringLiteral("Screening"));
        QListView *offer = column(board, QStringLiteral("Offer"));
        screening->setCurrentIndex(cardOf(screening, QStringLiteral("Maya Okonkwo")));
        std::unique_ptr<QMimeData> drag(
            screening->model()->mimeData({cardOf(screening, QStringLiteral("Maya Okonkwo"))}));
        QVERIFY(drag);
        QVERIFY(offer->model()->dropMimeData(drag.get(), Qt::MoveAction, -1, 0, offer->rootIndex()));
        QCOMPARE(cardNames(offer), QStringList{QStringLiteral("Maya Okonkwo")});
        QCOMPARE(cardNames(screening), QStringList{});
        QCOMPARE(pipelines.find(maya)->stageId, m_stages.value(QStringLiteral("Offer")));
        QCOMPARE(pipelines.history(maya).last().detail, QStringLiteral("Screening → Offer"));
        QCOMPARE(offer->currentIndex().data(PipelineBoardModel::PipelineIdRole).toLongLong(), maya);

        // A real drop event on the empty part of the Placed column's viewport.
        QListView *interviewing = column(board, QStringLiteral("Interviewing"));
        QListView *placed = column(board, QStringLiteral("Placed"));
        std::unique_ptr<QMimeData> danielDrag(
            interviewing->model()->mimeData({cardOf(interviewing, QStringLiteral("Daniel Reyes"))}));
        const QPoint below(placed->viewport()->width() / 2, placed->viewport()->height() - 12);
        QDragEnterEvent enter(below, Qt::MoveAction, danielDrag.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(placed->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(below, Qt::MoveAction, danielDrag.get(), Qt::LeftButton, Qt::NoModifier);
        drop.setDropAction(Qt::MoveAction);
        drop.setAccepted(false);
        QApplication::sendEvent(placed->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(drop.dropAction(), Qt::MoveAction);
        QCOMPARE(cardNames(placed), QStringList{QStringLiteral("Daniel Reyes")});
        QCOMPARE(cardNames(interviewing), QStringList{});
        QCOMPARE(pipelines.find(daniel)->stageId, m_stages.value(QStringLiteral("Placed")));
        QCOMPARE(pipelines.history(daniel).last().detail, QStringLiteral("Interviewing → Placed"));
        QCOMPARE(moved.size(), 2);

        // Dropped onto a card: that card's column.
        std::unique_ptr<QMimeData> again(
            offer->model()->mimeData({cardOf(offer, QStringLiteral("Maya Okonkwo"))}));
        QVERIFY(placed->model()->dropMimeData(again.get(), Qt::MoveAction, -1, 0,
                                              cardOf(placed, QStringLiteral("Daniel Reyes"))));
        QCOMPARE(cardNames(placed),
                 (QStringList{QStringLiteral("Daniel Reyes"), QStringLiteral("Maya Okonkwo")}));
        QCOMPARE(board.findChild<QWidget *>(QStringLiteral("boardColumn-Placed"))
                     ->findChild<QLabel *>(QStringLiteral("boardColumnCount"))
                     ->text(),
                 QStringLiteral("2"));
    }

    void theDetailsRefuseANextStepSomeoneChangedMeanwhile()
    {
        PipelineDetails details(*m_db);
        details.resize(400, 600);
        details.show();
        const qint64 maya = m_pipelines.value(QStringLiteral("Maya Okonkwo"));
        details.setPipeline(maya);
        auto *nextStep = details.findChild<QLineEdit *>(QStringLiteral("pipelineNextStep"));
        QVERIFY(nextStep);
        QCOMPARE(nextStep->text(), QStringLiteral("Send the take-home"));

        // Another member (a second connection: on a team library, another session) changes it meanwhile.
        const std::unique_ptr<Database> theirs = m_library->open();
        PipelineStore(*theirs).setNextStep(maya, QStringLiteral("Call about the take-home"), at(6), at(4));

        // The user's edit rests on what the pane showed: refused, nothing written, their change shown.
        QVERIFY(!details.setNextStep(QStringLiteral("Book the panel"), {}));
        QCOMPARE(PipelineStore(*m_db).find(maya)->nextStep, QStringLiteral("Call about the take-home"));
        QCOMPARE(nextStep->text(), QStringLiteral("Call about the take-home"));
        QVERIFY2(details.message().contains(QStringLiteral("Call about the take-home")),
                 qPrintable(details.message()));
        QVERIFY2(details.message().contains(QStringLiteral("not saved")), qPrintable(details.message()));

        // Seen now, it goes through; the user's own notes in between do not make it stale.
        details.notes()->editor()->setFocus();
        QTest::keyClicks(details.notes()->editor(), QStringLiteral("Prefers mornings"));
        QVERIFY(details.notes()->save());
        QVERIFY(details.setNextStep(QStringLiteral("Book the panel"), at(9)));
        QVERIFY2(details.message().isEmpty(), qPrintable(details.message()));
        const Pipeline stored = *PipelineStore(*theirs).find(maya);
        QCOMPARE(stored.nextStep, QStringLiteral("Book the panel"));
        QCOMPARE(stored.nextStepAt, at(9));
        QCOMPARE(stored.notes, QStringLiteral("Prefers mornings"));
        QCOMPARE(nextStep->text(), QStringLiteral("Book the panel"));
    }

    void followsStagesEditedElsewhere()
    {
        PipelineBoard board(*m_db);
        board.resize(1200, 420);
        board.setOpening(m_opening);
        board.show();
        StageStore stages(*m_db, StageSet::Candidates);
        // Renamed: the same column, named anew.
        QListView *screening = column(board, QStringLiteral("Screening"));
        stages.rename(m_stages.value(QStringLiteral("Screening")), QStringLiteral("Phone screen"));
        board.reload();
        QCOMPARE(column(board, QStringLiteral("Phone screen")), screening);
        QVERIFY(!column(board, QStringLiteral("Screening")));
        // Added: the columns are made anew, one more.
        stages.add(QStringLiteral("Reference check"), QStringLiteral("#0ea5e9"));
        board.reload();
        QCOMPARE(board.findChildren<QListView *>(QStringLiteral("boardColumnView")).size(),
                 m_stages.size() + 1);
        QVERIFY(column(board, QStringLiteral("Reference check")));
        QCOMPARE(cardNames(column(board, QStringLiteral("Phone screen"))),
                 QStringList{QStringLiteral("Maya Okonkwo")});
        QVERIFY(board.model()->moveToStage({m_pipelines.value(QStringLiteral("Maya Okonkwo"))},
                                           stages.list().last().id));
        QCOMPARE(cardNames(column(board, QStringLiteral("Reference check"))),
                 QStringList{QStringLiteral("Maya Okonkwo")});
    }

    void looksRightInLightAndDark()
    {
        const QString dir = qEnvironmentVariable("JOBDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("JOBDESK_SCREENSHOT_DIR is not set");
        PipelineStore(*m_db).moveTo(m_pipelines.value(QStringLiteral("Jane Developer")),
                                    m_stages.value(QStringLiteral("Screening")), at(4));
        PipelineBoard board(*m_db);
        board.resize(1280, 360);
        board.setOpening(m_opening);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QListView *screening = column(board, QStringLiteral("Screening"));
        screening->setFocus();
        screening->setCurrentIndex(cardOf(screening, QStringLiteral("Maya Okonkwo")));
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            QTest::qWait(20);
            const QString name = theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
            QVERIFY(board.grab().save(QDir(dir).filePath(QStringLiteral("pipeline-board-%1.png").arg(name))));
        }
        board.setOpening(0);
        QTest::qWait(20);
        QVERIFY(board.grab().save(QDir(dir).filePath(QStringLiteral("pipeline-board-empty-dark.png"))));
        applyTheme(Theme::Light);
    }
};

QTEST_MAIN(TestPipelineBoard)
#include "tst_pipelineboard.moc"
