// The recruiter's command line through the real executable, on a library of the bundled sample listings
// and the example resumes of ../shared/data/formats/jsonresume: `jobdesk candidates import|list|export|
// delete`, `jobdesk openings list|add|remove` and `jobdesk rank`. What a recruiter relies on: every file
// is accounted for and a bad one changes nothing, searches are the window's, rankings are best first and
// explained, an export holds everything and is private, and a deleted candidate leaves no byte of their
// name in the library.
#include "testsupport.h"

#include "annotations/stagestore.h"
#include "recruiting/pipelinestore.h"
#include "store/database.h"
#include "store/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace jobdesk;

namespace {

QString resumeFolder()
{
    return test::sharedData(QStringLiteral("formats/jsonresume"));
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The names in `jobdesk candidates list` output (the second column).
QStringList namesOf(const QString &tsv)
{
    QStringList names;
    for (const QString &line : lines(tsv))
        names.append(line.split(QLatin1Char('\t')).value(1));
    return names;
}

// How often `needle` occurs in the library file and its write-ahead log.
qsizetype onDisk(const QString &library, const QByteArray &needle)
{
    qsizetype found = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(library + suffix);
        if (file.open(QIODevice::ReadOnly))
            found += file.readAll().count(needle);
    }
    return found;
}

} // namespace

class TestRecruitingCommands : public QObject
{
    Q_OBJECT

    test::TempLibrary m_library;
    QStringList m_database;
    QList<qint64> m_openings; // three listings that ask for several skills

    test::Run jobdesk(const QStringList &arguments) const { return test::runJobdesk(arguments + m_database); }

    // The output of `jobdesk candidates list` (a failed run fails the test that asked).
    QString candidatesTsv() const
    {
        const test::Run run = jobdesk({QStringLiteral("candidates"), QStringLiteral("list")});
        [&] { QCOMPARE(run.exitCode, 0); }();
        return run.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("JOBDESK_BINARY"), "JOBDESK_BINARY is not set");
        m_database = {QStringLiteral("--database"), m_library.path()};
        QCOMPARE(jobdesk({QStringLiteral("import"),
                          QStringLiteral(JOBDESK_SOURCE_DIR "/resources/samples/listings.jsonl")})
                     .exitCode,
                 0);
        // Listings whose descriptions named several skills (the extraction ran at import).
        Database db(m_library.path());
        QSqlQuery query = sql::run(db.connection(),
                                   QStringLiteral("SELECT listing_id FROM listing_skills GROUP BY listing_id "
                                                  "HAVING count(*) >= 4 ORDER BY listing_id LIMIT 3"));
        while (query.next())
            m_openings.append(query.value(0).toLongLong());
        QCOMPARE(m_openings.size(), 3);
    }

    void importsAFolderOfResumes()
    {
        test::Run run = jobdesk({QStringLiteral("candidates"), QStringLiteral("import"), resumeFolder()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QStringList out = lines(run.out);
        QCOMPARE(out.size(), 5 + 3 + 1); // each resume, each JSON file that is not one, the summary
        QCOMPARE(out.last(), QStringLiteral("5 created, 0 updated, 3 skipped, 0 failed."));
        // Each line names its file; a resume's says whom it made and how many skills they have.
        const QRegularExpression created(QStringLiteral(R"(^(.+\.json): created “(.+)”, (\d+) skills$)"));
        QStringList people;
        for (const QString &line : out) {
            const QRegularExpressionMatch match = created.match(line);
            if (!match.hasMatch())
                continue;
            QVERIFY2(QFileInfo::exists(match.captured(1)), qPrintable(line));
            QVERIFY2(match.captured(3).toInt() > 0, qPrintable(line));
            people.append(match.captured(2));
        }
        people.sort();
        QCOMPARE(people, (QStringList{QStringLiteral("Daniel Reyes"), QStringLiteral("Dr. Lena Vasquez"),
                                      QStringLiteral("Jane Developer"), QStringLiteral("Maya Okonkwo"),
                                      QStringLiteral("Richard Hendriks")}));
        // The job posting and the schemas beside the resumes are skipped by name.
        for (const char *skipped :
             {"schema-repo_job-schema.json", "schema-repo_sample.job.json", "schema-repo_schema.json"}) {
            const QStringList said = out.filter(QLatin1String(skipped));
            QCOMPARE(said.size(), 1);
            QVERIFY2(said.first().contains(QStringLiteral("skipped")), qPrintable(said.first()));
        }

        // Again: the same five people, updated rather than copied.
        run = jobdesk({QStringLiteral("candidates"), QStringLiteral("import"), resumeFolder()});
        QCOMPARE(run.exitCode, 0);
        out = lines(run.out);
        QCOMPARE(out.last(), QStringLiteral("0 created, 5 updated, 3 skipped, 0 failed."));
        QCOMPARE(out.filter(QStringLiteral(": updated “")).size(), 5);
        const QStringList names = namesOf(candidatesTsv());
        QCOMPARE(names, (QStringList{QStringLiteral("Daniel Reyes"), QStringLiteral("Dr. Lena Vasquez"),
                                     QStringLiteral("Jane Developer"), QStringLiteral("Maya Okonkwo"),
                                     QStringLiteral("Richard Hendriks")}));
    }

    void aBrokenFileIsNamedAndChangesNothing()
    {
        const QString broken = m_library.filePath(QStringLiteral("broken.json"));
        test::writeFile(broken, "{\"basics\": {\"name\": \"Half Written\",");
        const test::Run before = jobdesk({QStringLiteral("candidates"), QStringLiteral("list"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(before.exitCode, 0);

        test::Run run = jobdesk({QStringLiteral("candidates"), QStringLiteral("import"), broken});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("broken.json")), qPrintable(run.err));
        QCOMPARE(lines(run.out).last(), QStringLiteral("0 created, 0 updated, 0 skipped, 1 failed."));
        // Not a single field changed, the last activity included.
        const test::Run after = jobdesk({QStringLiteral("candidates"), QStringLiteral("list"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(after.out, before.out);
        QVERIFY(!after.out.contains(QStringLiteral("Half Written")));

        // Beside good files and a missing one, in a library of its own: the good one is still imported.
        test::TempLibrary other;
        const QStringList database{QStringLiteral("--database"), other.path()};
        const QString missing = other.filePath(QStringLiteral("nobody.json"));
        run = test::runJobdesk(QStringList{QStringLiteral("candidates"), QStringLiteral("import"), broken,
                                           test::sharedData(QStringLiteral(
                                               "formats/jsonresume/jsonresume.org_new-grad.resume.json")),
                                           missing} +
                               database);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("broken.json")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("nobody.json")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("created “Maya Okonkwo”")), qPrintable(run.out));
        QCOMPARE(lines(run.out).last(), QStringLiteral("1 created, 0 updated, 0 skipped, 2 failed."));
        run = test::runJobdesk(QStringList{QStringLiteral("candidates"), QStringLiteral("list")} + database);
        QCOMPARE(namesOf(run.out), QStringList{QStringLiteral("Maya Okonkwo")});
    }

    void listsAndSearches()
    {
        // The skill search knows aliases: golang is Go.
        test::Run run = jobdesk({QStringLiteral("candidates"), QStringLiteral("list"),
                                 QStringLiteral("--query"), QStringLiteral("skill:golang")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(namesOf(run.out),
                 (QStringList{QStringLiteral("Dr. Lena Vasquez"), QStringLiteral("Maya Okonkwo")}));
        for (const QString &line : lines(run.out)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(),
                     7); // id, name, headline, location, top skills, active pipelines, activity
            QVERIFY(fields[0].toLongLong() > 0);
            QVERIFY2(fields[4].contains(QStringLiteral("Go")), qPrintable(line));
            QVERIFY(fields[4].split(QStringLiteral(", ")).size() <= 5);
            QCOMPARE(fields[5], QStringLiteral("0"));
            const QDate activity = QDate::fromString(fields[6], Qt::ISODate);
            QVERIFY2(activity.isValid() && qAbs(activity.daysTo(QDate::currentDate())) <= 1,
                     qPrintable(line));
        }
        run = jobdesk({QStringLiteral("candidates"), QStringLiteral("list"), QStringLiteral("--query"),
                       QStringLiteral("skill:golang"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray json = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Maya Okonkwo"));
        QVERIFY(json[1].toObject().value(QStringLiteral("skillCount")).toInt() > 0);

        // A listing's field means nothing for a person: refused with where, before any library is made.
        const QString nowhere = m_library.filePath(QStringLiteral("never-made.sqlite"));
        run =
            test::runJobdesk({QStringLiteral("candidates"), QStringLiteral("list"), QStringLiteral("--query"),
                              QStringLiteral("rust salary>1"), QStringLiteral("--database"), nowhere});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("query:6: salary")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("\n       ^")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(nowhere));
        run = jobdesk({QStringLiteral("candidates"), QStringLiteral("list"), QStringLiteral("--format"),
                       QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 2);
    }

    void marksAndListsOpenings()
    {
        QStringList ids;
        for (const qint64 id : std::as_const(m_openings))
            ids.append(QString::number(id));
        test::Run run = jobdesk(QStringList{QStringLiteral("openings"), QStringLiteral("add")} + ids);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Marked as openings: 3 (already were: 0).\n"));

        run = jobdesk({QStringLiteral("openings"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QStringList listed;
        {
            Database db(m_library.path());
            for (const QString &line : lines(run.out)) {
                const QStringList fields = line.split(QLatin1Char('\t'));
                QCOMPARE(fields.size(), 5); // listing id, title, company, candidates, active
                listed.append(fields[0]);
                QCOMPARE(fields[1], sql::scalar(db.connection(),
                                                QStringLiteral("SELECT title FROM listings WHERE id = ?"),
                                                {fields[0].toLongLong()})
                                        .toString());
                QCOMPARE(fields[3], QStringLiteral("0"));
                QCOMPARE(fields[4], QStringLiteral("0"));
            }
        }
        listed.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(listed, expected);

        // Removing one and adding it back; adding what is already an opening changes nothing.
        run = jobdesk({QStringLiteral("openings"), QStringLiteral("remove"), ids[2]});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("No longer openings: 1 (were not: 0).")),
                 qPrintable(run.out));
        QCOMPARE(lines(jobdesk({QStringLiteral("openings"), QStringLiteral("list")}).out).size(), 2);
        run = jobdesk({QStringLiteral("openings"), QStringLiteral("add"), ids[0], ids[2]});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("Marked as openings: 1 (already were: 1).\n"));
        QCOMPARE(lines(jobdesk({QStringLiteral("openings"), QStringLiteral("list")}).out).size(), 3);

        // A listing that does not exist is named, and none of the others is marked with it.
        run = jobdesk({QStringLiteral("openings"), QStringLiteral("add"), QStringLiteral("999999")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("999999")), qPrintable(run.err));
        QCOMPARE(jobdesk({QStringLiteral("openings"), QStringLiteral("add"), QStringLiteral("x")}).exitCode,
                 2);
        QCOMPARE(jobdesk({QStringLiteral("openings"), QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(jobdesk({QStringLiteral("openings"), QStringLiteral("close")}).exitCode, 2);
    }

    void ranksCandidatesForAnOpening()
    {
        const qint64 opening = m_openings[0];
        qint64 listingSkills = 0;
        {
            // Jane is already in this opening's pipeline, one stage on.
            Database db(m_library.path());
            listingSkills =
                sql::scalar(db.connection(),
                            QStringLiteral("SELECT count(*) FROM listing_skills WHERE listing_id = ?"),
                            {opening})
                    .toLongLong();
            const qint64 jane =
                sql::scalar(db.connection(),
                            QStringLiteral("SELECT id FROM profiles WHERE name = 'Jane Developer'"))
                    .toLongLong();
            PipelineStore pipelines(db);
            pipelines.moveTo(pipelines.add(jane, opening), StageStore(db, StageSet::Candidates).list()[1].id);
        }

        const test::Run json =
            jobdesk({QStringLiteral("rank"), QStringLiteral("--opening"), QString::number(opening),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError error;
        const QJsonArray ranks = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(ranks.size(), 5);
        double previous = 101;
        bool anyMissing = false;
        for (const QJsonValue &value : ranks) {
            const QJsonObject rank = value.toObject();
            QVERIFY(rank.value(QStringLiteral("candidateId")).toInteger() > 0);
            const QString name = rank.value(QStringLiteral("name")).toString();
            // The listing asks for skills, so every score is known, and they come best first.
            QVERIFY2(rank.value(QStringLiteral("score")).isDouble(), qPrintable(name));
            const double score = rank.value(QStringLiteral("score")).toDouble();
            QVERIFY2(score <= previous, qPrintable(name));
            previous = score;
            QVERIFY2(
                rank.value(QStringLiteral("explanation")).toString().startsWith(QStringLiteral("Match ")),
                qPrintable(name));
            const QJsonArray matched = rank.value(QStringLiteral("matched")).toArray();
            const QJsonArray missing = rank.value(QStringLiteral("missing")).toArray();
            QCOMPARE(matched.size() + missing.size(), listingSkills);
            for (const QJsonValue &skill : matched)
                QVERIFY(skill.toObject().value(QStringLiteral("level")).toInt() >= 1);
            // Required skills before the optional ones.
            bool optionalSeen = false;
            for (const QJsonValue &skill : missing) {
                QVERIFY(!skill.toObject().value(QStringLiteral("skill")).toString().isEmpty());
                const bool required = skill.toObject().value(QStringLiteral("required")).toBool();
                QVERIFY2(!(required && optionalSeen), qPrintable(name));
                optionalSeen = optionalSeen || !required;
            }
            anyMissing = anyMissing || !missing.isEmpty();
            QCOMPARE(rank.value(QStringLiteral("pipelineStage")),
                     name == QLatin1String("Jane Developer") ? QJsonValue(QStringLiteral("Contacted"))
                                                             : QJsonValue());
        }
        QVERIFY(anyMissing);

        // The text says the same, a line per candidate.
        const test::Run text =
            jobdesk({QStringLiteral("rank"), QStringLiteral("--opening"), QString::number(opening)});
        QCOMPARE(text.exitCode, 0);
        const QStringList out = lines(text.out);
        QCOMPARE(out.size(), ranks.size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            const QJsonObject rank = ranks[i].toObject();
            const QString &line = out[i];
            const QString percent =
                QString::number(qRound(rank.value(QStringLiteral("score")).toDouble())) + QLatin1Char('%');
            QVERIFY2(line.startsWith(QStringLiteral("%1. ").arg(i + 1)), qPrintable(line));
            QVERIFY2(
                line.contains(percent + QStringLiteral("  ") + rank.value(QStringLiteral("name")).toString()),
                qPrintable(line));
            const QJsonArray missing = rank.value(QStringLiteral("missing")).toArray();
            if (!missing.isEmpty()) {
                const QString first = missing[0].toObject().value(QStringLiteral("skill")).toString();
                QVERIFY2(line.contains(QStringLiteral("missing: ") + first), qPrintable(line));
            } else {
                QVERIFY2(!line.contains(QStringLiteral("missing:")), qPrintable(line));
            }
            QCOMPARE(line.endsWith(QStringLiteral("stage: Contacted")),
                     rank.value(QStringLiteral("name")).toString() == QLatin1String("Jane Developer"));
        }

        const test::Run unknown =
            jobdesk({QStringLiteral("rank"), QStringLiteral("--opening"), QStringLiteral("999999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("999999")), qPrintable(unknown.err));
    }

    void ranksOpeningsForACandidate()
    {
        // By name, ignoring case: the three openings, best first, Jane's pipeline shown.
        test::Run run =
            jobdesk({QStringLiteral("rank"), QStringLiteral("--candidate"), QStringLiteral("jane developer"),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray ranks = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(ranks.size(), 3);
        QSet<qint64> listings;
        for (const QJsonValue &value : ranks) {
            const QJsonObject rank = value.toObject();
            const qint64 listing = rank.value(QStringLiteral("listingId")).toInteger();
            listings.insert(listing);
            QVERIFY(!rank.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(!rank.value(QStringLiteral("explanation")).toString().isEmpty());
            QCOMPARE(rank.value(QStringLiteral("pipelineStage")).isString(), listing == m_openings[0]);
        }
        QCOMPARE(listings, QSet<qint64>(m_openings.cbegin(), m_openings.cend()));
        run = jobdesk(
            {QStringLiteral("rank"), QStringLiteral("--candidate"), QStringLiteral("Jane Developer")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lines(run.out).size(), 3);
        QVERIFY2(run.out.contains(QStringLiteral("(listing %1)").arg(m_openings[0])), qPrintable(run.out));

        run =
            jobdesk({QStringLiteral("rank"), QStringLiteral("--candidate"), QStringLiteral("Nobody Atall")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Nobody Atall")), qPrintable(run.err));
        run = jobdesk({QStringLiteral("rank"), QStringLiteral("--candidate"), QStringLiteral("999999")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("999999")), qPrintable(run.err));
    }

    void rankNeedsExactlyOneSubject()
    {
        test::Run run = jobdesk({QStringLiteral("rank")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--opening")), qPrintable(run.err));
        run = jobdesk({QStringLiteral("rank"), QStringLiteral("--opening"), QString::number(m_openings[0]),
                       QStringLiteral("--candidate"), QStringLiteral("Maya Okonkwo")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(
            jobdesk({QStringLiteral("rank"), QStringLiteral("--opening"), QStringLiteral("first")}).exitCode,
            2);
        QCOMPARE(jobdesk({QStringLiteral("rank"), QStringLiteral("--opening"), QString::number(m_openings[0]),
                          QStringLiteral("--format"), QStringLiteral("csv")})
                     .exitCode,
                 2);
    }

    void exportsThenDeletesACandidate()
    {
        const QString maya = QStringLiteral("Maya Okonkwo");
        qint64 mayaId = 0;
        {
            Database db(m_library.path());
            mayaId =
                sql::scalar(db.connection(), QStringLiteral("SELECT id FROM profiles WHERE name = ?"), {maya})
                    .toLongLong();
            PipelineStore pipelines(db);
            const qint64 pipeline = pipelines.add(mayaId, m_openings[1]);
            pipelines.saveNotes(pipeline, QStringLiteral("Quixotic zebra at the career fair"), {});
        }

        // To standard output: everything held about her, her pipeline with its notes included.
        test::Run run = jobdesk({QStringLiteral("candidates"), QStringLiteral("export"), maya});
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("name")).toString(),
                 maya);
        QVERIFY(!json.value(QStringLiteral("skills")).toArray().isEmpty());
        const QJsonArray pipelines = json.value(QStringLiteral("pipelines")).toArray();
        QCOMPARE(pipelines.size(), 1);
        QCOMPARE(pipelines[0]
                     .toObject()
                     .value(QStringLiteral("opening"))
                     .toObject()
                     .value(QStringLiteral("listingId")),
                 QJsonValue(m_openings[1]));
        QCOMPARE(pipelines[0].toObject().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Quixotic zebra at the career fair"));

        // To a file, by id: the same, readable by its owner only even where a readable file was.
        const QString file = m_library.filePath(QStringLiteral("maya.json"));
        test::writeFile(file, "old");
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        run = jobdesk({QStringLiteral("candidates"), QStringLiteral("export"), QString::number(mayaId),
                       QStringLiteral("--output"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(file), qPrintable(run.out));
        {
            QFile written(file);
            QVERIFY(written.open(QIODevice::ReadOnly));
            json = QJsonDocument::fromJson(written.readAll()).object();
        }
        QCOMPARE(json.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("id")).toInteger(),
                 mayaId);
        QCOMPARE(json.value(QStringLiteral("pipelines")).toArray().size(), 1);
#ifndef Q_OS_WIN
        const QFileDevice::Permissions permissions = QFileInfo(file).permissions();
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                 QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)));
#endif

        // Her name and notes are in the file now, so the check below can see them.
        for (const QByteArray &trace : {QByteArray("Okonkwo"), QByteArray("Quixotic zebra")})
            QVERIFY2(onDisk(m_library.path(), trace) > 0, trace.constData());

        // An automatic backup beside the library holds her still, and the deletion says so.
        const QString backup = m_library.filePath(QStringLiteral("library.auto-20260101-000000.sqlite"));
        QVERIFY(QFile::copy(m_library.path(), backup));
        run =
            jobdesk({QStringLiteral("candidates"), QStringLiteral("delete"), QStringLiteral("maya okonkwo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.startsWith(
                QStringLiteral("Deleted candidate “Maya Okonkwo” (id %1) with their resume, ").arg(mayaId)),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("pipelines with their notes and history (1)")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QDir::toNativeSeparators(backup)), qPrintable(run.out));

        QCOMPARE(namesOf(candidatesTsv()),
                 (QStringList{QStringLiteral("Daniel Reyes"), QStringLiteral("Dr. Lena Vasquez"),
                              QStringLiteral("Jane Developer"), QStringLiteral("Richard Hendriks")}));
        QCOMPARE(lines(jobdesk({QStringLiteral("rank"), QStringLiteral("--opening"),
                                QString::number(m_openings[1])})
                           .out)
                     .size(),
                 4);
        for (const QByteArray &trace : {QByteArray("Maya Okonkwo"), QByteArray("Okonkwo"),
                                        QByteArray("okonkwo"), QByteArray("Quixotic zebra")})
            QCOMPARE(onDisk(m_library.path(), trace), 0);
        QCOMPARE(lines(jobdesk({QStringLiteral("openings"), QStringLiteral("list")}).out).size(), 3);

        // Gone: neither found by name nor by id.
        run = jobdesk({QStringLiteral("candidates"), QStringLiteral("delete"), maya});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(maya), qPrintable(run.err));
        run = jobdesk({QStringLiteral("candidates"), QStringLiteral("export"), QString::number(mayaId)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QString::number(mayaId)), qPrintable(run.err));
    }

    void theSeekersOwnProfileIsNoCandidate()
    {
        QCOMPARE(jobdesk({QStringLiteral("profile"), QStringLiteral("import"),
                          test::sharedData(QStringLiteral(
                              "formats/jsonresume/jsonresume.org_senior-engineer.resume.json")),
                          QStringLiteral("--name"), QStringLiteral("Me")})
                     .exitCode,
                 0);
        qint64 me = 0;
        {
            Database db(m_library.path());
            me = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM profiles WHERE name = 'Me'"))
                     .toLongLong();
        }
        QVERIFY(me > 0);
        QCOMPARE(
            jobdesk({QStringLiteral("candidates"), QStringLiteral("delete"), QString::number(me)}).exitCode,
            1);
        QCOMPARE(
            jobdesk({QStringLiteral("candidates"), QStringLiteral("delete"), QStringLiteral("Me")}).exitCode,
            1);
        QCOMPARE(
            jobdesk({QStringLiteral("candidates"), QStringLiteral("export"), QString::number(me)}).exitCode,
            1);
        const test::Run profiles = jobdesk({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(profiles.out.startsWith(QStringLiteral("Me\tme\t")), qPrintable(profiles.out));
        QVERIFY(!namesOf(candidatesTsv()).contains(QStringLiteral("Me")));
    }
};

QTEST_GUILESS_MAIN(TestRecruitingCommands)
#include "tst_recruitingcommands.moc"
