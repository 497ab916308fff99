// Enumeration keywords and the spellings sources use for them.
#include "domain/vocabulary.h"

#include <QTest>

using namespace jobdesk;

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWorkplaceSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("remote") << "Remote" << int(Workplace::Remote);
        QTest::newRow("telecommute") << "TELECOMMUTE" << int(Workplace::Remote);
        QTest::newRow("on-site") << "on-site" << int(Workplace::OnSite);
        QTest::newRow("onsite") << "onsite" << int(Workplace::OnSite);
        QTest::newRow("office") << "Office" << int(Workplace::OnSite);
        QTest::newRow("hybrid") << " hybrid " << int(Workplace::Hybrid);
        QTest::newRow("nonsense") << "banana" << -1;
        QTest::newRow("empty") << "" << -1;
    }

    void parsesWorkplaceSpellings()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto parsed = parseWorkplace(text);
        QCOMPARE(parsed ? int(*parsed) : -1, expected);
    }

    void parsesEmploymentTypes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("schema.org") << "FULL_TIME" << int(EmploymentType::FullTime);
        QTest::newRow("remotive") << "full_time" << int(EmploymentType::FullTime);
        QTest::newRow("jobicy") << "full-time" << int(EmploymentType::FullTime);
        QTest::newRow("contractor") << "CONTRACTOR" << int(EmploymentType::Contractor);
        QTest::newRow("freelance") << "Freelance" << int(EmploymentType::Contractor);
        QTest::newRow("part time") << "Part Time" << int(EmploymentType::PartTime);
        QTest::newRow("intern") << "INTERN" << int(EmploymentType::Intern);
        QTest::newRow("per diem") << "PER_DIEM" << int(EmploymentType::PerDiem);
        QTest::newRow("unknown") << "whenever" << -1;
    }

    void parsesEmploymentTypes()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const auto parsed = parseEmploymentType(text);
        QCOMPARE(parsed ? int(*parsed) : -1, expected);
    }

    // Every spelling is read through the terms' lists, which once dangled after static initialisation
    // under clang (tests/fuzz found it: fuzz_search on tests/data/fuzz-regressions/search/...).
    void spellingListsOutliveStaticInitialisation()
    {
        QCOMPARE(parseWorkplace(u"work from home"), Workplace::Remote);
        QCOMPARE(parseEmploymentType(u"contract to hire"), EmploymentType::Contractor);
        QCOMPARE(parseEmploymentType(u"fixed-term"), EmploymentType::Temporary);
        QCOMPARE(parseEmploymentType(u"apprenticeship"), EmploymentType::Intern);
        QCOMPARE(parseSeniority(u"entry-level"), Seniority::Junior);
        QCOMPARE(parseSeniority(u"distinguished"), Seniority::Principal);
        QCOMPARE(parseSeniority(u"chief"), Seniority::Lead);
    }

    void keywordsRoundTrip()
    {
        for (const Workplace w : {Workplace::OnSite, Workplace::Hybrid, Workplace::Remote})
            QCOMPARE(parseWorkplace(keyword(w)), w);
        for (int i = 1; i <= 8; ++i)
            QCOMPARE(parseEmploymentType(keyword(EmploymentType(i))), EmploymentType(i));
        for (int i = 1; i <= 7; ++i)
            QCOMPARE(parseSeniority(keyword(Seniority(i))), Seniority(i));
    }

    void labelsAreForPeople()
    {
        QCOMPARE(label(Workplace::OnSite), QStringLiteral("On-site"));
        QCOMPARE(label(EmploymentType::FullTime), QStringLiteral("Full-time"));
        QCOMPARE(label(Seniority::Lead), QStringLiteral("Lead / manager"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
