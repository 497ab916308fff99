#include "inference.h"

#include <QRegularExpression>

namespace jobdesk {

Seniority inferSeniority(QStringView title)
{
    struct Rule
    {
        Seniority seniority;
        QRegularExpression pattern;
    };
    using Re = QRegularExpression;
    static const Rule rules[] = {
        // Order matters: "Senior Engineering Manager" is a manager, "Lead Intern" is not a thing.
        {Seniority::Intern,
         Re(QStringLiteral("\\b(intern|internship|trainee|werkstudent)\\b"), Re::CaseInsensitiveOption)},
        {Seniority::Lead, Re(QStringLiteral("\\b(lead|head of|manager|director|vp|vice president|chief)\\b"),
                             Re::CaseInsensitiveOption)},
        {Seniority::Principal,
         Re(QStringLiteral("\\b(principal|distinguished)\\b"), Re::CaseInsensitiveOption)},
        {Seniority::Staff, Re(QStringLiteral("\\bstaff\\b"), Re::CaseInsensitiveOption)},
        {Seniority::Senior, Re(QStringLiteral("\\b(senior|sr\\.?)(?=\\s|$|\\W)"), Re::CaseInsensitiveOption)},
        {Seniority::Junior, Re(QStringLiteral("\\b(junior|jr\\.?|entry[- ]level|graduate)(?=\\s|$|\\W)"),
                               Re::CaseInsensitiveOption)},
        {Seniority::Mid,
         Re(QStringLiteral("\\b(mid[- ]level|middle|intermediate)\\b"), Re::CaseInsensitiveOption)},
    };
    for (const Rule &rule : rules) {
        if (rule.pattern.matchView(title).hasMatch())
            return rule.seniority;
    }
    return Seniority::Unknown;
}

Workplace inferWorkplace(QStringView text)
{
    using Re = QRegularExpression;
    static const Re hybrid(QStringLiteral("\\bhybrid\\b"), Re::CaseInsensitiveOption);
    static const Re remote(QStringLiteral("\\b(remote|telecommute|work from home|wfh|anywhere)\\b"),
                           Re::CaseInsensitiveOption);
    static const Re onsite(QStringLiteral("\\b(on[- ]?site|in[- ]office)\\b"), Re::CaseInsensitiveOption);
    if (hybrid.matchView(text).hasMatch())
        return Workplace::Hybrid;
    if (remote.matchView(text).hasMatch())
        return Workplace::Remote;
    if (onsite.matchView(text).hasMatch())
        return Workplace::OnSite;
    return Workplace::Unknown;
}

} // namespace jobdesk
