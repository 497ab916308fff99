#include "hidecommands.h"

#include "annotations/annotationstore.h"

#include <QCoreApplication>

namespace jobdesk {

HideListingsCommand::HideListingsCommand(const Database &db, QList<qint64> ids, std::function<void()> changed)
    : m_db(db)
    , m_ids(std::move(ids))
    , m_changed(std::move(changed))
{
    setText(m_ids.size() == 1 ? QCoreApplication::translate("HideCommands", "Hide Listing")
                              : QCoreApplication::translate("HideCommands", "Hide %n Listings", nullptr,
                                                            int(m_ids.size())));
}

void HideListingsCommand::redo()
{
    AnnotationStore(m_db).setHidden(m_ids, true);
    m_changed();
}

void HideListingsCommand::undo()
{
    AnnotationStore(m_db).setHidden(m_ids, false);
    m_changed();
}

HideCompanyCommand::HideCompanyCommand(const Database &db, QString company, std::function<void()> changed)
    : m_db(db)
    , m_company(std::move(company))
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("HideCommands", "Hide “%1”").arg(m_company));
}

void HideCompanyCommand::redo()
{
    HideRuleStore rules(m_db);
    if (m_rule) {
        rules.restore(*m_rule);
    } else {
        const auto before = rules.list();
        const HideRule rule = rules.addCompany(m_company);
        m_existed =
            std::any_of(before.cbegin(), before.cend(), [&](const HideRule &r) { return r.id == rule.id; });
        m_rule = rule;
    }
    m_changed();
}

void HideCompanyCommand::undo()
{
    // A rule that was there before this command stays: undo only takes back what the command did.
    if (m_rule && !m_existed)
        HideRuleStore(m_db).remove(m_rule->id);
    m_changed();
}

} // namespace jobdesk
