// The description pane loads nothing: no remote image, no local file, no style sheet (and no request
// reaches a real server the description names); a clicked link never replaces the description, and
// only web, mail and phone links leave the program.
#include "testsupport.h"

#include "details/descriptionview.h"
#include "details/sourceview.h"
#include "externallink.h"

#include <QDesktopServices>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace jobdesk;

namespace {

// Whether a document resource holds anything: an image, bytes or text.
bool holdsData(const QVariant &resource)
{
    if (!resource.isValid() || resource.isNull())
        return false;
    if (resource.canConvert<QImage>() && !qvariant_cast<QImage>(resource).isNull())
        return true;
    return !resource.toByteArray().isEmpty() || !resource.toString().isEmpty();
}

} // namespace

class TestDescriptionView : public QObject
{
    Q_OBJECT

    QList<QUrl> m_opened;

public Q_SLOTS:
    // Stands in for the desktop's browser, mail and phone programs (QDesktopServices::setUrlHandler).
    void recordOpen(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void loadsNoResource()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("tracker.png"));
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(png));
        const QUrl local = QUrl::fromLocalFile(png);
        const QUrl remote(QStringLiteral("https://tracker.example.com/pixel.png"));
        const QUrl style(QStringLiteral("https://cdn.example.com/site.css"));

        // A plain QTextBrowser would read the local file: the check below is not vacuous.
        QTextBrowser plain;
        plain.setHtml(QStringLiteral("<img src=\"%1\">").arg(local.toString()));
        QVERIFY(holdsData(plain.document()->resource(QTextDocument::ImageResource, local)));

        DescriptionView view;
        view.setSearchPaths({dir.path()});
        view.setHtml(QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"%1\"></head><body>"
                                    "<p>Hello</p><img src=\"%2\"><img src=\"%3\"><img src=\"tracker.png\">"
                                    "</body></html>")
                         .arg(style.toString(), remote.toString(), local.toString()));
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTextDocument *document = view.document();
        QVERIFY(!holdsData(document->resource(QTextDocument::ImageResource, local)));
        QVERIFY(!holdsData(
            document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("tracker.png")))));
        QVERIFY(!holdsData(document->resource(QTextDocument::ImageResource, remote)));
        QVERIFY(!holdsData(document->resource(QTextDocument::StyleSheetResource, style)));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Hello")));
    }

    void linksDoNotNavigateInside()
    {
        DescriptionView view;
        view.setHtml(QStringLiteral("<p>Apply at <a href=\"file:///etc/passwd\">this page</a></p>"));
        QSignalSpy clicked(&view, &QTextBrowser::anchorClicked);
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(clicked.size(), 1);
        QVERIFY(view.source().isEmpty());
        QVERIFY(view.toPlainText().contains(QStringLiteral("Apply at this page")));
    }

    void noRequestReachesAServerTheDescriptionNames()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort());
        const QString html =
            QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"%1site.css\"><style>@import "
                           "url(%1import.css); body { background: url(%1bg.png) }</style></head><body>"
                           "<p>Hello</p><img src=\"%1pixel.png\"><iframe src=\"%1frame\"></iframe>"
                           "<object data=\"%1object\"></object><script src=\"%1script.js\"></script>"
                           "<table background=\"%1table.png\"><tr><td>cell</td></tr></table></body></html>")
                .arg(base);
        DescriptionView view;
        view.setHtml(html);
        view.resize(400, 300);
        view.show();
        SourceView source;
        source.showSource(html, QStringLiteral("html"));
        source.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // A request would arrive within this time on the loopback; the check below would then fail.
        QTest::qWait(300);
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(!server.waitForNewConnection(200));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Hello")));
    }

    void onlyWebMailAndPhoneLinksLeaveTheProgram_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("opens");
        QTest::newRow("https") << QStringLiteral("https://jobs.example.com/apply") << true;
        QTest::newRow("http") << QStringLiteral("http://jobs.example.com/apply") << true;
        QTest::newRow("mailto") << QStringLiteral("mailto:hiring@example.com") << true;
        QTest::newRow("tel") << QStringLiteral("tel:+441234567890") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)") << false;
        QTest::newRow("JavaScript, mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
        QTest::newRow("another program's scheme") << QStringLiteral("ssh://example.com") << false;
        QTest::newRow("web without a host") << QStringLiteral("https:///etc/passwd") << false;
        QTest::newRow("relative") << QStringLiteral("apply.html") << false;
    }

    void onlyWebMailAndPhoneLinksLeaveTheProgram()
    {
        QFETCH(QString, link);
        QFETCH(bool, opens);
        const QStringList schemes{QStringLiteral("http"),       QStringLiteral("https"),
                                  QStringLiteral("mailto"),     QStringLiteral("tel"),
                                  QStringLiteral("javascript"), QStringLiteral("file"),
                                  QStringLiteral("data"),       QStringLiteral("ssh")};
        for (const QString &scheme : schemes)
            QDesktopServices::setUrlHandler(scheme, this, "recordOpen");
        m_opened.clear();
        DescriptionView view;
        view.setHtml(QStringLiteral("<a href=\"%1\">link</a>").arg(link.toHtmlEscaped()));
        Q_EMIT view.anchorClicked(QUrl(link));
        QCOMPARE(openExternalLink(QUrl(link)), opens);
        for (const QString &scheme : schemes)
            QDesktopServices::unsetUrlHandler(scheme);
        QCOMPARE(m_opened.size(), opens ? 2 : 0);
        QVERIFY(view.source().isEmpty());
    }
};

QTEST_MAIN(TestDescriptionView)
#include "tst_descriptionview.moc"
