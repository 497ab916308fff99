#include "vocabulary.h"

#include <QCoreApplication>

#include <array>
#include <vector>

namespace jobdesk {
namespace {

template <typename Enum>
struct Term
{
    Enum value;
    const char *keyword;
    const char *label; // translated in the "Vocabulary" context
    // Not an initializer_list: the arrays below are built from Term{...} temporaries, and the list's
    // backing array would not outlive them (clang frees it after static initialisation; found by
    // tests/fuzz).
    std::vector<const char *> spellings;
};

const std::array workplaceTerms{
    Term<Workplace>{Workplace::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown"), {}},
    Term<Workplace>{Workplace::OnSite,
                    "onsite",
                    QT_TRANSLATE_NOOP("Vocabulary", "On-site"),
                    {"on-site", "on site", "office", "in office", "in-office", "onsite"}},
    Term<Workplace>{
        Workplace::Hybrid, "hybrid", QT_TRANSLATE_NOOP("Vocabulary", "Hybrid"), {"hybrid", "flexible"}},
    Term<Workplace>{
        Workplace::Remote,
        "remote",
        QT_TRANSLATE_NOOP("Vocabulary", "Remote"),
        {"remote", "telecommute", "fully remote", "remote only", "work from home", "wfh", "anywhere"}},
};

const std::array employmentTerms{
    Term<EmploymentType>{EmploymentType::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown"), {}},
    Term<EmploymentType>{EmploymentType::FullTime,
                         "full-time",
                         QT_TRANSLATE_NOOP("Vocabulary", "Full-time"),
                         {"full_time", "full time", "fulltime", "full-time", "permanent"}},
    Term<EmploymentType>{EmploymentType::PartTime,
                         "part-time",
                         QT_TRANSLATE_NOOP("Vocabulary", "Part-time"),
                         {"part_time", "part time", "parttime", "part-time"}},
    Term<EmploymentType>{EmploymentType::Contractor,
                         "contract",
                         QT_TRANSLATE_NOOP("Vocabulary", "Contract"),
                         {"contractor", "contract", "freelance", "b2b", "contract to hire"}},
    Term<EmploymentType>{EmploymentType::Temporary,
                         "temporary",
                         QT_TRANSLATE_NOOP("Vocabulary", "Temporary"),
                         {"temporary", "temp", "seasonal", "fixed term", "fixed-term"}},
    Term<EmploymentType>{EmploymentType::Intern,
                         "internship",
                         QT_TRANSLATE_NOOP("Vocabulary", "Internship"),
                         {"intern", "internship", "trainee", "apprenticeship"}},
    Term<EmploymentType>{
        EmploymentType::Volunteer, "volunteer", QT_TRANSLATE_NOOP("Vocabulary", "Volunteer"), {"volunteer"}},
    Term<EmploymentType>{EmploymentType::PerDiem,
                         "per-diem",
                         QT_TRANSLATE_NOOP("Vocabulary", "Per diem"),
                         {"per_diem", "per diem"}},
    Term<EmploymentType>{EmploymentType::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other"), {"other"}},
};

const std::array seniorityTerms{
    Term<Seniority>{Seniority::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown"), {}},
    Term<Seniority>{Seniority::Intern,
                    "intern",
                    QT_TRANSLATE_NOOP("Vocabulary", "Intern"),
                    {"intern", "internship", "trainee", "student"}},
    Term<Seniority>{Seniority::Junior,
                    "junior",
                    QT_TRANSLATE_NOOP("Vocabulary", "Junior"),
                    {"junior", "jr", "entry level", "entry-level", "graduate", "associate"}},
    Term<Seniority>{Seniority::Mid,
                    "mid",
                    QT_TRANSLATE_NOOP("Vocabulary", "Mid-level"),
                    {"mid", "mid-level", "mid level", "middle", "intermediate"}},
    Term<Seniority>{Seniority::Senior, "senior", QT_TRANSLATE_NOOP("Vocabulary", "Senior"), {"senior", "sr"}},
    Term<Seniority>{Seniority::Staff, "staff", QT_TRANSLATE_NOOP("Vocabulary", "Staff"), {"staff"}},
    Term<Seniority>{Seniority::Principal,
                    "principal",
                    QT_TRANSLATE_NOOP("Vocabulary", "Principal"),
                    {"principal", "distinguished", "architect"}},
    Term<Seniority>{Seniority::Lead,
                    "lead",
                    QT_TRANSLATE_NOOP("Vocabulary", "Lead / manager"),
                    {"lead", "manager", "head", "director", "vp", "chief", "executive"}},
};

const std::array periodTerms{
    Term<SalaryPeriod>{SalaryPeriod::Unknown, "unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown"), {}},
    Term<SalaryPeriod>{SalaryPeriod::Hour, "hour", QT_TRANSLATE_NOOP("Vocabulary", "per hour"), {}},
    Term<SalaryPeriod>{SalaryPeriod::Day, "day", QT_TRANSLATE_NOOP("Vocabulary", "per day"), {}},
    Term<SalaryPeriod>{SalaryPeriod::Week, "week", QT_TRANSLATE_NOOP("Vocabulary", "per week"), {}},
    Term<SalaryPeriod>{SalaryPeriod::Month, "month", QT_TRANSLATE_NOOP("Vocabulary", "per month"), {}},
    Term<SalaryPeriod>{SalaryPeriod::Year, "year", QT_TRANSLATE_NOOP("Vocabulary", "per year"), {}},
};

template <typename Enum, std::size_t N>
const Term<Enum> &find(const std::array<Term<Enum>, N> &terms, Enum value)
{
    for (const auto &term : terms) {
        if (term.value == value)
            return term;
    }
    return terms.front();
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const std::array<Term<Enum>, N> &terms, QStringView text)
{
    QString folded = text.trimmed().toString().toLower();
    folded.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (folded.isEmpty())
        return std::nullopt;
    for (const auto &term : terms) {
        if (folded == QLatin1String(term.keyword))
            return term.value;
        for (const char *spelling : term.spellings) {
            QString candidate = QString::fromLatin1(spelling);
            candidate.replace(QLatin1Char('_'), QLatin1Char(' '));
            if (folded == candidate)
                return term.value;
        }
    }
    return std::nullopt;
}

} // namespace

QString keyword(Workplace value)
{
    return QString::fromLatin1(find(workplaceTerms, value).keyword);
}
QString keyword(EmploymentType value)
{
    return QString::fromLatin1(find(employmentTerms, value).keyword);
}
QString keyword(Seniority value)
{
    return QString::fromLatin1(find(seniorityTerms, value).keyword);
}
QString keyword(SalaryPeriod value)
{
    return QString::fromLatin1(find(periodTerms, value).keyword);
}

QString label(Workplace value)
{
    return QCoreApplication::translate("Vocabulary", find(workplaceTerms, value).label);
}
QString label(EmploymentType value)
{
    return QCoreApplication::translate("Vocabulary", find(employmentTerms, value).label);
}
QString label(Seniority value)
{
    return QCoreApplication::translate("Vocabulary", find(seniorityTerms, value).label);
}
QString label(SalaryPeriod value)
{
    return QCoreApplication::translate("Vocabulary", find(periodTerms, value).label);
}

std::optional<Workplace> parseWorkplace(QStringView text)
{
    return parse(workplaceTerms, text);
}
std::optional<EmploymentType> parseEmploymentType(QStringView text)
{
    return parse(employmentTerms, text);
}
std::optional<Seniority> parseSeniority(QStringView text)
{
    return parse(seniorityTerms, text);
}

} // namespace jobdesk
