// The text the skills benchmark measures. corpus.txt (written by part-skills with sqlite3) holds one
// description a line, its line breaks turned into spaces, so that ripgrep and Hyperscan see one listing a
// line; every engine counts matches on it. Extraction reads lines and headings (sections), so it is
// measured on the same listings' descriptions as the library stores them, line breaks included: the same
// bytes but for the line breaks being spaces.
#pragma once

#include <QStringList>

namespace jobdesk {

class Database;

struct Corpus
{
    QStringList lines; // decoded from UTF-8, one description each
    qint64 bytes = 0;  // UTF-8 bytes of the file, line ends included
    QByteArray raw;    // the file, for the decoding figure and byte offsets
};

// Throws std::runtime_error when the file cannot be read.
Corpus readCorpus(const QString &path);

// The first `count` descriptions of the library in the order corpus.txt was written (by listing id).
QStringList storedDescriptions(const Database &db, qsizetype count);

} // namespace jobdesk
