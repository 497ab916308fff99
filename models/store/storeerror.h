// The one exception type of the storage layer. Its message is for people: it names the library file
// and says what went wrong; callers at the edges (command line, GUI) show it as it is.
#pragma once

#include <QString>
#include <stdexcept>

namespace jobdesk {

class StoreError : public std::runtime_error
{
public:
    // What failed, for callers that offer a way out (a damaged library: its automatic backup).
    enum class Kind
    {
        Other,
        Busy,           // another connection held the write lock longer than the busy timeout
        Damaged,        // SQLite found the file corrupt (SQLITE_CORRUPT, SQLITE_NOTADB)
        NotALibrary,    // not an SQLite database, or another program's
        NewerVersion,   // written by a newer Jobdesk
        DiskFull,       // SQLITE_FULL: no room to write (the change was rolled back)
        PasswordNeeded, // a team library's server refused the connection without the right password
        Stale, // the edit was based on a version of a row someone else changed since (nothing written)
    };

    explicit StoreError(const QString &message, Kind kind = Kind::Other)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_kind(kind)
    {}
    QString message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace jobdesk
