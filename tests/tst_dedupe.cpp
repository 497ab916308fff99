// Recognising the same listing again: URL normalisation and text fingerprints.
#include "testsupport.h"

#include "store/dedupe.h"

#include <QTest>

using namespace jobdesk;

class TestDedupe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "https://jobs.example.com/a/1" << "https://jobs.example.com/a/1";
        QTest::newRow("case and www") << "HTTPS://WWW.Example.COM/Jobs/1" << "https://example.com/Jobs/1";
        QTest::newRow("http is https") << "http://example.com/j/1" << "https://example.com/j/1";
        QTest::newRow("trailing slash") << "https://example.com/j/1/" << "https://example.com/j/1";
        QTest::newRow("fragment") << "https://example.com/j/1#apply" << "https://example.com/j/1";
        QTest::newRow("tracking") << "https://example.com/j?id=7&utm_source=x&utm_campaign=y&ref=feed&gclid=1"
                                  << "https://example.com/j?id=7";
        QTest::newRow("spaces") << "  https://example.com/j/2  " << "https://example.com/j/2";
        QTest::newRow("not a web url") << "mailto:jobs@example.com" << "";
        QTest::newRow("relative") << "/jobs/12" << "";
        QTest::newRow("empty") << "" << "";
    }

    void normalisesUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(normaliseUrl(url), expected);
    }

    void fingerprintIgnoresCaseAndPunctuation()
    {
        Listing a = test::makeListing(1);
        Listing b = a;
        b.title = QStringLiteral("  ") + a.title.toUpper() + QStringLiteral(" !");
        b.company = a.company.toLower();
        b.description = a.description + QStringLiteral("\n\n");
        b.url = QStringLiteral("https://elsewhere.example.com/1");
        QCOMPARE(listingFingerprint(a), listingFingerprint(b));
        b.description += QStringLiteral(" Also Terraform.");
        QVERIFY(listingFingerprint(a) != listingFingerprint(b));
    }

    void fingerprintKeepsCppApartFromC()
    {
        Listing a = test::makeListing(1);
        Listing b = a;
        a.title = QStringLiteral("C++ Developer");
        b.title = QStringLiteral("C Developer");
        QVERIFY(listingFingerprint(a) != listingFingerprint(b));
    }

    void contentHashSeesEveryField()
    {
        const Listing base = test::makeListing(2);
        const qint64 hash = listingContentHash(base);
        QCOMPARE(listingContentHash(base), hash);
        Listing changed = base;
        changed.salary.max = *base.salary.max + 1;
        QVERIFY(listingContentHash(changed) != hash);
        changed = base;
        changed.workplace = Workplace::Remote == base.workplace ? Workplace::OnSite : Workplace::Remote;
        QVERIFY(listingContentHash(changed) != hash);
        changed = base;
        changed.rawSource = QStringLiteral("{\"n\": 2, \"salary\": \"more\"}");
        QVERIFY(listingContentHash(changed) != hash);
    }

    void datesComeThroughTheSourceRecord()
    {
        // The same record imported a day later resolves "3 days ago" to another date: unchanged.
        Listing base = test::makeListing(3);
        base.rawSource = QStringLiteral("{\"title\": \"x\", \"posted\": \"3 days ago\"}");
        Listing later = base;
        later.postedAt = base.postedAt.addDays(1);
        QCOMPARE(listingContentHash(later), listingContentHash(base));
        // Without a source record the dates themselves count.
        base.rawSource.clear();
        later.rawSource.clear();
        QVERIFY(listingContentHash(later) != listingContentHash(base));
    }
};

QTEST_GUILESS_MAIN(TestDedupe)
#include "tst_dedupe.moc"
