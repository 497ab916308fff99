// Copies a whole library into a new one: a personal file onto a team library's server and back
// (`jobdesk copy`, issue 11). Every table of the schema is copied row for row with its ids, so
// annotations, histories, candidates and pipelines keep pointing at the same listings; the full-text
// index is built anew by the destination's engine. The destination must be a library without listings
// or candidates (what a fresh library seeds — stages, the skills dictionary — is replaced by the
// source's). It is written in one transaction and checked before it commits: every table holds as many
// rows as the source's, or nothing is written and StoreError says which table differs.
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace jobdesk {

class Database;

struct CopiedTable
{
    QString table;
    qint64 rows = 0;
};

class LibraryCopy final
{
public:
    LibraryCopy(const Database &from, const Database &to);
    Q_DISABLE_COPY_MOVE(LibraryCopy)

    // Told after each table, with the rows copied so far.
    using Progress = std::function<void(const CopiedTable &done)>;
    // Throws StoreError (nothing written) for a destination with data of its own, libraries of
    // different schema versions, a table this build does not know, a row the destination refuses, or
    // a count that differs after the copy.
    QList<CopiedTable> run(const Progress &progress = {}) const;

    // The tables copied, parents before the tables that refer to them.
    static QStringList tables();

private:
    const Database &m_from;
    const Database &m_to;
};

} // namespace jobdesk
