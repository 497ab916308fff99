// Headings and optional-sentence markers of job descriptions. The phrase tables below are the whole of
// the knowledge; each phrase is compared with the heading after normalisation (case-folded, apostrophes
// removed, everything but letters and digits a single space, "and"/"und" dropped) and matches:
//   "=phrase"  the whole heading;
//   "^phrase"  the whole heading or its beginning ("^preferred" → "Preferred Skills");
//   "$phrase"  the whole heading or its end ("$benefits" → "Salary & Benefits");
//   "phrase"   anywhere, on word boundaries.
// Kinds are tried in the order optional, excluded, required, neutral, so "Preferred qualifications" is
// optional although "qualifications" is required, and "Who we are" is neutral although "Who you are" is
// required.
#include "skills/skillsections.h"

#include "skills/skillmatcher.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <map>
#include <vector>

namespace jobdesk {
namespace {

// clang-format off
const char *const kOptional[] = {
    "nice to have", "nice to haves", "good to have", "great to have", "bonus points", "would be great",
    "would be nice", "would be a plus", "extra credit", "brownie points", "even better", "not required",
    "nice to know", "von vorteil", "wünschenswert", "pluspunkte", "additional qualifications",
    "additional skills", "stand out if", "you will stand out", "makes you stand out", "^bonus", "^preferred", "^desired", "^desirable", "^optional", "^ideally",
    "^plus", "^pluses", "^idealerweise", "$a plus", "$pluses", "$plusses", "$bonus",
    "$advantage", "$preferred", "$desirable", "$optional", "=extras",
};
const char *const kExcluded[] = {
    "what we offer", "we offer", "our offer", "in it for you", "how to apply", "equal opportunity",
    "equal employment", "application process", "hiring process", "interview process", "recruitment process",
    "why join", "why work", "why youll love", "wir bieten", "bieten wir", "unser angebot", "deine vorteile",
    "ihre vorteile", "deine benefits", "on offer", "take care of you", "what you can count on",
    "reasonable accommodation", "^benefits", "^perks", "^compensation", "^salary", "^pay", "^our process",
    "^next steps", "^privacy", "^disclaimer", "^eeo", "^diversity", "^location", "^job type", "^schedule",
    "^working hours", "^work hours", "^what you get", "^what youll get", "^what you will get", "^contact",
    "^bewerbung", "^kontakt", "^equal", "$benefits", "$perks", "$compensation", "$statement", "$notice",
    "$disclaimer", "$location",
};
const char *const kRequired[] = {
    "must have", "must haves", "what you bring", "what youll bring", "what you will bring", "what you need",
    "what youll need", "what you will need", "looking for", "what it takes", "what you should bring",
    "if you have", "experience you need",
    "who you are", "about you", "your profile", "ideal candidate", "you should have", "requirements",
    "qualifications", "prerequisites", "das bringst du mit", "was du mitbringst", "bringen sie mit",
    "was sie mitbringen", "dein profil", "ihr profil", "anforderungen", "voraussetzungen",
    "zeichnet dich aus", "was wir erwarten", "^required", "^requirement", "^qualification", "^skills",
    "^skill set", "^skillset", "^competencies", "^kenntnisse", "^qualifikation", "^qualifikationen",
    "^fähigkeiten", "^must", "^mandatory", "^essential", "^minimum", "^you have", "^youll have",
    "^you will have", "^you bring", "^you are", "^youre", "^education", "^expectations", "$competencies",
    "^you should", "^knowledge", "^expertise", "=profile", "=profil", "=experience", "=your experience",
    "=relevant experience", "=required experience", "=experience required", "=experience skills",
    "=experience qualifications", "=technical skills", "=key skills", "=core skills", "=soft skills",
    "=hard skills", "=your skills", "=essential skills", "=necessary skills", "=skills needed",
    "=you", "=competences",
};
const char *const kNeutral[] = {
    "responsibilities", "what youll do", "what you will do", "what youll be doing", "what you will be doing",
    "what youll work on", "the role", "about the job", "about the position", "about us", "about the company",
    "who we are", "job description", "day to day", "your mission", "your impact", "tech stack", "our stack",
    "technologies", "the opportunity", "your role", "duties", "tasks", "aufgaben", "über uns", "wer wir sind",
    "deine rolle", "our team", "^about", "^overview", "^summary", "^description", "^mission", "^team", "^role", "^stack",
    "^tools", "^company", "^position", "^opportunity", "^you will", "^youll", "^in this role",
};
// Sentence markers that make a requirement optional.
const char *const kOptionalMarkers[] = {
    "nice to have", "nice to haves", "a plus", "big plus", "huge plus", "strong plus", "a bonus",
    "bonus points", "bonus if", "preferred", "preferably", "ideally", "desirable", "desired", "an advantage",
    "advantageous", "would be great", "would be nice", "good to have", "great to have", "not required",
    "not a must", "optional", "even better", "is welcome", "are welcome", "helpful", "beneficial", "von vorteil",
    "wünschenswert", "idealerweise", "ein plus", "pluspunkt",
};
// clang-format on

struct Phrase
{
    int order; // of its kind in the order kinds are tried
    SectionKind kind;
    QString text; // with its mode character
};

using PhraseIndex = std::vector<std::pair<QString, QList<Phrase>>>; // sorted by first word

// The phrases by their first word: a heading is compared only with the phrases that start with one of
// its words, instead of all two hundred.
const PhraseIndex &phrasesByFirstWord()
{
    static const PhraseIndex index = [] {
        std::map<QString, QList<Phrase>> byWord;
        const auto add = [&](int order, SectionKind kind, const auto &phrases) {
            for (const char *phrase : phrases) {
                const QString text = QString::fromUtf8(phrase);
                const QString words = QStringView(text).front().isLetter() ? text : text.sliced(1);
                byWord[words.section(u' ', 0, 0)].append({order, kind, text});
            }
        };
        add(0, SectionKind::Optional, kOptional);
        add(1, SectionKind::Excluded, kExcluded);
        add(2, SectionKind::Required, kRequired);
        add(3, SectionKind::Neutral, kNeutral);
        return PhraseIndex(byWord.begin(), byWord.end());
    }();
    return index;
}

// Case-folded words separated by single spaces, apostrophes removed, "and"/"und" dropped.
QString normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype wordStart = 0; // in `out`
    const auto endWord = [&] {
        const QStringView word = QStringView(out).sliced(wordStart);
        if (word == u"and" || word == u"und")
            out.truncate(wordStart);
        else if (!word.isEmpty())
            out.append(u' ');
        wordStart = out.size();
    };
    for (const QChar c : text) {
        if (c == u'\'' || c == QChar(0x2019))
            continue;
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
        else
            endWord();
    }
    endWord();
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

bool containsWords(const QString &haystack, QStringView phrase)
{
    for (qsizetype at = haystack.indexOf(phrase); at >= 0; at = haystack.indexOf(phrase, at + 1)) {
        const qsizetype end = at + phrase.size();
        if ((at == 0 || haystack[at - 1] == u' ') && (end == haystack.size() || haystack[end] == u' '))
            return true;
    }
    return false;
}

bool phraseMatches(const QString &heading, const QString &phrase)
{
    const QChar mode = phrase.front();
    const QStringView words =
        (mode == u'=' || mode == u'^' || mode == u'$') ? QStringView(phrase).sliced(1) : QStringView(phrase);
    if (heading == words)
        return true;
    const auto spaced = [&](qsizetype at) { return at >= 0 && at < heading.size() && heading[at] == u' '; };
    if (mode == u'=')
        return false;
    if (mode == u'^')
        return heading.startsWith(words) && spaced(words.size());
    if (mode == u'$')
        return heading.endsWith(words) && spaced(heading.size() - words.size() - 1);
    return containsWords(heading, words);
}

std::optional<SectionKind> kindOfNormalized(const QString &heading)
{
    const PhraseIndex &index = phrasesByFirstWord();
    const Phrase *best = nullptr;
    for (const QStringView word : QStringView(heading).tokenize(u' ', Qt::SkipEmptyParts)) {
        const auto it =
            std::lower_bound(index.begin(), index.end(), word,
                             [](const auto &entry, QStringView w) { return QStringView(entry.first) < w; });
        if (it == index.end() || QStringView(it->first) != word)
            continue;
        for (const Phrase &phrase : it->second) {
            if ((!best || phrase.order < best->order) && phraseMatches(heading, phrase.text))
                best = &phrase;
        }
    }
    return best ? std::optional(best->kind) : std::nullopt;
}

bool isBulletLine(QStringView trimmed)
{
    if (trimmed.isEmpty())
        return false;
    const QChar c = trimmed.front();
    if (QStringView(u"•·◦▪▫▸►‣⁃✓✔→➢➤○●■□").contains(c))
        return true;
    if ((c == u'-' || c == u'*' || c == u'+' || c == QChar(0x2013)) && trimmed.size() > 1 &&
        trimmed[1].isSpace())
        return true;
    // "1. " "2) " "a) "
    qsizetype i = 0;
    while (i < trimmed.size() && trimmed[i].isDigit())
        ++i;
    if (i == 0 && trimmed.size() > 2 && trimmed[0].isLetter() && trimmed[1] == u')')
        i = 1;
    return i > 0 && i + 1 < trimmed.size() && (trimmed[i] == u'.' || trimmed[i] == u')') &&
           trimmed[i + 1].isSpace();
}

// The heading's text without markup around it: "## Requirements:", "**Nice to have**", "🚀 Benefits".
QStringView stripMarkup(QStringView line)
{
    qsizetype start = 0, end = line.size();
    while (start < end && !line[start].isLetterOrNumber())
        ++start;
    while (end > start && !line[end - 1].isLetterOrNumber() && line[end - 1] != u')' && line[end - 1] != u'?')
        --end;
    return line.sliced(start, end - start);
}

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

bool shortEnough(QStringView stripped)
{
    return !stripped.isEmpty() && stripped.size() <= 60 && wordCount(stripped) <= 8;
}

// A sentence's end, but not an ellipsis: "You Have..." is a heading.
bool endsLikeSentence(QStringView trimmed)
{
    if (trimmed.endsWith(u"...") || trimmed.endsWith(u'…'))
        return false;
    return trimmed.endsWith(u'.') || trimmed.endsWith(u',') || trimmed.endsWith(u';');
}

bool hasSentenceEnd(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if ((text[i] == u'.' || text[i] == u'!' || text[i] == u'?') && text[i + 1].isSpace())
            return true;
    }
    return false;
}

struct Line
{
    qsizetype start;
    qsizetype end; // excluding the line break
    QStringView trimmed;
};

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'\n') {
            qsizetype end = i;
            if (end > start && text[end - 1] == u'\r')
                --end;
            lines.append({start, end, text.sliced(start, end - start).trimmed()});
            start = i + 1;
        }
    }
    return lines;
}

// Calls `sentence(from, to)` for each sentence of a line: one ends at '.', '!', '?' or ';' followed by a
// space ("Node.js" stays whole).
template <typename Sentence>
void forEachSentence(QStringView text, qsizetype start, qsizetype end, const Sentence &sentence)
{
    qsizetype from = start;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = text[i];
        if ((c == u'.' || c == u'!' || c == u'?' || c == u';') && (i + 1 == end || text[i + 1].isSpace())) {
            sentence(from, i + 1);
            from = i + 1;
        }
    }
    if (from < end)
        sentence(from, end);
}

// Every sentence of a description is read for these, so they are found by a SkillMatcher in one pass
// over the description (case-insensitive, on word boundaries) rather than phrase by phrase: the one that
// finds the skills, or for findSections() alone one of the cues only.
const SkillMatcher &cuesOnly()
{
    static const SkillMatcher matcher({});
    return matcher;
}

void addSpan(QList<SectionSpan> &spans, qsizetype start, qsizetype end, SectionKind kind)
{
    if (end <= start)
        return;
    if (!spans.isEmpty() && spans.last().kind == kind && spans.last().end == start) {
        spans.last().end = int(end);
        return;
    }
    if (!spans.isEmpty() && spans.last().end < start) // a gap: the line break, given to the previous span
        spans.last().end = int(start);
    if (!spans.isEmpty() && spans.last().kind == kind) {
        spans.last().end = int(end);
        return;
    }
    spans.append({int(start), int(end), kind});
}

} // namespace

const QStringList &optionalCuePhrases()
{
    static const QStringList phrases = [] {
        QStringList list;
        for (const char *marker : kOptionalMarkers) {
            const QString phrase = QString::fromUtf8(marker);
            list.append(phrase);
            if (phrase.contains(u' ')) // "nice-to-have"
                list.append(QString(phrase).replace(u' ', u'-'));
        }
        return list;
    }();
    return phrases;
}

std::optional<SectionKind> headingKind(QStringView line)
{
    return kindOfNormalized(normalize(stripMarkup(line.trimmed())));
}

SectionKind SectionMap::kindAt(int offset) const
{
    const auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                                     [](int value, const SectionSpan &span) { return value < span.start; });
    return it == spans.begin() ? SectionKind::Neutral : std::prev(it)->kind;
}

bool SectionMap::requiredAt(int offset) const
{
    switch (kindAt(offset)) {
    case SectionKind::Required:
        return true;
    case SectionKind::Neutral:
        return !hasRequired;
    case SectionKind::Optional:
    case SectionKind::Excluded:
        return false;
    }
    return false;
}

SectionMap findSections(QStringView description)
{
    QList<SkillHit> cues;
    cuesOnly().find(description, cues);
    return findSections(description, cues);
}

SectionMap findSections(QStringView description, const QList<SkillHit> &markers)
{
    SectionMap map;
    const QList<Line> lines = splitLines(description);
    qsizetype marker = 0; // the first marker not before the sentence being read
    SectionKind section = SectionKind::Neutral;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const Line &line = lines[n];
        const bool bullet = isBulletLine(line.trimmed);
        const bool afterBlank = n == 0 || lines[n - 1].trimmed.isEmpty();
        qsizetype next = n + 1;
        while (next < lines.size() && lines[next].trimmed.isEmpty())
            ++next;
        const bool listFollows = next < lines.size() && isBulletLine(lines[next].trimmed);

        // A heading of its own line ("Requirements", "Nice to have:", not "Requirements: Go").
        const qsizetype colon = line.trimmed.indexOf(u':');
        const bool textAfterColon = colon >= 0 && !stripMarkup(line.trimmed.sliced(colon + 1)).isEmpty();
        const QStringView stripped = stripMarkup(line.trimmed);
        // A longer line that introduces a list ("The ideal candidate will bring the following:") opens a
        // section when it names one, and otherwise leaves the section as it is.
        if (!bullet && !textAfterColon && line.trimmed.endsWith(u':') && listFollows &&
            !shortEnough(stripped) && wordCount(stripped) <= 25) {
            if (const std::optional<SectionKind> kind = kindOfNormalized(normalize(stripped))) {
                section = *kind;
                map.hasRequired = map.hasRequired || section == SectionKind::Required;
                addSpan(map.spans, line.start, line.end, section);
                continue;
            }
        }
        if (!bullet && !textAfterColon && shortEnough(stripped) && !endsLikeSentence(line.trimmed)) {
            std::optional<SectionKind> kind = kindOfNormalized(normalize(stripped));
            const bool shaped =
                line.trimmed.endsWith(u':') || (afterBlank && listFollows && stripped.front().isUpper() &&
                                                !stripped.contains(u',') && !hasSentenceEnd(stripped));
            if (kind || shaped) {
                section = kind.value_or(SectionKind::Neutral);
                map.hasRequired = map.hasRequired || section == SectionKind::Required;
                addSpan(map.spans, line.start, line.end, section);
                continue;
            }
        }

        // An inline heading: "Nice to have: Kafka, Redis" covers its own line.
        SectionKind lineKind = section;
        if (textAfterColon && colon > 0) {
            const QStringView label = stripMarkup(line.trimmed.first(colon));
            if (shortEnough(label) && wordCount(label) <= 6) {
                // It does not make the description one with a required section: "Travel requirements:
                // 10%" says nothing about where the skills are.
                if (const std::optional<SectionKind> kind = kindOfNormalized(normalize(label)))
                    lineKind = *kind;
            }
        }
        if (lineKind != SectionKind::Required && lineKind != SectionKind::Neutral) {
            addSpan(map.spans, line.start, line.end, lineKind);
            continue;
        }
        forEachSentence(description, line.start, line.end, [&](qsizetype from, qsizetype to) {
            while (marker < markers.size() && markers[marker].start < from)
                ++marker;
            const bool optional = marker < markers.size() && markers[marker].start < to;
            addSpan(map.spans, from, to, optional ? SectionKind::Optional : lineKind);
        });
    }
    if (!map.spans.isEmpty())
        map.spans.last().end = int(description.size());
    else if (!description.isEmpty())
        map.spans.append({0, int(description.size()), SectionKind::Neutral});
    if (!map.spans.isEmpty())
        map.spans.first().start = 0;
    return map;
}

} // namespace jobdesk
