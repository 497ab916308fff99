// The recruiter's table models on a real library (sample listings, the example resumes): the candidates
// table and the ranked matches, each under QAbstractItemModelTester through loads, searches, sorts and
// reloads, showing what the stores hold.
#include "testsupport.h"

#include "recruiting/candidateimport.h"
#include "recruiting/candidatetablemodel.h"
#include "recruiting/openingstore.h"
#include "recruiting/pipelinestore.h"
#include "recruiting/ranking.h"
#include "recruiting/rankmodel.h"
#include "samples/samplelibrary.h"
#include "search/searchquery.h"
#include "store/database.h"
#include "store/sql.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

class TestCandidateModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_library = std::make_unique<test::TempLibrary>();
        m_db = m_library->open();
        samples::load(*m_db);
        QVERIFY(importCandidates(*m_db, {test::sharedData(QStringLiteral("formats/jsonresume"))}).ok());
        m_opening = sql::scalar(m_db->connection(),
                                QStringLiteral("SELECT listing_id FROM listing_skills GROUP BY listing_id "
                                               "ORDER BY count(*) DESC, listing_id LIMIT 1"))
                        .toLongLong();
        OpeningStore(*m_db).mark({m_opening});
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_library.reset();
    }

    void candidatesTableShowsEveryCandidate()
    {
        CandidateTableModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(CandidateTableModel::ColumnCount));
        QCOMPARE(model.index(0, CandidateTableModel::Name).data().toString(), QStringLiteral("Daniel Reyes"));
        const int lena = model.rowOf(model.candidate(1).id);
        QCOMPARE(model.index(lena, CandidateTableModel::Headline).data().toString(),
                 QStringLiteral("Staff Software Engineer, Distributed Systems"));
        QVERIFY(!model.index(lena, CandidateTableModel::TopSkills).data().toString().isEmpty());
        QCOMPARE(model.headerData(CandidateTableModel::ActivePipelines, Qt::Horizontal).toString(),
                 QStringLiteral("Active"));
    }

    void searchingNarrowsTheTableAndPipelinesCount()
    {
        CandidateTableModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        search::CompileContext context;
        context.dialect = &m_db->dialect(); // how the library's engine searches full text
        context.target = search::SearchTarget::Candidates;
        model.setFilter(
            search::compileSearch(QStringLiteral("skill:kubernetes OR restaurant"), context).filter);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, CandidateTableModel::Name).data().toString());
        QVERIFY2(names.contains(QStringLiteral("Daniel Reyes")), qPrintable(names.join(u',')));
        QVERIFY2(names.contains(QStringLiteral("Dr. Lena Vasquez")), qPrintable(names.join(u',')));
        QVERIFY(names.size() < 5);

        // A pipeline counts as active and makes the candidate the most recently active.
        const qint64 lena = model.candidate(names.indexOf(QStringLiteral("Dr. Lena Vasquez"))).id;
        const qint64 pipeline =
            PipelineStore(*m_db).add(lena, m_opening, 0, QDateTime::currentDateTimeUtc().addDays(1));
        model.reload();
        const int row = model.rowOf(lena);
        QCOMPARE(model.index(row, CandidateTableModel::ActivePipelines).data().toInt(), 1);
        model.sort(CandidateTableModel::LastActivity, Qt::DescendingOrder);
        QCOMPARE(model.index(0, CandidateTableModel::Name).data().toString(),
                 QStringLiteral("Dr. Lena Vasquez"));
        model.sort(CandidateTableModel::Name, Qt::DescendingOrder);
        for (int i = 1; i < model.rowCount(); ++i) {
            QVERIFY(model.index(i - 1, CandidateTableModel::Name)
                        .data()
                        .toString()
                        .compare(model.index(i, CandidateTableModel::Name).data().toString(),
                                 Qt::CaseInsensitive) > 0);
        }
        PipelineStore(*m_db).remove(pipeline);
        model.reload();
        QCOMPARE(model.index(model.rowOf(lena), CandidateTableModel::ActivePipelines).data().toInt(), 0);
    }

    void rankShowsCandidatesBestFirstWithTheirGaps()
    {
        RankModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.showCandidatesFor(m_opening);
        const QList<CandidateRank> ranks = rankCandidates(*m_db, m_opening);
        QCOMPARE(model.rowCount(), int(ranks.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, RankModel::Score).data(RankModel::IdRole).toLongLong(),
                     ranks[row].candidate.id);
            QCOMPARE(model.index(row, RankModel::Score).data(RankModel::ScoreRole).toDouble(),
                     ranks[row].match.score);
            QCOMPARE(model.index(row, RankModel::Score).data(Qt::ToolTipRole).toString(),
                     ranks[row].match.formulaText());
            for (const MatchedSkill &missing : ranks[row].match.missing)
                QVERIFY(model.index(row, RankModel::Missing).data().toString().contains(missing.name));
        }
        // In the pipeline: the stage shows.
        const qint64 first = ranks.front().candidate.id;
        const qint64 pipeline = PipelineStore(*m_db).add(first, m_opening);
        model.reload();
        QCOMPARE(model.index(0, RankModel::Stage).data().toString(), QStringLiteral("Sourced"));
        QCOMPARE(model.index(0, RankModel::Stage).data(RankModel::PipelineIdRole).toLongLong(), pipeline);
        PipelineStore(*m_db).remove(pipeline);

        // The other way round: the openings for a candidate.
        model.showOpeningsFor(first);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(RankModel::Name, Qt::Horizontal).toString(), QStringLiteral("Opening"));
        QCOMPARE(model.index(0, RankModel::Score).data(RankModel::IdRole).toLongLong(), m_opening);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

private:
    std::unique_ptr<test::TempLibrary> m_library;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;
};

QTEST_GUILESS_MAIN(TestCandidateModels)
#include "tst_candidatemodels.moc"
