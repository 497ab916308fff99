// extractSkills and SkillIndex: required and optional by section, counts, title and source skills,
// excluded sections, highlight offsets; then the shipped dictionary on back-end listings (a written one
// and the bundled samples) and the dictionary as a library holds it.
#include "testsupport.h"

#include "import/htmltext.h"
#include "skills/parallelextraction.h"
#include "skills/skillextractor.h"
#include "skills/skillindex.h"
#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/sql.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace jobdesk;

namespace {

const QStringList kNames = {QStringLiteral("Go"),        QStringLiteral("Kubernetes"),
                            QStringLiteral("Terraform"), QStringLiteral("Python"),
                            QStringLiteral("Udemy"),     QStringLiteral("PostgreSQL"),
                            QStringLiteral("Docker")};

const SkillMatcher &handMatcher()
{
    static const SkillMatcher matcher = [] {
        QList<SkillTerm> terms;
        for (qsizetype id = 0; id < kNames.size(); ++id)
            terms.append({id, kNames[id]});
        terms.append({0, QStringLiteral("Golang")});
        terms.append({5, QStringLiteral("Postgres")});
        return SkillMatcher(terms);
    }();
    return matcher;
}

// "Name required|optional count" for each extracted skill, in the extractor's order.
QStringList describe(const Extraction &extraction, const std::function<QString(qint64)> &name)
{
    QStringList lines;
    for (const ExtractedSkill &skill : extraction.skills) {
        lines.append(QStringLiteral("%1 %2 %3")
                         .arg(name(skill.skillId),
                              skill.required ? QStringLiteral("required") : QStringLiteral("optional"))
                         .arg(skill.count));
    }
    return lines;
}

QStringList describeHand(const Extraction &extraction)
{
    return describe(extraction, [](qint64 id) { return kNames.value(id); });
}

const SkillIndex &shipped()
{
    static const std::shared_ptr<const SkillIndex> index = SkillIndex::fromEntries(shippedSkills());
    return *index;
}

// The shipped dictionary's verdict on a description: name → "required" or "optional".
QMap<QString, QString> shippedVerdicts(const QString &description)
{
    QMap<QString, QString> verdicts;
    for (const ExtractedSkill &skill : extractSkills(shipped().matcher(), description).skills)
        verdicts.insert(shipped().name(skill.skillId),
                        skill.required ? QStringLiteral("required") : QStringLiteral("optional"));
    return verdicts;
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

class TestSkillExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredAndOptionalBySection()
    {
        const QString text = QStringLiteral("We run Go services on Kubernetes.\n\n"
                                            "Requirements\n\n• Go and Golang tooling\n• PostgreSQL\n\n"
                                            "Nice to have\n\n• Terraform\n• Go modules\n\n"
                                            "Benefits\n\n• Udemy courses, Python books");
        const Extraction extraction = extractSkills(handMatcher(), text);
        // Kubernetes is named only in the neutral introduction, and the listing has a required section.
        QCOMPARE(
            describeHand(extraction),
            (QStringList{QStringLiteral("Go required 4"), QStringLiteral("Kubernetes optional 1"),
                         QStringLiteral("PostgreSQL required 1"), QStringLiteral("Terraform optional 1")}));
        // Mentions under Benefits are neither counted nor highlighted.
        for (const SkillHit &hit : extraction.hits) {
            QVERIFY(hit.skillId != 4);
            QVERIFY(hit.skillId != 3);
        }
        QCOMPARE(extraction.hits.size(), 7);
        for (qsizetype i = 1; i < extraction.hits.size(); ++i)
            QVERIFY(extraction.hits[i].start >= extraction.hits[i - 1].end());
        QCOMPARE(text.mid(extraction.hits[2].start, extraction.hits[2].length), QStringLiteral("Go"));
        QCOMPARE(text.mid(extraction.hits[3].start, extraction.hits[3].length), QStringLiteral("Golang"));
    }

    void neutralIsRequiredWithoutARequiredSection()
    {
        const QString text = QStringLiteral("You will build Python services on Kubernetes.\n\n"
                                            "Nice to have:\n• Terraform");
        QCOMPARE(describeHand(extractSkills(handMatcher(), text)),
                 (QStringList{QStringLiteral("Python required 1"), QStringLiteral("Kubernetes required 1"),
                              QStringLiteral("Terraform optional 1")}));
    }

    void titleAndSourceSkills()
    {
        // The title's and the source's skills are required and counted; the source list is trusted
        // without the ambiguity rules ("go" in lower case), the title is not ("Go-live" in a title).
        const QString text = QStringLiteral("Nice to have\n\n• Terraform and Docker");
        const Extraction extraction =
            extractSkills(handMatcher(), text, {QStringLiteral("go"), QStringLiteral("Docker, postgres")},
                          u"Senior Go Engineer (Kubernetes)");
        QCOMPARE(describeHand(extraction),
                 (QStringList{QStringLiteral("Go required 2"), QStringLiteral("Kubernetes required 1"),
                              QStringLiteral("Docker required 2"), QStringLiteral("PostgreSQL required 1"),
                              QStringLiteral("Terraform optional 1")}));
        // Highlights are the description's only.
        QCOMPARE(extraction.hits.size(), 2);
        QVERIFY(describeHand(extractSkills(handMatcher(), QString(), {}, u"Go-live manager")).isEmpty());
    }

    void requiredWinsOverOptional()
    {
        const QString text = QStringLiteral("Nice to have\n\n• Docker\n\nRequirements\n\n• Docker");
        QCOMPARE(describeHand(extractSkills(handMatcher(), text)),
                 QStringList{QStringLiteral("Docker required 2")});
    }

    void ambiguityRulesApply()
    {
        const QString text = QStringLiteral("Requirements\n\n• Go beyond the obvious\n• Golang");
        QCOMPARE(describeHand(extractSkills(handMatcher(), text)),
                 QStringList{QStringLiteral("Go required 1")});
    }

    void emptyInputs()
    {
        QVERIFY(extractSkills(handMatcher(), QString()).skills.isEmpty());
        QVERIFY(extractSkills(SkillMatcher({}), QStringLiteral("Go and Python"), {QStringLiteral("Go")})
                    .skills.isEmpty());
        QVERIFY(extractSkills(handMatcher(), QStringLiteral("Nothing to see")).hits.isEmpty());
    }

    void shippedDictionaryOnABackEndRole()
    {
        QVERIFY(shipped().size() > 1000);
        const QString text = htmlToPlainText(
            u"<p>Ferrymark builds logistics software. Our platform runs on AWS, and we deploy several times "
            u"a "
            u"day.</p><h3>What you will do</h3><ul><li>Design event-driven services</li><li>Own your "
            u"services in "
            u"production</li></ul><h3>Requirements</h3><ul><li>5+ years of backend development with Java and "
            u"Spring Boot</li><li>Kafka and Redis in production</li><li>Docker and "
            u"Kubernetes</li><li>Designing "
            u"REST APIs</li><li>PostgreSQL</li></ul><h3>Nice to have</h3><ul><li>gRPC</li><li>Terraform or "
            u"Go</li></ul><h3>What we offer</h3><ul><li>A Udemy budget and a MacBook</li></ul>");
        const QMap<QString, QString> verdicts = shippedVerdicts(text);
        const QStringList required = {QStringLiteral("Java"),         QStringLiteral("Spring Boot"),
                                      QStringLiteral("Apache Kafka"), QStringLiteral("Redis"),
                                      QStringLiteral("Docker"),       QStringLiteral("Kubernetes"),
                                      QStringLiteral("REST"),         QStringLiteral("PostgreSQL")};
        for (const QString &name : required)
            QCOMPARE(verdicts.value(name, QStringLiteral("missing")) + u' ' + name,
                     QStringLiteral("required ") + name);
        // AWS is named only in the introduction, gRPC, Terraform and Go under "Nice to have".
        for (const QString &name : {QStringLiteral("AWS"), QStringLiteral("gRPC"),
                                    QStringLiteral("Terraform"), QStringLiteral("Go")})
            QCOMPARE(verdicts.value(name, QStringLiteral("missing")) + u' ' + name,
                     QStringLiteral("optional ") + name);
        QVERIFY(!verdicts.contains(QStringLiteral("Udemy")));
    }

    void shippedDictionaryOnBundledSamples()
    {
        // Cobalt Harbor, Java Developer: Requirements and Nice to have.
        QMap<QString, QString> verdicts =
            shippedVerdicts(sampleText(QStringLiteral("Cobalt Harbor"), QStringLiteral("Java Developer")));
        for (const char *name :
             {"Java", "JUnit", "Microservices", "Azure", "Linux", "Redis", "AWS", "PostgreSQL", "REST"})
            QCOMPARE(verdicts.value(QLatin1String(name)) + u' ' + QLatin1String(name),
                     QStringLiteral("required ") + QLatin1String(name));
        for (const char *name : {"DynamoDB", "Terraform", "Event sourcing", "gRPC"})
            QCOMPARE(verdicts.value(QLatin1String(name)) + u' ' + QLatin1String(name),
                     QStringLiteral("optional ") + QLatin1String(name));

        // Kestrel Payments, Senior Java Developer.
        verdicts = shippedVerdicts(
            sampleText(QStringLiteral("Kestrel Payments"), QStringLiteral("Senior Java Developer")));
        for (const char *name : {"Java", "Hibernate", "Spring Boot", "Microservices", "Azure", "PostgreSQL",
                                 "Apache Kafka", "SQL"})
            QCOMPARE(verdicts.value(QLatin1String(name)) + u' ' + QLatin1String(name),
                     QStringLiteral("required ") + QLatin1String(name));
        for (const char *name : {"Grafana", "gRPC"})
            QCOMPARE(verdicts.value(QLatin1String(name)) + u' ' + QLatin1String(name),
                     QStringLiteral("optional ") + QLatin1String(name));
    }

    void indexFromALibrary()
    {
        test::TempLibrary library;
        const std::unique_ptr<Database> db = library.open();
        installShippedSkills(*db);
        const QSqlDatabase connection = db->connection();
        const qint64 kubernetes =
            sql::scalar(connection, QStringLiteral("SELECT id FROM skills WHERE name = 'Kubernetes'"))
                .toLongLong();
        const qint64 go =
            sql::scalar(connection, QStringLiteral("SELECT id FROM skills WHERE name = 'Go'")).toLongLong();
        QVERIFY(kubernetes > 0 && go > 0);
        // The user ignores Go and adds a skill of their own with an alias.
        sql::run(connection, QStringLiteral("UPDATE skills SET ignored = 1 WHERE id = ?"), {go});
        sql::run(connection,
                 QStringLiteral("INSERT INTO skills (name, category, origin) VALUES ('Frobnication', 9, 1)"));
        const qint64 frob =
            sql::scalar(connection, QStringLiteral("SELECT id FROM skills WHERE name = 'Frobnication'"))
                .toLongLong();
        sql::run(connection, QStringLiteral("INSERT INTO skill_aliases (alias, skill_id) VALUES ('frob', ?)"),
                 {frob});

        const std::shared_ptr<const SkillIndex> index = SkillIndex::load(*db);
        QCOMPARE(index->name(kubernetes), QStringLiteral("Kubernetes"));
        QCOMPARE(index->category(frob), SkillCategory::Domain);
        QVERIFY(!index->contains(go));
        QCOMPARE(index->name(go), QString());
        QCOMPARE(index->category(-5), SkillCategory::Other);

        QList<qint64> found;
        for (const SkillHit &hit : index->matcher().find(u"k8s, Golang and frob"))
            found.append(hit.skillId);
        QCOMPARE(found, (QList<qint64>{kubernetes, frob}));
    }

    void parallelEqualsOneByOne()
    {
        // Every bundled sample listing, repeated so that the batch is worth several threads.
        QList<ExtractionInput> inputs;
        QFile file(QStringLiteral(JOBDESK_SOURCE_DIR "/resources/samples/listings.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        while (!file.atEnd()) {
            const QJsonObject listing = QJsonDocument::fromJson(file.readLine()).object();
            inputs.append({listing[QLatin1String("title")].toString(),
                           htmlToPlainText(listing[QLatin1String("description_html")].toString()),
                           {}});
        }
        QVERIFY(inputs.size() > 10);
        const QList<ExtractionInput> once = inputs;
        for (int i = 0; i < 8; ++i)
            inputs += once;
        inputs.append({QStringLiteral("Rust Engineer"), QString(), {QStringLiteral("k8s")}});

        QList<QList<ExtractedSkill>> expected;
        for (const ExtractionInput &input : inputs)
            expected.append(
                extractSkills(shipped().matcher(), input.description, input.sourceSkills, input.title)
                    .skills);
        for (int threads : {1, 2, 3, 7}) {
            const QList<Extraction> results = extractSkillsParallel(shipped().matcher(), inputs, threads);
            QCOMPARE(results.size(), inputs.size());
            for (qsizetype i = 0; i < inputs.size(); ++i)
                QCOMPARE(results[i].skills, expected[i]);
        }
        QVERIFY(extractSkillsParallel(shipped().matcher(), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSkillExtractor)
#include "tst_skillextractor.moc"
