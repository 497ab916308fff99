// Finds every skill named in a text in one pass: a multi-pattern matcher over case-folded UTF-16 built
// once from the dictionary's names and aliases, answering leftmost-longest, non-overlapping matches that
// sit on word boundaries. The rules it follows are written down in docs/skills.md ("Extraction").
//
// Design: a skill can only begin where a word begins, so instead of Aho-Corasick's failure links (which
// exist to resume a match in the middle of a word) the matcher enters a trie at each word start and walks
// it until no surface continues. A 64K-entry table maps every UTF-16 code unit to its case-folded
// character class (one per distinct character of the surfaces) and to whether it is a word or a space
// character; the trie is a double array (base/check, 8 bytes a node, about 0.5 MB for the shipped
// dictionary's 50,000 nodes, so the nodes near the root that every word start visits stay in cache).
// The same trie holds the cue phrases of sections ("is a plus", "ideally": optionalCuePhrases() in
// skillsections.h), so extraction finds them in the skills' pass instead of a second one; they are
// matched as if by a matcher of their own (their own leftmost-longest order) and returned apart.
// The inner loop is three array reads per character and allocates nothing. Work is
// O(n + word starts × depth walked); a walk ends at the first character no surface continues with and
// never goes deeper than the longest surface.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <map>
#include <vector>

namespace jobdesk {

struct SkillTerm
{
    qint64 skillId = 0;
    QString surface; // a skill's name or one of its aliases, as written in the dictionary
};

struct SkillHit
{
    qint64 skillId = 0;
    int start = 0;  // UTF-16 offset into the text given to find()
    int length = 0; // UTF-16 code units

    int end() const { return start + length; }
    friend bool operator==(const SkillHit &, const SkillHit &) = default;
};

class SkillMatcher final
{
public:
    // Surfaces are compared case-folded with runs of spaces collapsed; empty surfaces are ignored. When
    // two skills share a surface, the first term given wins (the dictionary should not have such pairs).
    explicit SkillMatcher(const QList<SkillTerm> &terms);

    // The matches in `text`, in order. Safe to call from several threads at once.
    QList<SkillHit> find(QStringView text) const;
    // The same, and into `cues` (skill id 0) the section cue phrases in `text`, exactly as a matcher of
    // those phrases alone would find them: a cue and a skill may overlap.
    QList<SkillHit> find(QStringView text, QList<SkillHit> &cues) const;
    bool isEmpty() const { return m_terms.empty(); }

    // The character classes of the boundary rule, shared with the rest of skill extraction.
    static bool isWordChar(QChar c);
    static bool isSpaceChar(QChar c); // a space within a line (not a line break)

private:
    struct Term
    {
        qint64 skillId;
        quint8 flags;
    };

    template <bool WithCues>
    QList<SkillHit> findIn(QStringView text, QList<SkillHit> *cues) const;
    bool acceptsStart(const Term &term, const QChar *text, qsizetype start) const;
    bool acceptsEnd(const Term &term, const QChar *text, qsizetype end, qsizetype size) const;

    struct Cell
    {
        qint32 base = 0;   // children at base + class; * 2, plus 1 when a surface ends at this node
        qint32 check = -1; // the parent's slot; -1 for a free slot
    };

    void pack(const std::vector<std::map<qint32, qint32>> &edges, const std::vector<qint32> &termOfNode,
              const std::vector<qint32> &cueOfNode);

    std::vector<quint16> m_charInfo; // per UTF-16 code unit: class | WordBit | SpaceBit
    std::vector<Cell> m_cells;       // the trie; slot 0 is the root
    std::vector<qint32> m_termAt;    // slot → index into m_terms, -1 = no surface ends here
    std::vector<qint32> m_cueAt;     // slot → index into m_cues, -1 = no cue phrase ends here
    std::vector<Term> m_terms;
    std::vector<Term> m_cues; // the section cue phrases (skillId 0)
    qint32 m_classCount = 1;
};

} // namespace jobdesk
