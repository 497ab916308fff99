#include "hiderules.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HideRules", text);
}

const QString selectRule = QStringLiteral("SELECT id, kind, pattern, created_at FROM hide_rules");

HideRule ruleFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), HideRule::Kind(query.value(1).toInt()), query.value(2).toString(),
            QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::UTC)};
}

} // namespace

HideRuleStore::HideRuleStore(const Database &db)
    : m_db(db)
{}

QList<HideRule> HideRuleStore::list() const
{
    QSqlQuery query =
        sql::run(m_db.connection(), selectRule + QLatin1String(" ORDER BY created_at DESC, id DESC"));
    QList<HideRule> rules;
    while (query.next())
        rules.append(ruleFrom(query));
    return rules;
}

std::optional<HideRule> HideRuleStore::find(qint64 id) const
{
    QSqlQuery query = sql::run(m_db.connection(), selectRule + QLatin1String(" WHERE id = ?"), {id});
    return query.next() ? std::optional<HideRule>(ruleFrom(query)) : std::nullopt;
}

HideRule HideRuleStore::addCompany(const QString &name, const QDateTime &now)
{
    return add(HideRule::Kind::Company, name, now);
}

HideRule HideRuleStore::addTitlePattern(const QString &pattern, const QDateTime &now)
{
    return add(HideRule::Kind::TitlePattern, pattern, now);
}

HideRule HideRuleStore::add(HideRule::Kind kind, const QString &text, const QDateTime &now)
{
    const QString pattern = text.trimmed();
    if (pattern.isEmpty())
        throw StoreError(kind == HideRule::Kind::Company
                             ? tr("Which company should be hidden? The name is empty.")
                             : tr("The title pattern is empty."));
    if (kind == HideRule::Kind::TitlePattern && QString(pattern).remove(QLatin1Char('*')).trimmed().isEmpty())
        throw StoreError(tr("The title pattern “%1” would hide every listing.").arg(pattern));
    const QSqlDatabase db = m_db.connection();
    sql::run(db,
             QStringLiteral("INSERT INTO hide_rules (kind, pattern, created_at) VALUES (?, ?, ?) "
                            "ON CONFLICT (kind, pattern) DO NOTHING"),
             {int(kind), pattern, now.toSecsSinceEpoch()});
    QSqlQuery query =
        sql::run(db, selectRule + QLatin1String(" WHERE kind = ? AND pattern = ?"), {int(kind), pattern});
    if (!query.next())
        throw StoreError(tr("The hide rule “%1” was not stored in %2.").arg(pattern, m_db.path()));
    return ruleFrom(query);
}

void HideRuleStore::remove(qint64 id)
{
    sql::run(m_db.connection(), QStringLiteral("DELETE FROM hide_rules WHERE id = ?"), {id});
}

void HideRuleStore::restore(const HideRule &rule)
{
    sql::run(m_db.connection(),
             QStringLiteral("INSERT INTO hide_rules (id, kind, pattern, created_at) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT DO NOTHING"),
             {rule.id, int(rule.kind), rule.pattern, rule.createdAt.toSecsSinceEpoch()});
}

int HideRuleStore::countMatching(const HideRule &rule) const
{
    const QSqlDatabase db = m_db.connection();
    if (rule.kind == HideRule::Kind::Company) {
        // Uses the NOCASE index on listings.company.
        return sql::scalar(db,
                           QStringLiteral("SELECT count(*) FROM listings WHERE company = ? COLLATE NOCASE"),
                           {rule.pattern})
            .toInt();
    }
    // The stored rule's own LIKE pattern (title_like), exactly what the views hide with.
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM hide_rules r JOIN listings "
                                      "ON listings.title LIKE r.title_like ESCAPE '\\' WHERE r.id = ?"),
                       {rule.id})
        .toInt();
}

} // namespace jobdesk
