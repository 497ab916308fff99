// The HTML reader of descriptions: looksLikeHtml, htmlToPlainText and sanitizeHtml, whose output is
// checked against its allow-list (htmltext.h): only the kept tags, no attribute but a@href with an
// http:, https: or mailto: URL, so no input can smuggle markup into the description view.
#include "fuzzsupport.h"

#include "import/htmltext.h"

#include <QSet>

namespace {

bool allowedTag(QStringView name)
{
    static const QSet<QString> names{
        QStringLiteral("p"),     QStringLiteral("br"),     QStringLiteral("hr"),
        QStringLiteral("ul"),    QStringLiteral("ol"),     QStringLiteral("li"),
        QStringLiteral("b"),     QStringLiteral("strong"), QStringLiteral("i"),
        QStringLiteral("em"),    QStringLiteral("u"),      QStringLiteral("h1"),
        QStringLiteral("h2"),    QStringLiteral("h3"),     QStringLiteral("h4"),
        QStringLiteral("h5"),    QStringLiteral("h6"),     QStringLiteral("pre"),
        QStringLiteral("code"),  QStringLiteral("table"),  QStringLiteral("thead"),
        QStringLiteral("tbody"), QStringLiteral("tfoot"),  QStringLiteral("tr"),
        QStringLiteral("td"),    QStringLiteral("th"),     QStringLiteral("span"),
        QStringLiteral("div"),   QStringLiteral("a"),      QStringLiteral("blockquote")};
    return names.contains(name.toString());
}

// The end of the tag starting at `lt` when it is one sanitizeHtml may write, else -1.
qsizetype allowedTagEnd(const QString &html, qsizetype lt)
{
    qsizetype i = lt + 1;
    const bool closing = i < html.size() && html.at(i) == u'/';
    if (closing)
        ++i;
    const qsizetype nameStart = i;
    while (i < html.size() && html.at(i).isLetterOrNumber() && html.at(i).unicode() < 128)
        ++i;
    const QStringView name = QStringView(html).mid(nameStart, i - nameStart);
    if (!allowedTag(name))
        return -1;
    if (!closing && name == u"a") {
        static const QString href = QStringLiteral(" href=\"");
        if (!QStringView(html).mid(i).startsWith(href))
            return -1;
        i += href.size();
        const QStringView url = QStringView(html).mid(i);
        if (!url.startsWith(u"http://", Qt::CaseInsensitive) &&
            !url.startsWith(u"https://", Qt::CaseInsensitive) &&
            !url.startsWith(u"mailto:", Qt::CaseInsensitive))
            return -1;
        const qsizetype quote = html.indexOf(u'"', i);
        if (quote < 0 || html.indexOf(u'<', i) < quote)
            return -1;
        i = quote + 1;
    } else if (!closing && i < html.size() && html.at(i) == u'/') {
        ++i;
    }
    return i < html.size() && html.at(i) == u'>' ? i : -1;
}

void checkSanitized(const QString &html)
{
    for (qsizetype lt = html.indexOf(u'<'); lt >= 0; lt = html.indexOf(u'<', lt + 1)) {
        const qsizetype end = allowedTagEnd(html, lt);
        if (end < 0)
            qFatal("sanitizeHtml wrote a tag outside its allow-list at %lld: %s", static_cast<long long>(lt),
                   qPrintable(html.mid(lt, 80)));
        if (html.indexOf(u'>', lt + 1) != end)
            qFatal("sanitizeHtml wrote a stray '>'");
        lt = end;
    }
    if (html.count(u'>') != html.count(u'<'))
        qFatal("sanitizeHtml wrote an unescaped '>' in text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = jobdesk::fuzz::text(data, size);
    jobdesk::looksLikeHtml(html);
    jobdesk::htmlToPlainText(html);
    checkSanitized(jobdesk::sanitizeHtml(html));
    return 0;
}
