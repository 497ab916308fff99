#include "import/htmltext.h"

#include <QVarLengthArray>

namespace jobdesk {
namespace {

// ---- Tags ---------------------------------------------------------------------------------------------

enum class Tag : quint8
{
    Other,
    A,
    Body,
    Br,
    Head,
    Li,
    Ol,
    P,
    Pre,
    Table,
    Tbody,
    Td,
    Tfoot,
    Th,
    Thead,
    Tr,
    Ul
};

enum Flag : quint16
{
    Keep = 1 << 0,        // sanitizeHtml keeps it (without attributes, except a@href)
    AsDiv = 1 << 1,       // sanitizeHtml writes it as <div>
    Void = 1 << 2,        // has no contents and no end tag
    DropContent = 1 << 3, // dropped with everything inside
    RawText = 1 << 4,     // contents are not markup; always dropped
    Line = 1 << 5,        // plain text: on its own line
    Para = 1 << 6,        // plain text: separated by a blank line
    ClosesP = 1 << 7,     // starting it closes an open <p>
};

struct TagInfo
{
    const char *name;
    quint16 flags;
    Tag tag = Tag::Other;
};

// The combinations the table below uses.
constexpr quint16 Inline = 0; // a known tag whose text is kept
constexpr quint16 KeepVoid = Keep | Void;
constexpr quint16 Row = Keep | Line;
constexpr quint16 LineBlock = Keep | Line | ClosesP;
constexpr quint16 Rule = Keep | Void | Para | ClosesP;
constexpr quint16 Block = Keep | Para | ClosesP;
constexpr quint16 DivBlock = AsDiv | Para | ClosesP;
constexpr quint16 DivLine = AsDiv | Line | ClosesP;

// Sorted by name: looked up by binary search.
// clang-format off
constexpr TagInfo kTags[] = {
    {"a", Keep, Tag::A},              {"abbr", Inline},                 {"address", DivLine},
    {"area", Void},                   {"article", DivBlock},            {"aside", DivBlock},
    {"audio", DropContent},           {"b", Keep},                      {"base", Void},
    {"big", Inline},                  {"blockquote", Block},            {"body", Inline, Tag::Body},
    {"br", KeepVoid, Tag::Br},        {"button", DropContent},          {"canvas", DropContent},
    {"caption", Inline},              {"center", DivLine},              {"cite", Inline},
    {"code", Keep},                   {"col", Void},                    {"dd", DivLine},
    {"del", Inline},                  {"details", DivLine},             {"div", LineBlock},
    {"dl", DivBlock},                 {"dt", DivLine},                  {"em", Keep},
    {"embed", Void},                  {"figcaption", DivLine},          {"figure", DivBlock},
    {"font", Inline},                 {"footer", DivBlock},             {"form", DropContent},
    {"h1", Block},                    {"h2", Block},                    {"h3", Block},
    {"h4", Block},                    {"h5", Block},                    {"h6", Block},
    {"head", DropContent, Tag::Head}, {"header", DivBlock},             {"hr", Rule},
    {"html", Inline},                 {"i", Keep},                      {"iframe", RawText},
    {"img", Void},                    {"input", Void},                  {"ins", Inline},
    {"kbd", Inline},                  {"label", Inline},                {"li", LineBlock, Tag::Li},
    {"link", Void},                   {"main", DivBlock},               {"mark", Inline},
    {"math", DropContent},            {"meta", Void},                   {"nav", DivBlock},
    {"noembed", RawText},             {"noframes", RawText},            {"noscript", RawText},
    {"object", DropContent},          {"ol", Block, Tag::Ol},           {"p", Block, Tag::P},
    {"param", Void},                  {"picture", Inline},              {"pre", Block, Tag::Pre},
    {"q", Inline},                    {"s", Inline},                    {"samp", Inline},
    {"script", RawText},              {"section", DivBlock},            {"select", DropContent},
    {"small", Inline},                {"source", Void},                 {"span", Keep},
    {"strike", Inline},               {"strong", Keep},                 {"style", RawText},
    {"sub", Inline},                  {"summary", DivLine},             {"sup", Inline},
    {"svg", DropContent},             {"table", Block, Tag::Table},     {"tbody", Keep, Tag::Tbody},
    {"td", Keep, Tag::Td},            {"template", DropContent},        {"textarea", RawText},
    {"tfoot", Keep, Tag::Tfoot},      {"th", Keep, Tag::Th},            {"thead", Keep, Tag::Thead},
    {"time", Inline},                 {"title", RawText},               {"tr", Row, Tag::Tr},
    {"track", Void},                  {"tt", Inline},                   {"u", Keep},
    {"ul", Block, Tag::Ul},           {"var", Inline},                  {"video", DropContent},
    {"wbr", Void},                    {"xmp", RawText},
};
// clang-format on
constexpr TagInfo kDiv = {"div", LineBlock};

constexpr bool lessThan(const char *a, const char *b)
{
    while (*a && *a == *b) {
        ++a;
        ++b;
    }
    return static_cast<unsigned char>(*a) < static_cast<unsigned char>(*b);
}
template <typename T, size_t N>
constexpr bool isSorted(const T (&table)[N])
{
    for (size_t k = 1; k < N; ++k) {
        if (!lessThan(table[k - 1].name, table[k].name))
            return false;
    }
    return true;
}
static_assert(isSorted(kTags));

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}
bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}
bool endsTagName(QChar c)
{
    return isHtmlSpace(c) || c == u'/' || c == u'>';
}

const TagInfo *lookupTag(QStringView name)
{
    if (name.isEmpty() || name.size() > 10)
        return nullptr;
    qsizetype lo = 0, hi = std::size(kTags);
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        const int cmp = name.compare(QLatin1StringView(kTags[mid].name), Qt::CaseInsensitive);
        if (cmp == 0)
            return &kTags[mid];
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return nullptr;
}

// ---- Character references -----------------------------------------------------------------------------

struct Entity
{
    const char *name;
    char32_t codePoint;
};

// The HTML 4 named entities and &apos;, sorted by name (case-sensitive).
constexpr Entity kEntities[] = {
    {"AElig", 0xC6},     {"Aacute", 0xC1},   {"Acirc", 0xC2},    {"Agrave", 0xC0},   {"Alpha", 0x391},
    {"Aring", 0xC5},     {"Atilde", 0xC3},   {"Auml", 0xC4},     {"Beta", 0x392},    {"Ccedil", 0xC7},
    {"Chi", 0x3A7},      {"Dagger", 0x2021}, {"Delta", 0x394},   {"ETH", 0xD0},      {"Eacute", 0xC9},
    {"Ecirc", 0xCA},     {"Egrave", 0xC8},   {"Epsilon", 0x395}, {"Eta", 0x397},     {"Euml", 0xCB},
    {"Gamma", 0x393},    {"Iacute", 0xCD},   {"Icirc", 0xCE},    {"Igrave", 0xCC},   {"Iota", 0x399},
    {"Iuml", 0xCF},      {"Kappa", 0x39A},   {"Lambda", 0x39B},  {"Mu", 0x39C},      {"Ntilde", 0xD1},
    {"Nu", 0x39D},       {"OElig", 0x152},   {"Oacute", 0xD3},   {"Ocirc", 0xD4},    {"Ograve", 0xD2},
    {"Omega", 0x3A9},    {"Omicron", 0x39F}, {"Oslash", 0xD8},   {"Otilde", 0xD5},   {"Ouml", 0xD6},
    {"Phi", 0x3A6},      {"Pi", 0x3A0},      {"Prime", 0x2033},  {"Psi", 0x3A8},     {"Rho", 0x3A1},
    {"Scaron", 0x160},   {"Sigma", 0x3A3},   {"THORN", 0xDE},    {"Tau", 0x3A4},     {"Theta", 0x398},
    {"Uacute", 0xDA},    {"Ucirc", 0xDB},    {"Ugrave", 0xD9},   {"Upsilon", 0x3A5}, {"Uuml", 0xDC},
    {"Xi", 0x39E},       {"Yacute", 0xDD},   {"Yuml", 0x178},    {"Zeta", 0x396},    {"aacute", 0xE1},
    {"acirc", 0xE2},     {"acute", 0xB4},    {"aelig", 0xE6},    {"agrave", 0xE0},   {"alefsym", 0x2135},
    {"alpha", 0x3B1},    {"amp", 0x26},      {"and", 0x2227},    {"ang", 0x2220},    {"apos", 0x27},
    {"aring", 0xE5},     {"asymp", 0x2248},  {"atilde", 0xE3},   {"auml", 0xE4},     {"bdquo", 0x201E},
    {"beta", 0x3B2},     {"brvbar", 0xA6},   {"bull", 0x2022},   {"cap", 0x2229},    {"ccedil", 0xE7},
    {"cedil", 0xB8},     {"cent", 0xA2},     {"chi", 0x3C7},     {"circ", 0x2C6},    {"clubs", 0x2663},
    {"cong", 0x2245},    {"copy", 0xA9},     {"crarr", 0x21B5},  {"cup", 0x222A},    {"curren", 0xA4},
    {"dArr", 0x21D3},    {"dagger", 0x2020}, {"darr", 0x2193},   {"deg", 0xB0},      {"delta", 0x3B4},
    {"diams", 0x2666},   {"divide", 0xF7},   {"eacute", 0xE9},   {"ecirc", 0xEA},    {"egrave", 0xE8},
    {"empty", 0x2205},   {"emsp", 0x2003},   {"ensp", 0x2002},   {"epsilon", 0x3B5}, {"equiv", 0x2261},
    {"eta", 0x3B7},      {"eth", 0xF0},      {"euml", 0xEB},     {"euro", 0x20AC},   {"exist", 0x2203},
    {"fnof", 0x192},     {"forall", 0x2200}, {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
    {"frasl", 0x2044},   {"gamma", 0x3B3},   {"ge", 0x2265},     {"gt", 0x3E},       {"hArr", 0x21D4},
    {"harr", 0x2194},    {"hearts", 0x2665}, {"hellip", 0x2026}, {"iacute", 0xED},   {"icirc", 0xEE},
    {"iexcl", 0xA1},     {"igrave", 0xEC},   {"image", 0x2111},  {"infin", 0x221E},  {"int", 0x222B},
    {"iota", 0x3B9},     {"iquest", 0xBF},   {"isin", 0x2208},   {"iuml", 0xEF},     {"kappa", 0x3BA},
    {"lArr", 0x21D0},    {"lambda", 0x3BB},  {"lang", 0x2329},   {"laquo", 0xAB},    {"larr", 0x2190},
    {"lceil", 0x2308},   {"ldquo", 0x201C},  {"le", 0x2264},     {"lfloor", 0x230A}, {"lowast", 0x2217},
    {"loz", 0x25CA},     {"lrm", 0x200E},    {"lsaquo", 0x2039}, {"lsquo", 0x2018},  {"lt", 0x3C},
    {"macr", 0xAF},      {"mdash", 0x2014},  {"micro", 0xB5},    {"middot", 0xB7},   {"minus", 0x2212},
    {"mu", 0x3BC},       {"nabla", 0x2207},  {"nbsp", 0xA0},     {"ndash", 0x2013},  {"ne", 0x2260},
    {"ni", 0x220B},      {"not", 0xAC},      {"notin", 0x2209},  {"nsub", 0x2284},   {"ntilde", 0xF1},
    {"nu", 0x3BD},       {"oacute", 0xF3},   {"ocirc", 0xF4},    {"oelig", 0x153},   {"ograve", 0xF2},
    {"oline", 0x203E},   {"omega", 0x3C9},   {"omicron", 0x3BF}, {"oplus", 0x2295},  {"or", 0x2228},
    {"ordf", 0xAA},      {"ordm", 0xBA},     {"oslash", 0xF8},   {"otilde", 0xF5},   {"otimes", 0x2297},
    {"ouml", 0xF6},      {"para", 0xB6},     {"part", 0x2202},   {"permil", 0x2030}, {"perp", 0x22A5},
    {"phi", 0x3C6},      {"pi", 0x3C0},      {"piv", 0x3D6},     {"plusmn", 0xB1},   {"pound", 0xA3},
    {"prime", 0x2032},   {"prod", 0x220F},   {"prop", 0x221D},   {"psi", 0x3C8},     {"quot", 0x22},
    {"rArr", 0x21D2},    {"radic", 0x221A},  {"rang", 0x232A},   {"raquo", 0xBB},    {"rarr", 0x2192},
    {"rceil", 0x2309},   {"rdquo", 0x201D},  {"real", 0x211C},   {"reg", 0xAE},      {"rfloor", 0x230B},
    {"rho", 0x3C1},      {"rlm", 0x200F},    {"rsaquo", 0x203A}, {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"scaron", 0x161},   {"sdot", 0x22C5},   {"sect", 0xA7},     {"shy", 0xAD},      {"sigma", 0x3C3},
    {"sigmaf", 0x3C2},   {"sim", 0x223C},    {"spades", 0x2660}, {"sub", 0x2282},    {"sube", 0x2286},
    {"sum", 0x2211},     {"sup", 0x2283},    {"sup1", 0xB9},     {"sup2", 0xB2},     {"sup3", 0xB3},
    {"supe", 0x2287},    {"szlig", 0xDF},    {"tau", 0x3C4},     {"there4", 0x2234}, {"theta", 0x3B8},
    {"thetasym", 0x3D1}, {"thinsp", 0x2009}, {"thorn", 0xFE},    {"tilde", 0x2DC},   {"times", 0xD7},
    {"trade", 0x2122},   {"uArr", 0x21D1},   {"uacute", 0xFA},   {"uarr", 0x2191},   {"ucirc", 0xFB},
    {"ugrave", 0xF9},    {"uml", 0xA8},      {"upsih", 0x3D2},   {"upsilon", 0x3C5}, {"uuml", 0xFC},
    {"weierp", 0x2118},  {"xi", 0x3BE},      {"yacute", 0xFD},   {"yen", 0xA5},      {"yuml", 0xFF},
    {"zeta", 0x3B6},     {"zwj", 0x200D},    {"zwnj", 0x200C},
};
static_assert(isSorted(kEntities));

// What the C1 range means in real documents: references to 128-159 are Windows-1252.
constexpr char16_t kWindows1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                       0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

char32_t lookupEntity(QStringView name)
{
    qsizetype lo = 0, hi = std::size(kEntities);
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        const int cmp = name.compare(QLatin1StringView(kEntities[mid].name));
        if (cmp == 0)
            return kEntities[mid].codePoint;
        if (cmp < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

// The reference starting at s[i] == '&': its end, and the code point it stands for in `cp`. Returns i when
// there is no reference there (the '&' is text).
qsizetype decodeReference(QStringView s, qsizetype i, char32_t &cp)
{
    const qsizetype n = s.size();
    qsizetype p = i + 1;
    if (p < n && s[p] == u'#') {
        ++p;
        const bool hex = p < n && (s[p] == u'x' || s[p] == u'X');
        if (hex)
            ++p;
        const qsizetype digitsStart = p;
        char32_t value = 0;
        for (; p < n; ++p) {
            const char16_t c = s[p].unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                break;
            if (value <= 0x10FFFF)
                value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        if (p == digitsStart)
            return i;
        if (p < n && s[p] == u';')
            ++p;
        if (value >= 0x80 && value <= 0x9F)
            value = kWindows1252[value - 0x80];
        else if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        cp = value;
        return p;
    }
    while (p < n && p - i <= 32 && isAsciiAlnum(s[p]))
        ++p;
    const QStringView name = s.sliced(i + 1, p - i - 1);
    if (name.isEmpty())
        return i;
    if (p < n && s[p] == u';') {
        cp = lookupEntity(name);
        return cp ? p + 1 : i;
    }
    // Legacy references without ';' ("&amp ", "&nbsp"), only for the common few.
    for (const char *legacy : {"amp", "lt", "gt", "quot", "nbsp", "copy", "reg"}) {
        if (name == QLatin1StringView(legacy)) {
            cp = lookupEntity(name);
            return p;
        }
    }
    return i;
}

// Calls put(QChar) for each UTF-16 unit of the text with its references decoded.
template <typename Put>
void decodeText(QStringView s, Put &&put)
{
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype amp = s.indexOf(u'&', i);
        const qsizetype stop = amp < 0 ? s.size() : amp;
        for (; i < stop; ++i)
            put(s[i]);
        if (amp < 0)
            break;
        char32_t cp = 0;
        const qsizetype end = decodeReference(s, amp, cp);
        if (end == amp) {
            put(QChar(u'&'));
            i = amp + 1;
            continue;
        }
        if (QChar::requiresSurrogates(cp)) {
            put(QChar(QChar::highSurrogate(cp)));
            put(QChar(QChar::lowSurrogate(cp)));
        } else {
            put(QChar(char16_t(cp)));
        }
        i = end;
    }
}

// ---- Tokenizer ----------------------------------------------------------------------------------------

// The index of the '>' ending the tag whose attributes start at p (quotes honoured after '='), or -1.
qsizetype findTagEnd(QStringView s, qsizetype p, bool &selfClosing)
{
    const qsizetype n = s.size();
    while (p < n) {
        const QChar c = s[p];
        if (c == u'>') {
            selfClosing = s[p - 1] == u'/';
            return p;
        }
        ++p;
        if (c != u'=')
            continue;
        while (p < n && isHtmlSpace(s[p]))
            ++p;
        if (p < n && (s[p] == u'"' || s[p] == u'\'')) {
            const qsizetype close = s.indexOf(s[p], p + 1);
            if (close < 0)
                return -1;
            p = close + 1;
        }
    }
    return -1;
}

// The position after the end tag "</name ...>" closing raw text that starts at p; the end of s if none.
qsizetype skipRawText(QStringView s, qsizetype p, QStringView name)
{
    const qsizetype n = s.size();
    for (;;) {
        const qsizetype q = s.indexOf(u"</", p);
        if (q < 0)
            return n;
        const qsizetype after = q + 2 + name.size();
        if (s.sliced(q + 2).startsWith(name, Qt::CaseInsensitive) && (after >= n || endsTagName(s[after]))) {
            const qsizetype close = s.indexOf(u'>', after);
            return close < 0 ? n : close + 1;
        }
        p = q + 2;
    }
}

// The value of the attribute `name` in a tag's attribute text; null when absent.
QStringView attributeValue(QStringView attrs, QLatin1StringView name)
{
    const qsizetype n = attrs.size();
    qsizetype p = 0;
    while (p < n) {
        while (p < n && (isHtmlSpace(attrs[p]) || attrs[p] == u'/'))
            ++p;
        const qsizetype nameStart = p;
        while (p < n && !isHtmlSpace(attrs[p]) && attrs[p] != u'=' && attrs[p] != u'/')
            ++p;
        if (p == nameStart && p < n)
            ++p; // a stray '=' where a name belongs
        const QStringView attrName = attrs.sliced(nameStart, p - nameStart);
        while (p < n && isHtmlSpace(attrs[p]))
            ++p;
        QStringView value;
        if (p < n && attrs[p] == u'=') {
            ++p;
            while (p < n && isHtmlSpace(attrs[p]))
                ++p;
            if (p < n && (attrs[p] == u'"' || attrs[p] == u'\'')) {
                qsizetype close = attrs.indexOf(attrs[p], p + 1);
                if (close < 0)
                    close = n;
                value = attrs.sliced(p + 1, close - p - 1);
                p = close + 1;
            } else {
                const qsizetype start = p;
                while (p < n && !isHtmlSpace(attrs[p]))
                    ++p;
                value = attrs.sliced(start, p - start);
            }
        }
        if (attrName.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QStringView(u"") : value;
    }
    return {};
}

// Walks the markup and calls sink.text(raw text), sink.start(tag, attributes) and sink.end(tag) for
// everything that is not dropped. Unknown tags reach neither.
template <typename Sink>
void tokenize(QStringView s, Sink &sink)
{
    const qsizetype n = s.size();
    const TagInfo *skipping = nullptr; // the DropContent element being skipped
    int skipDepth = 0;
    qsizetype i = 0;
    while (i < n) {
        qsizetype lt = s.indexOf(u'<', i);
        if (lt < 0)
            lt = n;
        if (lt > i && !skipping)
            sink.text(s.sliced(i, lt - i));
        if (lt >= n)
            break;
        i = lt;
        const QChar next = i + 1 < n ? s[i + 1] : QChar();
        if (next == u'!' || next == u'?') { // comment, doctype, CDATA, processing instruction
            const bool comment = s.sliced(i).startsWith(u"<!--");
            const qsizetype close = comment ? s.indexOf(u"-->", i + 4) : s.indexOf(u'>', i + 2);
            i = close < 0 ? n : close + (comment ? 3 : 1);
            continue;
        }
        const bool isEnd = next == u'/';
        const qsizetype nameStart = i + (isEnd ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(s[nameStart])) {
            if (isEnd) { // "</>", "</ 3>": ignored
                const qsizetype close = s.indexOf(u'>', i + 2);
                i = close < 0 ? n : close + 1;
            } else { // "a < b": text
                if (!skipping)
                    sink.text(s.sliced(i, 1));
                ++i;
            }
            continue;
        }
        qsizetype p = nameStart;
        while (p < n && !endsTagName(s[p]))
            ++p;
        const QStringView name = s.sliced(nameStart, p - nameStart);
        bool selfClosing = false;
        const qsizetype close = findTagEnd(s, p, selfClosing);
        if (close < 0)
            break; // the input ends inside a tag
        const QStringView attrs = s.sliced(p, close - p);
        i = close + 1;
        const TagInfo *info = lookupTag(name);
        if (!info)
            continue;
        if (isEnd) {
            if (!skipping)
                sink.end(*info);
            else if (info == skipping && --skipDepth == 0)
                skipping = nullptr;
            continue;
        }
        if (info->flags & RawText) {
            i = skipRawText(s, i, name);
            continue;
        }
        if (skipping) {
            if (info == skipping)
                ++skipDepth;
            else if (skipping->tag == Tag::Head && info->tag == Tag::Body)
                skipping = nullptr;
            continue;
        }
        if (info->flags & DropContent) {
            if (!selfClosing) {
                skipping = info;
                skipDepth = 1;
            }
            continue;
        }
        sink.start(*info, attrs);
    }
}

// ---- Plain text ---------------------------------------------------------------------------------------

class PlainWriter
{
public:
    explicit PlainWriter(qsizetype capacity) { m_out.reserve(capacity); }

    void put(QChar c)
    {
        const char16_t u = c.unicode();
        if (u == 0x200B || u == 0xFEFF || u == 0x00AD)
            return;
        if (m_pre > 0) {
            if (u == u'\n') {
                lineBreak();
                return;
            }
            if (u == u'\r')
                return;
            if (c.isSpace()) {
                flush();
                m_out.append(u' ');
                return;
            }
        } else if (c.isSpace()) {
            m_space = true;
            return;
        }
        flush();
        m_out.append(c);
    }
    void text(QStringView raw)
    {
        decodeText(raw, [this](QChar c) { put(c); });
    }
    void start(const TagInfo &info, QStringView)
    {
        switch (info.tag) {
        case Tag::Br:
            lineBreak();
            return;
        case Tag::Li:
            ++m_li;
            block(1);
            m_bullet = true;
            return;
        case Tag::Td:
        case Tag::Th:
            m_space = true;
            return;
        case Tag::Pre:
            ++m_pre;
            break;
        default:
            break;
        }
        blockFor(info);
    }
    void end(const TagInfo &info)
    {
        switch (info.tag) {
        case Tag::Li:
            m_li = std::max(0, m_li - 1);
            m_bullet = false;
            block(1);
            return;
        case Tag::Td:
        case Tag::Th:
            m_space = true;
            return;
        case Tag::Pre:
            m_pre = std::max(0, m_pre - 1);
            break;
        default:
            break;
        }
        blockFor(info);
    }
    // Plain-text input: a newline is a line break.
    void plainText(QStringView raw)
    {
        decodeText(raw, [this](QChar c) {
            if (c == u'\n')
                lineBreak();
            else if (c != u'\r')
                put(c);
        });
    }
    QString take()
    {
        QString out = std::move(m_out).trimmed(); // only <pre> can leave spaces at the ends
        if (out.capacity() - out.size() > out.size() / 4)
            out.squeeze();
        return out;
    }

private:
    void blockFor(const TagInfo &info)
    {
        if (info.flags & Para)
            block(m_li > 0 ? 1 : 2);
        else if (info.flags & Line)
            block(1);
    }
    void block(int newlines)
    {
        m_breaks = std::max(m_breaks, newlines);
        m_space = false;
    }
    void lineBreak()
    {
        m_breaks = std::min(m_breaks + 1, 2);
        m_space = false;
    }
    // Writes the separator owed before the next character.
    void flush()
    {
        if (!m_out.isEmpty()) {
            if (m_breaks > 0)
                m_out.append(m_breaks > 1 ? u"\n\n" : u"\n");
            else if (m_space)
                m_out.append(u' ');
        }
        if (m_bullet)
            m_out.append(u"• ");
        m_breaks = 0;
        m_space = false;
        m_bullet = false;
    }

    QString m_out;
    int m_breaks = 0;
    bool m_space = false;
    bool m_bullet = false;
    int m_li = 0;
    int m_pre = 0;
};

// ---- Sanitiser ----------------------------------------------------------------------------------------

class SafeWriter
{
public:
    explicit SafeWriter(qsizetype capacity) { m_out.reserve(capacity); }

    void text(QStringView raw)
    {
        decodeText(raw, [this](QChar c) { escaped(c, false); });
    }
    void start(const TagInfo &info, QStringView attrs)
    {
        if (!(info.flags & (Keep | AsDiv)) || m_open.size() >= maxDepth)
            return;
        if (info.flags & ClosesP)
            closeOpen([](Tag t) { return t == Tag::P; }, isScopeEdge);
        switch (info.tag) {
        case Tag::Li:
            closeOpen([](Tag t) { return t == Tag::Li; }, [](Tag t) { return t == Tag::Ul || t == Tag::Ol; });
            break;
        case Tag::Td:
        case Tag::Th:
            closeOpen([](Tag t) { return t == Tag::Td || t == Tag::Th; },
                      [](Tag t) { return t == Tag::Tr || t == Tag::Table; });
            break;
        case Tag::Tr:
            closeOpen([](Tag t) { return t == Tag::Tr; }, isTableSection);
            break;
        case Tag::Thead:
        case Tag::Tbody:
        case Tag::Tfoot:
            closeOpen([](Tag t) { return t == Tag::Thead || t == Tag::Tbody || t == Tag::Tfoot; },
                      [](Tag t) { return t == Tag::Table; });
            break;
        case Tag::A:
            closeOpen([](Tag t) { return t == Tag::A; }, [](Tag) { return false; });
            return link(info, attrs);
        default:
            break;
        }
        const TagInfo &written = (info.flags & AsDiv) ? kDiv : info;
        m_out.append(u'<');
        m_out.append(QLatin1StringView(written.name));
        m_out.append(u'>');
        if (!(info.flags & Void))
            m_open.append({&info, written.name});
    }
    void end(const TagInfo &info)
    {
        for (qsizetype k = m_open.size() - 1; k >= 0; --k) {
            if (m_open[k].source == &info) {
                closeTo(k);
                return;
            }
        }
    }
    QString take()
    {
        closeTo(0);
        if (m_out.capacity() - m_out.size() > m_out.size() / 4)
            m_out.squeeze();
        return std::move(m_out);
    }

private:
    static constexpr qsizetype maxDepth = 256;
    struct Open
    {
        const TagInfo *source;
        const char *written;
    };

    static bool isScopeEdge(Tag t) { return t == Tag::Td || t == Tag::Th || t == Tag::Table; }
    static bool isTableSection(Tag t)
    {
        return t == Tag::Thead || t == Tag::Tbody || t == Tag::Tfoot || t == Tag::Table;
    }

    void escaped(QChar c, bool attribute)
    {
        switch (c.unicode()) {
        case u'&':
            m_out.append(u"&amp;");
            break;
        case u'<':
            m_out.append(u"&lt;");
            break;
        case u'>':
            m_out.append(u"&gt;");
            break;
        case u'"':
            if (attribute)
                m_out.append(u"&quot;");
            else
                m_out.append(c);
            break;
        case 0:
            break;
        default:
            m_out.append(c);
        }
    }
    // Closes the innermost open element matching `match`, unless `edge` stops the search first.
    template <typename Match, typename Edge>
    void closeOpen(Match match, Edge edge)
    {
        for (qsizetype k = m_open.size() - 1; k >= 0; --k) {
            const Tag t = m_open[k].source->tag;
            if (match(t)) {
                closeTo(k);
                return;
            }
            if (edge(t))
                return;
        }
    }
    void closeTo(qsizetype depth)
    {
        while (m_open.size() > depth) {
            m_out.append(u"</");
            m_out.append(QLatin1StringView(m_open.last().written));
            m_out.append(u'>');
            m_open.removeLast();
        }
    }
    void link(const TagInfo &info, QStringView attrs)
    {
        QString href;
        decodeText(attributeValue(attrs, QLatin1StringView("href")), [&href](QChar c) {
            if (c.unicode() > u' ' && c.unicode() != 0x7F && c != QChar(0x00A0))
                href.append(c);
        });
        // Feeds sometimes keep the JSON quotes: href="%22https://example.com%22".
        for (QStringView junk : {QStringView(u"%22"), QStringView(u"\""), QStringView(u"'")}) {
            if (href.startsWith(junk) && href.endsWith(junk) && href.size() > 2 * junk.size()) {
                href.chop(junk.size());
                href.remove(0, junk.size());
            }
        }
        const bool safe = href.startsWith(u"http://", Qt::CaseInsensitive) ||
                          href.startsWith(u"https://", Qt::CaseInsensitive) ||
                          href.startsWith(u"mailto:", Qt::CaseInsensitive);
        if (!safe)
            return; // the link text stays, as text
        m_out.append(u"<a href=\"");
        for (QChar c : std::as_const(href))
            escaped(c, true);
        m_out.append(u"\">");
        m_open.append({&info, info.name});
    }

    QString m_out;
    QVarLengthArray<Open, 32> m_open;
};

} // namespace

bool looksLikeHtml(QStringView text)
{
    for (qsizetype i = text.indexOf(u'<'); i >= 0; i = text.indexOf(u'<', i + 1)) {
        qsizetype p = i + 1;
        if (text.sliced(i).startsWith(u"<!--"))
            return true;
        if (p < text.size() && text[p] == u'/')
            ++p;
        const qsizetype nameStart = p;
        while (p < text.size() && isAsciiAlnum(text[p]))
            ++p;
        if (p == nameStart || (p < text.size() && !endsTagName(text[p])))
            continue;
        if (lookupTag(text.sliced(nameStart, p - nameStart)))
            return true;
    }
    return false;
}

QString htmlToPlainText(QStringView html)
{
    PlainWriter writer(html.size());
    if (looksLikeHtml(html))
        tokenize(html, writer);
    else
        writer.plainText(html);
    return writer.take();
}

QString sanitizeHtml(QStringView html)
{
    SafeWriter writer(html.size() + 16);
    tokenize(html, writer);
    return writer.take();
}

} // namespace jobdesk
