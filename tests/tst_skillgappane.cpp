// The skills gap dock on the demo library, offscreen: a Java back-end listing shows its skills against
// a profile, the view's table fills from the background analysis and follows the filter, and clicking a
// skill asks for a search; ticking missing skills moves the what-if histogram. Set JOBDESK_SCREENSHOT_DIR
// to keep pictures of the pane in both palettes (with two skills ticked).
#include "testsupport.h"

#include "profiles/profilestore.h"
#include "samples/samplelibrary.h"
#include "skills/gapanalysis.h"
#include "skills/matchdistribution.h"
#include "skills/matchhistogram.h"
#include "skills/skilldemandmodel.h"
#include "skills/skillgappane.h"
#include "store/database.h"
#include "store/sql.h"
#include "theme.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdesk;

class TestSkillGapPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_javaListing = 0;

    qint64 skillId(const QString &name)
    {
        return sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM skills WHERE name = ?"), {name})
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        QVERIFY(samples::load(*m_db).inserted >= 300);
        m_javaListing =
            sql::scalar(m_db->connection(),
                        QStringLiteral("SELECT id FROM listings WHERE title LIKE '%Java Developer%' "
                                       "ORDER BY id LIMIT 1"))
                .toLongLong();
        QVERIFY(m_javaListing > 0);
        ProfileStore profiles(*m_db);
        const qint64 me = profiles.create(QStringLiteral("Backend"));
        for (const QString &name :
             {QStringLiteral("Java"), QStringLiteral("Docker"), QStringLiteral("SQL"), QStringLiteral("Git"),
              QStringLiteral("Python"), QStringLiteral("REST"), QStringLiteral("Communication"),
              QStringLiteral("Curiosity"), QStringLiteral("Kubernetes"), QStringLiteral("Linux")}) {
            QVERIFY2(skillId(name) > 0, qPrintable(name));
            profiles.setSkill(me, skillId(name), 4);
        }
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void explainsTheListingAndTheView_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void explainsTheListingAndTheView()
    {
        QFETCH(int, theme);
        applyTheme(Theme(theme));
        SkillGapPane pane(*m_db);
        pane.resize(460, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.profileId() > 0); // the user's first profile is chosen
        QSignalSpy analysed(&pane, &SkillGapPane::viewAnalysed);
        QSignalSpy whatIf(&pane, &SkillGapPane::whatIfShown);
        pane.setView({});
        pane.setListing(m_javaListing);
        QVERIFY(analysed.wait(10000));

        auto *score = pane.findChild<QLabel *>(QStringLiteral("gapScore"));
        QVERIFY(score->text().endsWith(QStringLiteral("% match")));
        QVERIFY(score->toolTip().contains(QStringLiteral("100")));
        const QString skills = pane.findChild<QLabel *>(QStringLiteral("gapListingSkills"))->text();
        QVERIFY2(skills.contains(QStringLiteral(">Java<")), qPrintable(skills));
        QVERIFY2(skills.contains(QStringLiteral("Missing")), qPrintable(skills));

        // The view's table is the analysis of the whole library.
        const ViewGap expected = analyseViewGap(*m_db, {}, pane.profileId());
        QCOMPARE(pane.demandModel()->rowCount(), int(expected.skills.size()));
        QVERIFY(pane.demandModel()->rowCount() > 20);

        // The histogram shows the view's match scores now, then moves when missing skills are ticked.
        QVERIFY(whatIf.wait(10000));
        MatchHistogram *histogram = pane.histogram();
        const MatchDistribution now = matchDistribution(*m_db, {}, pane.profileId(), {});
        QCOMPARE(histogram->distribution(), now);
        QVERIFY(now.withSkills > 100);
        QVERIFY(!histogram->caption().contains(QStringLiteral("if learned")));
        SkillDemandModel *model = pane.demandModel();
        QList<qint64> ticked;
        for (int row = 0; row < model->rowCount() && ticked.size() < 2; ++row) {
            const QModelIndex skill = model->index(row, SkillDemandModel::Skill);
            if (!skill.data(SkillDemandModel::HaveRole).toBool()) {
                QVERIFY(model->setData(skill, Qt::Checked, Qt::CheckStateRole));
                ticked.append(skill.data(SkillDemandModel::SkillIdRole).toLongLong());
            }
        }
        QCOMPARE(ticked.size(), 2);
        QVERIFY(whatIf.wait(10000));
        const QSet<qint64> learned(ticked.begin(), ticked.end());
        QCOMPARE(histogram->distribution(), matchDistribution(*m_db, {}, pane.profileId(), learned));
        QCOMPARE(histogram->distribution().before, now.before);
        QVERIFY(histogram->distribution().after != now.before);
        QVERIFY2(histogram->caption().contains(QStringLiteral("if learned")),
                 qPrintable(histogram->caption()));
        QVERIFY(!histogram->bucketToolTip(7).isEmpty());

        if (const QByteArray dir = qgetenv("JOBDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            pane.grab().save(QDir(QString::fromLocal8Bit(dir))
                                 .filePath(QStringLiteral("skills-gap-%1.png")
                                               .arg(theme == int(Theme::Dark) ? QStringLiteral("dark")
                                                                              : QStringLiteral("light"))));
        }

        // It follows the filter; the ticks of skills the new view lists stay, and the histogram is the
        // new view's.
        const SqlFilter remote{QStringLiteral("listings.workplace = ?"), {3}};
        pane.setView(remote);
        QVERIFY(analysed.wait(10000));
        QCOMPARE(pane.demandModel()->gap().listings,
                 sql::scalar(m_db->connection(),
                             QStringLiteral("SELECT count(*) FROM listings WHERE workplace = 3"))
                     .toInt());
        QVERIFY(whatIf.wait(10000));
        QVERIFY(!model->learned().isEmpty());
        QCOMPARE(histogram->distribution(),
                 matchDistribution(*m_db, remote, pane.profileId(), model->learned()));
        QCOMPARE(histogram->distribution().withSkills + histogram->distribution().withoutSkills,
                 pane.demandModel()->gap().listings);

        // The report in three formats, saying the same thing.
        QTemporaryDir dir;
        for (const QString &name :
             {QStringLiteral("gap.md"), QStringLiteral("gap.html"), QStringLiteral("gap.pdf")})
            QCOMPARE(pane.writeReport(dir.filePath(name)), QString());
        QFile md(dir.filePath(QStringLiteral("gap.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(md.readAll());
        QVERIFY(markdown.startsWith(QStringLiteral("# Skills gap")));
        const QString first = pane.demandModel()->gap().skills.first().name;
        QVERIFY(markdown.contains(QStringLiteral("| ") + first + QStringLiteral(" |")));
        // … and the what-if: the ticked skills and the counts before and after.
        QVERIFY2(markdown.contains(QStringLiteral("## Match scores")), qPrintable(markdown));
        QVERIFY(markdown.contains(model->learnedNames().first()));
        QVERIFY(markdown.contains(QStringLiteral("| 70–79 % | %1 | %2 |")
                                      .arg(histogram->distribution().before[7])
                                      .arg(histogram->distribution().after[7])));
        QFile html(dir.filePath(QStringLiteral("gap.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(QStringLiteral("<table")));
        QVERIFY(page.contains(first));
        QFile pdf(dir.filePath(QStringLiteral("gap.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);
        QVERIFY(!pane.writeReport(QStringLiteral("/no/such/folder/gap.md")).isEmpty());

        // Activating a skill asks for listings that require it.
        QSignalSpy search(&pane, &SkillGapPane::skillSearchRequested);
        auto *table = pane.findChild<QTableView *>(QStringLiteral("gapTable"));
        Q_EMIT table->activated(pane.demandModel()->index(0, 0));
        QCOMPARE(search.size(), 1);
        QCOMPARE(search.first().first().toString(), pane.demandModel()->index(0, 0).data().toString());

        // Without a profile there are no scores and nothing to tick.
        pane.findChild<QComboBox *>(QStringLiteral("gapProfile"))->setCurrentIndex(0);
        QVERIFY(whatIf.wait(10000));
        QCOMPARE(histogram->distribution().withSkills, 0);
        QVERIFY(model->learned().isEmpty());
        QVERIFY(!(model->flags(model->index(0, SkillDemandModel::Skill)) & Qt::ItemIsUserCheckable));
    }

    // The window hands the view's ids over; after listingsChanged() the pane waits for new ones and
    // counts them over a snapshot read again: what it shows is the SQL analysis of the library as it is.
    void countsTheIdsTheWindowGives()
    {
        SkillGapPane pane(*m_db);
        QSignalSpy analysed(&pane, &SkillGapPane::viewAnalysed);
        const SqlFilter remote{QStringLiteral("listings.workplace = ?"), {3}};
        pane.setView(remote);
        pane.setViewListings(remote, viewListingIds(*m_db, remote));
        QVERIFY(analysed.wait(10000));
        const auto shown = [&pane] {
            QList<std::pair<qint64, int>> rows;
            for (const SkillDemand &skill : pane.demandModel()->gap().skills)
                rows.append({skill.skillId, skill.listings});
            return std::pair(pane.demandModel()->gap().listings, rows);
        };
        const auto expected = [this, remote, &pane] {
            const ViewGap gap = analyseViewGap(*m_db, remote, pane.profileId());
            QList<std::pair<qint64, int>> rows;
            for (const SkillDemand &skill : gap.skills)
                rows.append({skill.skillId, skill.listings});
            return std::pair(gap.listings, rows);
        };
        QCOMPARE(shown(), expected());
        QVERIFY(pane.demandModel()->gap().listings > 5);

        // A listing of the view loses its skills, another leaves the view.
        const QList<qint64> ids = viewListingIds(*m_db, remote);
        sql::run(m_db->connection(), QStringLiteral("DELETE FROM listing_skills WHERE listing_id = ?"),
                 {ids.first()});
        sql::run(m_db->connection(), QStringLiteral("UPDATE listings SET workplace = 1 WHERE id = ?"),
                 {ids.last()});
        pane.listingsChanged();
        pane.setView(remote);
        QVERIFY(!analysed.wait(600)); // no answer from ids older than the change
        pane.setViewListings(remote, viewListingIds(*m_db, remote));
        QVERIFY(analysed.wait(10000));
        QCOMPARE(shown(), expected());
        QCOMPARE(pane.demandModel()->gap().listings, int(ids.size()) - 1);
    }
};

QTEST_MAIN(TestSkillGapPane)
#include "tst_skillgappane.moc"
