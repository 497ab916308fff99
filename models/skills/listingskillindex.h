// A read-only snapshot of the library's skill data for counting (the Skills Gap of a view): per listing
// the ids of the skills it asks for with the required flag, and its yearly salary; the skills' names
// and categories. Read once, in one read transaction, with SQLite's C API (a few hundred ms for 100,000
// listings with 2.8 million listing_skills rows; a team library's with Qt SQL in one snapshot), it answers
// "which skills do these listings ask for" with a loop over arrays instead of a join: analyseViewGap(const
// ListingSkillIndex &, …) in gapanalysis.h.
//
// Layout (compact: about 2 bytes a listing_skills row and 12 a listing):
// - listings by slot = id − the smallest id (ids are INTEGER PRIMARY KEY, mostly dense); a bit per
//   slot says whether that listing exists;
// - CSR: the entries of slot s are entries[offsets[s] .. offsets[s + 1]), sorted by skill id, each
//   skill id << 1 | required, 16 bits wide while skill ids stay below 32,768, else 32;
// - salaries as ranks into the sorted distinct yearly salaries (NoSalary when unknown), so a view's
//   salaries are counted, never sorted.
//
// It is a snapshot: it does not follow the library. Whoever holds one loads it again when listings,
// their skills or the dictionary change (SkillGapPane: SkillGapPane::listingsChanged(), reload()).
#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace jobdesk {

class Database;

class ListingSkillIndex final
{
public:
    static constexpr uint32_t NoSalary = UINT32_MAX;

    // Reads the library through `db`'s connection (on the calling thread). Returns null when `stop`
    // answered true (checked every 64K rows) or when the library cannot be held compactly (listing ids
    // spread far beyond their count, skill ids beyond 2^24). Throws StoreError when the library cannot
    // be read and when Qt's driver runs another SQLite than the one Jobdesk links. A file is read with
    // SQLite's C API in one read transaction, a team library with Qt SQL in one REPEATABLE READ snapshot.
    static std::shared_ptr<const ListingSkillIndex> load(const Database &db,
                                                         const std::function<bool()> &stop = {});

    ListingSkillIndex(const ListingSkillIndex &) = delete;
    ListingSkillIndex &operator=(const ListingSkillIndex &) = delete;
    ~ListingSkillIndex();

    // Slot of listing `id`, or -1 when the snapshot does not know that listing.
    int64_t slotOf(int64_t id) const
    {
        const int64_t slot = id - m_base;
        if (slot < 0 || uint64_t(slot) >= m_slots || !(m_known[size_t(slot) >> 6] >> (slot & 63) & 1))
            return -1;
        return slot;
    }
    size_t slotCount() const { return m_slots; }
    int64_t firstId() const { return m_base; }
    bool wideEntries() const { return m_wide; }
    std::span<const uint32_t> offsets() const { return {m_offsets.data(), m_offsets.size()}; }
    std::span<const uint16_t> entries16() const
    {
        return {static_cast<const uint16_t *>(m_entries), m_wide ? 0 : m_entryCount};
    }
    std::span<const uint32_t> entries32() const
    {
        return {static_cast<const uint32_t *>(m_entries), m_wide ? m_entryCount : 0};
    }
    std::span<const uint32_t> salaryRanks() const { return m_salaryRank; }
    // The distinct yearly salaries, ascending: a rank's value.
    std::span<const double> salaries() const { return m_salaries; }

    // Skill ids run from 0 to skillLimit() − 1.
    size_t skillLimit() const { return m_names.size(); }
    QString skillName(int64_t skillId) const;
    int skillCategory(int64_t skillId) const;

    size_t listingCount() const { return m_listings; }
    size_t entryCount() const { return m_entryCount; }
    // Bytes held (names counted by their characters), and how long load() took.
    size_t memoryBytes() const;
    double loadMs() const { return m_loadMs; }

private:
    ListingSkillIndex() = default;
    // The load itself, from rows read by `reader` (a file's or a server's; listingskillindex.cpp).
    template <typename Reader>
    static std::shared_ptr<ListingSkillIndex> read(const Database &db, const Reader &reader,
                                                   const std::function<bool()> &stop);

    int64_t m_base = 0;
    size_t m_slots = 0;
    size_t m_listings = 0;
    std::vector<uint64_t> m_known;
    std::vector<uint32_t> m_offsets; // m_slots + 1
    std::vector<uint32_t> m_salaryRank;
    std::vector<double> m_salaries;
    // malloc'd, grown with realloc: a large block is remapped, not copied, so loading needs no room for
    // two copies of the entries.
    void *m_entries = nullptr;
    size_t m_entryCount = 0;
    bool m_wide = false;
    std::vector<QString> m_names;
    std::vector<int8_t> m_categories;
    double m_loadMs = 0;
};

} // namespace jobdesk
