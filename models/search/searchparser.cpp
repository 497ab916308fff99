#include "searchparser.h"

#include "searchfieldterm.h"
#include "searchlexer.h"

#include <QCoreApplication>

#include <utility>

namespace jobdesk::search {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Search", text);
}

// Thrown inside the parser only, caught by parseSearch(): the first error ends parsing.
struct ParseFailure
{
    SearchError error;
};

[[noreturn]] void fail(int position, int length, const QString &message)
{
    throw ParseFailure{SearchError{position, length, message}};
}

class Parser final
{
public:
    Parser(const QString &line, QList<Token> tokens)
        : m_line(line)
        , m_tokens(std::move(tokens))
    {}

    std::optional<SearchNode> run()
    {
        if (m_tokens.isEmpty())
            return std::nullopt;
        SearchNode root = parseOr();
        if (m_at < m_tokens.size()) {
            // parseOr() stops only at the end or at a ')' that nothing opened.
            fail(peek().position, 1, tr("unbalanced parenthesis"));
        }
        return root;
    }

private:
    // Parentheses and negations nest by recursion: a pasted line of thousands of '(' must not exhaust
    // the stack, and SQLite refuses expressions nested deeper than 1000 anyway.
    static constexpr int maxNesting = 100;
    class Nesting final
    {
    public:
        Nesting(Parser &parser, const Token &token)
            : m_parser(parser)
        {
            if (++m_parser.m_nesting > maxNesting)
                fail(token.position, token.length, tr("too deeply nested"));
        }
        ~Nesting() { --m_parser.m_nesting; }
        Q_DISABLE_COPY_MOVE(Nesting)

    private:
        Parser &m_parser;
    };

    const Token *peekIf() const { return m_at < m_tokens.size() ? &m_tokens[m_at] : nullptr; }
    const Token &peek() const { return m_tokens[m_at]; }
    bool at(TokenKind kind) const { return peekIf() && peekIf()->kind == kind; }

    bool startsUnary() const
    {
        const Token *token = peekIf();
        if (!token)
            return false;
        switch (token->kind) {
        case TokenKind::Word:
        case TokenKind::Phrase:
        case TokenKind::Field:
        case TokenKind::Open:
        case TokenKind::Minus:
        case TokenKind::Not:
            return true;
        case TokenKind::Close:
        case TokenKind::And:
        case TokenKind::Or:
            break;
        }
        return false;
    }

    // After an operator token: the term it needs must follow.
    void expectTermAfter(const Token &op) const
    {
        if (!startsUnary())
            fail(op.position, op.length, tr("expected a term after '%1'").arg(op.text));
    }

    static SearchNode combine(SearchNode::Kind kind, std::vector<SearchNode> children)
    {
        if (children.size() == 1)
            return std::move(children.front());
        SearchNode node;
        node.kind = kind;
        node.position = children.front().position;
        node.length = children.back().position + children.back().length - node.position;
        node.children = std::move(children);
        return node;
    }

    SearchNode parseOr()
    {
        std::vector<SearchNode> children{parseAnd()};
        while (at(TokenKind::Or)) {
            const Token &op = m_tokens[m_at++];
            expectTermAfter(op);
            children.push_back(parseAnd());
        }
        return combine(SearchNode::Kind::Or, std::move(children));
    }

    SearchNode parseAnd()
    {
        std::vector<SearchNode> children{parseUnary()};
        while (true) {
            if (at(TokenKind::And)) {
                const Token &op = m_tokens[m_at++];
                expectTermAfter(op);
            } else if (!startsUnary()) {
                break;
            }
            children.push_back(parseUnary());
        }
        return combine(SearchNode::Kind::And, std::move(children));
    }

    SearchNode parseUnary()
    {
        const Token &token = peek();
        switch (token.kind) {
        case TokenKind::Minus:
        case TokenKind::Not: {
            ++m_at;
            expectTermAfter(token);
            const Nesting nesting(*this, token);
            SearchNode node;
            node.kind = SearchNode::Kind::Not;
            node.children.push_back(parseUnary());
            node.position = token.position;
            node.length = node.children.front().position + node.children.front().length - token.position;
            return node;
        }
        case TokenKind::Open:
            return parseGroup();
        case TokenKind::Close:
            fail(token.position, 1, tr("unbalanced parenthesis"));
        case TokenKind::And:
        case TokenKind::Or:
            fail(token.position, token.length, tr("expected a term before '%1'").arg(token.text));
        case TokenKind::Word:
        case TokenKind::Phrase:
        case TokenKind::Field:
            break;
        }
        ++m_at;
        return termNode(token);
    }

    SearchNode parseGroup()
    {
        const Token &open = m_tokens[m_at++];
        const Nesting nesting(*this, open);
        if (at(TokenKind::Close))
            fail(open.position, peek().end() - open.position, tr("empty parentheses"));
        if (!peekIf())
            fail(open.position, 1, tr("unbalanced parenthesis"));
        SearchNode inner = parseOr();
        if (!at(TokenKind::Close))
            fail(open.position, 1, tr("unbalanced parenthesis"));
        ++m_at;
        return inner;
    }

    SearchNode termNode(const Token &token) const
    {
        SearchNode node;
        node.position = token.position;
        node.length = token.length;
        if (token.kind == TokenKind::Field) {
            auto term = readFieldTerm(token, endsLine(token));
            if (const auto *error = std::get_if<SearchError>(&term))
                throw ParseFailure{*error};
            node.term = std::get<TermValue>(std::move(term));
        } else {
            const bool quoted = token.kind == TokenKind::Phrase;
            node.term = TextTerm{SearchField::Text, token.text, quoted, !quoted && endsLine(token)};
        }
        return node;
    }

    bool endsLine(const Token &token) const { return token.end() == m_line.size(); }

    const QString &m_line;
    QList<Token> m_tokens;
    qsizetype m_at = 0;
    int m_nesting = 0;
};

} // namespace

ParsedSearch parseSearch(const QString &line)
{
    auto tokens = tokenize(line);
    if (auto *error = std::get_if<SearchError>(&tokens))
        return {std::nullopt, *error};
    try {
        return {Parser(line, std::move(std::get<QList<Token>>(tokens))).run(), std::nullopt};
    } catch (const ParseFailure &failure) {
        return {std::nullopt, failure.error};
    }
}

} // namespace jobdesk::search
