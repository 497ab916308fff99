#include "dictionaryterms.h"

#include "store/database.h"
#include "store/sql.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <stdexcept>

namespace jobdesk {

QStringList dictionarySurfaces(const Database &db)
{
    // Kept in step with SkillIndex::load(); benchskills.cpp checks that a matcher built from these
    // surfaces finds exactly what the index's matcher finds.
    QStringList names, aliases;
    QSqlQuery query = sql::run(db.connection(),
                               QStringLiteral("SELECT s.name FROM skills s "
                                              "JOIN skills t ON t.id = coalesce(s.merged_into, s.id) "
                                              "WHERE t.ignored = 0 AND t.merged_into IS NULL ORDER BY s.id"));
    while (query.next())
        names.append(query.value(0).toString());
    query = sql::run(
        db.connection(),
        QStringLiteral("SELECT a.alias FROM skill_aliases a "
                       "JOIN skills s ON s.id = a.skill_id "
                       "JOIN skills t ON t.id = coalesce(s.merged_into, s.id) "
                       "WHERE t.ignored = 0 AND t.merged_into IS NULL ORDER BY a.skill_id, a.alias"));
    while (query.next())
        aliases.append(query.value(0).toString());
    return names + aliases;
}

bool isPlainWordTerm(const QString &surface)
{
    const auto isWord = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    const bool ascii =
        std::all_of(surface.begin(), surface.end(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii && !surface.isEmpty() && isWord(surface.front()) && isWord(surface.back());
}

void writeDictionary(const QStringList &surfaces, const QString &path)
{
    std::vector<QByteArray> lines;
    QSet<QString> seen;
    for (const QString &surface : surfaces) {
        const QString trimmed = surface.simplified(); // the matcher collapses space runs too
        if (!trimmed.isEmpty() && !seen.contains(trimmed.toCaseFolded())) {
            seen.insert(trimmed.toCaseFolded());
            lines.push_back(trimmed.toUtf8());
        }
    }
    std::sort(lines.begin(), lines.end(), [](const QByteArray &a, const QByteArray &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    for (const QByteArray &line : lines)
        file.write(line + '\n');
}

} // namespace jobdesk
