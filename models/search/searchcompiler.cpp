#include "searchcompiler.h"

#include "likepattern.h"
#include "searchfulltext.h"
#include "store/sqldialect.h"

namespace jobdesk::search {
namespace {

bool isFullTextField(SearchField field)
{
    return field == SearchField::Text || field == SearchField::Title || field == SearchField::Company ||
           field == SearchField::Location;
}

QLatin1String sqlOperator(CompareOp op)
{
    switch (op) {
    case CompareOp::Less:
        return QLatin1String("<");
    case CompareOp::LessEqual:
        return QLatin1String("<=");
    case CompareOp::Greater:
        return QLatin1String(">");
    case CompareOp::GreaterEqual:
        return QLatin1String(">=");
    case CompareOp::Equal:
        break;
    }
    return QLatin1String("=");
}

// FTS5 text for several sub-queries joined by `op`, parenthesised when there is more than one.
QString group(const QStringList &queries, QLatin1String op)
{
    if (queries.size() == 1)
        return queries.front();
    return QLatin1Char('(') + queries.join(QLatin1Char(' ') + op + QLatin1Char(' ')) + QLatin1Char(')');
}

// "a AND b" without "c" or "d": FTS5's NOT is binary, so negated words need a positive one beside them.
QString andQuery(const QStringList &positive, const QStringList &negative)
{
    const QString required = group(positive, QLatin1String("AND"));
    if (negative.isEmpty())
        return required;
    return QLatin1Char('(') + required + QLatin1String(" NOT ") + group(negative, QLatin1String("OR")) +
           QLatin1Char(')');
}

} // namespace

SearchCompiler::SearchCompiler(const CompileContext &context)
    : m_context(context)
    , m_now((context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch())
{}

SqlFilter SearchCompiler::compile(const SearchNode &root) const
{
    const std::optional<Fragment> fragment = node(root);
    if (!fragment)
        return {};
    return {fragment->sql, fragment->values};
}

std::optional<SearchCompiler::Fragment> SearchCompiler::node(const SearchNode &node) const
{
    switch (node.kind) {
    case SearchNode::Kind::Term:
        return term(node.term);
    case SearchNode::Kind::Not:
        return negation(node);
    case SearchNode::Kind::And:
    case SearchNode::Kind::Or:
        return combination(node);
    }
    return std::nullopt;
}

std::optional<SearchCompiler::Fragment> SearchCompiler::negation(const SearchNode &node) const
{
    const std::optional<Fragment> inner = this->node(node.children.front());
    if (!inner)
        return std::nullopt;
    // NOT NULL is NULL, which WHERE reads as false: an unknown value would drop out of both a
    // comparison and its negation. coalesce() makes "unknown" count as "does not match".
    const QString sql = inner->nullable
                            ? QString(QLatin1String("NOT coalesce(") + inner->sql + QLatin1String(", FALSE)"))
                            : QString(QLatin1String("NOT (") + inner->sql + QLatin1Char(')'));
    return Fragment{sql, inner->values, false};
}

std::optional<SearchCompiler::Fragment> SearchCompiler::combination(const SearchNode &node) const
{
    QList<Fragment> parts;
    QStringList positive;
    QStringList negative;
    const bool isAnd = node.kind == SearchNode::Kind::And;
    for (const SearchNode &child : node.children) {
        const FullText text = fullText(child);
        if (text.pure) {
            if (!text.query.isEmpty())
                positive.append(text.query);
            continue;
        }
        // Under AND, "-word" joins the MATCH as "... NOT word": FTS5's NOT needs a left side.
        if (isAnd && child.kind == SearchNode::Kind::Not) {
            const FullText negated = fullText(child.children.front());
            if (negated.pure) {
                if (!negated.query.isEmpty())
                    negative.append(negated.query);
                continue;
            }
        }
        if (auto fragment = this->node(child))
            parts.append(*fragment);
    }
    if (isAnd) {
        if (!positive.isEmpty()) {
            parts.prepend(match(andQuery(positive, negative)));
        } else if (!negative.isEmpty()) {
            // Only negated words: NOT (a OR b) in one lookup.
            Fragment excluded = match(group(negative, QLatin1String("OR")));
            excluded.sql = QLatin1String("NOT (") + excluded.sql + QLatin1Char(')');
            parts.prepend(excluded);
        }
    } else if (!positive.isEmpty()) {
        parts.prepend(match(group(positive, QLatin1String("OR"))));
    }
    if (parts.isEmpty())
        return std::nullopt;
    return join(parts, isAnd ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

SearchCompiler::FullText SearchCompiler::fullText(const SearchNode &node) const
{
    switch (node.kind) {
    case SearchNode::Kind::Term: {
        const auto *text = std::get_if<TextTerm>(&node.term);
        if (!text || !isFullTextField(text->field))
            return {};
        if (!hasTokenCharacters(text->text))
            return {true, {}};
        return {true, ftsPhrase(text->field, text->text, prefixed(*text), m_context.target)};
    }
    case SearchNode::Kind::Not: {
        // A negation has no FTS5 form on its own, unless there is nothing to negate.
        const FullText inner = fullText(node.children.front());
        return {inner.pure && inner.query.isEmpty(), {}};
    }
    case SearchNode::Kind::And:
        return fullTextAnd(node.children);
    case SearchNode::Kind::Or: {
        QStringList queries;
        for (const SearchNode &child : node.children) {
            const FullText text = fullText(child);
            if (!text.pure)
                return {};
            if (!text.query.isEmpty())
                queries.append(text.query);
        }
        return {true, queries.isEmpty() ? QString() : group(queries, QLatin1String("OR"))};
    }
    }
    return {};
}

SearchCompiler::FullText SearchCompiler::fullTextAnd(const std::vector<SearchNode> &children) const
{
    QStringList positive;
    QStringList negative;
    for (const SearchNode &child : children) {
        const bool negated = child.kind == SearchNode::Kind::Not;
        const FullText text = fullText(negated ? child.children.front() : child);
        if (!text.pure)
            return {};
        if (!text.query.isEmpty())
            (negated ? negative : positive).append(text.query);
    }
    if (positive.isEmpty())
        return {negative.isEmpty(), {}};
    return {true, andQuery(positive, negative)};
}

bool SearchCompiler::prefixed(const TextTerm &term) const
{
    return m_context.prefixLastWord && term.open && !term.quoted && worthPrefix(term.text);
}

std::optional<SearchCompiler::Fragment> SearchCompiler::term(const TermValue &term) const
{
    if (const auto *text = std::get_if<TextTerm>(&term)) {
        if (isFullTextField(text->field)) {
            if (!hasTokenCharacters(text->text))
                return std::nullopt;
            return match(ftsPhrase(text->field, text->text, prefixed(*text), m_context.target));
        }
        return textTerm(*text);
    }
    if (const auto *code = std::get_if<CodeTerm>(&term)) {
        const QLatin1String column =
            code->field == SearchField::Workplace ? QLatin1String("listings.workplace")
            : code->field == SearchField::Type    ? QLatin1String("listings.employment_type")
                                                  : QLatin1String("listings.seniority");
        return Fragment{column + QLatin1String(" = ?"), {code->code}, false};
    }
    if (const auto *number = std::get_if<NumberTerm>(&term))
        return numberTerm(*number);
    if (const auto *age = std::get_if<AgeTerm>(&term))
        return ageTerm(*age);
    return dateTerm(std::get<DateTerm>(term));
}

SearchCompiler::Fragment SearchCompiler::textTerm(const TextTerm &term) const
{
    const QString name = term.text.trimmed();
    if (m_context.target == SearchTarget::Candidates)
        return candidateTextTerm(term.field, name);
    switch (term.field) {
    case SearchField::Skill:
        // The skill's own name or any alias of it; both columns compare NOCASE by declaration. A merged
        // skill's name and aliases find the skill it was merged into.
        return {QStringLiteral("listings.id IN (SELECT listing_id FROM listing_skills WHERE skill_id IN "
                               "(SELECT coalesce(s.merged_into, s.id) FROM skills s WHERE s.name = ? "
                               "UNION SELECT coalesce(s.merged_into, s.id) FROM skill_aliases a "
                               "JOIN skills s ON s.id = a.skill_id WHERE a.alias = ?))"),
                {name, name},
                false};
    case SearchField::Tag:
        return {QStringLiteral("listings.id IN (SELECT listing_id FROM listing_tags WHERE tag_id IN "
                               "(SELECT id FROM tags WHERE name = ?))"),
                {name},
                false};
    case SearchField::Status:
        // A listing nobody annotated, or whose stage was deleted, is New.
        return {QStringLiteral("coalesce(stages.name, 'New') = ? COLLATE NOCASE"), {name}, false};
    default:
        // source: imports store the board's name as the record states it ("Remotive", "remotive.com").
        return {QStringLiteral("listings.source LIKE ? ESCAPE '\\'"), {likePrefix(name)}, false};
    }
}

SearchCompiler::Fragment SearchCompiler::candidateTextTerm(SearchField field, const QString &name)
{
    switch (field) {
    case SearchField::Skill:
        return {QStringLiteral("profiles.id IN (SELECT profile_id FROM profile_skills WHERE skill_id IN "
                               "(SELECT coalesce(s.merged_into, s.id) FROM skills s WHERE s.name = ? "
                               "UNION SELECT coalesce(s.merged_into, s.id) FROM skill_aliases a "
                               "JOIN skills s ON s.id = a.skill_id WHERE a.alias = ?))"),
                {name, name},
                false};
    case SearchField::Tag:
        return {QStringLiteral("profiles.id IN (SELECT profile_id FROM profile_tags WHERE tag_id IN "
                               "(SELECT id FROM tags WHERE name = ?))"),
                {name},
                false};
    default:
        // status: (checkTarget() lets no other name field through) a stage of any of their pipelines.
        return {QStringLiteral("profiles.id IN (SELECT p.profile_id FROM pipelines p JOIN pipeline_stages s "
                               "ON s.id = p.stage_id WHERE s.name = ? COLLATE NOCASE)"),
                {name},
                false};
    }
}

SearchCompiler::Fragment SearchCompiler::numberTerm(const NumberTerm &term) const
{
    QString column;
    bool nullable = true;
    switch (term.field) {
    case SearchField::Rating:
        column = QStringLiteral("coalesce(annotations.rating, 0)");
        nullable = false;
        break;
    case SearchField::Match:
        column = QLatin1Char('(') + m_context.matchExpression + QLatin1Char(')');
        break;
    default:
        column = QStringLiteral("listings.salary_yearly");
        break;
    }
    return {column + QLatin1Char(' ') + sqlOperator(term.op) + QLatin1String(" ?"), {term.value}, nullable};
}

SearchCompiler::Fragment SearchCompiler::ageTerm(const AgeTerm &term) const
{
    // A younger listing was posted later: the comparison turns around. posted:7d means "in the last
    // 7 days", like posted<=7d.
    const qint64 threshold = m_now - term.seconds;
    QLatin1String op("<=");
    switch (term.op) {
    case CompareOp::Less:
        op = QLatin1String(">");
        break;
    case CompareOp::LessEqual:
    case CompareOp::Equal:
        op = QLatin1String(">=");
        break;
    case CompareOp::Greater:
        op = QLatin1String("<");
        break;
    case CompareOp::GreaterEqual:
        break;
    }
    return {QLatin1String("listings.posted_at ") + op + QLatin1String(" ?"), {threshold}, true};
}

SearchCompiler::Fragment SearchCompiler::dateTerm(const DateTerm &term) const
{
    const qint64 begin = term.begin.toSecsSinceEpoch();
    const qint64 end = term.end.toSecsSinceEpoch();
    switch (term.op) {
    case CompareOp::Less:
        return {QStringLiteral("listings.posted_at < ?"), {begin}, true};
    case CompareOp::LessEqual:
        return {QStringLiteral("listings.posted_at < ?"), {end}, true};
    case CompareOp::Greater:
        return {QStringLiteral("listings.posted_at >= ?"), {end}, true};
    case CompareOp::GreaterEqual:
        return {QStringLiteral("listings.posted_at >= ?"), {begin}, true};
    case CompareOp::Equal:
        break;
    }
    return {QStringLiteral("(listings.posted_at >= ? AND listings.posted_at < ?)"), {begin, end}, true};
}

SearchCompiler::Fragment SearchCompiler::match(const QString &query) const
{
    const SqlDialect *dialect = m_context.dialect ? m_context.dialect : &SqlDialect::forPath(QString());
    const FullTextIndex index =
        m_context.target == SearchTarget::Candidates ? FullTextIndex::Profiles : FullTextIndex::Listings;
    return {dialect->fullTextCondition(index), {dialect->fullTextQuery(query, index)}, false};
}

SearchCompiler::Fragment SearchCompiler::join(const QList<Fragment> &parts, const QString &op)
{
    if (parts.size() == 1)
        return parts.front();
    // Halves, not a chain: SQLite parses "a OR b OR c ..." into a tree as deep as the chain is long and
    // refuses trees deeper than 1000; halving keeps a line of many terms shallow.
    const qsizetype half = parts.size() / 2;
    const Fragment left = join(parts.first(half), op);
    const Fragment right = join(parts.sliced(half), op);
    return {QLatin1Char('(') + left.sql + QLatin1Char(')') + op + QLatin1Char('(') + right.sql +
                QLatin1Char(')'),
            left.values + right.values, left.nullable || right.nullable};
}

} // namespace jobdesk::search
