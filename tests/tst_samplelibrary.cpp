// The bundled sample listings: enough of them, varied, and every field the demo shows filled in.
#include "testsupport.h"

#include "samples/samplelibrary.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"

#include <QStandardPaths>
#include <QTest>

using namespace jobdesk;

class TestSampleLibrary : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempLibrary> m_dir;
    std::unique_ptr<Database> m_db;
    ImportReport m_report;

    int count(const QString &condition)
    {
        return sql::scalar(m_db->connection(),
                           QStringLiteral("SELECT count(*) FROM listings WHERE ") + condition)
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<test::TempLibrary>();
        m_db = m_dir->open();
        m_report = samples::load(*m_db);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_dir.reset();
    }

    void allSamplesImportCleanly()
    {
        QCOMPARE(m_report.failed, 0);
        QVERIFY(m_report.problems.isEmpty());
        QVERIFY2(m_report.inserted >= 300, qPrintable(m_report.summary()));
        QCOMPARE(ListingRepository(*m_db).count(), qint64(m_report.inserted));
    }

    void everyListingHasTheFieldsTheDemoShows()
    {
        QCOMPARE(count(QStringLiteral("company = '' OR location = '' OR posted_at IS NULL OR url IS NULL")),
                 0);
        QCOMPARE(
            sql::scalar(m_db->connection(),
                        QStringLiteral("SELECT count(*) FROM listing_text WHERE length(description) < 1000 "
                                       "OR description_html = ''"))
                .toInt(),
            0);
    }

    void samplesAreVaried()
    {
        const int total = m_report.inserted;
        for (const Workplace w : {Workplace::OnSite, Workplace::Hybrid, Workplace::Remote})
            QVERIFY2(count(QStringLiteral("workplace = %1").arg(int(w))) >= total / 10,
                     qPrintable(QString::number(int(w))));
        for (const Seniority s : {Seniority::Intern, Seniority::Junior, Seniority::Senior, Seniority::Staff,
                                  Seniority::Principal, Seniority::Lead})
            QVERIFY2(count(QStringLiteral("seniority = %1").arg(int(s))) >= 3,
                     qPrintable(QString::number(int(s))));
        QVERIFY(
            sql::scalar(m_db->connection(), QStringLiteral("SELECT count(DISTINCT company) FROM listings"))
                .toInt() >= 40);
        QVERIFY(sql::scalar(m_db->connection(),
                            QStringLiteral("SELECT count(DISTINCT salary_currency) FROM listings"))
                    .toInt() >= 5);
        for (const SalaryPeriod p : {SalaryPeriod::Hour, SalaryPeriod::Month, SalaryPeriod::Year})
            QVERIFY2(count(QStringLiteral("salary_period = %1").arg(int(p))) >= 3,
                     qPrintable(QString::number(int(p))));
    }

    void mostStatedSalariesAreParsed()
    {
        // About three in four samples state a salary, in many formats; the parser reads nearly all.
        const int parsed = count(QStringLiteral("salary_yearly IS NOT NULL"));
        QVERIFY2(parsed >= m_report.inserted * 65 / 100, qPrintable(QString::number(parsed)));
        // Parsed figures are plausible yearly amounts in their currencies, not misread numbers.
        QCOMPARE(count(QStringLiteral(
                     "salary_currency = 'USD' AND (salary_yearly < 15000 OR salary_yearly > 600000)")),
                 0);
    }

    void nonAsciiTextSurvives()
    {
        QVERIFY(count(QStringLiteral("location LIKE '%Kraków%' OR location LIKE '%München%'")) > 0);
    }

    void descriptionsNameRealTechnologies()
    {
        const QString condition = m_db->dialect().fullTextCondition();
        for (const QString &term :
             {QStringLiteral("kubernetes"), QStringLiteral("postgresql"), QStringLiteral("react"),
              QStringLiteral("python"), QStringLiteral("\"c++\"")}) {
            const int hits = sql::scalar(m_db->connection(),
                                         QStringLiteral("SELECT count(*) FROM listings WHERE ") + condition,
                                         {m_db->dialect().fullTextQuery(term)})
                                 .toInt();
            QVERIFY2(hits >= 5, qPrintable(term));
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleLibrary)
#include "tst_samplelibrary.moc"
