#include "listingskillindex.h"

#include "store/backup.h"
#include "store/database.h"
#include "store/sqlitehandle.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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

template <typename E>
bool readEntries(const Database &library, sqlite3 *db, int64_t base, size_t slots, int64_t skillLimit,
                 const std::vector<uint64_t> &known, std::vector<uint32_t> &offsets, Growing<E> &entries,
                 const std::function<bool()> &stop)
{
    // The primary key's order: listing by listing, each listing's skills by id.
    Statement rows(db, library,
                   "SELECT listing_id, skill_id, required FROM listing_skills ORDER BY listing_id");
    size_t next = 0; // the first slot whose offset is not set yet
    uint32_t rowsSinceCheck = 0;
    while (rows.step(library)) {
        if (++rowsSinceCheck == 65536) {
            rowsSinceCheck = 0;
            if (stop && stop())
                return false;
        }
        const int64_t slot = sqlite3_column_int64(*rows, 0) - base;
        if (slot < 0 || uint64_t(slot) >= slots || !(known[size_t(slot) >> 6] >> (slot & 63) & 1))
            continue; // no such listing (foreign keys make this impossible)
        if (entries.size() >= UINT32_MAX)
            throw StoreError(
                tr("The library %1 has too many listing skills to count in memory.").arg(library.path()));
        while (next <= size_t(slot))
            offsets[next++] = uint32_t(entries.size());
        const int64_t skill = sqlite3_column_int64(*rows, 1);
        if (skill < 0 || skill >= skillLimit)
            continue; // no such skill (foreign keys make this impossible)
        const int required = sqlite3_column_int(*rows, 2) ? 1 : 0;
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
    if (!db.isFile()) {
        // Read with SQLite's C API; a team library's gap is counted with SQL (SkillGapPane falls back).
        throw StoreError(tr("The skills of the team library %1 are counted on its server.").arg(db.path()));
    }
    LibraryBackup::checkSqliteLibrary(db); // the handle below is used with the SQLite Jobdesk links
    sqlite3 *h = handleOf(db);
    const ReadTransaction transaction(h, db);
    std::shared_ptr<ListingSkillIndex> index(new ListingSkillIndex);

    // The dictionary: names and categories by id.
    {
        Statement skills(h, db, "SELECT id, name, category FROM skills ORDER BY id");
        while (skills.step(db)) {
            const int64_t id = sqlite3_column_int64(*skills, 0);
            if (id < 0 || id >= (int64_t(1) << 24))
                return nullptr;
            if (size_t(id) >= index->m_names.size()) {
                index->m_names.resize(size_t(id) + 1);
                index->m_categories.resize(size_t(id) + 1);
            }
            const auto *name = reinterpret_cast<const char *>(sqlite3_column_text(*skills, 1));
            index->m_names[size_t(id)] = QString::fromUtf8(name, sqlite3_column_bytes(*skills, 1));
            index->m_categories[size_t(id)] = int8_t(sqlite3_column_int(*skills, 2));
        }
    }
    index->m_wide = index->m_names.size() > 32768;

    // The listings: the range of their ids, then each one's salary (from the salary index, which
    // holds every listing's id).
    int64_t first = 0, last = -1;
    {
        Statement range(h, db, "SELECT min(id), max(id), count(*) FROM listings");
        if (range.step(db) && sqlite3_column_type(*range, 0) != SQLITE_NULL) {
            first = sqlite3_column_int64(*range, 0);
            last = sqlite3_column_int64(*range, 1);
            const int64_t count = sqlite3_column_int64(*range, 2);
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
        Statement listings(h, db, "SELECT id, salary_yearly FROM listings");
        while (listings.step(db)) {
            const int64_t slot = sqlite3_column_int64(*listings, 0) - first;
            if (slot < 0 || uint64_t(slot) >= slots)
                continue;
            index->m_known[size_t(slot) >> 6] |= uint64_t(1) << (slot & 63);
            ++index->m_listings;
            if (sqlite3_column_type(*listings, 1) != SQLITE_NULL) {
                const double yearly = sqlite3_column_double(*listings, 1);
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
        if (!readEntries(db, h, first, slots, int64_t(index->m_names.size()), index->m_known,
                         index->m_offsets, entries, stop))
            return nullptr;
        index->m_entryCount = entries.size();
        index->m_entries = entries.release();
    } else {
        Growing<uint16_t> entries;
        if (!readEntries(db, h, first, slots, int64_t(index->m_names.size()), index->m_known,
                         index->m_offsets, entries, stop))
            return nullptr;
        index->m_entryCount = entries.size();
        index->m_entries = entries.release();
    }
    index->m_loadMs = double(timer.nsecsElapsed()) / 1e6;
    return index;
}

} // namespace jobdesk
