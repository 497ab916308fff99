#include "listingskillindex.h"

#include "store/backup.h"
#include "store/database.h"
#include "store/readsnapshot.h"
#include "store/sql.h"
#include "store/sqlitehandle.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ListingSkillIndex", text);
}

sqlite3 *handleOf(const Database &db)
{
    sqlite3 *h = sqliteHandle(db.connection());
    if (!h)
        throw StoreError(tr("The library connection is not an open SQLite connection."));
    return h;
}

[[noreturn]] void fail(sqlite3 *db, const Database &library)
{
    throw StoreError(tr("Cannot read the skills of the library %1: %2")
                         .arg(library.path(), QString::fromUtf8(sqlite3_errmsg(db))));
}

// A prepared statement, finalized on every way out.
class Statement
{
public:
    Statement(sqlite3 *db, const Database &library, const char *text)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, text, -1, &m_statement, nullptr) != SQLITE_OK)
            fail(db, library);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // True while there is a row; throws on an error.
    bool step(const Database &library)
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(m_db, library);
        return false;
    }
    sqlite3_stmt *operator*() const { return m_statement; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

// One read transaction around the whole load, so the listings and their skills agree.
class ReadTransaction
{
public:
    ReadTransaction(sqlite3 *db, const Database &library)
        : m_db(db)
    {
        if (!sqlite3_get_autocommit(db))
            return; // the caller's transaction already holds one snapshot
        if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(db, library);
        m_open = true;
    }
    ~ReadTransaction()
    {
        if (m_open)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_db;
    bool m_open = false;
};

// The rows of one statement read forward. On a file with SQLite's C API: the load reads millions of
// rows, and a QVariant per value would cost more than the reading. On a team library with Qt SQL
// (forward only: QPSQL then fetches row by row instead of the whole result).
class SqliteRows
{
public:
    SqliteRows(sqlite3 *db, const Database &library, const char *text)
        : m_statement(db, library, text)
        , m_library(library)
    {}
    bool next() { return m_statement.step(m_library); }
    int64_t integer(int column) const { return sqlite3_column_int64(*m_statement, column); }
    double real(int column) const { return sqlite3_column_double(*m_statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(*m_statement, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(*m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(*m_statement, column));
    }

private:
    Statement m_statement;
    const Database &m_library;
};

class QtRows
{
public:
    QtRows(const Database &library, const char *text)
        : m_query(sql::run(library.connection(), QString::fromLatin1(text)))
        , m_library(library)
    {}
    bool next()
    {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            throw StoreError(tr("Cannot read the skills of the library %1: %2")
                                 .arg(m_library.path(), m_query.lastError().text()));
        return false;
    }
    // Booleans (listing_skills.required on a server) read as 0 or 1.
    int64_t integer(int column) const { return m_query.value(column).toLongLong(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    QString text(int column) const { return m_query.value(column).toString(); }

private:
    QSqlQuery m_query;
    const Database &m_library;
};

struct SqliteReader
{
    sqlite3 *handle;
    const Database &library;
    SqliteRows rows(const char *text) const { return SqliteRows(handle, library, text); }
};

struct QtReader
{
    const Database &library;
    QtRows rows(const char *text) const { return QtRows(library, text); }
};

// Entries appended to a malloc'd block grown with realloc (glibc remaps large blocks instead of copying).
template <typename E>
class Growing
{
public:
    ~Growing() { std::free(m_data); }
    void push(E value)
    {
        if (m_size == m_capacity) {
            const size_t capacity = std::max<size_t>(1 << 16, m_capacity * 2);
            void *grown = std::realloc(m_data, capacity * sizeof(E));
            if (!grown)
                throw std::bad_alloc();
            m_data = static_cast<E *>(grown);
            m_capacity = capacity;
        }
        m_data[m_size++] = value;
    }
    size_t size() const { return m_size; }
    // Hands the block over, trimmed to its size.
    void *release()
    {
        void *data = m_data;
        if (m_size == 0) {
            std::free(m_data);
            data = nullptr;
        } else if (void *trimmed = std::realloc(m_data, m_size * sizeof(E))) {
            data = trimmed;
        }
        m_data = nullptr;
        m_size = m_capacity = 0;
        return data;
    }

private:
    E *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

template <typename E, typename Reader>
bool readEntries(const Database &library, const Reader &reader, int64_t base, size_t slots,
                 int64_t skillLimit, const std::vector<uint64_t> &known, std::vector<uint32_t> &offsets,
                 Growing<E> &entries, const std::function<bool()> &stop)
{
    // The primary key's order (SQLite reads it without sorting): listing by listing, each listing's
    // skills by id.
    auto rows = reader.rows(
        "SELECT listing_id, skill_id, required FROM listing_skills ORDER BY listing_id, skill_id");
    size_t next = 0; // the first slot whose offset is not set yet
    uint32_t rowsSinceCheck = 0;
    while (rows.next()) {
        if (++rowsSinceCheck == 65536) {
            rowsSinceCheck = 0;
            if (stop && stop())
                return false;
        }
        const int64_t slot = rows.integer(0) - base;
        if (slot < 0 || uint64_t(slot) >= slots || !(known[size_t(slot) >> 6] >> (slot & 63) & 1))
            continue; // no such listing (foreign keys make this impossible)
        if (entries.size() >= UINT32_MAX)
            throw StoreError(
                tr("The library %1 has too many listing skills to count in memory.").arg(library.path()));
        while (next <= size_t(slot))
            offsets[next++] = uint32_t(entries.size());
        const int64_t skill = rows.integer(1);
        if (skill < 0 || skill >= skillLimit)
            continue; // no such skill (foreign keys make this impossible)
        const int required = rows.integer(2) ? 1 : 0;
        entries.push(E(uint64_t(skill) << 1 | uint64_t(required)));
    }
    while (next <= slots)
        offsets[next++] = uint32_t(entries.size());
    return true;
}

} // namespace

ListingSkillIndex::~ListingSkillIndex()
{
    std::free(m_entries);
}

QString ListingSkillIndex::skillName(int64_t skillId) const
{
    return skillId >= 0 && uint64_t(skillId) < m_names.size() ? m_names[size_t(skillId)] : QString();
}

int ListingSkillIndex::skillCategory(int64_t skillId) const
{
    return skillId >= 0 && uint64_t(skillId) < m_categories.size() ? m_categories[size_t(skillId)] : 0;
}

size_t ListingSkillIndex::memoryBytes() const
{
    size_t names = m_names.size() * sizeof(QString);
    for (const QString &name : m_names)
        names += size_t(name.capacity()) * sizeof(QChar);
    return m_known.size() * sizeof(uint64_t) + m_offsets.size() * sizeof(uint32_t) +
           m_salaryRank.size() * sizeof(uint32_t) + m_salaries.size() * sizeof(double) +
           m_entryCount * (m_wide ? sizeof(uint32_t) : sizeof(uint16_t)) + names + m_categories.size();
}

std::shared_ptr<const ListingSkillIndex> ListingSkillIndex::load(const Database &db,
                                                                 const std::function<bool()> &stop)
{
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<ListingSkillIndex> index;
    if (db.isFile()) {
        LibraryBackup::checkSqliteLibrary(db); // the handle below is used with the SQLite Jobdesk links
        sqlite3 *h = handleOf(db);
        const ReadTransaction transaction(h, db);
        index = read(db, SqliteReader{h, db}, stop);
    } else {
        const ReadSnapshot snapshot(db);
        index = read(db, QtReader{db}, stop);
    }
    if (index)
        index->m_loadMs = double(timer.nsecsElapsed()) / 1e6;
    return index;
}

template <typename Reader>
std::shared_ptr<ListingSkillIndex> ListingSkillIndex::read(const Database &db, const Reader &reader,
                                                           const std::function<bool()> &stop)
{
    std::shared_ptr<ListingSkillIndex> index(new ListingSkillIndex);

    // The dictionary: names and categories by id.
    {
        auto skills = reader.rows("SELECT id, name, category FROM skills ORDER BY id");
        while (skills.next()) {
            const int64_t id = skills.integer(0);
            if (id < 0 || id >= (int64_t(1) << 24))
                return nullptr;
            if (size_t(id) >= index->m_names.size()) {
                index->m_names.resize(size_t(id) + 1);
                index->m_categories.resize(size_t(id) + 1);
            }
            index->m_names[size_t(id)] = skills.text(1);
            index->m_categories[size_t(id)] = int8_t(skills.integer(2));
        }
    }
    index->m_wide = index->m_names.size() > 32768;

    // The listings: the range of their ids, then each one's salary (from the salary index, which
    // holds every listing's id).
    int64_t first = 0, last = -1;
    {
        auto range = reader.rows("SELECT min(id), max(id), count(*) FROM listings");
        if (range.next() && !range.isNull(0)) {
            first = range.integer(0);
            last = range.integer(1);
            const int64_t count = range.integer(2);
            // Dense enough for arrays by id: at most 4 slots a listing beyond the first million.
            if (last - first + 1 > 4 * count + (int64_t(1) << 20))
                return nullptr;
        }
    }
    const size_t slots = size_t(last - first + 1);
    index->m_base = first;
    index->m_slots = slots;
    index->m_known.assign((slots + 63) / 64, 0);
    index->m_salaryRank.assign(slots, NoSalary);
    index->m_offsets.assign(slots + 1, 0);
    std::vector<double> salaryOf(slots, std::nan(""));
    {
        auto listings = reader.rows("SELECT id, salary_yearly FROM listings");
        while (listings.next()) {
            const int64_t slot = listings.integer(0) - first;
            if (slot < 0 || uint64_t(slot) >= slots)
                continue;
            index->m_known[size_t(slot) >> 6] |= uint64_t(1) << (slot & 63);
            ++index->m_listings;
            if (!listings.isNull(1)) {
                const double yearly = listings.real(1);
                salaryOf[size_t(slot)] = yearly;
                index->m_salaries.push_back(yearly);
            }
        }
    }
    std::sort(index->m_salaries.begin(), index->m_salaries.end());
    index->m_salaries.erase(std::unique(index->m_salaries.begin(), index->m_salaries.end()),
                            index->m_salaries.end());
    index->m_salaries.shrink_to_fit();
    for (size_t slot = 0; slot < slots; ++slot) {
        if (!std::isnan(salaryOf[slot]))
            index->m_salaryRank[slot] = uint32_t(
                std::lower_bound(index->m_salaries.begin(), index->m_salaries.end(), salaryOf[slot]) -
                index->m_salaries.begin());
    }
    std::vector<double>().swap(salaryOf);
    if (stop && stop())
        return nullptr;

    // The skills of every listing.
    if (index->m_wide) {
        Growing<uint32_t> entries;
        if (!readEntries(db, reader, first, slots, int64_t(index->m_names.size()), index->m_known,
                         index->m_offsets, entries, stop))
            return nullptr;
        index->m_entryCount = entries.size();
        index->m_entries = entries.release();
    } else {
        Growing<uint16_t> entries;
        if (!readEntries(db, reader, first, slots, int64_t(index->m_names.size()), index->m_known,
                         index->m_offsets, entries, stop))
            return nullptr;
        index->m_entryCount = entries.size();
        index->m_entries = entries.release();
    }
    return index;
}

} // namespace jobdesk
