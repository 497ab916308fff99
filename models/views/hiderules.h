// Hide rules: hide every listing of a company, or every listing whose title matches a pattern, in every
// view but Hidden (listingview.h), including listings imported later. Kept in the library (hide_rules,
// migration 003) so they survive a restart.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace jobdesk {

class Database;

struct HideRule
{
    enum class Kind
    {
        Company = 0,      // the company name, ignoring case
        TitlePattern = 1, // the whole title, ignoring case; `*` stands for any text
    };

    qint64 id = 0;
    Kind kind = Kind::Company;
    QString pattern;
    QDateTime createdAt;

    friend bool operator==(const HideRule &, const HideRule &) = default;
};

class HideRuleStore final
{
public:
    explicit HideRuleStore(const Database &db);
    Q_DISABLE_COPY_MOVE(HideRuleStore)

    // Newest first.
    QList<HideRule> list() const;
    std::optional<HideRule> find(qint64 id) const;
    // Add a rule and return it; adding one that exists (ignoring case) returns the existing rule. The
    // text is trimmed; an empty one, or a pattern of nothing but `*` (it would hide everything), throws
    // StoreError.
    HideRule addCompany(const QString &name, const QDateTime &now = QDateTime::currentDateTimeUtc());
    HideRule addTitlePattern(const QString &pattern, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void remove(qint64 id);
    // Puts a removed rule back as it was (same id and time), for undo.
    void restore(const HideRule &rule);
    // How many listings a stored rule matches, hidden by other rules or not.
    int countMatching(const HideRule &rule) const;

private:
    HideRule add(HideRule::Kind kind, const QString &text, const QDateTime &now);

    const Database &m_db;
};

} // namespace jobdesk
