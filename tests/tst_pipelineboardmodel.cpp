// The pipeline board model (models/recruiting/pipelineboardmodel.h) on a library with the example
// resumes as candidates: correct under QAbstractItemModelTester through loading, moves and reloads;
// stages in order with their counts, cards under their stage; a drop onto another stage (or onto a card
// there) moves the pipelines in the library with their history and moves the rows; a drop of an unknown
// or removed pipeline is refused, says why and changes nothing; reload() follows changes made through
// another connection row by row.
#include "testsupport.h"

#include "annotations/stagestore.h"
#include "recruiting/candidateimport.h"
#include "recruiting/candidatestore.h"
#include "recruiting/openingstore.h"
#include "recruiting/pipelineboardmodel.h"
#include "recruiting/pipelinestore.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::UTC);
}

// The board as text, one line per stage: "Screening (1): Daniel Reyes".
QStringList board(const PipelineBoardModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex stage = model.index(row, 0);
        QStringList names;
        for (int card = 0; card < model.rowCount(stage); ++card)
            names.append(model.index(card, 0, stage).data().toString());
        lines.append(stage.data().toString() + QStringLiteral(": ") + names.join(QStringLiteral(", ")));
    }
    return lines;
}

std::unique_ptr<QMimeData> dragOf(const PipelineBoardModel &model, const QList<qint64> &ids)
{
    QModelIndexList indexes;
    for (const qint64 id : ids)
        indexes.append(model.pipelineIndex(id));
    return std::unique_ptr<QMimeData>(model.mimeData(indexes));
}

std::unique_ptr<QMimeData> rawDrag(const QByteArray &ids)
{
    auto data = std::make_unique<QMimeData>();
    data->setData(PipelineBoardModel::mimeType(), ids);
    return data;
}

} // namespace

class TestPipelineBoardModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_library;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_candidates;
    QHash<QString, qint64> m_stages;
    QHash<QString, qint64> m_pipelines; // of the first opening, by candidate
    qint64 m_opening = 0;
    qint64 m_otherOpening = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_library = std::make_unique<test::TempLibrary>();
        m_db = m_library->open();
        test::addListings(*m_db, 3);
        const CandidateImportReport report = importCandidates(
            *m_db, {test::sharedData(QStringLiteral("formats/jsonresume"))}, QDate(2026, 11, 1));
        QVERIFY(report.ok());
        for (const CandidateSummary &candidate : CandidateStore(*m_db).list())
            m_candidates.insert(candidate.name, candidate.id);
        QCOMPARE(m_candidates.size(), 5);
        for (const Stage &stage : StageStore(*m_db, StageSet::Candidates).list())
            m_stages.insert(stage.name, stage.id);
        m_opening = 1;
        m_otherOpening = 2;
        QCOMPARE(OpeningStore(*m_db).mark({m_opening, m_otherOpening}, at(1)), 2);

        PipelineStore pipelines(*m_db);
        const auto add = [&](const QString &name, const QString &stage) {
            m_pipelines.insert(
                name, pipelines.add(m_candidates.value(name), m_opening, m_stages.value(stage), at(2)));
        };
        add(QStringLiteral("Maya Okonkwo"), QStringLiteral("Sourced"));
        add(QStringLiteral("Jane Developer"), QStringLiteral("Sourced"));
        add(QStringLiteral("Daniel Reyes"), QStringLiteral("Screening"));
        add(QStringLiteral("Richard Hendriks"), QStringLiteral("Interviewing"));
        pipelines.setNextStep(m_pipelines.value(QStringLiteral("Richard Hendriks")),
                              QStringLiteral("Panel interview"), at(12, 14), at(3));
        pipelines.add(m_candidates.value(QStringLiteral("Dr. Lena Vasquez")), m_otherOpening, 0, at(2));
    }

    void cleanup()
    {
        m_candidates.clear();
        m_stages.clear();
        m_pipelines.clear();
        m_db.reset();
        m_library.reset();
    }

    void showsTheStagesInOrderWithTheirCards()
    {
        PipelineBoardModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0); // no opening yet
        model.setOpening(m_opening);
        QCOMPARE(board(model), (QStringList{
                                   QStringLiteral("Sourced (2): Jane Developer, Maya Okonkwo"),
                                   QStringLiteral("Contacted (0): "),
                                   QStringLiteral("Screening (1): Daniel Reyes"),
                                   QStringLiteral("Submitted (0): "),
                                   QStringLiteral("Interviewing (1): Richard Hendriks"),
                                   QStringLiteral("Offer (0): "),
                                   QStringLiteral("Placed (0): "),
                                   QStringLiteral("Rejected (0): "),
                                   QStringLiteral("Withdrawn (0): "),
                               }));
        QCOMPARE(model.pipelineCount(), 4);

        const QModelIndex screening = model.index(2, 0);
        QCOMPARE(screening.data(PipelineBoardModel::StageIdRole).toLongLong(),
                 m_stages.value(QStringLiteral("Screening")));
        QCOMPARE(screening.data(PipelineBoardModel::StageNameRole).toString(), QStringLiteral("Screening"));
        QCOMPARE(screening.data(PipelineBoardModel::ColorRole).toString(), QStringLiteral("#8b5cf6"));
        QCOMPARE(screening.data(PipelineBoardModel::CountRole).toInt(), 1);
        QCOMPARE(model.stageIndex(m_stages.value(QStringLiteral("Screening"))), screening);
        QVERIFY(model.flags(screening) & Qt::ItemIsDropEnabled);
        QVERIFY(!(model.flags(screening) & Qt::ItemIsDragEnabled));

        const QModelIndex richard =
            model.pipelineIndex(m_pipelines.value(QStringLiteral("Richard Hendriks")));
        QCOMPARE(richard.parent(), model.index(4, 0));
        QCOMPARE(richard.data().toString(), QStringLiteral("Richard Hendriks"));
        QCOMPARE(richard.data(PipelineBoardModel::ProfileIdRole).toLongLong(),
                 m_candidates.value(QStringLiteral("Richard Hendriks")));
        QCOMPARE(richard.data(PipelineBoardModel::StageIdRole).toLongLong(),
                 m_stages.value(QStringLiteral("Interviewing")));
        QCOMPARE(richard.data(PipelineBoardModel::NextStepRole).toString(),
                 QStringLiteral("Panel interview"));
        QCOMPARE(richard.data(PipelineBoardModel::NextStepAtRole).toDateTime(), at(12, 14));
        QCOMPARE(richard.data(PipelineBoardModel::UpdatedRole).toDateTime(), at(3));
        QVERIFY(richard.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Panel interview")));
        QVERIFY(model.pipelineIndex(m_pipelines.value(QStringLiteral("Daniel Reyes")))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("No next step")));
        QVERIFY(model.flags(richard) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags(richard) & Qt::ItemIsDropEnabled);
        QVERIFY(model.flags(richard) & Qt::ItemNeverHasChildren);

        // Another opening resets the board; none empties it.
        model.setOpening(m_otherOpening);
        QCOMPARE(model.pipelineCount(), 1);
        QCOMPARE(board(model).first(), QStringLiteral("Sourced (1): Dr. Lena Vasquez"));
        model.setOpening(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.moveToStage({m_pipelines.value(QStringLiteral("Jane Developer"))},
                                   m_stages.value(QStringLiteral("Offer"))));
    }

    void aDropOntoAnotherStageMovesTheCardsWithHistory()
    {
        PipelineBoardModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setOpening(m_opening);
        QSignalSpy moved(&model, &PipelineBoardModel::moved);
        QSignalSpy failed(&model, &PipelineBoardModel::moveFailed);
        QSignalSpy rowsMoved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const qint64 jane = m_pipelines.value(QStringLiteral("Jane Developer"));
        const qint64 maya = m_pipelines.value(QStringLiteral("Maya Okonkwo"));
        const qint64 screening = m_stages.value(QStringLiteral("Screening"));
        // A persistent index follows the card, as a view's selection does.
        const QPersistentModelIndex janeCard = model.pipelineIndex(jane);
        const std::unique_ptr<QMimeData> drag = dragOf(model, {jane, maya});
        QVERIFY(drag);
        QCOMPARE(model.mimeTypes(), QStringList{PipelineBoardModel::mimeType()});
        QVERIFY(drag->hasFormat(PipelineBoardModel::mimeType()));
        const QModelIndex target = model.stageIndex(screening);
        QVERIFY(model.canDropMimeData(drag.get(), Qt::MoveAction, -1, 0, target));
        QVERIFY(!model.canDropMimeData(drag.get(), Qt::CopyAction, -1, 0, target));
        QVERIFY(!model.canDropMimeData(drag.get(), Qt::MoveAction, -1, 0, {}));
        QVERIFY(model.dropMimeData(drag.get(), Qt::MoveAction, -1, 0, target));

        QCOMPARE(failed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(rowsMoved.size(), 2);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved[0][0].toLongLong(), jane);
        QCOMPARE(moved[0][1].toLongLong(), screening);
        QCOMPARE(board(model)[0], QStringLiteral("Sourced (0): "));
        QCOMPARE(board(model)[2],
                 QStringLiteral("Screening (3): Daniel Reyes, Jane Developer, Maya Okonkwo"));
        QCOMPARE(janeCard.parent(), target);
        QCOMPARE(janeCard.data(PipelineBoardModel::StageIdRole).toLongLong(), screening);
        // The counts in the stage rows were announced.
        bool sourcedChanged = false;
        bool screeningChanged = false;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const QModelIndex from = signal[0].toModelIndex();
            sourcedChanged |= !from.parent().isValid() && from.row() == 0;
            screeningChanged |= !from.parent().isValid() && from.row() == 2;
        }
        QVERIFY(sourcedChanged && screeningChanged);

        // In the library, with history.
        PipelineStore pipelines(*m_db);
        QCOMPARE(pipelines.find(jane)->stageId, screening);
        QCOMPARE(pipelines.find(maya)->stageId, screening);
        const QList<PipelineEvent> history = pipelines.history(jane);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().kind, QStringLiteral("stage"));
        QCOMPARE(history.last().stageId, screening);
        QCOMPARE(history.last().detail, QStringLiteral("Sourced → Screening"));

        // Dropped onto a card: the card's stage.
        const qint64 offer = m_stages.value(QStringLiteral("Offer"));
        QVERIFY(model.moveToStage({m_pipelines.value(QStringLiteral("Richard Hendriks"))}, offer));
        const QModelIndex richardCard =
            model.pipelineIndex(m_pipelines.value(QStringLiteral("Richard Hendriks")));
        const std::unique_ptr<QMimeData> janeDrag = dragOf(model, {jane});
        QVERIFY(model.dropMimeData(janeDrag.get(), Qt::MoveAction, -1, 0, richardCard));
        QCOMPARE(board(model)[5], QStringLiteral("Offer (2): Jane Developer, Richard Hendriks"));
        QCOMPARE(pipelines.history(jane).last().detail, QStringLiteral("Screening → Offer"));

        // Onto its own stage: nothing to do, nothing recorded.
        moved.clear();
        const std::unique_ptr<QMimeData> again = dragOf(model, {jane});
        QVERIFY(model.dropMimeData(again.get(), Qt::MoveAction, -1, 0, model.stageIndex(offer)));
        QCOMPARE(moved.size(), 0);
        QCOMPARE(pipelines.history(jane).size(), 3);

        // What was shown is what a fresh read shows.
        PipelineBoardModel fresh(*m_db);
        fresh.setOpening(m_opening);
        QCOMPARE(board(model), board(fresh));
    }

    void aBadDropSaysWhyAndChangesNothing()
    {
        PipelineBoardModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setOpening(m_opening);
        QSignalSpy moved(&model, &PipelineBoardModel::moved);
        QSignalSpy failed(&model, &PipelineBoardModel::moveFailed);
        QSignalSpy rowsMoved(&model, &QAbstractItemModel::rowsMoved);
        const QStringList before = board(model);
        const QStringList tables = test::dumpTables(*m_db);
        const QModelIndex offer = model.stageIndex(m_stages.value(QStringLiteral("Offer")));
        const qint64 jane = m_pipelines.value(QStringLiteral("Jane Developer"));

        // An id that is no pipeline, alone or with a good one: refused before anything moves.
        const std::unique_ptr<QMimeData> unknown = rawDrag(QByteArray::number(jane) + ",999999");
        QVERIFY(model.canDropMimeData(unknown.get(), Qt::MoveAction, -1, 0, offer));
        QVERIFY(!model.dropMimeData(unknown.get(), Qt::MoveAction, -1, 0, offer));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.last().first().toString().contains(QStringLiteral("999999")),
                 qPrintable(failed.last().first().toString()));
        // The pipeline of another opening is not this board's.
        const qint64 lena = PipelineStore(*m_db).forOpening(m_otherOpening).first().id;
        const std::unique_ptr<QMimeData> foreign = rawDrag(QByteArray::number(lena));
        QVERIFY(!model.dropMimeData(foreign.get(), Qt::MoveAction, -1, 0, offer));
        QCOMPARE(failed.size(), 2);
        // Not pipeline ids at all: not even accepted.
        for (const QByteArray &garbage :
             {QByteArray(), QByteArray("x"), QByteArray("1,,2"), QByteArray("-3")}) {
            const std::unique_ptr<QMimeData> data = rawDrag(garbage);
            QVERIFY2(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, offer), garbage.constData());
            QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, offer));
        }
        QVERIFY(!model.canDropMimeData(nullptr, Qt::MoveAction, -1, 0, offer));
        // A stage the board does not have.
        QVERIFY(!model.moveToStage({jane}, 999999));
        QCOMPARE(failed.size(), 3);

        // A pipeline removed through another connection while the board still shows it.
        const qint64 daniel = m_pipelines.value(QStringLiteral("Daniel Reyes"));
        {
            const Database other(m_library->path());
            PipelineStore(other).remove(daniel);
        }
        const QStringList tablesAfterRemoval = test::dumpTables(*m_db);
        const std::unique_ptr<QMimeData> removed =
            rawDrag(QByteArray::number(jane) + ',' + QByteArray::number(daniel));
        QVERIFY(!model.dropMimeData(removed.get(), Qt::MoveAction, -1, 0, offer));
        QCOMPARE(failed.size(), 4);
        QVERIFY2(failed.last().first().toString().contains(QStringLiteral("Daniel Reyes")),
                 qPrintable(failed.last().first().toString()));

        QCOMPARE(moved.size(), 0);
        QCOMPARE(rowsMoved.size(), 0);
        QCOMPARE(board(model), before);
        QCOMPARE(test::dumpTables(*m_db), tablesAfterRemoval);
        QVERIFY(tables != tablesAfterRemoval);
        QCOMPARE(PipelineStore(*m_db).history(jane).size(), 1);
    }

    void reloadFollowsChangesMadeElsewhere()
    {
        PipelineBoardModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setOpening(m_opening);
        const QPersistentModelIndex daniel =
            model.pipelineIndex(m_pipelines.value(QStringLiteral("Daniel Reyes")));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy rowsMoved(&model, &QAbstractItemModel::rowsMoved);
        {
            const Database other(m_library->path());
            PipelineStore pipelines(other);
            QVERIFY(pipelines.moveTo(m_pipelines.value(QStringLiteral("Daniel Reyes")),
                                     m_stages.value(QStringLiteral("Submitted")), at(5)));
            QVERIFY(pipelines.moveTo(m_pipelines.value(QStringLiteral("Richard Hendriks")),
                                     m_stages.value(QStringLiteral("Sourced")), at(5)));
            pipelines.remove(m_pipelines.value(QStringLiteral("Maya Okonkwo")));
            pipelines.add(m_candidates.value(QStringLiteral("Dr. Lena Vasquez")), m_opening,
                          m_stages.value(QStringLiteral("Screening")), at(5));
            pipelines.setNextStep(m_pipelines.value(QStringLiteral("Jane Developer")),
                                  QStringLiteral("Call back"), {}, at(5));
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(rowsMoved.size(), 2);
        QCOMPARE(board(model), (QStringList{
                                   QStringLiteral("Sourced (2): Jane Developer, Richard Hendriks"),
                                   QStringLiteral("Contacted (0): "),
                                   QStringLiteral("Screening (1): Dr. Lena Vasquez"),
                                   QStringLiteral("Submitted (1): Daniel Reyes"),
                                   QStringLiteral("Interviewing (0): "),
                                   QStringLiteral("Offer (0): "),
                                   QStringLiteral("Placed (0): "),
                                   QStringLiteral("Rejected (0): "),
                                   QStringLiteral("Withdrawn (0): "),
                               }));
        QCOMPARE(daniel.parent(), model.stageIndex(m_stages.value(QStringLiteral("Submitted"))));
        QCOMPARE(model.pipelineIndex(m_pipelines.value(QStringLiteral("Jane Developer")))
                     .data(PipelineBoardModel::NextStepRole)
                     .toString(),
                 QStringLiteral("Call back"));
        QVERIFY(!changed.isEmpty());

        // Nothing changed: nothing announced.
        changed.clear();
        model.reload();
        QCOMPARE(changed.size(), 0);

        // A card moved elsewhere is moved by a move from here to where it already is, too.
        {
            const Database other(m_library->path());
            PipelineStore(other).moveTo(m_pipelines.value(QStringLiteral("Daniel Reyes")),
                                        m_stages.value(QStringLiteral("Offer")), at(6));
        }
        QSignalSpy movedSignal(&model, &PipelineBoardModel::moved);
        QVERIFY(model.moveToStage({m_pipelines.value(QStringLiteral("Daniel Reyes"))},
                                  m_stages.value(QStringLiteral("Offer"))));
        QCOMPARE(movedSignal.size(), 0); // the library had it there
        QCOMPARE(daniel.parent(), model.stageIndex(m_stages.value(QStringLiteral("Offer"))));

        // The stages themselves changed: the board is read anew.
        StageStore(*m_db, StageSet::Candidates)
            .add(QStringLiteral("Reference check"), QStringLiteral("#0ea5e9"));
        model.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(9, 0).data().toString(), QStringLiteral("Reference check (0)"));
        PipelineBoardModel fresh(*m_db);
        fresh.setOpening(m_opening);
        QCOMPARE(board(model), board(fresh));
    }
};

QTEST_GUILESS_MAIN(TestPipelineBoardModel)
#include "tst_pipelineboardmodel.moc"
