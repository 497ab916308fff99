// Salary and date text as the table shows it.
#include "domain/format.h"

#include <QTest>
#include <QTimeZone>

using namespace jobdesk;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsSalaries_data()
    {
        QTest::addColumn<Salary>("salary");
        QTest::addColumn<QString>("expected");
        QTest::newRow("range k") << Salary{120000.0, 150000.0, QStringLiteral("USD"), SalaryPeriod::Year}
                                 << QStringLiteral("$120k–150k/yr");
        QTest::newRow("fraction k") << Salary{94500.0, 162000.0, QStringLiteral("USD"), SalaryPeriod::Year}
                                    << QStringLiteral("$94.5k–162k/yr");
        QTest::newRow("hourly") << Salary{35.0, 48.0, QStringLiteral("USD"), SalaryPeriod::Hour}
                                << QStringLiteral("$35–48/h");
        QTest::newRow("monthly pln") << Salary{18000.0, 25000.0, QStringLiteral("PLN"), SalaryPeriod::Month}
                                     << QStringLiteral("PLN 18k–25k/mo");
        QTest::newRow("max only") << Salary{std::nullopt, 140000.0, QStringLiteral("USD"), SalaryPeriod::Year}
                                  << QStringLiteral("up to $140k/yr");
        QTest::newRow("min only") << Salary{55000.0, std::nullopt, QStringLiteral("EUR"), SalaryPeriod::Year}
                                  << QStringLiteral("from €55k/yr");
        QTest::newRow("single") << Salary{45000.0, 45000.0, QStringLiteral("GBP"), SalaryPeriod::Year}
                                << QStringLiteral("£45k/yr");
        QTest::newRow("no currency") << Salary{3000.0, 4500.0, QString(), SalaryPeriod::Month}
                                     << QStringLiteral("3,000–4,500/mo");
        QTest::newRow("millions") << Salary{1800000.0, 2500000.0, QStringLiteral("INR"), SalaryPeriod::Year}
                                  << QStringLiteral("₹1.8M–2.5M/yr");
        QTest::newRow("millions fraction")
            << Salary{1250000.0, std::nullopt, QStringLiteral("INR"), SalaryPeriod::Year}
            << QStringLiteral("from ₹1.25M/yr");
        QTest::newRow("unknown") << Salary{} << QString();
    }

    void formatsSalaries()
    {
        QFETCH(Salary, salary);
        QFETCH(QString, expected);
        QCOMPARE(formatSalary(salary, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
    }

    void yearlyFigure()
    {
        QCOMPARE(*Salary({100000.0, 120000.0, QStringLiteral("USD"), SalaryPeriod::Year}).yearly(), 110000.0);
        QCOMPARE(*Salary({50.0, std::nullopt, QStringLiteral("USD"), SalaryPeriod::Hour}).yearly(), 104000.0);
        QCOMPARE(*Salary({std::nullopt, 5000.0, QStringLiteral("EUR"), SalaryPeriod::Month}).yearly(),
                 60000.0);
        QVERIFY(!Salary({100.0, 200.0, QStringLiteral("USD"), SalaryPeriod::Unknown}).yearly());
        QVERIFY(!Salary{}.yearly());
    }

    void formatsDatesInUtc()
    {
        const QDateTime late(QDate(2026, 3, 1), QTime(23, 30), QTimeZone::UTC);
        QCOMPARE(formatDate(late, QLocale::c()),
                 QLocale::c().toString(QDate(2026, 3, 1), QLocale::ShortFormat));
        QVERIFY(formatDate(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
