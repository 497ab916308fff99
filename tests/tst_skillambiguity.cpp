// The ambiguity rules, each with sentences where the name is the skill and sentences where it is the
// everyday word (docs/skills.md, "Extraction").
#include "skills/skillambiguity.h"
#include "skills/skillmatcher.h"

#include <QTest>

using namespace jobdesk;

namespace {

const QList<QStringList> kDictionary = {
    {QStringLiteral("Go"), QStringLiteral("Golang")},
    {QStringLiteral("R")},
    {QStringLiteral("C")},
    {QStringLiteral("C++")},
    {QStringLiteral("Swift")},
    {QStringLiteral("Rust")},
    {QStringLiteral("Spark"), QStringLiteral("Apache Spark")},
    {QStringLiteral("Java")},
    {QStringLiteral("Kubernetes")},
    {QStringLiteral("Docker")},
    {QStringLiteral("Python")},
    {QStringLiteral("Excel")},
    {QStringLiteral("PowerPoint")},
    {QStringLiteral("Word")},
    {QStringLiteral("Teams")},
    {QStringLiteral("Slack")},
    {QStringLiteral("Zoom")},
    {QStringLiteral("REST")},
    {QStringLiteral("SAP")},
    {QStringLiteral("Spring")},
    {QStringLiteral("Shell")},
    {QStringLiteral("Bash")},
    {QStringLiteral("Unity")},
    {QStringLiteral("Chef")},
    {QStringLiteral("Puppet")},
    {QStringLiteral("Ansible")},
    {QStringLiteral("CAN bus"), QStringLiteral("CAN")},
    {QStringLiteral("Electronic Time Clock"), QStringLiteral("ETC")},
    {QStringLiteral("Reporting")},
    {QStringLiteral("Authorization")},
    {QStringLiteral("Integrity")},
};

const SkillMatcher &matcher()
{
    static const SkillMatcher m = [] {
        QList<SkillTerm> terms;
        for (qsizetype id = 0; id < kDictionary.size(); ++id) {
            for (const QString &surface : kDictionary[id])
                terms.append({id, surface});
        }
        return SkillMatcher(terms);
    }();
    return m;
}

// The names of the skills kept, in order.
QStringList kept(const QString &text)
{
    QStringList names;
    for (const SkillHit &hit : resolveAmbiguity(text, matcher().find(text)))
        names.append(kDictionary[hit.skillId].first());
    return names;
}

} // namespace

class TestSkillAmbiguity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char *text, const QStringList &expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        const QString go = QStringLiteral("Go"), rust = QStringLiteral("Rust"),
                      k8s = QStringLiteral("Kubernetes");

        // 1. Veto words and hyphens.
        row("veto after: Go ahead", "Go ahead and apply with Kubernetes", {k8s});
        row("veto after: Go to", "Go to our careers page", {});
        row("veto before: let's", "Let's Go, Kubernetes fans", {k8s});
        row("veto after: Swift response", "We expect a Swift response.", {});
        row("veto before: East Java", "Office in East Java", {});
        row("veto after: Java island", "Java island, Indonesia", {});
        row("veto year: Spring 2026", "Starting Spring 2026 with Java", {QStringLiteral("Java")});
        row("veto before: vitamin C", "Vitamin C and Python", {QStringLiteral("Python")});
        row("veto before: grade C", "Grade C", {});
        row("veto before: Sous Chef", "Sous Chef experience", {});
        row("veto after: Unity in", "Unity in diversity", {});
        row("veto after: Shell plc", "Shell plc", {});
        row("veto after: Excel at", "Excel at teamwork", {});
        row("veto after: reporting to", "Reporting to the CTO, you build dashboards", {});
        row("no veto: reporting", "Ad-hoc reporting in Excel",
            {QStringLiteral("Reporting"), QStringLiteral("Excel")});
        row("veto before: work authorization", "Work authorization required", {});
        row("veto after: authorization to", "Authorization to work in the US", {});
        row("no veto: OAuth authorization", "Authentication and authorization of REST APIs",
            {QStringLiteral("Authorization"), QStringLiteral("REST")});
        row("veto before: data integrity", "Ensure data integrity", {});
        row("no veto: integrity", "Integrity and respect", {QStringLiteral("Integrity")});
        row("hyphen: Go-live", "Go-live support for SAP", {QStringLiteral("SAP")});
        row("hyphen: go-to-market", "Go-to-market with Python", {QStringLiteral("Python")});
        row("hyphen: Java-based (no veto for Java)", "Java-based services", {QStringLiteral("Java")});

        // 2. Case.
        row("case: lower-case r", "r programming", {});
        row("case: rest of the team", "the rest of the team", {});
        row("case: REST", "REST APIs", {QStringLiteral("REST")});
        row("case: Rest assured", "Rest assured.", {});
        row("case: excel as a verb", "You excel in a fast-paced team", {});
        row("case: lower-case go in a tag list", "go, docker, kubernetes",
            {go, QStringLiteral("Docker"), k8s});
        row("case: lower-case go in a sentence", "let's go and build with Docker",
            {QStringLiteral("Docker")});
        row("case: lower-case python needs nothing", "python", {QStringLiteral("Python")});
        row("case: strict, can as a verb", "You can use Python", {QStringLiteral("Python")});
        row("case: strict, CAN", "CAN and Python", {QStringLiteral("CAN bus"), QStringLiteral("Python")});
        row("case: strict, etc in a list", "Python, Docker, etc.",
            {QStringLiteral("Python"), QStringLiteral("Docker")});
        row("case: tag line", "spring java docker",
            {QStringLiteral("Spring"), QStringLiteral("Java"), QStringLiteral("Docker")});
        row("case: no tag line", "we spring into action with Docker", {QStringLiteral("Docker")});

        // 0. Addresses.
        row("address: URL", "https://python.org/jobs and www.docker.com", {});
        row("address: e-mail", "Write to python@kubernetes.io", {});
        row("address: a domain alone is a mention", "Python (see python.org)",
            {QStringLiteral("Python"), QStringLiteral("Python")});

        // 3. Evidence: none (Java), case (Excel, Slack).
        row("none: Java", "5 years of Java", {QStringLiteral("Java")});
        row("case: Excel", "Advanced Excel", {QStringLiteral("Excel")});
        row("case: Slack", "We talk on Slack.", {QStringLiteral("Slack")});

        // Near: a cue word before or after, or a skill within five words of the same sentence.
        row("near: cue before 'in'", "Services written in Go.", {go});
        row("near: cue before 'with'", "Experience with Rust", {rust});
        row("near: cue after 'developer'", "Senior Go Developer", {go});
        row("near: cue after 'programming'", "R programming", {QStringLiteral("R")});
        row("near: name cue 'Studio'", "R Studio", {QStringLiteral("R")});
        row("near: cue after plural", "Rust services", {rust});
        row("near: neighbour", "Go and Kubernetes", {go, k8s});
        row("near: neighbour before", "Kubernetes clusters run our Go", {k8s, go});
        row("near: no evidence", "Go beyond what is expected", {});
        row("near: neighbour too far", "Go is what every one of our many teams loves, and Kubernetes", {k8s});
        row("near: neighbour in another sentence", "Rust never sleeps. We deploy on Kubernetes.", {k8s});
        row("near: abbreviation is no sentence end", "Languages (e.g. Go, Python)",
            {go, QStringLiteral("Python")});
        row("near: chain", "Experience with Go and Rust", {go, rust});
        row("near: two ambiguous names alone", "Go or Rust?", {});
        row("near: C with C++", "C and C++", {QStringLiteral("C"), QStringLiteral("C++")});
        row("near: Spark jobs", "Spark jobs", {QStringLiteral("Spark")});
        row("near: Spark joy", "Things that Spark joy", {});
        row("near: Apache Spark is no name of the table", "Apache Spark", {QStringLiteral("Spark")});
        row("near: shell scripting", "shell scripting", {QStringLiteral("Shell")});
        row("near: Bash/Shell", "Bash/Shell", {QStringLiteral("Bash"), QStringLiteral("Shell")});
        row("near: Unity 3D", "Unity 3D", {QStringLiteral("Unity")});
        row("near: unity lower-case", "A sense of unity at Python meetups", {QStringLiteral("Python")});
        row("case: lower-case in a list", "unity and Python",
            {QStringLiteral("Unity"), QStringLiteral("Python")});

        // List: a name cue, or another skill next to it in a list.
        row("list: Word, Excel and PowerPoint", "Word, Excel and PowerPoint",
            {QStringLiteral("Word"), QStringLiteral("Excel"), QStringLiteral("PowerPoint")});
        row("list: MS Word", "MS Word", {QStringLiteral("Word")});
        row("list: Word of mouth", "Word of mouth", {});
        row("list: Teams near a skill but not in a list", "Teams using Kubernetes", {k8s});
        row("list: Slack, Teams, Zoom", "Slack, Teams, Zoom",
            {QStringLiteral("Slack"), QStringLiteral("Teams"), QStringLiteral("Zoom")});
        row("list: Chef and Puppet need a third", "Puppet or Chef", {});
        row("list: Ansible, Puppet or Chef", "Ansible, Puppet or Chef",
            {QStringLiteral("Ansible"), QStringLiteral("Puppet"), QStringLiteral("Chef")});
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(kept(text), expected);
    }

    void namesOfTheTable()
    {
        QVERIFY(isAmbiguousName(u"Go"));
        QVERIFY(isAmbiguousName(u"SWIFT"));
        QVERIFY(isAmbiguousName(u" R "));
        QVERIFY(!isAmbiguousName(u"Golang"));
        QVERIFY(!isAmbiguousName(u"Python"));
        QVERIFY(!isAmbiguousName(u"Apache Spark"));
    }

    void keepsOffsets()
    {
        const QString text = QStringLiteral("Go ahead: we write Go and Rust.");
        const QList<SkillHit> hits = resolveAmbiguity(text, matcher().find(text));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].start, 19);
        QCOMPARE(text.mid(hits[1].start, hits[1].length), QStringLiteral("Rust"));
    }
};

QTEST_GUILESS_MAIN(TestSkillAmbiguity)
#include "tst_skillambiguity.moc"
