#include "import/salaryparser.h"

#include <QVarLengthArray>
#include <algorithm>

namespace jobdesk {
namespace {

// How a currency was written: a bare '$', '¥' or "kr" is a family the hint may narrow.
enum class Family : quint8
{
    None,
    Dollar,
    Yen,
    Krona
};

enum class Kind : quint8
{
    Number,
    Currency,
    Period,
    RangeSep,
    MaxOnly,
    MinOnly,
    Between,
    And,
    Plus,
    Slash,
    Word
};

struct Token
{
    Kind kind;
    qsizetype begin = 0;
    qsizetype end = 0;
    double value = 0;           // Number: before the suffix
    double mult = 1;            // Number: the suffix's factor
    bool usable = true;         // Number: may be read as an amount; Word: a known word
    const char *code = nullptr; // Currency: ISO code, null for "kr"
    bool strong = true;         // Currency: false for a bare '$' or '¥'
    Family family = Family::None;
    SalaryPeriod period = SalaryPeriod::Unknown;
    bool hasMult() const { return mult != 1; }
};
using Tokens = QVarLengthArray<Token, 24>;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isSpaceGroup(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\'' ||
           c == QChar(0x2019);
}
bool isPointGroup(QChar c)
{
    return c == u'.' || c == u',';
}

constexpr SalaryPeriod H = SalaryPeriod::Hour, D = SalaryPeriod::Day, W = SalaryPeriod::Week,
                       M = SalaryPeriod::Month, Y = SalaryPeriod::Year;

struct PeriodWord
{
    const char *word;
    SalaryPeriod period;
};
const PeriodWord kPeriodWords[] = {
    {"hour", H},  {"hr", H},     {"hourly", H},   {"ph", H},   {"day", D},   {"daily", D},
    {"week", W},  {"weekly", W}, {"wk", W},       {"pw", W},   {"month", M}, {"monthly", M},
    {"mo", M},    {"mth", M},    {"pcm", M},      {"year", Y}, {"yr", Y},    {"yearly", Y},
    {"annum", Y}, {"annual", Y}, {"annually", Y}, {"pa", Y},
};
// Single letters that name a period only right after a slash ("$25/h", "3000/m").
const PeriodWord kSlashPeriods[] = {{"h", H}, {"d", D}, {"w", W}, {"m", M}, {"y", Y}, {"a", Y}};

struct CurrencyWord
{
    const char *word;
    const char *code; // null: the hint decides
    Family family;
};
const CurrencyWord kCurrencyWords[] = {
    {"usd", "USD", Family::None},    {"eur", "EUR", Family::None},      {"gbp", "GBP", Family::None},
    {"cad", "CAD", Family::None},    {"aud", "AUD", Family::None},      {"chf", "CHF", Family::None},
    {"pln", "PLN", Family::None},    {"inr", "INR", Family::None},      {"uah", "UAH", Family::None},
    {"euro", "EUR", Family::None},   {"euros", "EUR", Family::None},    {"pound", "GBP", Family::None},
    {"pounds", "GBP", Family::None}, {"rupee", "INR", Family::None},    {"rupees", "INR", Family::None},
    {"zl", "PLN", Family::None},     {"dollar", "USD", Family::Dollar}, {"dollars", "USD", Family::Dollar},
    {"kr", nullptr, Family::Krona},
};

struct Keyword
{
    const char *word;
    Kind kind;
};
// Kind::Word entries carry nothing but do not make the text look unrelated to money.
const Keyword kKeywords[] = {
    {"to", Kind::RangeSep},      {"upto", Kind::MaxOnly},  {"max", Kind::MaxOnly},
    {"maximum", Kind::MaxOnly},  {"until", Kind::MaxOnly}, {"under", Kind::MaxOnly},
    {"from", Kind::MinOnly},     {"min", Kind::MinOnly},   {"minimum", Kind::MinOnly},
    {"starting", Kind::MinOnly}, {"least", Kind::MinOnly}, {"between", Kind::Between},
    {"and", Kind::And},          {"at", Kind::Word},       {"an", Kind::Word},
    {"per", Kind::Word},         {"salary", Kind::Word},   {"base", Kind::Word},
    {"gross", Kind::Word},       {"net", Kind::Word},      {"est", Kind::Word},
    {"glassdoor", Kind::Word},   {"employer", Kind::Word}, {"provided", Kind::Word},
    {"pay", Kind::Word},         {"rate", Kind::Word},     {"range", Kind::Word},
    {"k", Kind::Word},
};

// ISO codes recognised only in capitals, as their lowercase forms are often English words.
const char *const kUpperCodes[] = {
    "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "PLN", "INR", "UAH", "JPY", "CNY", "SEK", "NOK", "DKK",
    "ISK", "CZK", "HUF", "RON", "BGN", "RUB", "BRL", "MXN", "ZAR", "SGD", "HKD", "ILS", "TRY", "AED", "SAR",
    "KRW", "PHP", "NGN", "KES", "EGP", "ARS", "CLP", "COP", "PEN", "IDR", "MYR", "THB", "VND", "TWD"};

struct Prefix
{
    const char *prefix;
    const char *code;
};
const Prefix kDollarPrefixes[] = {{"ca", "CAD"},  {"c", "CAD"},   {"cad", "CAD"}, {"a", "AUD"},
                                  {"au", "AUD"},  {"aud", "AUD"}, {"nz", "NZD"},  {"us", "USD"},
                                  {"usd", "USD"}, {"hk", "HKD"},  {"s", "SGD"},   {"sg", "SGD"},
                                  {"mx", "MXN"},  {"r", "BRL"},   {"nt", "TWD"}};

const char *const kDollarCodes[] = {"USD", "CAD", "AUD", "NZD", "SGD", "HKD",
                                    "MXN", "TWD", "ARS", "CLP", "COP"};
const char *const kYenCodes[] = {"JPY", "CNY"};
const char *const kKronaCodes[] = {"SEK", "NOK", "DKK", "ISK"};

bool equalsCi(QStringView word, const char *latin1)
{
    return word.compare(QLatin1StringView(latin1), Qt::CaseInsensitive) == 0;
}

bool contains(const char *const *codes, size_t count, QAnyStringView code)
{
    for (size_t k = 0; k < count; ++k) {
        if (QAnyStringView::compare(code, QLatin1StringView(codes[k])) == 0)
            return true;
    }
    return false;
}

// Whether the ISO code is one a family's bare symbol can stand for ("CAD" for '$').
bool inFamily(Family family, QAnyStringView code)
{
    switch (family) {
    case Family::Dollar:
        return contains(kDollarCodes, std::size(kDollarCodes), code);
    case Family::Yen:
        return contains(kYenCodes, std::size(kYenCodes), code);
    case Family::Krona:
        return contains(kKronaCodes, std::size(kKronaCodes), code);
    case Family::None:
        break;
    }
    return false;
}

// The symbol's code, strength and family; false when c is no currency symbol.
bool symbolCurrency(QChar c, Token &t)
{
    struct Symbol
    {
        char16_t ch;
        const char *code;
    };
    static const Symbol symbols[] = {{u'€', "EUR"}, {u'£', "GBP"}, {u'₹', "INR"}, {u'₩', "KRW"},
                                     {u'₽', "RUB"}, {u'₴', "UAH"}, {u'₺', "TRY"}, {u'₪', "ILS"},
                                     {u'₱', "PHP"}, {u'₦', "NGN"}, {u'₫', "VND"}, {u'฿', "THB"}};
    t.kind = Kind::Currency;
    if (c == u'$') {
        t.code = "USD";
        t.strong = false;
        t.family = Family::Dollar;
        return true;
    }
    if (c == u'¥' || c == QChar(0xFFE5)) {
        t.code = "JPY";
        t.strong = false;
        t.family = Family::Yen;
        return true;
    }
    for (const Symbol &s : symbols) {
        if (c == QChar(s.ch)) {
            t.code = s.code;
            return true;
        }
    }
    return false;
}

struct Suffix
{
    qsizetype end;
    double mult = 1;
    bool lakhsPerYear = false; // "LPA": lakhs per annum, an Indian salary
};

qsizetype letterRunEnd(QStringView s, qsizetype i)
{
    while (i < s.size() && s[i].isLetter())
        ++i;
    return i;
}

// A multiplier word right after a number (at most one space between): k, M, lakh, crore, LPA ...
Suffix scanSuffix(QStringView s, qsizetype at)
{
    qsizetype p = at;
    if (p < s.size() && s[p] == u' ')
        ++p;
    const qsizetype e = letterRunEnd(s, p);
    const QStringView w = s.sliced(p, e - p);
    if (w.isEmpty())
        return {at};
    if (w == u"k" || w == u"K")
        return {e, 1e3};
    if (w == u"M" && p == at)
        return {e, 1e6};
    if (equalsCi(w, "mn") || equalsCi(w, "mil") || equalsCi(w, "million"))
        return {e, 1e6};
    if (equalsCi(w, "thousand"))
        return {e, 1e3};
    if (equalsCi(w, "lakh") || equalsCi(w, "lakhs") || equalsCi(w, "lac") || equalsCi(w, "lacs"))
        return {e, 1e5};
    if (equalsCi(w, "lpa"))
        return {e, 1e5, true};
    if (equalsCi(w, "cr") || equalsCi(w, "crore") || equalsCi(w, "crores"))
        return {e, 1e7};
    return {at};
}

// Reads the digits, group separators and suffix of the number at i; see the header for the rules.
Token scanNumber(QStringView s, qsizetype i, bool *lakhsPerYear)
{
    constexpr int maxRuns = 8;
    qsizetype runStart[maxRuns];
    qsizetype runLen[maxRuns];
    QChar sep[maxRuns];
    int n = 0;
    auto runEnd = [&](qsizetype k) {
        while (k < s.size() && isDigit(s[k]))
            ++k;
        return k;
    };
    qsizetype j = runEnd(i);
    runStart[0] = i;
    runLen[0] = j - i;
    n = 1;
    while (n < maxRuns && j + 1 < s.size() && isDigit(s[j + 1])) {
        const QChar c = s[j];
        if (!isSpaceGroup(c) && !isPointGroup(c))
            break;
        const qsizetype e = runEnd(j + 1);
        const qsizetype len = e - (j + 1);
        if (isSpaceGroup(c)) {
            // "18 000", "120'000": every later group has three digits, and spaces never follow points.
            if (len != 3 || runLen[n - 1] > 3 || (n > 1 && (runLen[n - 1] != 3 || !isSpaceGroup(sep[n - 2]))))
                break;
        }
        sep[n - 1] = c;
        runStart[n] = j + 1;
        runLen[n] = len;
        ++n;
        j = e;
    }

    Token t{Kind::Number, i, j};
    const Suffix suffix = scanSuffix(s, j);
    t.end = suffix.end;
    t.mult = suffix.mult;

    // Which separator, if any, is the decimal point.
    bool decimal = false;
    bool valid = true;
    if (n > 1) {
        const QChar last = sep[n - 2];
        bool allSame = true;
        for (int k = 0; k + 1 < n - 1; ++k)
            allSame = allSame && sep[k] == last;
        if (!allSame) {
            decimal = isPointGroup(last);
            valid = decimal;
            for (int k = 0; k + 1 < n - 1; ++k)
                valid = valid && sep[k] == sep[0] && sep[k] != last;
        } else if (isPointGroup(last) && n == 2) {
            decimal = t.hasMult() || runLen[1] != 3;
        }
    }
    const int intRuns = decimal ? n - 1 : n;
    if (intRuns > 1) {
        bool western = runLen[0] <= 3;
        bool indian = sep[0] == u',' && intRuns >= 3 && runLen[0] <= 2 && runLen[intRuns - 1] == 3;
        for (int k = 1; k < intRuns; ++k) {
            western = western && runLen[k] == 3;
            indian = indian && (k == intRuns - 1 || runLen[k] == 2);
        }
        valid = valid && (western || indian);
    }
    qsizetype digits = 0;
    double value = 0;
    for (int k = 0; k < intRuns; ++k) {
        for (qsizetype p = runStart[k]; p < runStart[k] + runLen[k]; ++p)
            value = value * 10 + (s[p].unicode() - u'0');
        digits += runLen[k];
    }
    if (decimal) {
        double scale = 0.1;
        for (qsizetype p = runStart[n - 1]; p < runStart[n - 1] + runLen[n - 1]; ++p, scale /= 10)
            value += scale * (s[p].unicode() - u'0');
    }
    t.value = value;
    t.usable = valid && digits <= 15 && value > 0;

    // "401k" and "401(k)" are a US pension plan, not an amount.
    if (n == 1 && value == 401) {
        if (t.mult == 1e3 && suffix.end == j + 1) {
            t.usable = false;
        } else if (s.sliced(j).startsWith(u"(k)", Qt::CaseInsensitive)) {
            t.usable = false;
            t.end = j + 3;
        }
    }
    if (lakhsPerYear)
        *lakhsPerYear = suffix.lakhsPerYear;
    return t;
}

// Classifies a known word into t (kind and payload); false for a word the parser does not know.
bool classifyWord(QStringView w, bool afterSlash, Token &t)
{
    for (const PeriodWord &p : kPeriodWords) {
        if (equalsCi(w, p.word)) {
            t.kind = Kind::Period;
            t.period = p.period;
            return true;
        }
    }
    for (const PeriodWord &p : kSlashPeriods) {
        if (afterSlash && equalsCi(w, p.word)) {
            t.kind = Kind::Period;
            t.period = p.period;
            return true;
        }
    }
    for (const CurrencyWord &c : kCurrencyWords) {
        if (equalsCi(w, c.word)) {
            t.kind = Kind::Currency;
            t.code = c.code;
            t.family = c.family;
            t.strong = c.family == Family::None;
            return true;
        }
    }
    for (const Keyword &k : kKeywords) {
        if (equalsCi(w, k.word)) {
            t.kind = k.kind;
            return true;
        }
    }
    return false;
}

const char *upperCode(QStringView w)
{
    if (w.size() != 3)
        return nullptr;
    for (const char *code : kUpperCodes) {
        if (w == QLatin1StringView(code))
            return code;
    }
    return nullptr;
}

bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2212);
}

// The word at i: a prefixed dollar ("CA$"), "p.a.", "up to", an ISO code or a known word. An unknown
// word comes back as Kind::Word with usable == false.
Token scanWord(QStringView s, qsizetype i, bool afterSlash)
{
    const qsizetype e = letterRunEnd(s, i);
    const QStringView w = s.sliced(i, e - i);
    Token t{Kind::Word, i, e};
    if (e < s.size() && s[e] == u'$') {
        for (const Prefix &p : kDollarPrefixes) {
            if (equalsCi(w, p.prefix)) {
                t.kind = Kind::Currency;
                t.code = p.code;
                t.end = e + 1;
                return t;
            }
        }
    }
    if ((w == u"p" || w == u"P") && s.sliced(e).startsWith(u".a", Qt::CaseInsensitive) &&
        (e + 2 == s.size() || !s[e + 2].isLetter())) {
        t.kind = Kind::Period;
        t.period = SalaryPeriod::Year;
        t.end = e + 2 < s.size() && s[e + 2] == u'.' ? e + 3 : e + 2;
        return t;
    }
    if (equalsCi(w, "up")) {
        qsizetype p = e;
        while (p < s.size() && s[p].isSpace())
            ++p;
        const qsizetype pe = letterRunEnd(s, p);
        if (equalsCi(s.sliced(p, pe - p), "to")) {
            t.kind = Kind::MaxOnly;
            t.end = pe;
            return t;
        }
    }
    if (w.compare(u"zł", Qt::CaseInsensitive) == 0) {
        t.kind = Kind::Currency;
        t.code = "PLN";
    } else if (const char *code = upperCode(w)) {
        t.kind = Kind::Currency;
        t.code = code;
    } else if (!classifyWord(w, afterSlash, t)) {
        t.usable = false;
    }
    return t;
}

Tokens tokenize(QStringView s, bool &unknownWords)
{
    Tokens out;
    unknownWords = false;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        const Token *prev = out.isEmpty() ? nullptr : &out.last();
        Token t{Kind::Currency, i, i + 1};
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (isDash(c) && i + 1 < s.size() && isDigit(s[i + 1]) && !(prev && prev->kind == Kind::Number)) {
            // A negative number ("-1" is Glassdoor's "no estimate"): never an amount.
            t = scanNumber(s, i + 1, nullptr);
            t.begin = i;
            t.usable = false;
        } else if (isDigit(c)) {
            bool lakhsPerYear = false;
            t = scanNumber(s, i, &lakhsPerYear);
            if (lakhsPerYear) { // "18 LPA" names the period and, unless the text says otherwise, INR
                out.append(t);
                t = Token{Kind::Period, t.end, t.end};
                t.period = SalaryPeriod::Year;
                out.append(t);
                t.kind = Kind::Currency;
                t.code = "INR";
                t.strong = false;
            }
        } else if (c.isLetter()) {
            t = scanWord(s, i, prev && prev->kind == Kind::Slash && prev->end == i);
            unknownWords = unknownWords || (t.kind == Kind::Word && !t.usable);
        } else if (symbolCurrency(c, t)) {
            // t is the currency
        } else if (isDash(c) || c == u'~') {
            t.kind = Kind::RangeSep;
        } else if (c == u'+') {
            t.kind = Kind::Plus;
        } else if (c == u'/') {
            t.kind = Kind::Slash;
        } else {
            // "10% bonus": the number before is a share, not an amount. Other punctuation carries nothing.
            if (c == u'%' && prev && prev->kind == Kind::Number)
                out.last().usable = false;
            ++i;
            continue;
        }
        i = t.end;
        out.append(t);
    }
    // A number glued to an unknown word is part of a name ("H1B", "5G", "5years").
    const auto unknown = [](const Token &w) { return w.kind == Kind::Word && !w.usable; };
    for (qsizetype k = 0; k < out.size(); ++k) {
        Token &t = out[k];
        if (t.kind == Kind::Number &&
            ((k > 0 && unknown(out[k - 1]) && out[k - 1].end == t.begin) ||
             (k + 1 < out.size() && unknown(out[k + 1]) && out[k + 1].begin == t.end)))
            t.usable = false;
    }
    return out;
}

struct Group
{
    qsizetype lo = -1; // token indices of the bounds; hi == lo for one amount
    qsizetype hi = -1;
    bool minOnly = false;
    bool maxOnly = false;
    qsizetype currency = -1; // token index of the group's own currency
    bool hasEvidence = false;
};

void takeCurrency(const Tokens &t, qsizetype k, Group &g)
{
    if (k < 0 || k >= t.size() || t[k].kind != Kind::Currency)
        return;
    if (g.currency < 0 || (t[k].strong && !t[g.currency].strong))
        g.currency = k;
}

// The amount group starting at the usable number a: its range partner, modifiers and currency.
Group groupAt(const Tokens &t, qsizetype a)
{
    Group g;
    g.lo = g.hi = a;
    bool between = false;
    for (qsizetype k = a - 1; k >= 0; --k) {
        const Kind kind = t[k].kind;
        if (kind == Kind::Currency) {
            takeCurrency(t, k, g);
        } else if (kind == Kind::Word && t[k].usable) {
            continue; // "starting at $50k"
        } else {
            g.maxOnly = kind == Kind::MaxOnly;
            g.minOnly = kind == Kind::MinOnly;
            between = kind == Kind::Between;
            break;
        }
    }
    qsizetype k = a + 1;
    // "$25/hr - $30/hr": a currency or a period may come between a bound and the dash.
    for (; k < t.size() &&
           (t[k].kind == Kind::Currency || t[k].kind == Kind::Period || t[k].kind == Kind::Slash);
         ++k)
        takeCurrency(t, k, g);
    if (k < t.size() && (t[k].kind == Kind::RangeSep || (between && t[k].kind == Kind::And))) {
        qsizetype b = k + 1;
        const qsizetype currencyStart = b;
        while (b < t.size() && t[b].kind == Kind::Currency)
            ++b;
        if (b < t.size() && t[b].kind == Kind::Number && t[b].usable) {
            for (qsizetype c = currencyStart; c < b; ++c)
                takeCurrency(t, c, g);
            g.hi = b;
            g.minOnly = g.maxOnly = false;
            k = b + 1;
            while (k < t.size() && t[k].kind == Kind::Currency)
                takeCurrency(t, k++, g);
        }
    }
    if (g.lo == g.hi && k < t.size() && t[k].kind == Kind::Plus && t[k].begin == t[k - 1].end) {
        g.minOnly = true; // "€55k+"
        g.maxOnly = false;
    }
    g.hasEvidence = g.currency >= 0 || t[g.lo].hasMult() || t[g.hi].hasMult();
    return g;
}

QString resolveCurrency(const Token *written, QStringView hintIn)
{
    QString hint = hintIn.trimmed().toString().toUpper();
    const bool hintValid = hint.size() == 3 && std::all_of(hint.cbegin(), hint.cend(),
                                                           [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (!hintValid)
        hint.clear();
    if (!written)
        return hint;
    if (!written->strong && inFamily(written->family, hint))
        return hint;
    return written->code ? QString::fromLatin1(written->code) : QString();
}

} // namespace

std::optional<Salary> parseSalary(QStringView text, QStringView currencyHint)
{
    bool unknownWords = false;
    const Tokens t = tokenize(text, unknownWords);

    std::optional<Group> chosen;
    for (qsizetype k = 0; k < t.size(); ++k) {
        if (t[k].kind != Kind::Number || !t[k].usable)
            continue;
        const Group g = groupAt(t, k);
        if (!chosen)
            chosen = g;
        if (g.hasEvidence) {
            chosen = g;
            break;
        }
        k = g.hi;
    }
    if (!chosen)
        return std::nullopt;

    // The group's own currency; else the text's first explicit one, else its first symbol. A code elsewhere
    // still narrows the group's bare '$' ("$95,000 a year, CAD").
    const Token *currency = chosen->currency >= 0 ? &t[chosen->currency] : nullptr;
    const Token *anyCurrency = nullptr;
    const Token *period = nullptr;
    for (const Token &tok : t) {
        if (tok.kind == Kind::Currency && (!anyCurrency || (tok.strong && !anyCurrency->strong)))
            anyCurrency = &tok;
        if (tok.kind == Kind::Currency && tok.strong && tok.code && currency && !currency->strong &&
            inFamily(currency->family, QLatin1StringView(tok.code)))
            currency = &tok;
        if (tok.kind == Kind::Period && !period)
            period = &tok;
    }
    if (!currency)
        currency = anyCurrency;
    if (!chosen->hasEvidence && !currency && !period && unknownWords)
        return std::nullopt; // "25 days holiday": numbers, but nothing says they are money

    const Token &a = t[chosen->lo];
    const Token &b = t[chosen->hi];
    double lo = a.value * a.mult;
    double hi = b.value * b.mult;
    if (chosen->lo != chosen->hi) {
        // A suffix written once ("$90-115k") also applies to the bare bound when that keeps lo <= hi.
        if (a.hasMult() && !b.hasMult() && b.value < 1000 && b.value * a.mult >= lo)
            hi = b.value * a.mult;
        else if (!a.hasMult() && b.hasMult() && a.value < 1000 && a.value * b.mult <= hi)
            lo = a.value * b.mult;
        if (lo > hi)
            std::swap(lo, hi);
    }

    Salary salary;
    if (!chosen->maxOnly)
        salary.min = lo;
    if (!chosen->minOnly)
        salary.max = hi;
    salary.currency = resolveCurrency(currency, currencyHint);
    if (period)
        salary.period = period->period;
    else if (std::min(lo, hi) >= 10000)
        salary.period = SalaryPeriod::Year;
    return salary;
}

std::optional<double> parseAmount(QStringView text)
{
    bool unknownWords = false;
    const Tokens t = tokenize(text, unknownWords);
    const Token *number = nullptr;
    for (const Token &tok : t) {
        if (tok.kind == Kind::Number && !number)
            number = &tok;
        else if (tok.kind != Kind::Currency)
            return std::nullopt;
    }
    if (!number || !number->usable)
        return std::nullopt;
    return number->value * number->mult;
}

} // namespace jobdesk
