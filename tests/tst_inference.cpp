// Seniority and workplace inferred from the words of titles and locations.
#include "import/inference.h"

#include <QTest>

using namespace jobdesk;

class TestInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seniorityFromTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("expected");
        QTest::newRow("senior") << "Senior Backend Engineer" << int(Seniority::Senior);
        QTest::newRow("sr.") << "Sr. Data Scientist" << int(Seniority::Senior);
        QTest::newRow("junior") << "Junior QA Engineer" << int(Seniority::Junior);
        QTest::newRow("jr") << "Jr Developer" << int(Seniority::Junior);
        QTest::newRow("staff") << "Staff Software Engineer, Platform" << int(Seniority::Staff);
        QTest::newRow("principal") << "Principal Engineer" << int(Seniority::Principal);
        QTest::newRow("manager beats senior") << "Senior Engineering Manager" << int(Seniority::Lead);
        QTest::newRow("lead") << "Tech Lead (Go)" << int(Seniority::Lead);
        QTest::newRow("head of") << "Head of Data" << int(Seniority::Lead);
        QTest::newRow("intern") << "Software Engineering Intern" << int(Seniority::Intern);
        QTest::newRow("internship") << "Data Internship (Summer 2026)" << int(Seniority::Intern);
        QTest::newRow("mid") << "Mid-level Android Developer" << int(Seniority::Mid);
        QTest::newRow("none") << "Data Scientist" << int(Seniority::Unknown);
        QTest::newRow("internal is not intern") << "Internal Tools Engineer" << int(Seniority::Unknown);
        QTest::newRow("leader is not lead") << "Thought Leadership Writer" << int(Seniority::Unknown);
    }

    void seniorityFromTitle()
    {
        QFETCH(QString, title);
        QFETCH(int, expected);
        QCOMPARE(int(inferSeniority(title)), expected);
    }

    void workplaceFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("remote") << "Remote (EU)" << int(Workplace::Remote);
        QTest::newRow("title") << "Channel Solution Architect (Remote, POL)" << int(Workplace::Remote);
        QTest::newRow("hybrid wins") << "Hybrid — remote two days a week" << int(Workplace::Hybrid);
        QTest::newRow("on-site") << "On-site in Austin" << int(Workplace::OnSite);
        QTest::newRow("anywhere") << "Anywhere" << int(Workplace::Remote);
        QTest::newRow("city") << "Berlin, Germany" << int(Workplace::Unknown);
        QTest::newRow("remoteness") << "Remotely related" << int(Workplace::Unknown);
    }

    void workplaceFromText()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(int(inferWorkplace(text)), expected);
    }
};

QTEST_GUILESS_MAIN(TestInference)
#include "tst_inference.moc"
