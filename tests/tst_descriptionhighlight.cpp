// The skills of a listing highlighted in its description: the spans land on the words extraction found
// (through tags, entities, lists, headings and tables), matched and missing follow the profile, nothing
// is highlighted without a dictionary or skills, the view still loads nothing, the colours read in both
// palettes, and on real listings the highlighted skills are the listing's stored ones. Set
// JOBDESK_SCREENSHOT_DIR to keep pictures of the pane in both palettes.
#include "testsupport.h"

#include "details/descriptionview.h"
#include "details/detailspane.h"
#include "details/skillhighlightcolors.h"
#include "details/skillhighlighter.h"
#include "import/htmltext.h"
#include "import/importer.h"
#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "samples/samplelibrary.h"
#include "skills/skillgappane.h"
#include "skills/skillhighlights.h"
#include "skills/skillindex.h"
#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/listingrepository.h"
#include "store/sql.h"
#include "theme.h"

#include <QComboBox>

#include <QDir>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QImage>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

using namespace jobdesk;

namespace {

// A listing as the importer makes it from `html`.
Listing listingFromHtml(const QString &html, const QString &title = QStringLiteral("Engineer"))
{
    Listing listing;
    listing.title = title;
    listing.descriptionHtml = sanitizeHtml(html);
    listing.description = htmlToPlainText(html);
    return listing;
}

// The text under a span of the view's document, whitespace of any kind as one space.
QString spanText(const DescriptionView &view, const SkillHighlight &span)
{
    QTextCursor cursor(view.document());
    cursor.setPosition(span.start);
    cursor.setPosition(span.end, QTextCursor::KeepAnchor);
    return cursor.selectedText().simplified();
}

QStringList spanTexts(const DescriptionView &view, const DescriptionHighlights &highlights)
{
    QStringList texts;
    for (const SkillHighlight &span : highlights.spans)
        texts.append(spanText(view, span));
    return texts;
}

QString normalized(QStringView text)
{
    return text.toString().simplified();
}

} // namespace

class TestDescriptionHighlight : public QObject
{
    Q_OBJECT

    std::shared_ptr<const SkillIndex> m_shipped;
    QHash<QString, qint64> m_ids; // shipped skill id by lower-case name

    qint64 shippedId(const QString &name) const { return m_ids.value(name.toLower(), -1); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QList<SkillEntry> entries = shippedSkills();
        m_shipped = SkillIndex::fromEntries(entries);
        for (qsizetype i = 0; i < entries.size(); ++i)
            m_ids.insert(entries[i].name.toLower(), i);
    }

    void spansLandOnTheWords_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("expected"); // the highlighted words, in order
        QTest::addColumn<QStringList>("required"); // the canonical names of the required ones

        // "C++17" is one of C++'s aliases: the whole alias is the mention.
        QTest::newRow("tags, entities, headings, lists")
            << QStringLiteral("<p>We build <b>payment</b> services on <i>AWS</i>.</p>"
                              "<h3>Requirements</h3><ul><li><b>C++</b>17 &amp; C#</li>"
                              "<li>Node.js, <a href=\"https://example.com\">CI/CD</a></li>"
                              "<li>Java&nbsp;and&nbsp;Spring&nbsp;&nbsp;Boot</li></ul>"
                              "<h3>Nice to have</h3><ul><li>gRPC &lt;3 Kafka</li></ul>"
                              "<h3>What we offer</h3><ul><li>A Udemy budget and Slack-free Fridays</li></ul>")
            << QStringList{"AWS", "C++17", "C#", "Node.js", "CI/CD", "Java", "Spring Boot", "gRPC", "Kafka"}
            << QStringList{"C++", "C#", "Node.js", "CI/CD", "Java", "Spring Boot"};
        QTest::newRow("ordered list, table, line breaks")
            << QStringLiteral("<h2>Tech stack</h2><ol><li>Python 3.12</li><li>k8s<br>Terraform</li></ol>"
                              "<table><tr><td>PostgreSQL</td><td>Redis</td></tr></table>"
                              "<p>R&amp;D in C-level teams</p>")
            << QStringList{"Python 3", "k8s", "Terraform", "PostgreSQL", "Redis"} // "Python 3" is an alias
            << QStringList{"Python", "Kubernetes", "Terraform", "PostgreSQL", "Redis"};
        QTest::newRow("bullets written as text, soft hyphens, zero-width spaces")
            << QStringLiteral("<p>• TypeScript\u00ad and React</p><div>\u200bGo\u200b developers: "
                              "<code>Docker</code></div><pre>  Haskell   and\n  Linux</pre>")
            << QStringList{"TypeScript", "React", "Go", "Docker", "Haskell", "Linux"}
            << QStringList{"TypeScript", "React", "Go", "Docker", "Haskell", "Linux"};
    }

    void spansLandOnTheWords()
    {
        QFETCH(QString, html);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, required);
        DetailsPane pane;
        pane.setSkillIndex(m_shipped);
        pane.showListing(listingFromHtml(html));
        const DescriptionHighlights &highlights = pane.skillHighlighter()->highlights();
        QCOMPARE(spanTexts(*pane.descriptionView(), highlights), expected);
        QStringList requiredNames;
        for (const SkillHighlight &span : highlights.spans) {
            if (span.required)
                requiredNames.append(m_shipped->name(span.skillId));
        }
        QCOMPARE(requiredNames, required);
        // Painted as shown: one selection per span, on the same characters, underlined when required.
        const QList<QTextEdit::ExtraSelection> selections = pane.descriptionView()->extraSelections();
        QCOMPARE(selections.size(), highlights.spans.size());
        for (qsizetype k = 0; k < selections.size(); ++k) {
            QCOMPARE(selections[k].cursor.selectionStart(), highlights.spans[k].start);
            QCOMPARE(selections[k].cursor.selectionEnd(), highlights.spans[k].end);
            QCOMPARE(selections[k].format.fontUnderline() ||
                         selections[k].format.underlineStyle() != QTextCharFormat::NoUnderline,
                     highlights.spans[k].required);
        }
    }

    void plainTextDescriptions()
    {
        Listing listing;
        listing.title = QStringLiteral("Platform Engineer");
        listing.description =
            QStringLiteral("Requirements:\n• Golang and k8s\n• CI/CD with GitHub Actions\n\n"
                           "Nice to have: C++ or C#");
        DetailsPane pane;
        pane.setSkillIndex(m_shipped);
        pane.showListing(listing);
        QCOMPARE(spanTexts(*pane.descriptionView(), pane.skillHighlighter()->highlights()),
                 (QStringList{"Golang", "k8s", "CI/CD", "GitHub Actions", "C++", "C#"}));
    }

    void kindsFollowTheProfile()
    {
        DetailsPane pane;
        pane.setSkillIndex(m_shipped);
        pane.showListing(listingFromHtml(
            QStringLiteral("<h3>Requirements</h3><ul><li>Java, Spring Boot</li><li>PostgreSQL</li></ul>"
                           "<h3>Nice to have</h3><p>Kafka and Java 21</p>"),
            QStringLiteral("Senior Developer (Docker)")));
        const SkillHighlighter *highlighter = pane.skillHighlighter();
        // No profile: every skill is missing.
        QCOMPARE(highlighter->highlights().haveCount, 0);
        QCOMPARE(highlighter->highlights().missingCount, 4);
        QCOMPARE(highlighter->highlights().elsewhereCount, 1); // Docker, in the title only
        QVERIFY(pane.legendText().contains(QStringLiteral("you miss 4")));
        QVERIFY(pane.legendText().contains(QStringLiteral("1 more in the title")));

        const qint64 java = shippedId(QStringLiteral("Java"));
        const qint64 kafka = shippedId(QStringLiteral("Apache Kafka"));
        QVERIFY(java >= 0 && kafka >= 0);
        pane.setProfileLevels({{java, 4}, {kafka, 2}, {shippedId(QStringLiteral("Rust")), 5}});
        const DescriptionHighlights &highlights = highlighter->highlights();
        QCOMPARE(highlights.haveCount, 2);
        QCOMPARE(highlights.missingCount, 2);
        QVERIFY(pane.legendText().contains(QStringLiteral("you have 2")));
        QVERIFY(pane.legendText().contains(QStringLiteral("you miss 2")));
        const SkillHighlightColors colors =
            SkillHighlightColors::fromPalette(pane.descriptionView()->palette());
        const QList<QTextEdit::ExtraSelection> selections = pane.descriptionView()->extraSelections();
        QCOMPARE(selections.size(), highlights.spans.size());
        int javaSpans = 0;
        for (qsizetype k = 0; k < highlights.spans.size(); ++k) {
            const SkillHighlight &span = highlights.spans[k];
            const bool have = span.skillId == java || span.skillId == kafka;
            QCOMPARE(span.have(), have);
            QCOMPARE(span.level, span.skillId == java ? 4 : span.skillId == kafka ? 2 : 0);
            QCOMPARE(selections[k].format.background().color(),
                     have ? colors.haveBackground : colors.missingBackground);
            if (span.skillId == java) {
                ++javaSpans;
                QVERIFY(span.required); // required once is required everywhere, as for the score
            }
        }
        QCOMPARE(javaSpans, 2);

        // The tooltip names the canonical skill, its demand and the level.
        const SkillHighlight *kafkaSpan = nullptr;
        for (const SkillHighlight &span : highlights.spans) {
            if (span.skillId == kafka)
                kafkaSpan = &span;
        }
        QVERIFY(kafkaSpan);
        const QString tip = highlighter->toolTip(*kafkaSpan);
        QVERIFY2(tip.contains(QStringLiteral("Apache Kafka")) && tip.contains(QStringLiteral("optional")) &&
                     tip.contains(QStringLiteral("level 2")),
                 qPrintable(tip));

        // Hovering the word shows it.
        pane.resize(500, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        DescriptionView *view = pane.descriptionView();
        QTextCursor cursor(view->document());
        cursor.setPosition(kafkaSpan->start + 2);
        const QPoint point = view->cursorRect(cursor).center();
        QHelpEvent help(QEvent::ToolTip, point, view->viewport()->mapToGlobal(point));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Apache Kafka")), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // Another profile, fewer skills.
        pane.setProfileLevels({});
        QCOMPARE(highlighter->highlights().haveCount, 0);
        QVERIFY(!pane.descriptionView()->extraSelections().isEmpty());
    }

    void nothingWithoutSkills()
    {
        const Listing listing = listingFromHtml(QStringLiteral("<p>Java and Kubernetes</p>"));
        DetailsPane pane;
        pane.showListing(listing); // no dictionary yet
        QVERIFY(pane.skillHighlighter()->highlights().isEmpty());
        QVERIFY(pane.descriptionView()->extraSelections().isEmpty());
        QVERIFY(pane.legendText().isEmpty());

        pane.setSkillIndex(m_shipped); // the dictionary arrives: the listing shown is highlighted
        QCOMPARE(pane.descriptionView()->extraSelections().size(), 2);
        QVERIFY(!pane.legendText().isEmpty());

        pane.showListing(listingFromHtml(QStringLiteral("<p>We sell <b>bread</b> &amp; cakes.</p>")));
        QVERIFY(pane.descriptionView()->extraSelections().isEmpty());
        QVERIFY(pane.legendText().isEmpty());

        pane.showListing(listing);
        QCOMPARE(pane.descriptionView()->extraSelections().size(), 2);
        pane.clear();
        QVERIFY(pane.descriptionView()->extraSelections().isEmpty());

        pane.showListing(listing);
        pane.setSkillIndex(nullptr);
        QVERIFY(pane.descriptionView()->extraSelections().isEmpty());
        QVERIFY(pane.legendText().isEmpty());
    }

    void stillLoadsNothing()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("tracker.png"));
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(png));
        const QUrl local = QUrl::fromLocalFile(png);
        Listing listing;
        listing.title = QStringLiteral("Engineer");
        listing.description = QStringLiteral("Java and SQL");
        // Not sanitised on purpose: the view itself must refuse.
        listing.descriptionHtml =
            QStringLiteral("<p>Java <img src=\"%1\"> and SQL</p>").arg(local.toString());
        DetailsPane pane;
        pane.setSkillIndex(m_shipped);
        pane.showListing(listing);
        pane.resize(400, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.descriptionView()
                     ->document()
                     ->resource(QTextDocument::ImageResource, local)
                     .toByteArray()
                     .size());
        QCOMPARE(spanTexts(*pane.descriptionView(), pane.skillHighlighter()->highlights()),
                 (QStringList{"Java", "SQL"}));
    }

    void readableInBothPalettes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void readableInBothPalettes()
    {
        QFETCH(int, theme);
        applyTheme(Theme(theme));
        DetailsPane pane;
        pane.setSkillIndex(m_shipped);
        pane.setProfileLevels({{shippedId(QStringLiteral("Java")), 5}});
        pane.showListing(listingFromHtml(
            QStringLiteral(
                "<p>We build payment services on AWS with a small team.</p><h3>Requirements</h3>"
                "<ul><li>Java and Spring Boot, 5+ years of Java</li><li>Kafka, PostgreSQL</li></ul>"
                "<h3>Nice to have</h3><ul><li>gRPC or Go</li></ul>"),
            QStringLiteral("Java Developer")));
        const QPalette palette = pane.descriptionView()->palette();
        const SkillHighlightColors colors = SkillHighlightColors::fromPalette(palette);
        QCOMPARE(colors.text, palette.color(QPalette::Text));
        for (const QColor &tint : {colors.haveBackground, colors.missingBackground}) {
            QVERIFY2(contrastRatio(colors.text, tint) >= 4.5, qPrintable(tint.name()));
            // Visible against the page, and the two apart.
            QVERIFY(tint != palette.color(QPalette::Base));
        }
        QVERIFY(colors.haveBackground.hslHue() != colors.missingBackground.hslHue());
        // The selections follow a palette change.
        const QList<QTextEdit::ExtraSelection> before = pane.descriptionView()->extraSelections();
        QVERIFY(!before.isEmpty());
        QCOMPARE(before.first().format.background().color(), colors.missingBackground); // AWS
        QCOMPARE(before.first().format.foreground().color(), colors.text);

        pane.resize(520, 420);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        if (const QString dir = qEnvironmentVariable("JOBDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(pane.grab().save(QDir(dir).filePath(
                QStringLiteral("description-highlight-%1.png").arg(themeName(Theme(theme))))));
        }

        applyTheme(Theme(theme) == Theme::Light ? Theme::Dark : Theme::Light);
        // The palette reaches the widgets through posted events.
        QTRY_COMPARE(pane.descriptionView()->palette().color(QPalette::Base),
                     QApplication::palette().color(QPalette::Base));
        QCOMPARE(pane.descriptionView()->extraSelections().first().format.background().color(),
                 SkillHighlightColors::fromPalette(pane.descriptionView()->palette()).missingBackground);
        QVERIFY(pane.descriptionView()->extraSelections().first().format.background().color() !=
                colors.missingBackground);
        applyTheme(Theme::Light);
    }

    // On real listings, what the pane highlights is what the library stored for the listing: every
    // description mention extraction counts lands on the same characters of the document, and the skills
    // highlighted together with those named only in the title or the source's skill list are the
    // listing's listing_skills, with the same required flags.
    void highlightsTheStoredSkills()
    {
        const QString remotive =
            test::sharedData(QStringLiteral("listings/remote-boards-2025/remotive_jobs.json"));
        const QString jobicy =
            test::sharedData(QStringLiteral("listings/remote-boards-2025/jobicy_jobs.json"));
        const QString adzuna =
            test::sharedData(QStringLiteral("listings/adzuna-us-uk-2025/job_postings.csv"));
        if (!QFileInfo::exists(remotive) || !QFileInfo::exists(jobicy) || !QFileInfo::exists(adzuna))
            QSKIP("../shared/data/listings is not there");
        test::TempLibrary library;
        auto db = library.open();
        QVERIFY(samples::load(*db).inserted >= 300);
        Importer importer(*db);
        QVERIFY(importer.importFile(remotive).inserted > 0);
        QVERIFY(importer.importFile(jobicy).inserted > 0);
        QVERIFY(importer.importFile(adzuna).inserted > 0); // plain text descriptions
        const std::shared_ptr<const SkillIndex> index = SkillIndex::load(*db);

        QList<qint64> ids;
        QSqlQuery query = sql::run(
            db->connection(),
            QStringLiteral("SELECT id FROM listings WHERE title LIKE '%Java%' OR title LIKE '%Backend%' "
                           "OR id % 7 = 0 ORDER BY id"));
        while (query.next())
            ids.append(query.value(0).toLongLong());
        QVERIFY(ids.size() > 100);

        ListingRepository repository(*db);
        DetailsPane pane;
        pane.setSkillIndex(index);
        int withHtml = 0;
        int highlighted = 0;
        int documentTextDiffers = 0; // listings whose document text alone would give other skills
        for (const qint64 id : std::as_const(ids)) {
            const std::optional<Listing> listing = repository.find(id);
            QVERIFY(listing);
            pane.showListing(*listing);
            const DescriptionHighlights &highlights = pane.skillHighlighter()->highlights();
            const Extraction extraction =
                extractSkills(index->matcher(), listing->description, listing->statedSkills, listing->title);
            const QByteArray where = QByteArray::number(id) + ' ' + listing->title.toUtf8();

            // Every counted mention is highlighted, on the same words.
            QCOMPARE(highlights.spans.size(), extraction.hits.size());
            for (qsizetype k = 0; k < highlights.spans.size(); ++k) {
                const SkillHit &hit = extraction.hits[k];
                QCOMPARE(highlights.spans[k].skillId, hit.skillId);
                QCOMPARE(spanText(*pane.descriptionView(), highlights.spans[k]),
                         normalized(QStringView(listing->description).sliced(hit.start, hit.length)));
            }

            // The highlighted skills plus those named elsewhere are the stored ones.
            QHash<qint64, bool> stored;
            QSqlQuery skills = sql::run(db->connection(),
                                        QStringLiteral("SELECT skill_id, required FROM listing_skills "
                                                       "WHERE listing_id = ?"),
                                        {id});
            while (skills.next())
                stored.insert(skills.value(0).toLongLong(), skills.value(1).toBool());
            QHash<qint64, bool> shown;
            for (const SkillHighlight &span : highlights.spans)
                shown.insert(span.skillId, span.required);
            for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
                QVERIFY2(stored.contains(it.key()), where.constData());
                QVERIFY2(stored.value(it.key()) == it.value(), where.constData());
            }
            QVERIFY2(stored.size() == shown.size() + highlights.elsewhereCount, where.constData());
            const Extraction elsewhere =
                extractSkills(index->matcher(), {}, listing->statedSkills, listing->title);
            for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                if (shown.contains(it.key()))
                    continue;
                const bool named =
                    std::any_of(elsewhere.skills.cbegin(), elsewhere.skills.cend(),
                                [&](const ExtractedSkill &s) { return s.skillId == it.key(); });
                QVERIFY2(named, where.constData());
            }

            if (!listing->descriptionHtml.isEmpty())
                ++withHtml;
            if (!highlights.isEmpty())
                ++highlighted;
            QList<qint64> fromDocument;
            for (const ExtractedSkill &skill :
                 extractSkills(index->matcher(), pane.descriptionView()->document()->toPlainText(),
                               listing->statedSkills, listing->title)
                     .skills)
                fromDocument.append(skill.skillId);
            QList<qint64> fromStore;
            for (const ExtractedSkill &skill : extraction.skills)
                fromStore.append(skill.skillId);
            std::sort(fromDocument.begin(), fromDocument.end());
            std::sort(fromStore.begin(), fromStore.end());
            if (fromDocument != fromStore)
                ++documentTextDiffers;
        }
        QVERIFY(withHtml > 50);
        QVERIFY(withHtml < ids.size());
        QVERIFY(highlighted > ids.size() / 2);
        qInfo("%lld listings (%d with HTML), %d highlighted; extraction over the document's own text "
              "would give other skills for %d of them",
              qint64(ids.size()), withHtml, highlighted, documentTextDiffers);
    }

    // The window hands the pane the dictionary (loaded off the GUI thread) and the chosen profile's skills.
    void followsTheWindow()
    {
        test::TempLibrary library;
        auto db = library.open();
        QVERIFY(samples::load(*db).inserted >= 300);
        const auto id = [&](const QString &name) {
            return sql::scalar(db->connection(), QStringLiteral("SELECT id FROM skills WHERE name = ?"),
                               {name})
                .toLongLong();
        };
        const qint64 java = id(QStringLiteral("Java"));
        QVERIFY(java > 0);
        ProfileStore profiles(*db);
        profiles.setSkill(profiles.create(QStringLiteral("Backend")), java, 4);
        profiles.setSkill(profiles.create(QStringLiteral("Data")), id(QStringLiteral("Python")), 3);

        MainWindow window(*db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.search(QStringLiteral("title:\"Java Developer\""));
        QVERIFY(test::waitUntilLoaded(*window.listingModel()));
        QVERIFY(window.listingModel()->rowCount() > 0);
        const SkillHighlighter *highlighter = window.detailsPane()->skillHighlighter();
        QTRY_VERIFY(!highlighter->highlights().isEmpty());
        const auto javaLevel = [&] {
            for (const SkillHighlight &span : highlighter->highlights().spans) {
                if (span.skillId == java)
                    return span.level;
            }
            return -1;
        };
        // The details follow the search's first listing once the table has painted it (a queued call).
        QTRY_COMPARE(javaLevel(), 4);
        QVERIFY(window.detailsPane()->legendText().contains(QStringLiteral("you have 1")));

        auto *chooser = window.skillGapPane()->findChild<QComboBox *>();
        QVERIFY(chooser);
        const int data = chooser->findText(QStringLiteral("Data"));
        QVERIFY(data >= 0);
        chooser->setCurrentIndex(data);
        QCOMPARE(javaLevel(), 0);
    }

    // A 50 KB description: what a listing costs on the GUI thread.
    void longDescription()
    {
        QString html;
        const QString block = QStringLiteral(
            "<h3>Requirements</h3><ul><li>5+ years of Java and Spring Boot, Kafka, PostgreSQL</li>"
            "<li>Docker, Kubernetes (k8s), Terraform and AWS; CI/CD with GitHub Actions</li>"
            "<li>Good communication &amp; teamwork; C++ or C# a plus</li></ul>"
            "<p>You will design <b>event-driven</b> services in Node.js and Python, review code and "
            "mentor engineers across several teams working on payments, fraud and reporting.</p>"
            "<h3>Nice to have</h3><ul><li>gRPC, Redis, Elasticsearch</li></ul>");
        while (html.size() < 50 * 1024)
            html += block;
        const Listing listing = listingFromHtml(html, QStringLiteral("Senior Java Developer"));
        DetailsPane pane;
        pane.setSkillIndex(m_shipped);
        pane.setProfileLevels({{shippedId(QStringLiteral("Java")), 4}});
        pane.resize(600, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        QElapsedTimer timer;
        timer.start();
        pane.descriptionView()->setHtml(listing.descriptionHtml);
        const qint64 setHtml = timer.nsecsElapsed();
        timer.restart();
        pane.skillHighlighter()->setListing(listing);
        const qint64 highlight = timer.nsecsElapsed();
        timer.restart();
        pane.setProfileLevels(
            {{shippedId(QStringLiteral("Java")), 4}, {shippedId(QStringLiteral("Docker")), 3}});
        const qint64 profile = timer.nsecsElapsed();
        timer.restart();
        const QPixmap picture = pane.grab();
        const qint64 paint = timer.nsecsElapsed();
        const int spans = int(pane.skillHighlighter()->highlights().spans.size());
        QVERIFY(spans > 1000);
        QVERIFY(!picture.isNull());
        qInfo("50 KB of HTML (%lld characters of text, %d spans): setHtml %.1f ms, extract + align + "
              "selections %.1f ms, profile change %.1f ms, painting the pane %.1f ms",
              qint64(listing.description.size()), spans, setHtml / 1e6, highlight / 1e6, profile / 1e6,
              paint / 1e6);
        QVERIFY2(highlight < 2'000'000'000, "highlighting a 50 KB description took over 2 s");
    }
};

QTEST_MAIN(TestDescriptionHighlight)
#include "tst_descriptionhighlight.moc"
