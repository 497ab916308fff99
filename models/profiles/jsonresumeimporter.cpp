#include "jsonresumeimporter.h"

#include "jsonresume.h"
#include "skills/skillambiguity.h"
#include "skills/skillindex.h"
#include "skills/skillmatcher.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

#include <map>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonResume", text);
}

// A skill named in the work history, not under skills[]: the person used it, how well is not stated.
constexpr int MentionedLevel = 2;

// Each skill once, in order of first mention.
QList<qint64> ids(const QList<SkillHit> &hits)
{
    QList<qint64> result;
    for (const SkillHit &hit : hits) {
        if (!result.contains(hit.skillId))
            result.append(hit.skillId);
    }
    return result;
}

// Resolves skill texts to dictionary skills: exact name or alias first, then the matcher (which also
// gives a merged skill's name and aliases to the skill it was merged into).
class SkillResolver
{
public:
    SkillResolver(const Database &db, const SkillIndex &index)
        : m_exact(sql::prepare(db.connection(),
                               QStringLiteral("SELECT id FROM skills WHERE name = ? AND ignored = 0 "
                                              "AND merged_into IS NULL "
                                              "UNION ALL SELECT a.skill_id FROM skill_aliases a "
                                              "JOIN skills s ON s.id = a.skill_id "
                                              "WHERE a.alias = ? AND s.ignored = 0 "
                                              "AND s.merged_into IS NULL LIMIT 1")))
        , m_index(index)
    {}

    // A skills[] name or keyword: an entry of a list, trusted like a listing's own skill list, so the
    // ambiguity rules do not apply ("Go" alone is the language).
    QList<qint64> resolve(const QString &text)
    {
        m_exact.bindValue(0, text);
        m_exact.bindValue(1, text);
        sql::exec(m_exact);
        if (m_exact.next()) {
            const qint64 id = m_exact.value(0).toLongLong();
            m_exact.finish();
            return {id};
        }
        return ids(m_index.matcher().find(text));
    }

    // Prose (a summary, a highlight): what the matcher finds there that survives the ambiguity rules.
    QList<qint64> found(const QString &text) const
    {
        return ids(resolveAmbiguity(text, m_index.matcher().find(text)));
    }

private:
    QSqlQuery m_exact;
    const SkillIndex &m_index;
};

} // namespace

JsonResumeImporter::JsonResumeImporter(const Database &db)
    : m_db(db)
{}

ProfileContent JsonResumeImporter::profileContent(const Database &db, const SkillIndex &index,
                                                  const JsonResumeDocument &resume, QStringList *unresolved)
{
    SkillResolver resolver(db, index);
    // Ordered by id so the written rows do not depend on hash order.
    std::map<qint64, int> levels;
    const auto unknown = [&](const QString &text) {
        if (unresolved && !unresolved->contains(text, Qt::CaseInsensitive))
            unresolved->append(text);
    };

    for (const ResumeSkillGroup &group : resume.skills) {
        QStringList texts = group.keywords;
        if (!group.name.isEmpty())
            texts.prepend(group.name);
        for (const QString &text : std::as_const(texts)) {
            const QList<qint64> ids = resolver.resolve(text);
            // A group's name is usually a heading ("Programming Languages"): not worth reporting when
            // the group lists keywords.
            if (ids.isEmpty() && (text != group.name || group.keywords.isEmpty()))
                unknown(text);
            for (const qint64 id : ids)
                levels[id] = std::max(levels[id], group.level);
        }
    }

    // Work history: which skills each dated entry names, for the years, and skills not listed above.
    QHash<qint64, QList<std::pair<QDate, QDate>>> periods;
    const auto mentioned = [&](qint64 id) {
        if (levels.find(id) == levels.end())
            levels[id] = MentionedLevel;
    };
    for (const ResumeWork &work : resume.work) {
        QSet<qint64> named;
        for (const QString &text : work.texts) {
            for (const qint64 id : resolver.found(text))
                named.insert(id);
        }
        for (const qint64 id : std::as_const(named)) {
            mentioned(id);
            if (work.start && work.end)
                periods[id].append({*work.start, *work.end});
        }
    }
    for (const qint64 id : resolver.found(resume.summary))
        mentioned(id);

    ProfileContent content;
    content.name = resume.name;
    content.headline = resume.headline;
    content.location = resume.location;
    content.rawSource = QString::fromUtf8(resume.source);
    content.resumeText = resume.text;
    for (const auto &[id, level] : levels) {
        ProfileSkill skill{id, index.name(id), level, std::nullopt};
        if (const auto ranges = periods.constFind(id); ranges != periods.cend())
            skill.years = coveredYears(*ranges);
        content.skills.append(skill);
    }
    return content;
}

JsonResumeResult JsonResumeImporter::importFile(const QString &path, const JsonResumeOptions &options)
{
    const JsonResumeDocument resume = JsonResumeDocument::read(path, options.today);
    JsonResumeResult result;
    // Loaded once per importer: a folder of resumes shares it (the dictionary does not change meanwhile).
    if (!m_index)
        m_index = SkillIndex::load(m_db);
    ProfileContent content = profileContent(m_db, *m_index, resume, &result.unresolved);
    content.kind = options.kind;
    if (!options.name.trimmed().isEmpty())
        content.name = options.name.trimmed();
    if (content.name.isEmpty())
        throw StoreError(tr("%1 names nobody (basics.name is empty): give the profile a name.")
                             .arg(QDir::toNativeSeparators(path)));
    ProfileStore store(m_db);
    const ProfileStore::Saved saved = store.save(content);
    result.profileId = saved.id;
    result.created = saved.created;
    result.name = store.find(saved.id)->name; // an updated profile keeps the name it had
    result.skills = store.skills(saved.id);
    return result;
}

} // namespace jobdesk
