#include "searchlexer.h"

#include <QCoreApplication>

namespace jobdesk::search {
namespace {

// Control characters (NUL among them) separate words like spaces: passed on to SQLite's full-text
// query parser, a NUL would end the query string in the middle of a phrase.
bool isSeparator(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control;
}

// Where a bare word ends: at a separator, a parenthesis or a quote.
bool endsWord(QChar c)
{
    return isSeparator(c) || c == u'(' || c == u')' || c == u'"';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The comparison operator at `at` (one of : = < <= > >= :< :<= :> :>=), or an empty view.
QStringView operatorAt(const QString &line, int at)
{
    const QStringView rest = QStringView(line).mid(at);
    for (const char *op : {":<=", ":>=", ":<", ":>", "<=", ">=", ":", "=", "<", ">"}) {
        if (rest.startsWith(QLatin1String(op)))
            return rest.first(qsizetype(qstrlen(op)));
    }
    return {};
}

Token makeToken(TokenKind kind, int position, int length, const QString &text)
{
    Token token;
    token.kind = kind;
    token.position = position;
    token.length = length;
    token.text = text;
    return token;
}

class Lexer final
{
public:
    explicit Lexer(const QString &line)
        : m_line(line)
    {}

    std::variant<QList<Token>, SearchError> run()
    {
        QList<Token> tokens;
        while (true) {
            while (m_at < size() && isSeparator(m_line[m_at]))
                ++m_at;
            if (m_at >= size())
                return tokens;
            const QChar c = m_line[m_at];
            if (c == u'(' || c == u')') {
                tokens.append(makeToken(c == u'(' ? TokenKind::Open : TokenKind::Close, m_at, 1, QString(c)));
                ++m_at;
            } else if (c == u'-' && m_at + 1 < size() && !isSeparator(m_line[m_at + 1]) &&
                       m_line[m_at + 1] != u')') {
                tokens.append(makeToken(TokenKind::Minus, m_at, 1, QStringLiteral("-")));
                ++m_at;
            } else if (c == u'"') {
                Token token = makeToken(TokenKind::Phrase, m_at, 0, {});
                if (!readQuoted(token.text))
                    return unterminated(token.position);
                token.length = m_at - token.position;
                tokens.append(token);
            } else if (auto field = readField()) {
                if (std::holds_alternative<SearchError>(*field))
                    return std::get<SearchError>(*field);
                tokens.append(std::get<Token>(*field));
            } else {
                tokens.append(readWord());
            }
        }
    }

private:
    int size() const { return int(m_line.size()); }

    // Reads "..." starting at the quote under m_at; false when the line ends first.
    bool readQuoted(QString &text)
    {
        const int close = int(m_line.indexOf(u'"', m_at + 1));
        if (close < 0)
            return false;
        text = m_line.mid(m_at + 1, close - m_at - 1);
        m_at = close + 1;
        return true;
    }

    SearchError unterminated(int quote) const
    {
        return {quote, size() - quote, QCoreApplication::translate("Search", "missing closing quote")};
    }

    Token readWord()
    {
        Token token = makeToken(TokenKind::Word, m_at, 0, {});
        while (m_at < size() && !endsWord(m_line[m_at]))
            ++m_at;
        token.length = m_at - token.position;
        token.text = m_line.mid(token.position, token.length);
        if (token.text == QLatin1String("AND"))
            token.kind = TokenKind::And;
        else if (token.text == QLatin1String("OR"))
            token.kind = TokenKind::Or;
        else if (token.text == QLatin1String("NOT"))
            token.kind = TokenKind::Not;
        return token;
    }

    // A field term: ASCII letters directly followed by an operator. Nothing when the word at m_at is
    // not one (m_at is then unchanged).
    std::optional<std::variant<Token, SearchError>> readField()
    {
        int at = m_at;
        while (at < size() && isAsciiLetter(m_line[at]))
            ++at;
        if (at == m_at)
            return std::nullopt;
        const QStringView op = operatorAt(m_line, at);
        if (op.isEmpty())
            return std::nullopt;
        Token token = makeToken(TokenKind::Field, m_at, 0, m_line.mid(m_at, at - m_at));
        token.op = op.toString();
        m_at = at + int(op.size());
        token.valuePosition = m_at;
        if (m_at < size() && m_line[m_at] == u'"') {
            token.valueQuoted = true;
            if (!readQuoted(token.value))
                return unterminated(token.valuePosition);
        } else {
            while (m_at < size() && !endsWord(m_line[m_at]))
                ++m_at;
            token.value = m_line.mid(token.valuePosition, m_at - token.valuePosition);
        }
        token.valueLength = m_at - token.valuePosition;
        token.length = m_at - token.position;
        return token;
    }

    const QString &m_line;
    int m_at = 0;
};

} // namespace

std::variant<QList<Token>, SearchError> tokenize(const QString &line)
{
    return Lexer(line).run();
}

} // namespace jobdesk::search
