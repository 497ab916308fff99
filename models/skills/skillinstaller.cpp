// installShippedSkills(): brings skills and skill_aliases in step with the shipped dictionary.
//
// The library records which dictionary it installed (library_settings 'skills.shipped_version'), so
// an unchanged dictionary costs one lookup. A changed one is compared with what the tables hold, in
// memory, and only the differences are written, with prepared statements, in one transaction: rows
// keep their ids, so listing_skills and profile_skills stay valid and an install that changes nothing
// writes nothing but the version.
//
// What is whose: skills and aliases with origin 1 are the user's and never written here; the ignored
// flag and merged_into (SkillDictionary) are the user's on every skill and never written either. A
// shipped skill that the dictionary no longer has is deleted only when nothing refers to it (no listing,
// no profile, no ignore flag, no alias of the user, not merged and nothing merged into it); otherwise it
// stays, and a later dictionary that has it again takes it back.
#include "skilltaxonomy.h"

#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace jobdesk {
namespace {

const QString versionKey = QStringLiteral("skills.shipped_version");
// Part of the recorded version, so a change to what the installer does reaches libraries whose
// dictionary is current.
const QString installerRevision = QStringLiteral("1");

constexpr int shipped = 0;
constexpr int user = 1;

// The key SQLite's NOCASE collation compares: ASCII letters folded, nothing else. skills.name and
// skill_aliases.alias are unique under it, so matching in memory must fold exactly the same way.
QString nocase(const QString &text)
{
    QString folded = text;
    for (QChar &ch : folded) {
        if (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'))
            ch = QChar(ch.unicode() + ('a' - 'A'));
    }
    return folded;
}

struct SkillRow
{
    qint64 id = 0;
    QString name;
    int category = 0;
    int origin = shipped;
};

struct AliasRow
{
    QString alias;
    qint64 skillId = 0;
    int origin = user;
};

// An alias as the dictionary gives it: to which skill, in which spelling.
struct Owner
{
    qint64 skillId = 0;
    QString alias;
};

class Installer
{
public:
    explicit Installer(const QSqlDatabase &db)
        : m_db(db)
    {}

    // Returns the number of rows written.
    int run(const QList<SkillEntry> &entries)
    {
        load();
        QHash<QString, Owner> owners; // nocase(alias) -> the skill the dictionary gives it to
        QSet<qint64> current;         // the shipped skills the dictionary has now
        for (const SkillEntry &entry : entries) {
            const qint64 id = installSkill(entry);
            if (id == 0)
                continue;
            current.insert(id);
            for (const QString &alias : entry.aliases)
                owners.insert(nocase(alias), Owner{id, alias}); // the script makes owners unique
        }
        retire(current);
        installAliases(owners, current);
        return m_writes;
    }

private:
    void load()
    {
        QSqlQuery skills = sql::run(m_db, QStringLiteral("SELECT id, name, category, origin FROM skills"));
        while (skills.next()) {
            const SkillRow row{skills.value(0).toLongLong(), skills.value(1).toString(),
                               skills.value(2).toInt(), skills.value(3).toInt()};
            m_skills.insert(nocase(row.name), row);
        }
        QSqlQuery aliases =
            sql::run(m_db, QStringLiteral("SELECT alias, skill_id, origin FROM skill_aliases"));
        while (aliases.next()) {
            const AliasRow row{aliases.value(0).toString(), aliases.value(1).toLongLong(),
                               aliases.value(2).toInt()};
            m_aliases.insert(nocase(row.alias), row);
        }
    }

    // The id of the shipped skill for `entry`, inserted or brought up to date; 0 when the user has a
    // skill of that name (theirs wins, with its category and aliases).
    qint64 installSkill(const SkillEntry &entry)
    {
        const QString key = nocase(entry.name);
        const int category = int(entry.category);
        const auto found = m_skills.find(key);
        if (found != m_skills.end()) {
            SkillRow &row = found.value();
            if (row.origin != shipped)
                return 0;
            if (row.name != entry.name || row.category != category) {
                exec(m_updateSkill, QStringLiteral("UPDATE skills SET name = ?, category = ? WHERE id = ?"),
                     {entry.name, category, row.id});
                row.name = entry.name;
                row.category = category;
            }
            return row.id;
        }
        exec(m_insertSkill,
             QStringLiteral("INSERT INTO skills (name, category, origin, ignored) VALUES (?, ?, 0, 0)"),
             {entry.name, category});
        const SkillRow row{m_insertSkill->lastInsertId().toLongLong(), entry.name, category, shipped};
        m_skills.insert(key, row);
        return row.id;
    }

    // Shipped skills the dictionary no longer has: deleted (with their aliases) unless something of
    // the user's refers to them.
    void retire(const QSet<qint64> &current)
    {
        QList<QString> gone;
        for (auto it = m_skills.cbegin(); it != m_skills.cend(); ++it) {
            if (it->origin == shipped && !current.contains(it->id))
                gone.append(it.key());
        }
        if (gone.isEmpty())
            return;
        QSqlQuery kept = sql::run(
            m_db, QStringLiteral("SELECT id FROM skills WHERE origin = 0 AND (ignored = 1 "
                                 "OR EXISTS (SELECT 1 FROM listing_skills l WHERE l.skill_id = skills.id) "
                                 "OR EXISTS (SELECT 1 FROM profile_skills p WHERE p.skill_id = skills.id) "
                                 "OR EXISTS (SELECT 1 FROM skill_aliases a WHERE a.skill_id = skills.id "
                                 "AND a.origin = 1) OR merged_into IS NOT NULL "
                                 "OR EXISTS (SELECT 1 FROM skills m WHERE m.merged_into = skills.id))"));
        QSet<qint64> referenced;
        while (kept.next())
            referenced.insert(kept.value(0).toLongLong());
        QSet<qint64> deleted;
        for (const QString &key : gone) {
            const qint64 id = m_skills.value(key).id;
            if (referenced.contains(id))
                continue;
            exec(m_deleteSkill, QStringLiteral("DELETE FROM skills WHERE id = ?"), {id});
            m_skills.remove(key);
            deleted.insert(id);
        }
        // ON DELETE CASCADE removed their aliases in the table; forget them here too.
        m_aliases.removeIf([&deleted](QHash<QString, AliasRow>::iterator it) {
            return deleted.contains(it.value().skillId);
        });
    }

    void installAliases(const QHash<QString, Owner> &owners, const QSet<qint64> &current)
    {
        // The dictionary's aliases of skills it has now and no longer gives: removed. Aliases of a
        // retired skill that stays are left with it until the dictionary gives them to another skill.
        QList<QString> stale;
        for (auto it = m_aliases.cbegin(); it != m_aliases.cend(); ++it) {
            if (it->origin == shipped && current.contains(it->skillId) && !owners.contains(it.key()))
                stale.append(it.key());
        }
        for (const QString &key : stale) {
            exec(m_deleteAlias, QStringLiteral("DELETE FROM skill_aliases WHERE alias = ?"),
                 {m_aliases.value(key).alias});
            m_aliases.remove(key);
        }

        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            const QString &key = it.key();
            const qint64 id = it->skillId;
            const QString &spelling = it->alias;
            // A skill's name is never another skill's alias: a user's skill "Golang" keeps "golang".
            const auto named = m_skills.constFind(key);
            if (named != m_skills.cend() && named->id != id)
                continue;
            const auto found = m_aliases.find(key);
            if (found == m_aliases.end()) {
                exec(m_insertAlias,
                     QStringLiteral("INSERT INTO skill_aliases (alias, skill_id, origin) VALUES (?, ?, 0)"),
                     {spelling, id});
                m_aliases.insert(key, AliasRow{spelling, id, shipped});
            } else if (found->origin == shipped && (found->skillId != id || found->alias != spelling)) {
                exec(m_updateAlias,
                     QStringLiteral("UPDATE skill_aliases SET alias = ?, skill_id = ? WHERE alias = ?"),
                     {spelling, id, found->alias});
                found->alias = spelling;
                found->skillId = id;
            }
            // An alias the user gave stays theirs, whichever skill it names.
        }
    }

    // Each statement is prepared once, on first use.
    void exec(std::optional<QSqlQuery> &query, const QString &statement,
              std::initializer_list<QVariant> values)
    {
        if (!query)
            query = sql::prepare(m_db, statement);
        for (const QVariant &value : values)
            query->addBindValue(value);
        sql::exec(*query);
        ++m_writes;
    }

    QSqlDatabase m_db;
    QHash<QString, SkillRow> m_skills;  // nocase(name) -> row
    QHash<QString, AliasRow> m_aliases; // nocase(alias) -> row
    std::optional<QSqlQuery> m_insertSkill, m_updateSkill, m_deleteSkill;
    std::optional<QSqlQuery> m_insertAlias, m_updateAlias, m_deleteAlias;
    int m_writes = 0;
};

QString recordedVersion(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM library_settings WHERE key = ?"), {versionKey})
        .toString();
}

} // namespace

bool installShippedSkills(const Database &db)
{
    const QList<SkillEntry> entries = shippedSkills();
    // Without its resource the build would retire every shipped skill: better to install nothing.
    if (entries.isEmpty())
        return false;
    const QSqlDatabase connection = db.connection();
    const QString version = installerRevision + QLatin1Char(':') + shippedSkillsVersion();
    if (recordedVersion(connection) == version)
        return false;
    Transaction transaction(connection, db.dialect());
    // One installer at a time: SQLite's write transaction is one already; a server's transactions run
    // side by side, so the version's row is locked first (written unchanged, or made empty), and a second
    // installer waits here until the first has committed.
    sql::run(connection,
             QStringLiteral("INSERT INTO library_settings (key, value) VALUES (?, '') "
                            "ON CONFLICT (key) DO UPDATE SET value = library_settings.value"),
             {versionKey});
    // Another connection may have installed it while this one waited for the write lock.
    if (recordedVersion(connection) == version)
        return false;
    const bool changed = Installer(connection).run(entries) > 0;
    sql::run(connection,
             QStringLiteral("INSERT INTO library_settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {versionKey, version});
    transaction.commit();
    return changed;
}

} // namespace jobdesk
