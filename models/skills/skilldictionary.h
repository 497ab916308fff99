// The user's edits of the library's skills dictionary (docs/skills.md, "Editing the dictionary"): add a
// skill, add or remove an alias, ignore a skill, merge one skill into another and undo that. Each edit
// is one transaction and is validated first; a name or alias that another skill already uses is refused
// with a StoreError naming that skill, and a refused edit changes nothing.
//
// Every edit changes skillDictionarySignature(), so ensureSkillsCurrent() extracts the listings again
// afterwards; the caller runs it (the command line before returning, the window in the background).
// What the user did is kept in columns the installer of the shipped dictionary never writes (origin 1,
// ignored, merged_into), so an update of the app keeps every edit.
#pragma once

#include "skilltaxonomy.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk {

class Database;

struct DictionarySkill
{
    qint64 id = 0;
    QString name;
    SkillCategory category = SkillCategory::Other;
    bool user = false; // added by the user (origin 1), else shipped
    bool ignored = false;
    std::optional<qint64> mergedInto; // set for a skill merged into another
    QStringList aliases;              // its own, by name ignoring case
    QStringList merged;               // names of the skills merged into it, which now find it
};

struct MergeResult
{
    int listings = 0; // listings that asked for the merged skill
    int profiles = 0; // profiles that had it
};

class SkillDictionary final
{
public:
    explicit SkillDictionary(const Database &db);
    Q_DISABLE_COPY_MOVE(SkillDictionary)

    // Every skill that is not merged into another, by name ignoring case.
    QList<DictionarySkill> skills() const;
    std::optional<DictionarySkill> skill(qint64 id) const;
    // The skill with that name, else the one with that alias (ignoring case); merged skills included.
    std::optional<DictionarySkill> find(const QString &nameOrAlias) const;
    // How many listings ask for each skill (skill id -> listings). Reads all of listing_skills: call it
    // off the GUI thread.
    static QHash<qint64, int> listingCounts(const Database &db);

    // Adds a skill of the user's; returns its id.
    qint64 addSkill(const QString &name, SkillCategory category, const QStringList &aliases = {});
    // Gives the skill another name listings use for it.
    void addAlias(qint64 skillId, const QString &alias);
    // Removes an alias the user gave (shipped aliases cannot be removed: ignore or merge instead).
    void removeAlias(const QString &alias);
    // An ignored skill is never extracted; listings stop asking for it.
    void setIgnored(qint64 skillId, bool ignored);
    // Merges `from` into `into`: from's name and aliases find `into` from then on, the listings and
    // profiles that had `from` have `into` (a profile keeps the higher level and years), and skills merged
    // into `from` before are merged into `into`. `from` keeps its row for unmerge() but appears nowhere.
    MergeResult merge(qint64 from, qint64 into);
    // Undoes merge(): the skill stands on its own again and listings find it at the next extraction.
    // Profiles keep the target they were given.
    void unmerge(qint64 skillId);

private:
    DictionarySkill existing(qint64 id) const;
    QString checkedTerm(const QString &text, const QString &what) const;
    void checkUnused(const QString &term, qint64 exceptSkill) const;
    void insertAlias(qint64 skillId, const QString &alias) const;

    const Database &m_db;
};

} // namespace jobdesk
