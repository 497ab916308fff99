#include "fulltextindex.h"

#include "storeerror.h"

#include <QStringList>

namespace jobdesk {
namespace {

QChar weightOf(const QString &column, FullTextIndex index)
{
    const bool listings = index == FullTextIndex::Listings;
    if (column == (listings ? QLatin1String("title") : QLatin1String("name")))
        return u'A';
    if (column == (listings ? QLatin1String("company") : QLatin1String("headline")))
        return u'B';
    if (column == QLatin1String("location"))
        return u'C';
    if (column == (listings ? QLatin1String("description") : QLatin1String("resume_text")))
        return u'D';
    return {};
}

class Translator
{
public:
    Translator(const QString &text, FullTextIndex index)
        : m_text(text)
        , m_index(index)
    {}

    QString translate()
    {
        QString result = disjunction();
        skipSpaces();
        if (m_pos < m_text.size())
            fail();
        return result;
    }

private:
    [[noreturn]] void fail() const
    {
        throw StoreError(QStringLiteral("Internal error: the full-text query %1 has no tsquery form "
                                        "(at character %2).")
                             .arg(m_text)
                             .arg(m_pos + 1));
    }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    // Whether the operator `word` stands at the current position (after spaces): followed by a space,
    // a parenthesis, a phrase or the end, so a bare word that merely starts with it ("ORacle") is not one.
    bool atOperator(QLatin1String word)
    {
        skipSpaces();
        if (!QStringView(m_text).sliced(m_pos).startsWith(word))
            return false;
        const qsizetype end = m_pos + word.size();
        return end == m_text.size() || m_text.at(end).isSpace() || m_text.at(end) == u'(' ||
               m_text.at(end) == u'"';
    }

    bool keyword(QLatin1String word)
    {
        if (!atOperator(word))
            return false;
        m_pos += word.size();
        return true;
    }

    // An operand follows with an implicit AND: not the end, a closing parenthesis or an operator.
    bool atOperand()
    {
        skipSpaces();
        if (m_pos >= m_text.size() || m_text.at(m_pos) == u')')
            return false;
        return !atOperator(QLatin1String("AND")) && !atOperator(QLatin1String("OR")) &&
               !atOperator(QLatin1String("NOT"));
    }

    QString disjunction()
    {
        QString result = conjunction();
        while (keyword(QLatin1String("OR")))
            result = result + QLatin1String(" | ") + conjunction();
        return result;
    }

    QString conjunction()
    {
        QString result = negation();
        for (;;) {
            if (keyword(QLatin1String("AND")) || atOperand())
                result = result + QLatin1String(" & ") + negation();
            else
                return result;
        }
    }

    QString negation()
    {
        QString result = primary();
        while (keyword(QLatin1String("NOT")))
            result = result + QLatin1String(" & !") + primary();
        return result;
    }

    QString primary()
    {
        skipSpaces();
        if (m_pos >= m_text.size())
            fail();
        if (m_text.at(m_pos) == u'(') {
            ++m_pos;
            const QString inner = disjunction();
            skipSpaces();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u')')
                fail();
            ++m_pos;
            return QLatin1Char('(') + inner + QLatin1Char(')');
        }
        if (m_text.at(m_pos) == u'"')
            return phrase({});
        QString weights;
        if (m_text.at(m_pos) == u'{') {
            weights = columns();
        } else {
            // A bare word, or the name of the column a term is filtered by (`title:engineer`).
            const qsizetype start = m_pos;
            const QString word = bareWord();
            skipSpaces();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u':') {
                m_pos = start;
                return lexemes({bareWord()}, {});
            }
            ++m_pos;
            weights = weightsOf({word});
        }
        skipSpaces();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'"')
            return phrase(weights);
        return lexemes({bareWord()}, weights);
    }

    QString bareWord()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() &&
               (isFullTextTokenCharacter(m_text.at(m_pos).unicode()) || m_text.at(m_pos) == u'_'))
            ++m_pos;
        if (m_pos == start)
            fail();
        return m_text.mid(start, m_pos - start);
    }

    // `{title company} :`
    QString columns()
    {
        ++m_pos;
        QStringList names;
        for (;;) {
            skipSpaces();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u'}')
                break;
            names.append(bareWord());
        }
        ++m_pos;
        skipSpaces();
        if (names.isEmpty() || m_pos >= m_text.size() || m_text.at(m_pos) != u':')
            fail();
        ++m_pos;
        return weightsOf(names);
    }

    QString weightsOf(const QStringList &names) const
    {
        QString weights;
        for (const QString &name : names) {
            const QChar weight = weightOf(name, m_index);
            if (weight.isNull())
                fail();
            weights += weight;
        }
        return weights;
    }

    QString phrase(const QString &weights)
    {
        if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"')
            fail();
        ++m_pos;
        QString inner;
        for (;;) {
            if (m_pos >= m_text.size())
                fail();
            if (m_text.at(m_pos) == u'"') {
                if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                    inner += u'"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            inner += m_text.at(m_pos++);
        }
        return lexemes(tokenize(inner), weights);
    }

    // Tokens next to each other, the last one a prefix when a '*' follows.
    QString lexemes(const QStringList &tokens, const QString &weights)
    {
        const bool prefix = m_pos < m_text.size() && m_text.at(m_pos) == u'*';
        if (prefix)
            ++m_pos;
        if (tokens.isEmpty())
            fail(); // the compiler drops words without token characters before they get here
        QStringList lexemes;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            // '+' and '#' spelled out, as jobdesk_spelled() does to the documents (012_team_library.sql).
            QString lexeme = tokens.at(i);
            lexeme.replace(QLatin1Char('+'), QLatin1String("plus"))
                .replace(QLatin1Char('#'), QLatin1String("sharp"));
            lexeme.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('\''), QLatin1String("''"));
            const QString suffix =
                (prefix && i == tokens.size() - 1 ? QStringLiteral("*") : QString()) + weights;
            lexemes.append(QLatin1Char('\'') + lexeme + QLatin1Char('\'') +
                           (suffix.isEmpty() ? QString() : QLatin1Char(':') + suffix));
        }
        return lexemes.size() == 1
                   ? lexemes.front()
                   : QLatin1Char('(') + lexemes.join(QLatin1String(" <-> ")) + QLatin1Char(')');
    }

    static QStringList tokenize(const QString &text)
    {
        QStringList tokens;
        QString current;
        for (const char32_t c : text.toUcs4()) {
            if (isFullTextTokenCharacter(c)) {
                current += QString::fromUcs4(&c, 1);
            } else if (!current.isEmpty()) {
                tokens.append(current);
                current.clear();
            }
        }
        if (!current.isEmpty())
            tokens.append(current);
        return tokens;
    }

    const QString &m_text;
    FullTextIndex m_index;
    qsizetype m_pos = 0;
};

} // namespace

bool isFullTextTokenCharacter(char32_t c)
{
    if (c == U'+' || c == U'#')
        return true;
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse;
}

QString tsqueryFromFts5(const QString &fts5, FullTextIndex index)
{
    return Translator(fts5, index).translate();
}

} // namespace jobdesk
