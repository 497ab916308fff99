// The description pane loads nothing: no remote image, no local file, no style sheet, and a clicked
// link never replaces the description.
#include "testsupport.h"

#include "details/descriptionview.h"

#include <QImage>
#include <QSignalSpy>
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
};

QTEST_MAIN(TestDescriptionView)
#include "tst_descriptionview.moc"
