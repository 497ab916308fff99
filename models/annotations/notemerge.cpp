#include "notemerge.h"

#include <QList>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace jobdesk {
namespace {

QStringList linesOf(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

// For each line of `base`, the index of the line of `other` it is matched with in a longest common
// subsequence of lines, or -1. Matches increase with the base index. Notes are small (the quadratic
// table of a few hundred lines is nothing); beyond `limit` lines only the common head and tail match.
std::vector<qsizetype> matchLines(const QStringList &base, const QStringList &other)
{
    const qsizetype n = base.size();
    const qsizetype m = other.size();
    std::vector<qsizetype> match(size_t(n), -1);
    qsizetype head = 0;
    while (head < n && head < m && base[head] == other[head]) {
        match[size_t(head)] = head;
        ++head;
    }
    qsizetype tail = 0;
    while (tail < n - head && tail < m - head && base[n - 1 - tail] == other[m - 1 - tail]) {
        match[size_t(n - 1 - tail)] = m - 1 - tail;
        ++tail;
    }
    const qsizetype rows = n - head - tail;
    const qsizetype columns = m - head - tail;
    constexpr qsizetype limit = 4000;
    if (rows == 0 || columns == 0 || rows > limit || columns > limit)
        return match;
    // lengths[i][j]: the LCS of base[head + i …] and other[head + j …] (middle parts only).
    std::vector<std::vector<int>> lengths(size_t(rows + 1), std::vector<int>(size_t(columns + 1), 0));
    for (qsizetype i = rows - 1; i >= 0; --i) {
        for (qsizetype j = columns - 1; j >= 0; --j) {
            lengths[size_t(i)][size_t(j)] =
                base[head + i] == other[head + j]
                    ? lengths[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lengths[size_t(i + 1)][size_t(j)], lengths[size_t(i)][size_t(j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows && j < columns) {
        if (base[head + i] == other[head + j]) {
            match[size_t(head + i)] = head + j;
            ++i;
            ++j;
        } else if (lengths[size_t(i + 1)][size_t(j)] >= lengths[size_t(i)][size_t(j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return match;
}

QStringList slice(const QStringList &lines, qsizetype from, qsizetype to)
{
    return lines.mid(from, to - from);
}

// Both sides added lines at the same place: theirs, with each of mine that theirs lacks put before
// the next line both have (a line both added is kept once).
QStringList unite(const QStringList &mine, const QStringList &theirs)
{
    const std::vector<qsizetype> match = matchLines(mine, theirs);
    QStringList out;
    QStringList pending; // mine's own lines, kept after theirs up to the next line both have
    qsizetype next = 0;
    for (qsizetype q = 0; q < mine.size(); ++q) {
        if (match[size_t(q)] < 0) {
            pending << mine[q];
            continue;
        }
        out << slice(theirs, next, match[size_t(q)]) << pending << theirs[match[size_t(q)]];
        pending.clear();
        next = match[size_t(q)] + 1;
    }
    out << slice(theirs, next, theirs.size()) << pending;
    return out;
}

// Both sides changed the lines `was` in place (the same number of lines each): line by line, a line
// only one side changed takes that change; runs of lines both changed differently are both kept.
QStringList mergeInPlace(const QStringList &was, const QStringList &mine, const QStringList &theirs,
                         const QString &separator, bool *conflicted)
{
    QStringList out;
    QStringList clashMine;
    QStringList clashTheirs;
    const auto flush = [&] {
        if (clashMine.isEmpty())
            return;
        out << clashTheirs << separator << clashMine;
        clashMine.clear();
        clashTheirs.clear();
        *conflicted = true;
    };
    for (qsizetype i = 0; i < was.size(); ++i) {
        if (mine[i] == was[i] || mine[i] == theirs[i]) {
            flush();
            out << theirs[i];
        } else if (theirs[i] == was[i]) {
            flush();
            out << mine[i];
        } else {
            clashMine << mine[i];
            clashTheirs << theirs[i];
        }
    }
    flush();
    return out;
}

} // namespace

NoteMerge mergeNotes(const QString &base, const QString &mine, const QString &theirs,
                     const QString &separator)
{
    if (mine == theirs || theirs == base)
        return {mine, false};
    if (mine == base)
        return {theirs, false};
    const QStringList b = linesOf(base);
    const QStringList m = linesOf(mine);
    const QStringList t = linesOf(theirs);
    const std::vector<qsizetype> toMine = matchLines(b, m);
    const std::vector<qsizetype> toTheirs = matchLines(b, t);

    NoteMerge merge;
    QStringList out;
    qsizetype i = 0; // base
    qsizetype j = 0; // mine
    qsizetype k = 0; // theirs
    for (;;) {
        // Lines all three share, in step.
        while (i < b.size() && toMine[size_t(i)] == j && toTheirs[size_t(i)] == k) {
            out << b[i];
            ++i;
            ++j;
            ++k;
        }
        if (i == b.size() && j == m.size() && k == t.size())
            break;
        // The next base line both sides kept ends this chunk (or the end of all three texts).
        qsizetype next = i;
        while (next < b.size() && (toMine[size_t(next)] < 0 || toTheirs[size_t(next)] < 0))
            ++next;
        const qsizetype nextMine = next < b.size() ? toMine[size_t(next)] : m.size();
        const qsizetype nextTheirs = next < b.size() ? toTheirs[size_t(next)] : t.size();
        const QStringList was = slice(b, i, next);
        const QStringList ours = slice(m, j, nextMine);
        const QStringList other = slice(t, k, nextTheirs);
        if (ours == was || ours == other) {
            out << other;
        } else if (other == was) {
            out << ours;
        } else if (was.isEmpty()) {
            out << unite(ours, other);
        } else if (ours.size() == was.size() && other.size() == was.size()) {
            out << mergeInPlace(was, ours, other, separator, &merge.conflicted);
        } else {
            out << other << separator << ours;
            merge.conflicted = true;
        }
        i = next;
        j = nextMine;
        k = nextTheirs;
    }
    merge.text = out.join(QLatin1Char('\n'));
    return merge;
}

} // namespace jobdesk
