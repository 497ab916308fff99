// The trie and the boundary rule of SkillMatcher. The rule is written once, here and in docs/skills.md:
//   - word characters are letters, digits, combining marks and '_'; everything else separates words;
//   - a surface that begins with a word character must not follow one ("Java" is not in "JavaScript"'s
//     tail, "SQL" not in "MySQL"); one that begins otherwise (".NET") may follow anything;
//   - a surface that ends with a word character must not be followed by one ("Scala" ≠ "Scalability",
//     "Go" ≠ "good"), except by a version number: a surface of two or more characters ending in a letter
//     may be followed by digits with dotted parts ("HTML5", "Python3.12", "Qt6"), a one-letter surface
//     by exactly two digits ("C99", "C11", but not the language level "C1"); the version is not part of
//     the match; a surface ending otherwise ("C++", "C#") may be followed by anything ("C++17");
//   - a one-letter surface ("C", "R") must not be joined to a neighbouring word by '-', '&', '\'' or '.'
//     ("C-level", "R&D", "Objective-C", "R's");
//   - letters are compared case-folded, code unit by code unit so offsets stay those of the text;
//     typographic apostrophes and hyphens fold to ASCII, and a run of spaces (NBSP included, line breaks
//     not) matches one space of a surface.
#include "skills/skillmatcher.h"

#include "skills/skillsections.h"

#include <array>
#include <map>

namespace jobdesk {
namespace {

constexpr quint16 ClassMask = 0x3fff;
constexpr quint16 SpaceBit = 0x4000;
constexpr quint16 WordBit = 0x8000;

enum TermFlag : quint8
{
    StartsWord = 1 << 0,
    EndsWord = 1 << 1,
    Versioned = 1 << 2,   // ends in a letter: may be followed by a version number
    SingleLetter = 1 << 3 // one letter and nothing else
};

bool isLineBreak(char16_t u)
{
    return u == u'\n' || u == u'\r' || u == 0x0b || u == 0x0c || u == 0x85 || u == 0x2028 || u == 0x2029;
}

// The properties every matcher shares: folded code unit and word/space bits, per UTF-16 code unit.
struct CharTables
{
    std::array<char16_t, 65536> fold;
    std::array<quint16, 65536> bits;

    CharTables()
    {
        for (char32_t u = 0; u < 65536; ++u) {
            const auto unit = static_cast<char16_t>(u);
            const QChar c(unit);
            char16_t folded = unit;
            quint16 flags = 0;
            if (c.isSurrogate()) {
                // A lone half of a pair is neither a letter nor a space; supplementary characters
                // (emoji bullets, mostly) separate words.
            } else if (c.isSpace()) {
                if (!isLineBreak(unit)) {
                    folded = u' ';
                    flags = SpaceBit;
                }
            } else if (unit == 0x2018 || unit == 0x2019 || unit == 0x02bc) {
                folded = u'\'';
            } else if (unit == 0x2010 || unit == 0x2011) {
                folded = u'-';
            } else {
                folded = static_cast<char16_t>(QChar::toCaseFolded(u));
                if (c.isLetterOrNumber() || c.isMark() || unit == u'_')
                    flags = WordBit;
            }
            fold[u] = folded;
            bits[u] = flags;
        }
    }
};

const CharTables &charTables()
{
    static const CharTables tables; // thread-safe initialisation
    return tables;
}

bool isJoiner(char16_t folded)
{
    return folded == u'-' || folded == u'&' || folded == u'\'' || folded == u'.';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The surface as the matcher compares it: folded, trimmed, inner space runs collapsed to one.
std::u16string foldSurface(const QString &surface)
{
    const CharTables &tables = charTables();
    std::u16string folded;
    folded.reserve(surface.size());
    for (const QChar c : surface) {
        const char16_t u = tables.fold[c.unicode()];
        if (u == u' ' || isLineBreak(u)) {
            if (!folded.empty() && folded.back() != u' ')
                folded.push_back(u' ');
        } else {
            folded.push_back(u);
        }
    }
    while (!folded.empty() && folded.back() == u' ')
        folded.pop_back();
    return folded;
}

quint8 termFlags(const std::u16string &folded)
{
    const CharTables &tables = charTables();
    const auto isWord = [&](char16_t u) { return (tables.bits[u] & WordBit) != 0; };
    quint8 flags = 0;
    if (isWord(folded.front()))
        flags |= StartsWord;
    if (isWord(folded.back())) {
        flags |= EndsWord;
        if (QChar(folded.back()).isLetter())
            flags |= Versioned;
    }
    if (folded.size() == 1 && QChar(folded.front()).isLetter())
        flags |= SingleLetter;
    return flags;
}

} // namespace

bool SkillMatcher::isWordChar(QChar c)
{
    return (charTables().bits[c.unicode()] & WordBit) != 0;
}

bool SkillMatcher::isSpaceChar(QChar c)
{
    return (charTables().bits[c.unicode()] & SpaceBit) != 0;
}

SkillMatcher::SkillMatcher(const QList<SkillTerm> &terms)
{
    const CharTables &tables = charTables();
    const QStringList &cuePhrases = optionalCuePhrases();
    // The skills' surfaces, then the cue phrases'.
    std::vector<std::u16string> surfaces;
    surfaces.reserve(size_t(terms.size() + cuePhrases.size()));
    for (const SkillTerm &term : terms)
        surfaces.push_back(foldSurface(term.surface));
    for (const QString &phrase : cuePhrases)
        surfaces.push_back(foldSurface(phrase));

    // Character classes: one per distinct folded code unit the surfaces use, 0 for all others.
    std::vector<qint32> classOf(65536, 0);
    for (const std::u16string &surface : surfaces) {
        for (const char16_t u : surface) {
            if (classOf[u] == 0 && m_classCount <= ClassMask)
                classOf[u] = m_classCount++;
        }
    }

    // The trie, first with sparse edges (node → class → node), then packed into the double array.
    std::vector<std::map<qint32, qint32>> edges(1);
    std::vector<qint32> termOfNode(1, -1), cueOfNode(1, -1);
    for (size_t t = 0; t < surfaces.size(); ++t) {
        const std::u16string &surface = surfaces[t];
        qint32 node = 0;
        bool complete = !surface.empty();
        for (const char16_t u : surface) {
            const qint32 cls = classOf[u];
            if (cls == 0) { // more distinct characters than classes: the surface cannot match
                complete = false;
                break;
            }
            const auto [it, added] = edges[size_t(node)].try_emplace(cls, qint32(edges.size()));
            const qint32 target = it->second; // read before emplace_back() moves the maps
            if (added) {
                edges.emplace_back();
                termOfNode.push_back(-1);
                cueOfNode.push_back(-1);
            }
            node = target;
        }
        if (!complete)
            continue;
        if (t < size_t(terms.size())) {
            if (termOfNode[size_t(node)] < 0) {
                termOfNode[size_t(node)] = qint32(m_terms.size());
                m_terms.push_back({terms[qsizetype(t)].skillId, termFlags(surface)});
            }
        } else if (cueOfNode[size_t(node)] < 0) {
            cueOfNode[size_t(node)] = qint32(m_cues.size());
            m_cues.push_back({0, termFlags(surface)});
        }
    }
    if (m_terms.empty() && m_cues.empty())
        return;
    pack(edges, termOfNode, cueOfNode);

    m_charInfo.resize(65536);
    for (size_t u = 0; u < 65536; ++u)
        m_charInfo[u] = quint16(classOf[tables.fold[u]]) | tables.bits[u];
}

// Double-array packing (Aoe's base/check): node by node in breadth-first order, the smallest base at
// which every child's slot (base + class) is free. Shallow nodes, which every word start visits, end up
// close together at the front.
void SkillMatcher::pack(const std::vector<std::map<qint32, qint32>> &edges,
                        const std::vector<qint32> &termOfNode, const std::vector<qint32> &cueOfNode)
{
    const auto classes = size_t(m_classCount);
    m_cells.assign(classes + 1, Cell{});
    m_cells[0].check = -2; // the root is nobody's child
    std::vector<qint32> slotOf(edges.size(), -1);
    slotOf[0] = 0;
    std::vector<qint32> queue{0};
    size_t firstFree = 1;
    for (size_t head = 0; head < queue.size(); ++head) {
        const qint32 node = queue[head];
        const qint32 slot = slotOf[size_t(node)];
        const std::map<qint32, qint32> &children = edges[size_t(node)];
        qint32 base = 0;
        if (!children.empty()) {
            while (firstFree < m_cells.size() && m_cells[firstFree].check != -1)
                ++firstFree;
            const qint32 lowest = children.begin()->first;
            for (base = std::max<qint32>(0, qint32(firstFree) - lowest);; ++base) {
                if (m_cells.size() < size_t(base) + classes + 1)
                    m_cells.resize(size_t(base) + classes + 1, Cell{});
                const bool fits = std::all_of(children.begin(), children.end(), [&](const auto &child) {
                    return m_cells[size_t(base + child.first)].check == -1;
                });
                if (fits)
                    break;
            }
            for (const auto &[cls, child] : children) {
                m_cells[size_t(base + cls)].check = slot;
                slotOf[size_t(child)] = base + cls;
                queue.push_back(child);
            }
        }
        const bool ends = termOfNode[size_t(node)] >= 0 || cueOfNode[size_t(node)] >= 0;
        m_cells[size_t(slot)].base = base * 2 + (ends ? 1 : 0);
    }
    m_termAt.assign(m_cells.size(), -1);
    m_cueAt.assign(m_cells.size(), -1);
    for (size_t node = 0; node < edges.size(); ++node) {
        m_termAt[size_t(slotOf[node])] = termOfNode[node];
        m_cueAt[size_t(slotOf[node])] = cueOfNode[node];
    }
}

bool SkillMatcher::acceptsStart(const Term &term, const QChar *text, qsizetype start) const
{
    if (start == 0)
        return true;
    if ((term.flags & StartsWord) && isWordChar(text[start - 1]))
        return false;
    if ((term.flags & SingleLetter) && start >= 2 && isJoiner(charTables().fold[text[start - 1].unicode()]) &&
        isWordChar(text[start - 2]))
        return false;
    return true;
}

bool SkillMatcher::acceptsEnd(const Term &term, const QChar *text, qsizetype end, qsizetype size) const
{
    if (end == size || !(term.flags & EndsWord))
        return true;
    const QChar next = text[end];
    if (!isWordChar(next)) {
        const bool joined = (term.flags & SingleLetter) && isJoiner(charTables().fold[next.unicode()]) &&
                            end + 1 < size && isWordChar(text[end + 1]);
        return !joined;
    }
    if (!(term.flags & Versioned) || !isAsciiDigit(next))
        return false;
    qsizetype k = end;
    while (k < size && isAsciiDigit(text[k]))
        ++k;
    if (term.flags & SingleLetter) {
        if (k - end != 2)
            return false;
    } else {
        while (k + 1 < size && text[k] == u'.' && isAsciiDigit(text[k + 1])) {
            ++k;
            while (k < size && isAsciiDigit(text[k]))
                ++k;
        }
    }
    return k == size || !isWordChar(text[k]);
}

QList<SkillHit> SkillMatcher::find(QStringView text) const
{
    if (m_terms.empty())
        return {};
    return findIn<false>(text, nullptr);
}

QList<SkillHit> SkillMatcher::find(QStringView text, QList<SkillHit> &cues) const
{
    return findIn<true>(text, &cues);
}

// Skills and cues are two matchers sharing a trie: each has its own position before which no match of
// its own may start (the end of its last match), so each finds what it would find alone.
template <bool WithCues>
QList<SkillHit> SkillMatcher::findIn(QStringView text, QList<SkillHit> *cues) const
{
    QList<SkillHit> hits;
    if (m_cells.empty())
        return hits;
    const QChar *p = text.data();
    const qsizetype n = text.size();
    const quint16 *info = m_charInfo.data();
    const Cell *cells = m_cells.data();
    // The slot a transition leads to, or -1 (a slot beyond the array is never checked: pack() keeps
    // one row of classes after the largest base).
    const auto step = [cells](qint32 slot, quint16 cls) {
        const qint32 target = (cells[slot].base >> 1) + cls;
        return cells[target].check == slot ? target : -1;
    };

    qsizetype skillFrom = 0; // no skill starts before the end of the last one
    qsizetype cueFrom = 0;   // nor a cue before the end of the last cue
    bool prevWord = false;
    for (qsizetype i = 0; i < n; ++i) {
        const quint16 here = info[p[i].unicode()];
        const bool word = (here & WordBit) != 0;
        // Inside a word nothing can start; elsewhere only characters some surface begins with can.
        const bool open = WithCues ? (i >= skillFrom || i >= cueFrom) : i >= skillFrom;
        if (open && !(word && prevWord) && (here & ClassMask) != 0 && step(0, here & ClassMask) >= 0) {
            const bool wantSkill = i >= skillFrom;
            const bool wantCue = WithCues && i >= cueFrom;
            qint32 slot = 0;
            qint32 best = -1, bestCue = -1;
            qsizetype bestEnd = 0, bestCueEnd = 0;
            bool lastSpace = false;
            for (qsizetype j = i; j < n;) {
                const quint16 c = info[p[j].unicode()];
                if (c & SpaceBit) {
                    if (lastSpace) { // further spaces of a run match the same surface space
                        ++j;
                        continue;
                    }
                    lastSpace = true;
                } else {
                    lastSpace = false;
                }
                const quint16 cls = c & ClassMask;
                if (cls == 0)
                    break;
                slot = step(slot, cls);
                if (slot < 0)
                    break;
                ++j;
                if (cells[slot].base & 1) { // a surface ends here
                    const qint32 t = m_termAt[size_t(slot)];
                    if (wantSkill && t >= 0 && acceptsEnd(m_terms[size_t(t)], p, j, n) &&
                        acceptsStart(m_terms[size_t(t)], p, i)) {
                        best = t;
                        bestEnd = j;
                    }
                    if constexpr (WithCues) {
                        const qint32 cue = m_cueAt[size_t(slot)];
                        if (wantCue && cue >= 0 && acceptsEnd(m_cues[size_t(cue)], p, j, n) &&
                            acceptsStart(m_cues[size_t(cue)], p, i)) {
                            bestCue = cue;
                            bestCueEnd = j;
                        }
                    }
                }
            }
            if (best >= 0) {
                hits.append({m_terms[size_t(best)].skillId, int(i), int(bestEnd - i)});
                skillFrom = bestEnd;
            }
            if (WithCues && bestCue >= 0) {
                cues->append({0, int(i), int(bestCueEnd - i)});
                cueFrom = bestCueEnd;
            }
        }
        prevWord = word;
    }
    return hits;
}

} // namespace jobdesk
