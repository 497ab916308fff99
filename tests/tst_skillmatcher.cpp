// SkillMatcher: token shapes, the boundary rule, case folding, leftmost-longest choice, exact UTF-16
// offsets and concurrent use, on a small hand-made dictionary.
#include "skills/skillmatcher.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace jobdesk;

namespace {

// Skill i is named by the first surface of row i; the others are its aliases.
const QList<QStringList> kDictionary = {
    {QStringLiteral("C++"), QStringLiteral("cpp")},
    {QStringLiteral("C#"), QStringLiteral("C sharp")},
    {QStringLiteral(".NET"), QStringLiteral("dotnet")},
    {QStringLiteral("Node.js"), QStringLiteral("NodeJS")},
    {QStringLiteral("CI/CD")},
    {QStringLiteral("scikit-learn"), QStringLiteral("sklearn")},
    {QStringLiteral("S3"), QStringLiteral("Amazon S3")},
    {QStringLiteral("Scala")},
    {QStringLiteral("Go"), QStringLiteral("Golang")},
    {QStringLiteral("C")},
    {QStringLiteral("R")},
    {QStringLiteral("Java")},
    {QStringLiteral("JavaScript"), QStringLiteral("JS")},
    {QStringLiteral("SQL")},
    {QStringLiteral("MySQL")},
    {QStringLiteral("Spring")},
    {QStringLiteral("Spring Boot")},
    {QStringLiteral("Spark")},
    {QStringLiteral("Apache Spark")},
    {QStringLiteral("HTML")},
    {QStringLiteral("Python")},
    {QStringLiteral("Qt")},
    {QStringLiteral("React")},
    {QStringLiteral("React Native")},
    {QStringLiteral("Яндекс")},
    {QStringLiteral("Objective-C")},
    {QStringLiteral("ASP.NET")},
};

QList<SkillTerm> terms()
{
    QList<SkillTerm> result;
    for (qsizetype id = 0; id < kDictionary.size(); ++id) {
        for (const QString &surface : kDictionary[id])
            result.append({id, surface});
    }
    return result;
}

const SkillMatcher &matcher()
{
    static const SkillMatcher m(terms());
    return m;
}

// "Name@start+length" for each hit, the name being the skill's first surface.
QStringList found(const QString &text, const SkillMatcher &m = matcher())
{
    QStringList result;
    for (const SkillHit &hit : m.find(text)) {
        result.append(QStringLiteral("%1@%2+%3")
                          .arg(kDictionary.value(hit.skillId).value(0, QString::number(hit.skillId)))
                          .arg(hit.start)
                          .arg(hit.length));
    }
    return result;
}

// The skills' names only.
QStringList names(const QString &text)
{
    QStringList result;
    for (const SkillHit &hit : matcher().find(text))
        result.append(kDictionary[hit.skillId].first());
    return result;
}

} // namespace

class TestSkillMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &text, const QStringList &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("C++", QStringLiteral("Modern C++, please."), {QStringLiteral("C++")});
        row("C++17", QStringLiteral("C++17 and C++20"), {QStringLiteral("C++"), QStringLiteral("C++")});
        row("C#", QStringLiteral("C#/.NET developer"), {QStringLiteral("C#"), QStringLiteral(".NET")});
        row(".NET", QStringLiteral("We use .NET."), {QStringLiteral(".NET")});
        row("ASP.NET", QStringLiteral("ASP.NET Core"), {QStringLiteral("ASP.NET")});
        row("Node.js", QStringLiteral("Node.js, NodeJS or node.js"),
            {QStringLiteral("Node.js"), QStringLiteral("Node.js"), QStringLiteral("Node.js")});
        row("CI/CD", QStringLiteral("CI/CD pipelines"), {QStringLiteral("CI/CD")});
        row("scikit-learn", QStringLiteral("pandas and scikit-learn"), {QStringLiteral("scikit-learn")});
        row("S3", QStringLiteral("files in S3 buckets"), {QStringLiteral("S3")});
        row("Amazon S3", QStringLiteral("Amazon S3"), {QStringLiteral("S3")});
        row("Objective-C", QStringLiteral("Objective-C and C"),
            {QStringLiteral("Objective-C"), QStringLiteral("C")});
        row("C/C++", QStringLiteral("C/C++"), {QStringLiteral("C"), QStringLiteral("C++")});
        row("slash list", QStringLiteral("Java/Scala/Python"),
            {QStringLiteral("Java"), QStringLiteral("Scala"), QStringLiteral("Python")});
        row("parentheses", QStringLiteral("(Go)"), {QStringLiteral("Go")});
        row("possessive", QStringLiteral("Python's typing"), {QStringLiteral("Python")});
    }
    void tokenShapes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(names(text), expected);
    }

    void boundaries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &text, const QStringList &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("Scalability", QStringLiteral("Scalability matters"), {});
        row("good", QStringLiteral("good going, Gopher"), {});
        row("C-level", QStringLiteral("C-level executives"), {});
        row("C-suite", QStringLiteral("reporting to the c-suite"), {});
        row("R&D", QStringLiteral("R&D department"), {});
        row("R's", QStringLiteral("R's syntax"), {});
        row("initials", QStringLiteral("J.R. Smith"), {});
        row("JavaScript is not Java", QStringLiteral("JavaScript"), {QStringLiteral("JavaScript")});
        row("Java then space", QStringLiteral("Java Script"), {QStringLiteral("Java")});
        row("MySQL is not SQL", QStringLiteral("MySQL"), {QStringLiteral("MySQL")});
        row("PostgreSQL", QStringLiteral("PostgreSQL"), {});
        row("inside words", QStringLiteral("Cscala Gogo SQLite"), {});
        row("underscore joins", QStringLiteral("python_version"), {});
        row("digits join", QStringLiteral("3Python"), {});
        row("version HTML5", QStringLiteral("HTML5 and Python3.12"),
            {QStringLiteral("HTML"), QStringLiteral("Python")});
        row("version Qt6", QStringLiteral("Qt5/Qt6"), {QStringLiteral("Qt"), QStringLiteral("Qt")});
        row("version letters after", QStringLiteral("Python3x"), {});
        row("C99 and C11", QStringLiteral("C99, C11"), {QStringLiteral("C"), QStringLiteral("C")});
        row("language level C1", QStringLiteral("English C1, German B2"), {});
        row("C at sentence end", QStringLiteral("written in C."), {QStringLiteral("C")});
        row("JS ends", QStringLiteral("JS."), {QStringLiteral("JavaScript")});
        row("line break is no space", QStringLiteral("Spring\nBoot"), {QStringLiteral("Spring")});
    }
    void boundaries()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(names(text), expected);
    }

    void caseInsensitive()
    {
        QCOMPARE(names(QStringLiteral("PYTHON python PyThOn")), QStringList(3, QStringLiteral("Python")));
        QCOMPARE(names(QStringLiteral("GOLANG, c#, SCIKIT-LEARN")),
                 (QStringList{QStringLiteral("Go"), QStringLiteral("C#"), QStringLiteral("scikit-learn")}));
        // Non-Latin letters fold too.
        QCOMPARE(names(QStringLiteral("ЯНДЕКС и яндекс")), QStringList(2, QStringLiteral("Яндекс")));
    }

    void spacesAndTypography()
    {
        // A run of spaces, NBSP included, matches one space of a surface; the offsets are the text's.
        QCOMPARE(found(QStringLiteral("Spring  Boot")), QStringList{QStringLiteral("Spring Boot@0+12")});
        QCOMPARE(found(QStringLiteral("Spring\u00a0Boot")), QStringList{QStringLiteral("Spring Boot@0+11")});
        QCOMPARE(found(QStringLiteral("C \t sharp")), QStringList{QStringLiteral("C#@0+9")});
        // Non-breaking hyphen.
        QCOMPARE(found(QStringLiteral("scikit\u2011learn")),
                 QStringList{QStringLiteral("scikit-learn@0+12")});
    }

    void leftmostLongest()
    {
        QCOMPARE(names(QStringLiteral("Spring Boot")), QStringList{QStringLiteral("Spring Boot")});
        QCOMPARE(names(QStringLiteral("Apache Spark")), QStringList{QStringLiteral("Apache Spark")});
        QCOMPARE(names(QStringLiteral("React Native and React")),
                 (QStringList{QStringLiteral("React Native"), QStringLiteral("React")}));
        // The longest surface that meets the boundary rule wins.
        QCOMPARE(names(QStringLiteral("Spring Bootcamp")), QStringList{QStringLiteral("Spring")});
        // Matches never overlap.
        const QList<SkillHit> hits = matcher().find(QStringLiteral("Spring Boot Spark Apache Spark"));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i].start >= hits[i - 1].end());
        QCOMPARE(hits.size(), 3);
    }

    void exactOffsets()
    {
        // A surrogate pair (an emoji) before the skill counts two UTF-16 units.
        const QString text = QStringLiteral("🚀 Python, Go (C++) & CI/CD");
        const QList<SkillHit> hits = matcher().find(text);
        QCOMPARE(hits.size(), 4);
        QCOMPARE(text.mid(hits[0].start, hits[0].length), QStringLiteral("Python"));
        QCOMPARE(hits[0].start, 3);
        QCOMPARE(text.mid(hits[1].start, hits[1].length), QStringLiteral("Go"));
        QCOMPARE(text.mid(hits[2].start, hits[2].length), QStringLiteral("C++"));
        QCOMPARE(text.mid(hits[3].start, hits[3].length), QStringLiteral("CI/CD"));
        QCOMPARE(found(QStringLiteral("x Java")), QStringList{QStringLiteral("Java@2+4")});
        // At the very start and end.
        QCOMPARE(found(QStringLiteral("Go")), QStringList{QStringLiteral("Go@0+2")});
    }

    void firstSkillWinsASharedSurface()
    {
        const SkillMatcher m({{7, QStringLiteral("Spark")}, {9, QStringLiteral("spark")}});
        const QList<SkillHit> hits = m.find(QStringLiteral("Spark"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().skillId, qint64(7));
    }

    void emptyDictionary()
    {
        const SkillMatcher empty({});
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.find(QStringLiteral("Python and Go")).isEmpty());
        const SkillMatcher blanks({{1, QString()}, {2, QStringLiteral("   ")}});
        QVERIFY(blanks.isEmpty());
        QVERIFY(!matcher().isEmpty());
        QVERIFY(matcher().find(QString()).isEmpty());
        QVERIFY(matcher().find(QStringLiteral("   \n ")).isEmpty());
    }

    // The section cue phrases ("a plus", "ideally") are found in the skills' pass, as a matcher of
    // them alone would find them, even where a skill overlaps one.
    void cuesInTheSamePass()
    {
        const SkillMatcher m({{1, QStringLiteral("A Plus")},
                              {2, QStringLiteral("Bonus Points Program")},
                              {3, QStringLiteral("Rust")},
                              {4, QStringLiteral("Go")}});
        const QString text = QStringLiteral("Rust is a plus. Bonus points program, ideally Go. Nice-to-have");
        QList<SkillHit> cues;
        const QList<SkillHit> hits = m.find(text, cues);
        QCOMPARE(hits, m.find(text));
        QCOMPARE(hits, (QList<SkillHit>{{3, 0, 4}, {1, 8, 6}, {2, 16, 20}, {4, 46, 2}}));
        QCOMPARE(cues, (QList<SkillHit>{{0, 8, 6}, {0, 16, 12}, {0, 38, 7}, {0, 50, 12}}));
        const SkillMatcher none({});
        QList<SkillHit> alone;
        QVERIFY(none.find(text, alone).isEmpty());
        QCOMPARE(alone, cues);
    }

    void concurrentFind()
    {
        QString text;
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("Senior C++/Go engineer: Spring Boot, Apache Spark, CI/CD, S3. ");
        const QList<SkillHit> expected = matcher().find(text);
        QCOMPARE(expected.size(), 200 * 6);
        std::vector<QList<SkillHit>> results(4);
        std::vector<std::thread> threads;
        for (size_t t = 0; t < results.size(); ++t)
            threads.emplace_back([&, t] { results[t] = matcher().find(text); });
        for (std::thread &thread : threads)
            thread.join();
        for (const QList<SkillHit> &result : results)
            QCOMPARE(result, expected);
    }
};

QTEST_GUILESS_MAIN(TestSkillMatcher)
#include "tst_skillmatcher.moc"
