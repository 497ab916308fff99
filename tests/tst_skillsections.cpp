// Sections of descriptions: heading names, heading shapes, inline headings, optional sentences, and real
// descriptions (Remotive board listings and the bundled samples, read through the importer's
// htmlToPlainText as the library stores them).
#include "testsupport.h"

#include "import/htmltext.h"
#include "skills/skillsections.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jobdesk;

namespace {

QString name(std::optional<SectionKind> kind)
{
    if (!kind)
        return QStringLiteral("none");
    switch (*kind) {
    case SectionKind::Neutral:
        return QStringLiteral("neutral");
    case SectionKind::Required:
        return QStringLiteral("required");
    case SectionKind::Optional:
        return QStringLiteral("optional");
    case SectionKind::Excluded:
        return QStringLiteral("excluded");
    }
    return {};
}

// The kind of the section `phrase` is in, "missing" when the text does not hold it.
QString kindOf(const SectionMap &map, const QString &text, QStringView phrase)
{
    const qsizetype at = text.indexOf(phrase);
    return at < 0 ? QStringLiteral("missing") : name(map.kindAt(int(at)));
}

QHash<qint64, QJsonObject> remotiveJobs()
{
    QFile file(test::sharedData(QStringLiteral("listings/remote-boards-2025/remotive_jobs.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<qint64, QJsonObject> jobs;
    for (const QJsonValue &job : QJsonDocument::fromJson(file.readAll()).array())
        jobs.insert(job[QLatin1String("job_id")].toInteger(), job.toObject());
    return jobs;
}

QString remotiveText(qint64 id)
{
    static const QHash<qint64, QJsonObject> jobs = remotiveJobs();
    return htmlToPlainText(jobs.value(id)[QLatin1String("description")].toString());
}

QString sampleText(const QString &company, const QString &title)
{
    QFile file(QStringLiteral(JOBDESK_SOURCE_DIR "/resources/samples/listings.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        const QJsonObject listing = QJsonDocument::fromJson(file.readLine()).object();
        if (listing[QLatin1String("company")].toString() == company &&
            listing[QLatin1String("title")].toString() == title)
            return htmlToPlainText(listing[QLatin1String("description_html")].toString());
    }
    return {};
}

} // namespace

class TestSkillSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingNames_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("kind");
        const auto row = [](const char *heading, std::optional<SectionKind> kind) {
            QTest::newRow(heading) << QString::fromUtf8(heading) << name(kind);
        };
        const auto req = SectionKind::Required, opt = SectionKind::Optional, exc = SectionKind::Excluded,
                   neu = SectionKind::Neutral;
        row("Requirements", req);
        row("Requirements:", req);
        row("## Key Requirements", req);
        row("**Must have**", req);
        row("Must-haves", req);
        row("What you'll bring", req);
        row("What You’ll Bring", req);
        row("What we're looking for", req);
        row("Qualifications", req);
        row("Required Qualifications", req);
        row("Minimum qualifications", req);
        row("Skills & Experience", req);
        row("Skills", req);
        row("Your profile", req);
        row("Who you are", req);
        row("About you", req);
        row("You Have...", req);
        row("Mandatory Experience:", req);
        row("Experience", req);
        row("Anforderungen", req);
        row("Das bringst du mit", req);
        row("Dein Profil", req);
        row("Nice to have", opt);
        row("Nice-to-have:", opt);
        row("Bonus", opt);
        row("Bonus points", opt);
        row("Preferred Qualifications", opt);
        row("Preferred Qualifications and Core Competencies", opt);
        row("Desired Skills :", opt);
        row("Desirable Experience:", opt);
        row("Pluses", opt);
        row("It's a plus", opt);
        row("Would be great", opt);
        row("You Will Stand Out If You Have", opt);
        row("Wünschenswert", opt);
        row("Von Vorteil", opt);
        row("Benefits", exc);
        row("Benefits & Perks", exc);
        row("What we offer", exc);
        row("What's in it for you?", exc);
        row("How to apply", exc);
        row("Equal Opportunity Employer:", exc);
        row("Compensation & Perks", exc);
        row("Wir bieten", exc);
        row("Das bieten wir", exc);
        row("Responsibilities", neu);
        row("What you'll do", neu);
        row("About us", neu);
        row("Who we are", neu);
        row("Tech stack", neu);
        row("Deine Aufgaben", neu);
        row("Experience with Go", std::nullopt);
        row("Excellent SQL skills", std::nullopt);
        row("Python", std::nullopt);
        row("", std::nullopt);
    }
    void headingNames()
    {
        QFETCH(QString, heading);
        QFETCH(QString, kind);
        QCOMPARE(name(headingKind(heading)), kind);
    }

    void plainTextSections()
    {
        const QString text = QStringLiteral("We build payment software.\n\n"
                                            "What you will do\n\n"
                                            "• Run services on Kubernetes\n\n"
                                            "Requirements\n\n"
                                            "• Java and Spring Boot\n"
                                            "• Kafka experience is a plus\n"
                                            "• PostgreSQL. Ideally Redis too.\n\n"
                                            "Nice to have\n\n"
                                            "• gRPC\n\n"
                                            "What we offer\n\n"
                                            "• A yearly Udemy budget\n\n"
                                            "Our tools:\n"
                                            "Jira and Slack");
        const SectionMap map = findSections(text);
        QVERIFY(map.hasRequired);
        QCOMPARE(kindOf(map, text, u"payment"), QStringLiteral("neutral"));
        QCOMPARE(kindOf(map, text, u"Kubernetes"), QStringLiteral("neutral"));
        QCOMPARE(kindOf(map, text, u"Java"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Kafka"), QStringLiteral("optional")); // "is a plus"
        QCOMPARE(kindOf(map, text, u"PostgreSQL"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Redis"), QStringLiteral("optional")); // "Ideally", its sentence only
        QCOMPARE(kindOf(map, text, u"gRPC"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"Udemy"), QStringLiteral("excluded"));
        QCOMPARE(kindOf(map, text, u"Jira"), QStringLiteral("neutral")); // "Our tools:" is heading-shaped
        // Neutral sections count as required only without a required section.
        QVERIFY(map.requiredAt(int(text.indexOf(u"Java"))));
        QVERIFY(!map.requiredAt(int(text.indexOf(u"Kubernetes"))));
        QVERIFY(!map.requiredAt(int(text.indexOf(u"gRPC"))));
    }

    void spansCoverTheText()
    {
        const QString text = QStringLiteral("Intro\n\nRequirements:\n• Go\n\nBonus\n• Rust\n");
        const SectionMap map = findSections(text);
        QVERIFY(!map.spans.isEmpty());
        QCOMPARE(map.spans.first().start, 0);
        QCOMPARE(map.spans.last().end, text.size());
        for (qsizetype i = 1; i < map.spans.size(); ++i) {
            QCOMPARE(map.spans[i].start, map.spans[i - 1].end);
            QVERIFY(map.spans[i].kind != map.spans[i - 1].kind);
        }
        QVERIFY(findSections(QString()).spans.isEmpty());
        QCOMPARE(findSections(u"Go").spans.size(), 1);
    }

    void withoutRequiredSectionNeutralIsRequired()
    {
        const QString text = QStringLiteral("About the role\n\nYou will write Go services on AWS.\n\n"
                                            "Nice to have:\n• Terraform");
        const SectionMap map = findSections(text);
        QVERIFY(!map.hasRequired);
        QVERIFY(map.requiredAt(int(text.indexOf(u"AWS"))));
        QVERIFY(!map.requiredAt(int(text.indexOf(u"Terraform"))));
    }

    void inlineHeadings()
    {
        const QString text = QStringLiteral("Requirements\n\n"
                                            "• Python and SQL\n"
                                            "• Bonus: dbt\n"
                                            "• Airflow\n\n"
                                            "Nice to have: Spark, Kafka.\n"
                                            "We use Docker.\n"
                                            "Location: Berlin, our office runs on Linux");
        const SectionMap map = findSections(text);
        QCOMPARE(kindOf(map, text, u"Python"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"dbt"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"Airflow"), QStringLiteral("required")); // the inline heading's line only
        QCOMPARE(kindOf(map, text, u"Kafka"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"Docker"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Linux"), QStringLiteral("excluded"));
    }

    void inlineRequiredDoesNotMakeARequiredSection()
    {
        const QString text = QStringLiteral("You will build Go services.\n• Travel requirements: 10%");
        QVERIFY(!findSections(text).hasRequired);
    }

    void germanHeadings()
    {
        const QString text = QStringLiteral("Deine Aufgaben\n\n• Microservices mit Go\n\n"
                                            "Das bringst du mit\n\n• Erfahrung mit Kubernetes\n"
                                            "• Kenntnisse in Terraform sind von Vorteil\n\n"
                                            "Wünschenswert\n\n• Rust\n\n"
                                            "Wir bieten\n\n• Jobrad und Udemy");
        const SectionMap map = findSections(text);
        QVERIFY(map.hasRequired);
        QCOMPARE(kindOf(map, text, u"Go"), QStringLiteral("neutral"));
        QCOMPARE(kindOf(map, text, u"Kubernetes"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Terraform"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"Rust"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"Udemy"), QStringLiteral("excluded"));
    }

    void headingShapes()
    {
        // An unknown short line ending with ':' or standing alone above a list ends the section before; a
        // comma or a sentence end keeps a line from being a heading.
        const QString text = QStringLiteral("Requirements\n\n• Go\n\nPython, SQL, Airflow\n\n• one\n\n"
                                            "A sentence that is not a heading.\n• two\n\n"
                                            "The Fine Print\n\n• Must live in the EU\n\n"
                                            "Our stack:\nDocker");
        const SectionMap map = findSections(text);
        QCOMPARE(kindOf(map, text, u"Go"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Python"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"two"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Must live"), QStringLiteral("neutral"));
        QCOMPARE(kindOf(map, text, u"Docker"), QStringLiteral("neutral"));
    }

    void realRemotiveListings()
    {
        // SQL Developer / Data Analyst: Responsibilities, Requirements, Additional Qualifications, Benefits.
        QString text = remotiveText(2040721);
        QVERIFY(!text.isEmpty());
        SectionMap map = findSections(text);
        QVERIFY(map.hasRequired);
        QCOMPARE(kindOf(map, text, u"optimize SQL queries"), QStringLiteral("neutral"));
        QCOMPARE(kindOf(map, text, u"SQL Server environments"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Power BI, Tableau"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"VX130"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"401k"), QStringLiteral("excluded"));

        // Sr. Analytics Engineer: Required / Preferred Qualifications, "preferably Looker".
        text = remotiveText(2036345);
        map = findSections(text);
        QCOMPARE(kindOf(map, text, u"dbt (Cloud or Core)"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Amazon Redshift"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"preferably Looker"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"centralized semantic layer"), QStringLiteral("optional"));

        // Fandom: "You Have...", "Bonus Points...", "Benefits & Perks".
        text = remotiveText(2030697);
        map = findSections(text);
        QCOMPARE(kindOf(map, text, u"Create quick turn-around Google slides"), QStringLiteral("neutral"));
        QCOMPARE(kindOf(map, text, u"comScore"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"R, Python, and SQL"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"unlimited Udemy"), QStringLiteral("excluded"));

        // Tillster: "You Bring:" with a "(Bonus points for …)" sentence inside a bullet.
        text = remotiveText(2029751);
        map = findSections(text);
        QCOMPARE(kindOf(map, text, u"Power skills in Excel"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Bonus points for Tableau"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"Udemy Learning"), QStringLiteral("excluded"));
    }

    void everyRealDescriptionIsCovered()
    {
        for (const QJsonObject &job : remotiveJobs()) {
            const QString text = htmlToPlainText(job[QLatin1String("description")].toString());
            const SectionMap map = findSections(text);
            QVERIFY(!map.spans.isEmpty());
            QCOMPARE(map.spans.first().start, 0);
            QCOMPARE(map.spans.last().end, text.size());
            for (qsizetype i = 1; i < map.spans.size(); ++i)
                QCOMPARE(map.spans[i].start, map.spans[i - 1].end);
        }
    }

    void bundledSamples()
    {
        const QString text =
            sampleText(QStringLiteral("Kestrel Payments"), QStringLiteral("Senior Java Developer"));
        QVERIFY(!text.isEmpty());
        const SectionMap map = findSections(text);
        QVERIFY(map.hasRequired);
        QCOMPARE(kindOf(map, text, u"event-driven workflows"), QStringLiteral("neutral"));
        QCOMPARE(kindOf(map, text, u"Hibernate and Spring Boot"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Kafka, SQL"), QStringLiteral("required"));
        QCOMPARE(kindOf(map, text, u"Grafana"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"gRPC"), QStringLiteral("optional"));
        QCOMPARE(kindOf(map, text, u"Private medical insurance"), QStringLiteral("excluded"));
    }
};

QTEST_GUILESS_MAIN(TestSkillSections)
#include "tst_skillsections.moc"
