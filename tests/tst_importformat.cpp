// Telling a file's format from its content, and its encoding from its bytes.
#include "import/importformat.h"
#include "import/textdecoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace jobdesk;

class TestImportFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFormatFromContent_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("expected");
        const auto row = [](const char *name, const QByteArray &data, const char *file, ImportFormat format) {
            QTest::newRow(name) << data << QString::fromLatin1(file) << int(format);
        };
        row("saved page", "<!DOCTYPE html><html><head><script type=\"application/ld+json\">{}</script>",
            "job.html", ImportFormat::JsonLd);
        row("page without extension", "<html><body>hello</body></html>", "download", ImportFormat::JsonLd);
        row("rss", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>", "feed.xml", ImportFormat::Rss);
        row("atom", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "",
            ImportFormat::Rss);
        row("json-ld file", "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\"}", "a.json",
            ImportFormat::JsonLd);
        row("json array", "[{\"title\": \"A\"}]", "a.txt", ImportFormat::Json);
        row("board response", "{\"jobs\": [{\"title\": \"A\"}]}", "remotive.json", ImportFormat::Json);
        row("json lines", "{\"title\": \"A\"}\n{\"title\": \"B\"}\n", "export.json", ImportFormat::JsonLines);
        row("jsonl extension", "{\"title\": \"A\"}", "export.jsonl", ImportFormat::JsonLines);
        row("csv", "title,company,location\nA,B,C\n", "x", ImportFormat::Csv);
        row("tsv", "title\tcompany\tlocation\nA\tB\tC\n", "x", ImportFormat::Csv);
        row("csv by extension", "title\nA\n", "x.csv", ImportFormat::Csv);
        row("pasted text", "Senior Go Engineer\nAcme, Berlin\n\nWe are hiring, and we pay well.", "",
            ImportFormat::Text);
        row(
            "utf-16 csv",
            [] {
                QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
                return QByteArray(utf16(u"title,a,b\nx,y,z\n"));
            }(),
            "x", ImportFormat::Csv);
        row("bom json", "\xEF\xBB\xBF[{\"title\": \"A\"}]", "", ImportFormat::Json);
    }

    void detectsFormatFromContent()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fileName);
        QFETCH(int, expected);
        QCOMPARE(int(detectImportFormat(data, fileName)), expected);
    }

    void formatNamesRoundTrip()
    {
        for (const QString &name :
             {QStringLiteral("auto"), QStringLiteral("jsonld"), QStringLiteral("json"),
              QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("rss"), QStringLiteral("text")})
            QCOMPARE(importFormatName(*parseImportFormat(name)), name);
        QVERIFY(!parseImportFormat(QStringLiteral("xlsx")));
    }

    void decodesEncodings_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("encoding");
        const QString text = QStringLiteral("Café – 60.000 € brutto");
        QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8);
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf-16le bom") << QByteArray(le(text)) << int(TextEncoding::Utf16LE);
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf-16be bom") << QByteArray(be(text)) << int(TextEncoding::Utf16BE);
        QStringEncoder bare(QStringConverter::Utf16LE);
        QTest::newRow("utf-16le bare") << QByteArray(bare(text)) << int(TextEncoding::Utf16LE);
        QTest::newRow("windows-1252")
            << QByteArray("Caf\xE9 \x96 60.000 \x80 brutto") << int(TextEncoding::Windows1252);
    }

    void decodesEncodings()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, encoding);
        TextEncoding detected = TextEncoding::Utf8;
        QCOMPARE(decodeText(data, &detected), QStringLiteral("Café – 60.000 € brutto"));
        QCOMPARE(int(detected), encoding);
        QVERIFY(!looksBinary(data));
    }

    void recognisesBinary()
    {
        QVERIFY(looksBinary(QByteArray("\x7f"
                                       "ELF\x02\x01\x01\0\0\0",
                                       10)));
        QVERIFY(looksBinary(QByteArray("PK\x03\x04\x14\0\x06\0", 8)));
        QVERIFY(!looksBinary("plain text\twith tabs\r\n"));
    }

    void namesPositions()
    {
        const QString text = QStringLiteral("first\nsecond line\nthird");
        QCOMPARE(textPosition(text, 0), QStringLiteral("line 1, column 1"));
        QCOMPARE(textPosition(text, text.indexOf(QLatin1String("line"))), QStringLiteral("line 2, column 8"));
        QCOMPARE(textPosition(text, text.size()), QStringLiteral("line 3, column 6"));
    }
};

QTEST_GUILESS_MAIN(TestImportFormat)
#include "tst_importformat.moc"
