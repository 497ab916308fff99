// Category words and the parser of the shipped resource (resources/skills/skills.tsv). The installer
// is in skillinstaller.cpp.
#include "skilltaxonomy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <array>

namespace jobdesk {
namespace {

struct CategoryTerm
{
    SkillCategory value;
    const char *keyword;
    const char *label; // translated in the "Vocabulary" context, like the listing enumerations
};

const std::array categoryTerms{
    CategoryTerm{SkillCategory::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
    CategoryTerm{SkillCategory::Language, "language", QT_TRANSLATE_NOOP("Vocabulary", "Language")},
    CategoryTerm{SkillCategory::Framework, "framework",
                 QT_TRANSLATE_NOOP("Vocabulary", "Framework / library")},
    CategoryTerm{SkillCategory::Database, "database", QT_TRANSLATE_NOOP("Vocabulary", "Database")},
    CategoryTerm{SkillCategory::Cloud, "cloud", QT_TRANSLATE_NOOP("Vocabulary", "Cloud / platform")},
    CategoryTerm{SkillCategory::Tooling, "tooling", QT_TRANSLATE_NOOP("Vocabulary", "DevOps / tools")},
    CategoryTerm{SkillCategory::Data, "data", QT_TRANSLATE_NOOP("Vocabulary", "Data / ML")},
    CategoryTerm{SkillCategory::Practice, "practice", QT_TRANSLATE_NOOP("Vocabulary", "Practice / method")},
    CategoryTerm{SkillCategory::Soft, "soft", QT_TRANSLATE_NOOP("Vocabulary", "Soft skill")},
    CategoryTerm{SkillCategory::Domain, "domain", QT_TRANSLATE_NOOP("Vocabulary", "Domain")},
};
static_assert(categoryTerms.size() == skillCategoryCount);

const CategoryTerm &term(SkillCategory value)
{
    const int index = int(value);
    return index >= 0 && index < skillCategoryCount ? categoryTerms[size_t(index)] : categoryTerms.front();
}

QString resourcePath()
{
    return QStringLiteral(":/skills/skills.tsv");
}

QByteArray resourceBytes()
{
    QFile file(resourcePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One skill per line after the header: name, category keyword, aliases joined by '|', sources. The
// file is generated and checked by tools/build-taxonomy.py, so a line that does not fit is skipped
// rather than reported.
QList<SkillEntry> parse(const QByteArray &bytes)
{
    QList<SkillEntry> entries;
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    entries.reserve(lines.size());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList columns = lines.at(i).split(QLatin1Char('\t'));
        if (columns.size() < 3 || columns.at(0).isEmpty())
            continue;
        SkillEntry entry;
        entry.name = columns.at(0);
        entry.category = parseSkillCategory(columns.at(1)).value_or(SkillCategory::Other);
        entry.aliases = columns.at(2).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace

QString keyword(SkillCategory value)
{
    return QString::fromLatin1(term(value).keyword);
}

QString label(SkillCategory value)
{
    return QCoreApplication::translate("Vocabulary", term(value).label);
}

std::optional<SkillCategory> parseSkillCategory(QStringView keyword)
{
    const QStringView trimmed = keyword.trimmed();
    for (const CategoryTerm &candidate : categoryTerms) {
        if (trimmed.compare(QLatin1String(candidate.keyword), Qt::CaseInsensitive) == 0)
            return candidate.value;
    }
    return std::nullopt;
}

SkillCategory skillCategoryFromInt(int value)
{
    return value >= 0 && value < skillCategoryCount ? SkillCategory(value) : SkillCategory::Other;
}

QList<SkillEntry> shippedSkills()
{
    // Parsed once per process (thread-safe static); QList shares the result with every caller.
    static const QList<SkillEntry> entries = parse(resourceBytes());
    return entries;
}

QString shippedSkillsVersion()
{
    static const QString version =
        QString::fromLatin1(QCryptographicHash::hash(resourceBytes(), QCryptographicHash::Sha256).toHex());
    return version;
}

} // namespace jobdesk
