// looksLikeHtml, htmlToPlainText and sanitizeHtml on fragments of the real descriptions under
// ../shared/data/listings (Remotive "description", Jobicy "html_description", Indeed plain text) and on
// the hostile markup a feed may carry.
#include "import/htmltext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace jobdesk;
using namespace Qt::StringLiterals;

class TestHtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLikeHtml_data();
    void looksLikeHtml();
    void plainText_data();
    void plainText();
    void sanitize_data();
    void sanitize();
    void deepNestingIsFlattened();
    void hostileInputStaysLinear_data();
    void hostileInputStaysLinear();
    void realDescriptions();
};

void TestHtmlText::looksLikeHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");
    QTest::newRow("paragraph") << u"<p>Hello</p>"_s << true;
    QTest::newRow("br only") << u"line one<br/>line two"_s << true;
    QTest::newRow("end tag only") << u"text</li>"_s << true;
    QTest::newRow("attributes") << u"<div class=\"x\">y</div>"_s << true;
    QTest::newRow("uppercase") << u"<UL><LI>x"_s << true;
    QTest::newRow("comment") << u"<!-- x --> text"_s << true;
    QTest::newRow("remotive") << u"<p>VetsEZ is seeking a remote <strong>SQL Developer</strong></p>"_s
                              << true;
    QTest::newRow("plain") << u"We are hiring a Data Analyst."_s << false;
    QTest::newRow("entities only") << u"AT&amp;T &ndash; R&amp;D"_s << false;
    QTest::newRow("comparison") << u"salary < $100k and > $80k"_s << false;
    QTest::newRow("heart") << u"we <3 data"_s << false;
    QTest::newRow("unknown tag") << u"use <T> templates"_s << false;
    QTest::newRow("email in brackets") << u"Jane <jane@example.com>"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestHtmlText::looksLikeHtml()
{
    QFETCH(QString, text);
    QFETCH(bool, html);
    QCOMPARE(jobdesk::looksLikeHtml(text), html);
}

void TestHtmlText::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");

    // Plain text input keeps its lines.
    QTest::newRow("plain passthrough") << u"Hello world"_s << u"Hello world"_s;
    QTest::newRow("plain entities") << u"AT&amp;T &ndash; R&amp;D"_s << u"AT&T – R&D"_s;
    QTest::newRow("plain lines") << u"  Line one\r\n\r\nLine two\n\n\n\nLine three   with \t spaces  \n"_s
                                 << u"Line one\n\nLine two\n\nLine three with spaces"_s;
    QTest::newRow("indeed plain")
        << u"Qualifications\n\nFor this junior position we are looking for 1-2 years "
           "of full time working experience.\nBachelor's degree involving analytical "
           "work or equivalent practical experience."_s
        << u"Qualifications\n\nFor this junior position we are looking for 1-2 years "
           "of full time working experience.\nBachelor's degree involving analytical "
           "work or equivalent practical experience."_s;
    QTest::newRow("plain comparison") << u"Pay < $100k & > $80k"_s << u"Pay < $100k & > $80k"_s;
    QTest::newRow("empty") << QString() << QString();
    // Markup.
    QTest::newRow("paragraphs") << u"<p>One</p><p>Two</p>"_s << u"One\n\nTwo"_s;
    QTest::newRow("br") << u"a<br>b<br/>c<br><br><br><br>d"_s << u"a\nb\nc\n\nd"_s;
    QTest::newRow("list") << u"<p>Intro</p><ul><li>One</li><li>Two</li></ul><p>End</p>"_s
                          << u"Intro\n\n• One\n• Two\n\nEnd"_s;
    QTest::newRow("list of paragraphs")
        << u"<ul><li><p>One</p></li><li><p>Two</p></li></ul>"_s << u"• One\n• Two"_s;
    QTest::newRow("empty item") << u"<ul><li></li><li>b</li></ul><p>after</p>"_s << u"• b\n\nafter"_s;
    QTest::newRow("remotive styled list")
        << u"<ol style=\"\"><li style=\"\"><span style=\"font-variant:normal;white-space:pre-wrap;\">Plan "
           "campaigns</span></li>\n<li style=\"\">DMP &amp; Data Vendor Management</li>\n</ol>"_s
        << u"• Plan campaigns\n• DMP & Data Vendor Management"_s;
    QTest::newRow("remotive headings")
        << u"<h2>Description</h2><p><strong>About Nebius Academy</strong></p><h2>Requirements</h2><ul><li>3+ "
           "years of experience in marketing roles.</li></ul>"_s
        << u"Description\n\nAbout Nebius Academy\n\nRequirements\n\n• 3+ years of experience in marketing roles."_s;
    QTest::newRow("jobicy")
        << u"<p>Ready to join a mission that matters?</p><b>About the Role:</b><br><p>Join the CrowdStrike "
           "mission.<br>Ideal candidates are based close to Warsaw, Poland.</p>"_s
        << u"Ready to join a mission that matters?\n\nAbout the Role:\n\nJoin the CrowdStrike "
           u"mission.\nIdeal "
           "candidates are based close to Warsaw, Poland."_s;
    QTest::newRow("remotive ellipsis bom")
        << u"<p><strong>\ufeffThe job IS NOT for you if&#8230;</strong></p><p>You don&#8217;t like it</p>"_s
        << u"The job IS NOT for you if…\n\nYou don’t like it"_s;
    QTest::newRow("remotive nbsp span")
        << u"<p><strong><span>Want to be a bswifter?</span></strong><span>\u00a0"
           "</span></p>"_s
        << u"Want to be a bswifter?"_s;
    QTest::newRow("remotive tracker img")
        << u"<p>Text</p><img src=\"https://remotive.com/job/track/2040721/blank.gif?source=public_api\" "
           "alt=\"\"/>"_s
        << u"Text"_s;
    QTest::newRow("named entities")
        << u"<p>&ndash; &mdash; &lsquo;a&rsquo; &ldquo;b&rdquo; &hellip; &bull; &euro;5 &pound;3 &copy; "
           "caf&eacute; &quot;q&quot; &apos;s&apos; &lt;tag&gt; &trade; &middot; &times; &frac12;</p>"_s
        << u"– — ‘a’ “b” … • €5 £3 © café \"q\" 's' <tag> ™ · × ½"_s;
    QTest::newRow("numeric entities") << u"<p>&#8217;&#x2019;&#X1F600;&#65</p>"_s << u"’’😀A"_s;
    QTest::newRow("windows-1252 references") << u"<p>&#150;&#147;x&#148;&#128;</p>"_s << u"–“x”€"_s;
    QTest::newRow("invalid references") << u"<p>&#0;&#xD800;&#1114112;</p>"_s << u"\ufffd\ufffd\ufffd"_s;
    QTest::newRow("not references") << u"<p>&bogus; & &; &#; AT&T</p>"_s << u"&bogus; & &; &#; AT&T"_s;
    QTest::newRow("double encoded") << u"<p>&amp;nbsp; &amp;amp;</p>"_s << u"&nbsp; &amp;"_s;
    QTest::newRow("legacy reference") << u"<p>Fish &amp chips &copy 2025</p>"_s << u"Fish & chips © 2025"_s;
    QTest::newRow("head script style")
        << u"<html><head><title>T</title><style>p{color:red}</style></head><body><p>Body</p><script>if "
           "(a<b && c>d) document.write('<p>x</p>')</script></body></html>"_s
        << u"Body"_s;
    QTest::newRow("unclosed head") << u"<head><meta charset=utf-8><body><p>Body</p>"_s << u"Body"_s;
    QTest::newRow("comment") << u"<p>a<!-- hidden <b>x</b> -->b</p>"_s << u"ab"_s;
    QTest::newRow("doctype") << u"<!DOCTYPE html><?xml version=\"1.0\"?><p>x</p>"_s << u"x"_s;
    QTest::newRow("whitespace") << u"<p>a&nbsp;&nbsp; b\n\tc</p>"_s << u"a b c"_s;
    QTest::newRow("indented blocks") << u"<div>\n  <p>\n   One\n  </p>\n\n  <p>Two</p>\n</div>"_s
                                     << u"One\n\nTwo"_s;
    QTest::newRow("divs") << u"<div>a</div><div>b</div>c"_s << u"a\nb\nc"_s;
    QTest::newRow("inline") << u"<p>Hello <b>big</b><i>world</i> <a href=\"x\">link</a></p>"_s
                            << u"Hello bigworld link"_s;
    QTest::newRow("table")
        << u"<table><tr><th>Role</th><th>Level</th></tr><tr><td>Dev</td><td>Senior</td></tr>"
           "</table>"_s
        << u"Role Level\nDev Senior"_s;
    QTest::newRow("pre") << u"<p>Code:</p><pre>  int x;\n  return x;</pre><p>End</p>"_s
                         << u"Code:\n\n  int x;\n  return x;\n\nEnd"_s;
    QTest::newRow("text angle brackets")
        << u"<p>salary < $100k & bonus > 5%</p>"_s << u"salary < $100k & bonus > 5%"_s;
    QTest::newRow("quoted >") << u"<p title=\"a > b\">Text</p>"_s << u"Text"_s;
    QTest::newRow("unclosed tag at end") << u"<p>Hello</p><a href=\"x"_s << u"Hello"_s;
    QTest::newRow("uppercase") << u"<P>One<BR>Two</P><UL><LI>x</LI></UL>"_s << u"One\nTwo\n\n• x"_s;
    QTest::newRow("form dropped")
        << u"<p>Apply</p><form><input name=q><button>Go</button>Hidden</form><p>After</p>"_s
        << u"Apply\n\nAfter"_s;
    QTest::newRow("self-closing svg") << u"<p>a<svg/>b</p>"_s << u"ab"_s;
    QTest::newRow("sections") << u"<section>One</section><article>Two</article>"_s << u"One\n\nTwo"_s;
    QTest::newRow("zero width") << u"<p>a\u200bb&shy;c</p>"_s << u"abc"_s;
}

void TestHtmlText::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, plain);
    QCOMPARE(htmlToPlainText(html), plain);
}

void TestHtmlText::sanitize_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("safe");

    QTest::newRow("plain text escaped")
        << u"Fish & chips < 5 \"ok\""_s << u"Fish &amp; chips &lt; 5 \"ok\""_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("attributes dropped")
        << u"<p style=\"color:red\" class=\"x\" dir=\"ltr\">Hi <span style=\"font-weight:bold\">there</span></p>"_s
        << u"<p>Hi <span>there</span></p>"_s;
    QTest::newRow("allowed tags kept")
        << u"<h2>T</h2><ul><li><b>a</b> <i>b</i> <em>c</em> <strong>d</strong> "
           u"<u>e</u></li></ul><ol><li>f</li>"
           "</ol><blockquote>q</blockquote><pre>x</pre><code>y</code><div>z</div>"_s
        << u"<h2>T</h2><ul><li><b>a</b> <i>b</i> <em>c</em> <strong>d</strong> "
           u"<u>e</u></li></ul><ol><li>f</li>"
           "</ol><blockquote>q</blockquote><pre>x</pre><code>y</code><div>z</div>"_s;
    QTest::newRow("https link")
        << u"<a href=\"https://example.com/jobs?id=1&amp;src=x\" target=\"_blank\" rel=\"nofollow\">Apply</a>"_s
        << u"<a href=\"https://example.com/jobs?id=1&amp;src=x\">Apply</a>"_s;
    QTest::newRow("http unquoted") << u"<a href=http://example.com>x</a>"_s
                                   << u"<a href=\"http://example.com\">x</a>"_s;
    QTest::newRow("mailto") << u"<a HREF='mailto:jobs@example.com'>Mail</a>"_s
                            << u"<a href=\"mailto:jobs@example.com\">Mail</a>"_s;
    QTest::newRow("javascript link") << u"<a href=\"javascript:alert(1)\">Click</a>"_s << u"Click"_s;
    QTest::newRow("javascript uppercase") << u"<a href=\"JaVaScRiPt:alert(1)\">Click</a>"_s << u"Click"_s;
    QTest::newRow("javascript hidden tab") << u"<a href=\" jav&#x09;ascript:alert(1)\">x</a>"_s << u"x"_s;
    QTest::newRow("data link") << u"<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>"_s << u"x"_s;
    QTest::newRow("no href") << u"<a name=\"top\">x</a>"_s << u"x"_s;
    QTest::newRow("remotive relative link")
        << u"<a class=\"apply-link-marker button\" href=\"/Recruiting/Jobs/Apply/2416521\" rel=\"nofollow\" "
           "style=\"width: 100%;\">Apply</a>"_s
        << u"Apply"_s;
    QTest::newRow("remotive quoted href")
        << u"<a href=\"%22https://www.zetaglobal.com%22\" rel=\"nofollow\">"
           "www.zetaglobal.com</a>"_s
        << u"<a href=\"https://www.zetaglobal.com\">www.zetaglobal.com</a>"_s;
    QTest::newRow("href quote injection")
        << u"<a href='https://x.com/\"onmouseover=\"alert(1)'>x</a>"_s
        << u"<a href=\"https://x.com/&quot;onmouseover=&quot;alert(1)\">x</a>"_s;
    QTest::newRow("nested links") << u"<a href=\"https://a.com\">1<a href=\"https://b.com\">2</a>3</a>"_s
                                  << u"<a href=\"https://a.com\">1</a><a href=\"https://b.com\">2</a>3"_s;
    QTest::newRow("event handlers") << u"<p onclick=\"alert(1)\" onmouseover=alert(2)>x</p>"_s
                                    << u"<p>x</p>"_s;
    QTest::newRow("script") << u"<p>a</p><script>document.write('<p>x</p>')</script><p>b</p>"_s
                            << u"<p>a</p><p>b</p>"_s;
    QTest::newRow("script uppercase spaced") << u"<SCRIPT type=x>alert(1)</SCRIPT >ok"_s << u"ok"_s;
    QTest::newRow("unterminated script") << u"ok<script>alert(1)"_s << u"ok"_s;
    QTest::newRow("embedded content")
        << u"<style>p{}</style><iframe src=x>fallback</iframe><object data=x><p>in</p></object><embed src=y>"
           "<p>ok</p>"_s
        << u"<p>ok</p>"_s;
    QTest::newRow("form controls") << u"<noscript><p>js</p></noscript><textarea><b>t</b></"
                                      u"textarea><form><input><select><option>o</select>"
                                      "<button>b</button></form><svg><text>s</text></svg><p>ok</p>"_s
                                   << u"<p>ok</p>"_s;
    QTest::newRow("head and title")
        << u"<html><head><title>Job</title><meta charset=utf-8></head><body><p>x</p></body></html>"_s
        << u"<p>x</p>"_s;
    QTest::newRow("remotive tracker img")
        << u"<p>Text</p><img src=\"https://remotive.com/job/track/2040721/blank.gif?source=public_api\" "
           "alt=\"\"/>"_s
        << u"<p>Text</p>"_s;
    QTest::newRow("img onerror") << u"<img src=x onerror=alert(1)>after"_s << u"after"_s;
    QTest::newRow("comments") << u"<p>a<!-- <script>x</script> -->b</p>"_s << u"<p>ab</p>"_s;
    QTest::newRow("doctype and pi") << u"<!DOCTYPE html><?xml version=\"1.0\"?><p>x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("unclosed elements") << u"<ul><li>One<li>Two</ul><p>Para<p>Next"_s
                                       << u"<ul><li>One</li><li>Two</li></ul><p>Para</p><p>Next</p>"_s;
    QTest::newRow("misnested") << u"<b><i>x</b>y</i>"_s << u"<b><i>x</i></b>y"_s;
    QTest::newRow("list closes paragraph")
        << u"<p>Intro<ul><li>x</li></ul>"_s << u"<p>Intro</p><ul><li>x</li></ul>"_s;
    QTest::newRow("nested list") << u"<ul><li>a<ul><li>b<li>c</ul><li>d</ul>"_s
                                 << u"<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>"_s;
    QTest::newRow("sections become divs")
        << u"<section><header>Head</header><article>Body</article></section>"_s
        << u"<div><div>Head</div><div>Body</div></div>"_s;
    QTest::newRow("unknown tags unwrapped")
        << u"<font color=red>red</font> <sup>2</sup> <custom-tag>c</custom-tag> <o:p>o</o:p>"_s
        << u"red 2 c o"_s;
    QTest::newRow("entities re-escaped") << u"<p>&lt;script&gt; &amp;amp; &rsquo;&nbsp;x</p>"_s
                                         << u"<p>&lt;script&gt; &amp;amp; ’\u00a0x</p>"_s;
    QTest::newRow("table repaired") << u"<table border=1><tr><td>a<td>b<tr><td>c</table>"_s
                                    << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"_s;
    QTest::newRow("table sections")
        << u"<table><thead><tr><th>h</th></tr><tbody><tr><td>d</td></tr><tfoot><tr><td>f</td></tr></table>"_s
        << u"<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody><tfoot><tr><td>f</td>"
           "</tr></tfoot></table>"_s;
    QTest::newRow("stray end tags") << u"</div></p>text</b>"_s << u"text"_s;
    QTest::newRow("unclosed at end") << u"<p><b>bold <i>both"_s << u"<p><b>bold <i>both</i></b></p>"_s;
    QTest::newRow("remotive hr") << u"<p>a</p><hr align=\"center\" size=\"2\" width=\"100%\"><p>b</p>"_s
                                 << u"<p>a</p><hr><p>b</p>"_s;
    QTest::newRow("uppercase tags") << u"<P STYLE=x>A<BR>B</P>"_s << u"<p>A<br>B</p>"_s;
    QTest::newRow("jobicy")
        << u"<p>Ready to join a mission that matters?</p><b>About the Role:</b><br><p>Join the CrowdStrike "
           "mission.<br>Ideal candidates are based close to Warsaw, Poland.</p>"_s
        << u"<p>Ready to join a mission that matters?</p><b>About the Role:</b><br><p>Join the CrowdStrike "
           "mission.<br>Ideal candidates are based close to Warsaw, Poland.</p>"_s;
    QTest::newRow("remotive styled list")
        << u"<ol style=\"\"><li style=\"\"><span style=\"font-variant:normal;\">Plan</span></li></ol>"_s
        << u"<ol><li><span>Plan</span></li></ol>"_s;
    QTest::newRow("tag unterminated quote") << u"ok<p title=\"x>y"_s << u"ok"_s;
}

void TestHtmlText::sanitize()
{
    QFETCH(QString, html);
    QFETCH(QString, safe);
    const QString result = sanitizeHtml(html);
    QCOMPARE(result, safe);
    QCOMPARE(sanitizeHtml(result), result); // sanitised HTML is a fixed point
}

void TestHtmlText::deepNestingIsFlattened()
{
    const QString html = u"<div>"_s.repeated(1000) + u"x"_s + u"</div>"_s.repeated(1000);
    const QString safe = sanitizeHtml(html);
    QCOMPARE(safe, u"<div>"_s.repeated(256) + u"x"_s + u"</div>"_s.repeated(256));
    QCOMPARE(htmlToPlainText(html), u"x"_s);
}

void TestHtmlText::hostileInputStaysLinear_data()
{
    QTest::addColumn<QString>("html");
    const qsizetype n = 200000;
    QTest::newRow("angle brackets") << u"<"_s.repeated(n);
    QTest::newRow("ampersands") << u"&"_s.repeated(n);
    QTest::newRow("long entity names") << u"&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s.repeated(n / 40);
    QTest::newRow("unclosed tags") << u"<p x"_s.repeated(n / 4);
    QTest::newRow("open tags") << u"<b>"_s.repeated(n / 3);
    QTest::newRow("end tags") << u"</b>"_s.repeated(n / 4);
    QTest::newRow("nested then misnested") << u"<i>"_s.repeated(n / 6) + u"</b>"_s.repeated(n / 8);
    QTest::newRow("unterminated comments") << u"<!--"_s.repeated(n / 4);
    QTest::newRow("script end look-alikes") << u"<script>"_s + u"</scrip"_s.repeated(n / 7);
    QTest::newRow("paragraphs") << u"<p>x"_s.repeated(n / 4);
}

// Hostile input of 200,000 characters must not take quadratic time: a quadratic pass would take minutes
// and trip the test's time limit (tests/CMakeLists.txt).
void TestHtmlText::hostileInputStaysLinear()
{
    QFETCH(QString, html);
    const QString safe = sanitizeHtml(html);
    const QString plain = htmlToPlainText(html);
    QVERIFY(plain.size() <= html.size());
    QCOMPARE(sanitizeHtml(safe), safe);
}

namespace {
// Every tag in `html` is an allowed one, and they nest properly.
bool wellFormed(const QString &html, QString &problem)
{
    static const QRegularExpression tag(u"<(/?)([a-z0-9]+)([^>]*)>"_s);
    static const QStringList allowed =
        u"p br hr ul ol li b strong i em u h1 h2 h3 h4 h5 h6 blockquote pre code "
        "table thead tbody tfoot tr td th a span div"_s.split(u' ');
    QStringList open;
    for (const QRegularExpressionMatch &m : tag.globalMatch(html)) {
        const QString name = m.captured(2);
        if (!allowed.contains(name) ||
            (!m.captured(3).isEmpty() && !m.captured(3).startsWith(u" href=\"http"_s) &&
             !m.captured(3).startsWith(u" href=\"mailto:"_s))) {
            problem = m.captured(0);
            return false;
        }
        if (name == u"br" || name == u"hr")
            continue;
        if (m.captured(1).isEmpty()) {
            open.append(name);
        } else if (open.isEmpty() || open.takeLast() != name) {
            problem = m.captured(0);
            return false;
        }
    }
    problem = open.join(u',');
    return open.isEmpty();
}
} // namespace

// All descriptions of the Remotive and Jobicy samples: the plain text has no markup, no runs of spaces
// or blank lines; the sanitised HTML holds only allowed, balanced tags, is a fixed point and keeps all the
// text.
void TestHtmlText::realDescriptions()
{
#ifndef JOBDESK_SHARED_DATA
    QSKIP("JOBDESK_SHARED_DATA is not defined");
#else
    QStringList documents;
    for (const auto &[file, field] : {std::pair{"remotive_jobs.json", "description"},
                                      std::pair{"jobicy_jobs.json", "html_description"}}) {
        QFile json(QStringLiteral(JOBDESK_SHARED_DATA "/listings/remote-boards-2025/") +
                   QLatin1StringView(file));
        if (!json.open(QIODevice::ReadOnly))
            QSKIP("the remote-boards-2025 sample is not available");
        for (const QJsonValue &job : QJsonDocument::fromJson(json.readAll()).array())
            documents.append(job.toObject().value(QLatin1StringView(field)).toString());
    }
    QCOMPARE(documents.size(), 125);

    qint64 chars = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &html : std::as_const(documents)) {
        chars += html.size();
        QVERIFY(jobdesk::looksLikeHtml(html));
        const QString plain = htmlToPlainText(html);
        QVERIFY(!plain.isEmpty());
        QVERIFY2(!jobdesk::looksLikeHtml(plain), qPrintable(plain.left(200)));
        QVERIFY(!plain.contains(u"\n\n\n"_s));
        QVERIFY(!plain.contains(u"  "_s));
        QVERIFY(!plain.contains(u"&amp;"_s) && !plain.contains(u"&#8217;"_s));
        QCOMPARE(plain, plain.trimmed());

        const QString safe = sanitizeHtml(html);
        QString problem;
        QVERIFY2(wellFormed(safe, problem), qPrintable(problem));
        QVERIFY(!safe.contains(u"style="_s) && !safe.contains(u"<img"_s) && !safe.contains(u"class="_s));
        QCOMPARE(sanitizeHtml(safe), safe);
        QCOMPARE(htmlToPlainText(safe).simplified(), plain.simplified()); // sanitising loses no text
    }
    qInfo("%lld characters of real descriptions converted in %lld ms", chars, timer.elapsed());
#endif
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
