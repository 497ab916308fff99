// The dictionary the app's matcher uses, as plain surfaces, so that other engines can be given exactly
// the same terms: every name and alias SkillIndex::load() gives its SkillMatcher, read with the same
// query (ignored skills left out, merged skills' terms kept under their target).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jobdesk {

class Database;

// The surfaces in the order SkillIndex::load() hands them to its matcher: names, then aliases.
QStringList dictionarySurfaces(const Database &db);

// Whether a surface is plain ASCII and starts and ends with a word character ([A-Za-z0-9_]): the terms on
// which the app's token-aware boundary rule, ripgrep's -w and Hyperscan's \b should agree.
bool isPlainWordTerm(const QString &surface);

// Writes `surfaces` one a line, each once ignoring case, longest first (UTF-8 bytes, then by text), so
// that an engine answering leftmost-first among alternatives (ripgrep -F -f) answers leftmost-longest.
void writeDictionary(const QStringList &surfaces, const QString &path);

} // namespace jobdesk
