#include "skilleditcommands.h"
#include "cliio.h"

#include "skills/skilldictionary.h"
#include "skills/skillreextraction.h"
#include "skills/skilltaxonomy.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <map>
#include <memory>

namespace jobdesk::app {
namespace {

struct Subcommand
{
    QString synopsis;
    int arguments; // positional arguments it takes
};

const std::map<QString, Subcommand> &subcommands()
{
    static const std::map<QString, Subcommand> table{
        {QStringLiteral("add"),
         {QStringLiteral("jobdesk skills add NAME [--category CAT] [--alias A]... [--database PATH]"), 1}},
        {QStringLiteral("alias"), {QStringLiteral("jobdesk skills alias SKILL ALIAS [--database PATH]"), 2}},
        {QStringLiteral("unalias"), {QStringLiteral("jobdesk skills unalias ALIAS [--database PATH]"), 1}},
        {QStringLiteral("merge"), {QStringLiteral("jobdesk skills merge FROM INTO [--database PATH]"), 2}},
        {QStringLiteral("unmerge"), {QStringLiteral("jobdesk skills unmerge SKILL [--database PATH]"), 1}},
        {QStringLiteral("ignore"), {QStringLiteral("jobdesk skills ignore SKILL [--database PATH]"), 1}},
        {QStringLiteral("unignore"), {QStringLiteral("jobdesk skills unignore SKILL [--database PATH]"), 1}},
        {QStringLiteral("list"),
         {QStringLiteral("jobdesk skills list [--user] [--ignored] [--database PATH]"), 0}},
    };
    return table;
}

QString trn(const char *text, int n)
{
    return QCoreApplication::translate("Cli", text, nullptr, n);
}

int usageError(const QString &synopsis, const QString &problem)
{
    err() << "jobdesk: " << problem << "\n" << tr("Usage: %1").arg(synopsis) << Qt::endl;
    return 2;
}

// The library to edit; an explicit path must exist (a typo must not create an empty library).
std::unique_ptr<Database> openLibrary(const QCommandLineParser &parser)
{
    if (!parser.isSet(databaseOption()))
        return std::make_unique<Database>(Database::defaultPath());
    const QString path = parser.value(databaseOption());
    if (!LibraryLocation::isServerAddress(path) &&
        !QFileInfo(path).isFile()) // a server refuses a typo itself
        throw StoreError(tr("%1: no such library").arg(path));
    return std::make_unique<Database>(path);
}

DictionarySkill skillNamed(const SkillDictionary &dictionary, const QString &name)
{
    const std::optional<DictionarySkill> skill = dictionary.find(name);
    if (!skill)
        throw StoreError(tr("There is no skill “%1” in the dictionary.").arg(name.trimmed()));
    return *skill;
}

QString quoted(const QStringList &names)
{
    QStringList parts;
    for (const QString &name : names)
        parts.append(QStringLiteral("“%1”").arg(name));
    return parts.join(QStringLiteral(", "));
}

// The edit itself; returns what it did, for the user.
QString edit(const QString &subcommand, SkillDictionary &dictionary, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (subcommand == u"add") {
        const QString keywordText = parser.value(QStringLiteral("category"));
        const std::optional<SkillCategory> category = keywordText.isEmpty()
                                                          ? std::optional<SkillCategory>(SkillCategory::Other)
                                                          : parseSkillCategory(keywordText);
        if (!category)
            throw StoreError(tr("Unknown category “%1”.").arg(keywordText));
        const QStringList aliases = parser.values(QStringLiteral("alias"));
        const qint64 id = dictionary.addSkill(args[0], *category, aliases);
        const DictionarySkill skill = *dictionary.skill(id);
        if (skill.aliases.isEmpty())
            return tr("Added the skill “%1” (%2).").arg(skill.name, keyword(skill.category));
        return tr("Added the skill “%1” (%2) with the aliases %3.")
            .arg(skill.name, keyword(skill.category), quoted(skill.aliases));
    }
    if (subcommand == u"alias") {
        const DictionarySkill skill = skillNamed(dictionary, args[0]);
        dictionary.addAlias(skill.id, args[1]);
        return tr("“%1” now finds “%2”.").arg(args[1].trimmed(), skill.name);
    }
    if (subcommand == u"unalias") {
        dictionary.removeAlias(args[0]);
        return tr("Removed the alias “%1”.").arg(args[0].trimmed());
    }
    if (subcommand == u"merge") {
        const DictionarySkill from = skillNamed(dictionary, args[0]);
        const DictionarySkill into = skillNamed(dictionary, args[1]);
        const MergeResult result = dictionary.merge(from.id, into.id);
        return tr("Merged “%1” into “%2”: %3 listing(s) and %4 profile(s) had “%1”.")
            .arg(from.name, into.name)
            .arg(result.listings)
            .arg(result.profiles);
    }
    const DictionarySkill skill = skillNamed(dictionary, args[0]);
    if (subcommand == u"unmerge") {
        dictionary.unmerge(skill.id);
        return tr("“%1” is a skill of its own again.").arg(skill.name);
    }
    const bool ignore = subcommand == u"ignore";
    dictionary.setIgnored(skill.id, ignore);
    return ignore ? tr("“%1” is ignored: it is no longer found in listings.").arg(skill.name)
                  : tr("“%1” is found in listings again.").arg(skill.name);
}

// One skill a line, tab-separated: name, category, shipped or user, ignored or not, the aliases and the
// names merged into it joined by '|'.
int list(const Database &db, bool onlyUser, bool onlyIgnored)
{
    for (const DictionarySkill &skill : SkillDictionary(db).skills()) {
        if ((onlyUser && !skill.user) || (onlyIgnored && !skill.ignored))
            continue;
        out() << skill.name << '\t' << keyword(skill.category) << '\t' << (skill.user ? "user" : "shipped")
              << '\t' << (skill.ignored ? "ignored" : "") << '\t'
              << (skill.aliases + skill.merged).join(QLatin1Char('|')) << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

bool isSkillEditSubcommand(const QString &name)
{
    return subcommands().count(name) > 0;
}

QString skillEditSynopses()
{
    QStringList lines;
    for (const auto &[name, subcommand] : subcommands())
        lines.append(subcommand.synopsis);
    return lines.join(QLatin1Char('\n'));
}

int skillEditCommand(const QStringList &arguments)
{
    const QString subcommand = arguments.value(0);
    const Subcommand &spec = subcommands().at(subcommand);
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption category(QStringLiteral("category"),
                                      tr("The skill's category: language, framework, database, cloud, "
                                         "tooling, data, practice, soft, domain or other (the default)."),
                                      tr("keyword"));
    const QCommandLineOption alias(QStringLiteral("alias"), tr("Another name listings use for the skill."),
                                   tr("alias"));
    const QCommandLineOption onlyUser(QStringLiteral("user"), tr("Only the skills you added."));
    const QCommandLineOption onlyIgnored(QStringLiteral("ignored"), tr("Only the ignored skills."));
    if (subcommand == u"add")
        parser.addOptions({category, alias});
    if (subcommand == u"list")
        parser.addOptions({onlyUser, onlyIgnored});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(spec.synopsis, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(spec.synopsis) << Qt::endl;
        return 0;
    }
    if (parser.positionalArguments().size() != spec.arguments)
        return usageError(spec.synopsis,
                          trn("skills %1 takes %n argument(s)", spec.arguments).arg(subcommand));

    const std::unique_ptr<Database> db = openLibrary(parser);
    installShippedSkills(*db); // the dictionary the edit refers to
    if (subcommand == u"list")
        return list(*db, parser.isSet(onlyUser), parser.isSet(onlyIgnored));

    SkillDictionary dictionary(*db);
    out() << edit(subcommand, dictionary, parser) << Qt::endl;
    qint64 done = 0;
    ensureSkillsCurrent(*db, [&done](const ReextractionProgress &progress) {
        done = progress.done;
        return true;
    });
    if (done > 0)
        out() << trn("Extracted the skills of %n listing(s) again.", int(done)) << Qt::endl;
    return 0;
}

} // namespace jobdesk::app
