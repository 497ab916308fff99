// Moves extraction's offsets onto the shown text and marks each span (see skillhighlights.h).
#include "skills/skillhighlights.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace jobdesk {
namespace {

// Characters one text may have where the other has none: whitespace of any kind (blank lines become
// paragraph separators, NBSP stays NBSP in a document), the "• " htmlToPlainText writes before list
// items, what htmlToPlainText removes (soft hyphen, zero-width space, BOM) and QTextDocument's object
// and frame markers.
bool ignorable(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == 0x2022 || u == 0x00AD || u == 0x200B || u == 0xFEFF || u == 0xFFFC ||
           (u >= 0xFDD0 && u <= 0xFDD2);
}

// The offsets of the characters that must correspond.
std::vector<int> significant(QStringView text)
{
    std::vector<int> offsets;
    offsets.reserve(size_t(text.size()));
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (!ignorable(text[k]))
            offsets.push_back(int(k));
    }
    return offsets;
}

class Aligner
{
public:
    Aligner(QStringView a, const std::vector<int> &aAt, QStringView b, const std::vector<int> &bAt)
        : m_a(a)
        , m_aAt(aAt)
        , m_b(b)
        , m_bAt(bAt)
    {}

    // For each significant character of a, the index of its partner among b's, or -1. Equal characters
    // are paired in order; after a difference the first offset (up to `window` characters skipped on
    // either side) at which `probe` characters agree again is taken; failing that both sides step on.
    std::vector<int> run() const
    {
        const int n = int(m_aAt.size());
        const int m = int(m_bAt.size());
        std::vector<int> partner(size_t(n), -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (charA(i) == charB(j)) {
                partner[size_t(i++)] = j++;
                continue;
            }
            bool resynced = false;
            for (int d = 1; d <= window && !resynced; ++d) {
                if (agree(i + d, j)) {
                    i += d;
                    resynced = true;
                } else if (agree(i, j + d)) {
                    j += d;
                    resynced = true;
                }
            }
            if (!resynced) {
                ++i;
                ++j;
            }
        }
        return partner;
    }

private:
    static constexpr int window = 32;
    static constexpr int probe = 4;

    QChar charA(int i) const { return m_a[m_aAt[size_t(i)]]; }
    QChar charB(int j) const { return m_b[m_bAt[size_t(j)]]; }
    bool agree(int i, int j) const
    {
        const int k = std::min({probe, int(m_aAt.size()) - i, int(m_bAt.size()) - j});
        if (k <= 0)
            return false;
        for (int t = 0; t < k; ++t) {
            if (charA(i + t) != charB(j + t))
                return false;
        }
        return true;
    }

    QStringView m_a;
    const std::vector<int> &m_aAt;
    QStringView m_b;
    const std::vector<int> &m_bAt;
};

} // namespace

const SkillHighlight *DescriptionHighlights::at(int position) const
{
    auto it = std::upper_bound(spans.cbegin(), spans.cend(), position,
                               [](int p, const SkillHighlight &span) { return p < span.start; });
    if (it == spans.cbegin())
        return nullptr;
    --it;
    return position < it->end ? &*it : nullptr;
}

QList<SkillHit> alignHits(QStringView source, QStringView shown, const QList<SkillHit> &hits)
{
    QList<SkillHit> moved;
    if (hits.isEmpty())
        return moved;
    const std::vector<int> sourceAt = significant(source);
    const std::vector<int> shownAt = significant(shown);
    const std::vector<int> partner = Aligner(source, sourceAt, shown, shownAt).run();
    moved.reserve(hits.size());
    for (const SkillHit &hit : hits) {
        const auto first =
            std::lower_bound(sourceAt.cbegin(), sourceAt.cend(), hit.start) - sourceAt.cbegin();
        const auto last =
            (std::lower_bound(sourceAt.cbegin(), sourceAt.cend(), hit.end()) - sourceAt.cbegin()) - 1;
        if (first > last || partner[size_t(first)] < 0)
            continue;
        bool whole = true;
        for (auto k = first + 1; k <= last && whole; ++k)
            whole = partner[size_t(k)] == partner[size_t(first)] + (k - first);
        if (!whole)
            continue;
        const int start = shownAt[size_t(partner[size_t(first)])];
        const int end = shownAt[size_t(partner[size_t(last)])] + 1;
        moved.append({hit.skillId, start, end - start});
    }
    return moved;
}

DescriptionHighlights describeHighlights(const QList<SkillHit> &shownHits,
                                         const QList<ExtractedSkill> &skills,
                                         const QHash<qint64, int> &levels)
{
    QHash<qint64, bool> required;
    for (const ExtractedSkill &skill : skills)
        required.insert(skill.skillId, skill.required);
    DescriptionHighlights highlights;
    highlights.spans.reserve(shownHits.size());
    QSet<qint64> seen;
    for (const SkillHit &hit : shownHits) {
        const int level = levels.value(hit.skillId, 0);
        highlights.spans.append({hit.start, hit.end(), hit.skillId, required.value(hit.skillId), level});
        if (!seen.contains(hit.skillId)) {
            seen.insert(hit.skillId);
            ++(level > 0 ? highlights.haveCount : highlights.missingCount);
        }
    }
    for (const ExtractedSkill &skill : skills) {
        if (!seen.contains(skill.skillId))
            ++highlights.elsewhereCount;
    }
    return highlights;
}

} // namespace jobdesk
