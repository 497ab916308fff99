// Recruiter mode on a real library (the bundled sample listings, the shipped skill dictionary and the
// example resumes of ../shared/data/formats/jsonresume): importing candidates, openings, pipelines with
// their stages, history and notes, ranking with explanations, the candidate search, the data-subject
// export, and a deleted candidate leaving nothing in the file.
#include "testsupport.h"

#include "annotations/stagestore.h"
#include "recruiting/candidateimport.h"
#include "recruiting/candidatestore.h"
#include "recruiting/openingstore.h"
#include "recruiting/pipelinestore.h"
#include "recruiting/ranking.h"
#include "samples/samplelibrary.h"
#include "search/searchquery.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

namespace {

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::UTC);
}

} // namespace

class TestRecruiting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_library = std::make_unique<test::TempLibrary>();
        m_db = m_library->open();
        samples::load(*m_db);
        const CandidateImportReport report = importCandidates(
            *m_db, {test::sharedData(QStringLiteral("formats/jsonresume"))}, QDate(2026, 11, 1));
        QVERIFY2(report.ok(), qPrintable(report.files.isEmpty() ? QString() : report.files.back().message));
        QCOMPARE(report.count(CandidateFileResult::Outcome::Created), 5);
        // The stores are read back through names, as a recruiter knows them.
        for (const CandidateSummary &candidate : CandidateStore(*m_db).list())
            m_candidates.insert(candidate.name, candidate.id);
        // Three openings: listings that ask for skills (the extraction ran at import).
        QSqlQuery query = sql::run(m_db->connection(),
                                   QStringLiteral("SELECT listing_id FROM listing_skills GROUP BY listing_id "
                                                  "HAVING count(*) >= 4 ORDER BY listing_id LIMIT 3"));
        while (query.next())
            m_openings.append(query.value(0).toLongLong());
        QCOMPARE(m_openings.size(), 3);
        QCOMPARE(OpeningStore(*m_db).mark(m_openings, at(2)), 3);
    }

    void cleanup()
    {
        m_candidates.clear();
        m_openings.clear();
        m_db.reset();
        m_library.reset();
    }

    void importsTheExampleResumesAndSkipsWhatIsNotOne()
    {
        const CandidateImportReport again = importCandidates(
            *m_db, {test::sharedData(QStringLiteral("formats/jsonresume"))}, QDate(2026, 11, 1));
        QVERIFY(again.ok());
        QCOMPARE(again.count(CandidateFileResult::Outcome::Updated), 5); // the same people, not copies
        QCOMPARE(again.count(CandidateFileResult::Outcome::Created), 0);
        // The job posting and the schemas lying beside the resumes are skipped, each said so by name.
        QCOMPARE(again.count(CandidateFileResult::Outcome::Skipped), 3);
        for (const CandidateFileResult &file : again.files) {
            if (file.outcome == CandidateFileResult::Outcome::Skipped)
                QVERIFY2(file.message.contains(file.path), qPrintable(file.message));
        }
        const QList<CandidateSummary> candidates = CandidateStore(*m_db).list();
        QCOMPARE(candidates.size(), 5);
        QStringList names;
        for (const CandidateSummary &candidate : candidates) {
            names.append(candidate.name);
            QVERIFY2(!candidate.topSkills.isEmpty(), qPrintable(candidate.name));
            QVERIFY(candidate.topSkills.size() <= CandidateStore::TopSkills);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Daniel Reyes"), QStringLiteral("Dr. Lena Vasquez"),
                                     QStringLiteral("Jane Developer"), QStringLiteral("Maya Okonkwo"),
                                     QStringLiteral("Richard Hendriks")}));
        // Candidates are not the seeker's own profiles.
        QVERIFY(ProfileStore(*m_db).list(ProfileKind::Me).isEmpty());
    }

    void aBrokenResumeIsNamedAndChangesNothing()
    {
        const QString path = m_library->filePath(QStringLiteral("broken.json"));
        test::writeFile(path, "{\"basics\": {\"name\": \"Half Written\",");
        const QStringList before = test::dumpTables(*m_db);
        const CandidateImportReport report = importCandidates(*m_db, {path});
        QVERIFY(!report.ok());
        QCOMPARE(report.files.size(), 1);
        QVERIFY2(report.files[0].message.contains(QStringLiteral("broken.json")),
                 qPrintable(report.files[0].message));
        QVERIFY2(report.files[0].message.contains(QStringLiteral("byte")),
                 qPrintable(report.files[0].message));
        QCOMPARE(test::dumpTables(*m_db), before);
        const CandidateImportReport missing =
            importCandidates(*m_db, {m_library->filePath(QStringLiteral("nope.json"))});
        QVERIFY(!missing.ok());
        QVERIFY(missing.files[0].message.contains(QStringLiteral("nope.json")));
    }

    void openingsAreMarkedAndUnmarked()
    {
        OpeningStore openings(*m_db);
        QCOMPARE(openings.list().size(), 3);
        QVERIFY(openings.isOpening(m_openings[0]));
        QCOMPARE(openings.mark({m_openings[0]}, at(5)), 0); // already one: keeps its date
        QCOMPARE(openings.find(m_openings[0])->openedAt, at(2));
        QVERIFY(test::errorOf([&] { openings.mark({999999}); }).contains(QStringLiteral("999999")));
        const qint64 pipeline =
            PipelineStore(*m_db).add(m_candidates.value(QStringLiteral("Jane Developer")), m_openings[0]);
        QCOMPARE(openings.unmark({m_openings[0]}), 1);
        QVERIFY(!openings.isOpening(m_openings[0]));
        QVERIFY(PipelineStore(*m_db).find(pipeline)); // kept for when it is marked again
        QVERIFY(!test::errorOf([&] {
                     PipelineStore(*m_db).add(m_candidates.value(QStringLiteral("Maya Okonkwo")),
                                              m_openings[0]);
                 }).isEmpty());
        openings.mark({m_openings[0]});
        QCOMPARE(openings.find(m_openings[0])->candidates, 1);
    }

    void pipelinesMoveThroughStagesWithHistory()
    {
        PipelineStore pipelines(*m_db);
        const QList<Stage> stages = StageStore(*m_db, StageSet::Candidates).list();
        QCOMPARE(stages.size(), 9);
        QCOMPARE(stages.first().name, QStringLiteral("Sourced"));
        QCOMPARE(stages.last().name, QStringLiteral("Withdrawn"));
        const qint64 lena = m_candidates.value(QStringLiteral("Dr. Lena Vasquez"));
        const qint64 id = pipelines.add(lena, m_openings[1], 0, at(3));
        QCOMPARE(pipelines.add(lena, m_openings[1], 0, at(4)), id); // one pipeline per candidate and opening
        QCOMPARE(pipelines.find(id)->stageId, stages[0].id);
        QVERIFY(pipelines.moveTo(id, stages[1].id, at(4)));
        QVERIFY(pipelines.moveTo(id, stages[3].id, at(6)));
        QVERIFY(!pipelines.moveTo(id, stages[3].id, at(7))); // already there: nothing recorded
        pipelines.setNextStep(id, QStringLiteral("Call the hiring manager"), at(9, 14), at(6, 10));
        const QList<PipelineEvent> history = pipelines.history(id);
        QCOMPARE(history.size(), 4);
        QCOMPARE(history[0].kind, QStringLiteral("created"));
        QCOMPARE(history[1].detail, QStringLiteral("Sourced → Contacted"));
        QCOMPARE(history[1].at, at(4));
        QCOMPARE(history[2].detail, QStringLiteral("Contacted → Submitted"));
        QCOMPARE(history[2].stageId, stages[3].id);
        QCOMPARE(history[3].kind, QStringLiteral("next"));
        QCOMPARE(pipelines.find(id)->nextStepAt, at(9, 14));
        QCOMPARE(pipelines.forCandidate(lena).size(), 1);
        QCOMPARE(pipelines.forOpening(m_openings[1]).front().candidate, QStringLiteral("Dr. Lena Vasquez"));
        // A stage someone is at cannot be removed; an empty one can, and history keeps its text.
        StageStore stageStore(*m_db, StageSet::Candidates);
        QVERIFY(
            test::errorOf([&] { stageStore.remove(stages[3].id); }).contains(QStringLiteral("1 candidate")));
        QVERIFY(pipelines.moveTo(id, stages[2].id, at(8)));
        stageStore.remove(stages[3].id);
        QCOMPARE(pipelines.history(id)[2].detail, QStringLiteral("Contacted → Submitted"));
        QCOMPARE(pipelines.history(id)[2].stageId, 0);
        // The seeker's stages are untouched by the recruiter's.
        QCOMPARE(StageStore(*m_db).list().first().name, QStringLiteral("New"));
        // Only candidates go into pipelines, only openings have them.
        QVERIFY(!test::errorOf([&] { pipelines.add(lena, m_openings[1] + 100000); }).isEmpty());
    }

    void pipelineNotesMergeEditsMadeInTwoPlaces()
    {
        PipelineStore pipelines(*m_db);
        const qint64 id =
            pipelines.add(m_candidates.value(QStringLiteral("Maya Okonkwo")), m_openings[2], 0, at(3));
        const NoteStore::Save first =
            pipelines.saveNotes(id, QStringLiteral("Strong Go\nAsk about notice"), {}, at(3, 10));
        QVERIFY(first.written);
        QVERIFY(!first.merged);
        // Two windows started from the same text; the second save keeps both edits.
        pipelines.saveNotes(id, QStringLiteral("Strong Go, some Rust\nAsk about notice"), first.text,
                            at(3, 10).addSecs(60));
        const NoteStore::Save second =
            pipelines.saveNotes(id, QStringLiteral("Strong Go\nAsk about notice\nSalary: 90k"), first.text,
                                at(3, 10).addSecs(120));
        QVERIFY(second.merged);
        QCOMPARE(pipelines.notes(id), QStringLiteral("Strong Go, some Rust\nAsk about notice\nSalary: 90k"));
        // One history entry for the sitting (saves minutes apart), another for a save an hour later.
        const auto noteEntries = [&] {
            int notes = 0;
            for (const PipelineEvent &event : pipelines.history(id))
                notes += event.kind == QLatin1String("note");
            return notes;
        };
        QCOMPARE(noteEntries(), 1);
        pipelines.saveNotes(id, QStringLiteral("Placed elsewhere?"), pipelines.notes(id), at(3, 12));
        QCOMPARE(noteEntries(), 2);
    }

    void candidatesAreRankedForAnOpeningWithExplanations()
    {
        for (const qint64 opening : m_openings) {
            const QList<CandidateRank> ranks = rankCandidates(*m_db, opening);
            QCOMPARE(ranks.size(), 5);
            for (qsizetype i = 0; i < ranks.size(); ++i) {
                const CandidateRank &rank = ranks[i];
                // The same score and explanation as the seeker's panel gives for that profile.
                const MatchBreakdown panel = matchListing(*m_db, opening, rank.candidate.id);
                QCOMPARE(rank.match.score, panel.score);
                QCOMPARE(rank.match.missing.size(), panel.missing.size());
                QCOMPARE(
                    rank.match.matched.size() + rank.match.missing.size(),
                    qsizetype(sql::scalar(
                                  m_db->connection(),
                                  QStringLiteral("SELECT count(*) FROM listing_skills WHERE listing_id = ?"),
                                  {opening})
                                  .toInt()));
                QVERIFY(!rank.match.formulaText().isEmpty());
                if (i > 0)
                    QVERIFY(ranks[i - 1].match.score >= rank.match.score);
            }
        }
        // Someone matches something: the example resumes are developers and the samples are jobs.
        double best = 0;
        for (const qint64 opening : m_openings)
            best = qMax(best, rankCandidates(*m_db, opening).front().match.score);
        QVERIFY(best > 0);
        // For a candidate: the openings, best first, with the pipeline they are in.
        const qint64 jane = m_candidates.value(QStringLiteral("Jane Developer"));
        const qint64 pipeline = PipelineStore(*m_db).add(jane, m_openings[0]);
        const QList<OpeningRank> openings = rankOpenings(*m_db, jane);
        QCOMPARE(openings.size(), 3);
        for (const OpeningRank &rank : openings) {
            QCOMPARE(rank.match.score, matchListing(*m_db, rank.opening.listingId, jane).score);
            QCOMPARE(rank.pipelineId, rank.opening.listingId == m_openings[0] ? pipeline : 0);
        }
        QVERIFY(!test::errorOf([&] { rankOpenings(*m_db, 999999); }).isEmpty());
    }

    void candidatesAreSearchedInTheSearchLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("free text over the resume")
            << QStringLiteral("restaurant") << QStringList{QStringLiteral("Daniel Reyes")};
        QTest::newRow("a word being typed")
            << QStringLiteral("okonk") << QStringList{QStringLiteral("Maya Okonkwo")};
        QTest::newRow("headline") << QStringLiteral("title:staff")
                                  << QStringList{QStringLiteral("Dr. Lena Vasquez")};
        QTest::newRow("skill by alias")
            << QStringLiteral("skill:golang")
            << QStringList{QStringLiteral("Dr. Lena Vasquez"), QStringLiteral("Maya Okonkwo")};
        QTest::newRow("tag") << QStringLiteral("tag:shortlist")
                             << QStringList{QStringLiteral("Jane Developer")};
        QTest::newRow("status") << QStringLiteral("status:contacted")
                                << QStringList{QStringLiteral("Maya Okonkwo")};
        QTest::newRow("negation") << QStringLiteral("-tag:shortlist -restaurant -okonkwo -vasquez")
                                  << QStringList{QStringLiteral("Richard Hendriks")};
    }

    void candidatesAreSearchedInTheSearchLanguage()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        CandidateStore(*m_db).setTags(m_candidates.value(QStringLiteral("Jane Developer")),
                                      {QStringLiteral("Shortlist")});
        PipelineStore pipelines(*m_db);
        const qint64 id = pipelines.add(m_candidates.value(QStringLiteral("Maya Okonkwo")), m_openings[0]);
        pipelines.moveTo(id, StageStore(*m_db, StageSet::Candidates).list()[1].id);

        search::CompileContext context;
        context.dialect = &m_db->dialect(); // how the library's engine searches full text
        context.target = search::SearchTarget::Candidates;
        const search::CompiledSearch compiled = search::compileSearch(query, context);
        QVERIFY2(compiled.ok(), qPrintable(compiled.error ? compiled.error->message : QString()));
        QStringList names;
        for (const CandidateSummary &candidate : CandidateStore(*m_db).list(compiled.filter))
            names.append(candidate.name);
        QCOMPARE(names, expected);
    }

    void fieldsOfListingsAreRefusedForCandidates()
    {
        search::CompileContext context;
        context.dialect = &m_db->dialect(); // how the library's engine searches full text
        context.target = search::SearchTarget::Candidates;
        const search::CompiledSearch compiled =
            search::compileSearch(QStringLiteral("rust salary>100k"), context);
        QVERIFY(!compiled.ok());
        QCOMPARE(compiled.error->position, 5);
        QVERIFY2(compiled.error->message.startsWith(QStringLiteral("salary:")),
                 qPrintable(compiled.error->message));
    }

    void exportsEverythingHeldAboutACandidate()
    {
        const qint64 maya = m_candidates.value(QStringLiteral("Maya Okonkwo"));
        PipelineStore pipelines(*m_db);
        const qint64 id = pipelines.add(maya, m_openings[0], 0, at(3));
        pipelines.saveNotes(id, QStringLiteral("Met at the career fair"), {}, at(3, 12));
        CandidateStore(*m_db).setTags(maya, {QStringLiteral("Graduate")});
        const QJsonObject json = CandidateStore(*m_db).exportJson(maya, at(10));
        QCOMPARE(json.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Maya Okonkwo"));
        QCOMPARE(json.value(QStringLiteral("resume"))
                     .toObject()
                     .value(QStringLiteral("basics"))
                     .toObject()
                     .value(QStringLiteral("name")),
                 QStringLiteral("Maya Okonkwo"));
        QVERIFY(!json.value(QStringLiteral("skills")).toArray().isEmpty());
        QCOMPARE(json.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("Graduate")});
        const QJsonArray exported = json.value(QStringLiteral("pipelines")).toArray();
        QCOMPARE(exported.size(), 1);
        const QJsonObject pipeline = exported[0].toObject();
        QCOMPARE(pipeline.value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Met at the career fair"));
        QCOMPARE(pipeline.value(QStringLiteral("stage")).toString(), QStringLiteral("Sourced"));
        QCOMPARE(pipeline.value(QStringLiteral("history")).toArray().size(), 2);
        QVERIFY(!test::errorOf([&] { CandidateStore(*m_db).exportJson(999999); }).isEmpty());
    }

    void aDeletedCandidateLeavesNoTraceInTheFile()
    {
        const qint64 maya = m_candidates.value(QStringLiteral("Maya Okonkwo"));
        PipelineStore pipelines(*m_db);
        const qint64 id = pipelines.add(maya, m_openings[0], 0, at(3));
        pipelines.moveTo(id, StageStore(*m_db, StageSet::Candidates).list()[2].id, at(4));
        pipelines.saveNotes(id, QStringLiteral("Quixotic zebra interview notes"), {}, at(4, 12));
        pipelines.setNextStep(id, QStringLiteral("Phone Qwertyuiop"), at(9), at(4, 13));
        CandidateStore(*m_db).setTags(maya, {QStringLiteral("Wunderkind")});
        const int others = int(CandidateStore(*m_db).list().size()) - 1;

        // What is about her: her resume as stored, its words as the full-text index keeps them (lower
        // case), the recruiter's notes, next step and tag links.
        const QList<QByteArray> traces{"Maya Okonkwo", "okonkwo", "maya", "Quixotic zebra", "Qwertyuiop"};
        const auto onDisk = [this](const QByteArray &needle) {
            int found = 0;
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile file(m_db->path() + suffix);
                if (file.open(QIODevice::ReadOnly))
                    found += int(file.readAll().count(needle));
            }
            return found;
        };
        // A team library's pages are the server's files, which a client cannot read (its owner erases
        // them: docs/team-library.md, "Erasing"); there only the rows are checked.
        const bool file = m_db->isFile();
        m_db->dialect().eraseDeleted(m_db->connection()); // every trace in the main file, not only the WAL
        for (const QByteArray &trace : traces)
            QVERIFY2(!file || onDisk(trace) > 0, trace.constData()); // the search sees what exists

        ProfileStore(*m_db).remove(maya);

        for (const QByteArray &trace : traces)
            QVERIFY2(!file || onDisk(trace) == 0, trace.constData());
        for (const QString &table : {QStringLiteral("profile_skills"), QStringLiteral("profile_tags"),
                                     QStringLiteral("pipelines")}) {
            QCOMPARE(sql::scalar(m_db->connection(),
                                 QStringLiteral("SELECT count(*) FROM %1 WHERE profile_id = ?").arg(table),
                                 {maya})
                         .toInt(),
                     0);
        }
        QCOMPARE(sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT count(*) FROM pipeline_history WHERE pipeline_id = ?"),
                             {id})
                     .toInt(),
                 0);
        QCOMPARE(CandidateStore(*m_db).list().size(), others);
        // The index still finds the others.
        search::CompileContext context;
        context.dialect = &m_db->dialect(); // how the library's engine searches full text
        context.target = search::SearchTarget::Candidates;
        QCOMPARE(CandidateStore(*m_db)
                     .list(search::compileSearch(QStringLiteral("vasquez"), context).filter)
                     .size(),
                 1);
    }

private:
    std::unique_ptr<test::TempLibrary> m_library;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_candidates;
    QList<qint64> m_openings;
};

QTEST_GUILESS_MAIN(TestRecruiting)
#include "tst_recruiting.moc"
