#include "listingskillwriter.h"

#include "store/database.h"
#include "store/sql.h"

namespace jobdesk {

ListingSkillWriter::ListingSkillWriter(const Database &db)
    : m_delete(
          sql::prepare(db.connection(), QStringLiteral("DELETE FROM listing_skills WHERE listing_id = ?")))
    , m_insert(sql::prepare(
          db.connection(),
          QStringLiteral("INSERT INTO listing_skills (listing_id, skill_id, required, occurrences) "
                         "VALUES (?, ?, ?, ?)")))
{}

void ListingSkillWriter::write(qint64 listingId, const QList<ExtractedSkill> &skills)
{
    m_delete.bindValue(0, listingId);
    sql::exec(m_delete);
    for (const ExtractedSkill &skill : skills) {
        m_insert.bindValue(0, listingId);
        m_insert.bindValue(1, skill.skillId);
        m_insert.bindValue(2, skill.required ? 1 : 0);
        m_insert.bindValue(3, skill.count);
        sql::exec(m_insert);
    }
}

} // namespace jobdesk
