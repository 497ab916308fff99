#include "searchcompletions.h"

#include "likepattern.h"
#include "searchgrammar.h"

#include "store/database.h"
#include "store/sql.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace jobdesk::search {
namespace {

bool endsTerm(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control || c == u'(' || c == u')';
}

// The value as the language reads it: bare when it is one word, quoted otherwise. Nothing when it
// cannot be written (a value holding '"').
std::optional<QString> written(const QString &value, bool quote)
{
    if (value.contains(u'"'))
        return std::nullopt;
    if (!quote) {
        for (const QChar c : value) {
            if (endsTerm(c)) {
                quote = true;
                break;
            }
        }
    }
    if (quote || value.isEmpty())
        return QString(QLatin1Char('"') + value + QLatin1Char('"'));
    return value;
}

} // namespace

SearchCompletions::SearchCompletions(const Database &db)
    : m_db(db)
{}

QList<SearchCompletions::Completion> SearchCompletions::complete(const QString &line, int cursor,
                                                                 int limit) const
{
    cursor = std::clamp(cursor, 0, int(line.size()));
    // Inside an open quote the term started before the quote: company:"Acme C|
    const QStringView before = QStringView(line).first(cursor);
    const bool inQuote = before.count(u'"') % 2 == 1;
    int start = inQuote ? int(before.lastIndexOf(u'"')) : cursor;
    while (start > 0 && !endsTerm(line[start - 1]))
        --start;
    while (start < cursor && line[start] == u'-')
        ++start;
    const QString term = line.mid(start, cursor - start);

    QList<Completion> completions;
    static const QRegularExpression fieldValue(QStringLiteral("^([A-Za-z]+)[:=](.*)$"));
    const QRegularExpressionMatch match = fieldValue.match(term);
    if (match.hasMatch()) {
        const FieldSpec *spec = findField(match.capturedView(1));
        if (!spec)
            return completions;
        const int valueStart = start + int(match.capturedStart(2));
        QString typed = match.captured(2);
        const bool quoted = typed.startsWith(u'"');
        if (quoted)
            typed.remove(0, 1);
        if (typed.contains(u'"'))
            return completions; // the value is complete
        for (const QString &value : values(spec->field, typed, limit)) {
            if (const auto insert = written(value, quoted))
                completions.append(Completion{value, *insert, valueStart, cursor - valueStart});
        }
        return completions;
    }
    if (inQuote || term.contains(u'"'))
        return completions;
    for (const FieldSpec &spec : fieldSpecs()) {
        const QString name = QLatin1String(spec.name) + u':';
        if (completions.size() < limit && name.startsWith(term, Qt::CaseInsensitive) && name != term)
            completions.append(Completion{name, name, start, cursor - start});
    }
    return completions;
}

QStringList SearchCompletions::values(SearchField field, const QString &prefix, int limit) const
{
    switch (field) {
    case SearchField::Skill:
        return query(QStringLiteral("SELECT name FROM (SELECT name FROM skills WHERE name LIKE ? ESCAPE '\\' "
                                    "UNION SELECT alias FROM skill_aliases WHERE alias LIKE ? ESCAPE '\\') "
                                    "AS names ORDER BY name COLLATE NOCASE LIMIT ?"),
                     prefix, 2, limit);
    case SearchField::Tag:
        return query(QStringLiteral("SELECT name FROM tags WHERE name LIKE ? ESCAPE '\\' "
                                    "ORDER BY name COLLATE NOCASE LIMIT ?"),
                     prefix, 1, limit);
    case SearchField::Company:
        // GROUP BY the index's own collation: one row per company, read in index order, so LIMIT
        // stops the scan early.
        // min(): one spelling per group, which PostgreSQL asks to be named (SQLite would take any).
        return query(QStringLiteral("SELECT min(company) FROM listings WHERE company LIKE ? ESCAPE '\\' "
                                    "AND company <> '' GROUP BY company COLLATE NOCASE "
                                    "ORDER BY min(company) COLLATE NOCASE LIMIT ?"),
                     prefix, 1, limit);
    case SearchField::Status:
        return query(QStringLiteral("SELECT name FROM stages WHERE name LIKE ? ESCAPE '\\' "
                                    "ORDER BY position LIMIT ?"),
                     prefix, 1, limit);
    default:
        break;
    }
    QStringList matching;
    for (const QString &word : vocabularyKeywords(field)) {
        if (matching.size() < limit && word.startsWith(prefix, Qt::CaseInsensitive))
            matching.append(word);
    }
    return matching;
}

QStringList SearchCompletions::query(const QString &statement, const QString &prefix, int binds,
                                     int limit) const
{
    QVariantList values;
    for (int i = 0; i < binds; ++i)
        values.append(likePrefix(prefix));
    values.append(limit);
    QSqlQuery rows = sql::run(m_db.connection(), statement, values);
    QStringList names;
    while (rows.next())
        names.append(rows.value(0).toString());
    return names;
}

} // namespace jobdesk::search
