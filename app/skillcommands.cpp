// The `skills` command; the subcommands that edit the dictionary are in skilleditcommands.cpp.
// `skills extract`: without --database it uses the shipped dictionary as compiled in (no library is
// opened or created); with one, that library's dictionary: its own skills and aliases, ignored skills
// left out, after bringing the shipped part up to date as every other use of the library does.
#include "skillcommands.h"
#include "cliio.h"
#include "skilleditcommands.h"

#include "import/htmltext.h"
#include "import/textdecoding.h"
#include "skills/skillextractor.h"
#include "skills/skillindex.h"
#include "skills/skilltaxonomy.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace jobdesk::app {
namespace {

const QString extractSynopsis = QStringLiteral("jobdesk skills extract [--database PATH] [FILE|-]");

int usageError(const QString &problem)
{
    err() << "jobdesk: " << problem << "\n" << tr("Usage: %1").arg(extractSynopsis) << Qt::endl;
    return 2;
}

QString allSynopses()
{
    return (QStringList{extractSynopsis} + skillEditSynopses().split(QLatin1Char('\n')))
        .join(QStringLiteral("\n       "));
}

// The text to read: a file, or standard input for "-" or no argument. HTML (a saved description) is
// read as the importer reads it. Empty optional on failure, which it has reported.
std::optional<QString> readText(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path.isEmpty() || path == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        err() << "jobdesk: " << (path.isEmpty() ? QStringLiteral("-") : path) << ": " << file.errorString()
              << Qt::endl;
        return std::nullopt;
    }
    const QString text = decodeText(file.readAll());
    return looksLikeHtml(text) ? htmlToPlainText(text) : text;
}

int extract(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database(
        QStringLiteral("database"),
        tr("Use the dictionary of the library at <path> (its own skills and aliases, ignored skills left "
           "out) instead of the shipped one. The library must exist."),
        tr("path"));
    parser.addOption(database);
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The text to read; '-' or nothing for standard input."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(extractSynopsis) << "\n"
              << tr("Prints one skill a line: name, category, required or optional, mentions.") << Qt::endl;
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("skills extract reads one file"));

    std::shared_ptr<const SkillIndex> index;
    if (parser.isSet(database)) {
        const QString path = parser.value(database);
        // A typo must not create an empty library (a server refuses a database that is not there).
        if (!LibraryLocation::isServerAddress(path) && !QFileInfo(path).isFile()) {
            err() << "jobdesk: " << tr("%1: no such library").arg(path) << Qt::endl;
            return 1;
        }
        Database db(path);
        installShippedSkills(db);
        index = SkillIndex::load(db);
    } else {
        index = SkillIndex::fromEntries(shippedSkills());
    }

    const std::optional<QString> text = readText(parser.positionalArguments().value(0));
    if (!text)
        return 1;
    QList<ExtractedSkill> skills = extractSkills(index->matcher(), *text).skills;
    // Required first, then the most mentioned, then by name.
    std::sort(skills.begin(), skills.end(), [&](const ExtractedSkill &a, const ExtractedSkill &b) {
        if (a.required != b.required)
            return a.required;
        if (a.count != b.count)
            return a.count > b.count;
        const QString nameA = index->name(a.skillId), nameB = index->name(b.skillId);
        const int order = nameA.compare(nameB, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : nameA < nameB;
    });
    for (const ExtractedSkill &skill : skills) {
        out() << index->name(skill.skillId) << '\t' << keyword(index->category(skill.skillId)) << '\t'
              << (skill.required ? "required" : "optional") << '\t' << skill.count << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int skillsCommand(const QStringList &arguments)
{
    const QString subcommand = arguments.value(1);
    // The subcommand stands where QCommandLineParser expects the program's name.
    if (subcommand == QLatin1String("extract"))
        return extract(arguments.mid(1));
    if (isSkillEditSubcommand(subcommand))
        return skillEditCommand(arguments.mid(1));
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        out() << tr("Usage: %1").arg(allSynopses()) << Qt::endl;
        return 0;
    }
    err() << "jobdesk: "
          << (subcommand.isEmpty()
                  ? tr("skills needs a subcommand: extract, add, alias, unalias, merge, unmerge, ignore, "
                       "unignore or list")
                  : tr("unknown skills subcommand '%1'").arg(subcommand))
          << "\n"
          << tr("Usage: %1").arg(allSynopses()) << Qt::endl;
    return 2;
}

} // namespace jobdesk::app
