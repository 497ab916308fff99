// The highlighted source view: KSyntaxHighlighting formats the record, and its colours stay readable
// on both light and dark palettes (a highlighter without a theme painted nothing visible).
#include "details/sourceview.h"
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace jobdesk;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio, 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class TestSourceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlightsJsonReadably_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void highlightsJsonReadably()
    {
        QFETCH(int, theme);
        applyTheme(Theme(theme));
        SourceView view;
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showSource(
            QStringLiteral(
                "{\n  \"title\": \"Senior Engineer\",\n  \"salary_max\": 150000,\n  \"remote\": true\n}"),
            QStringLiteral("json"));
        QApplication::processEvents();

        const QColor background = view.palette().color(QPalette::Base);
        QCOMPARE(background.lightness() < 128, Theme(theme) == Theme::Dark);
        int formatted = 0;
        for (QTextBlock block = view.document()->firstBlock(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                ++formatted;
                if (range.format.hasProperty(QTextFormat::ForegroundBrush)) {
                    const QColor fg = range.format.foreground().color();
                    QVERIFY2(contrast(fg, background) >= 2.5,
                             qPrintable(QStringLiteral("%1 on %2").arg(fg.name(), background.name())));
                }
            }
        }
        QVERIFY2(formatted >= 6, "the JSON was not highlighted");
        QVERIFY(contrast(view.palette().color(QPalette::Text), background) >= 4.5);
    }

    void unknownFormatsShowPlainText()
    {
        SourceView view;
        view.showSource(QStringLiteral("Senior Engineer at Acme\nRemote"), QStringLiteral("text"));
        QCOMPARE(view.toPlainText(), QStringLiteral("Senior Engineer at Acme\nRemote"));
    }
};

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
