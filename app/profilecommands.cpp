#include "profilecommands.h"
#include "cliio.h"

#include "profiles/jsonresumeimporter.h"
#include "profiles/profilestore.h"
#include "skills/skilltaxonomy.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace jobdesk::app {
namespace {

const QString importSynopsis =
    QStringLiteral("jobdesk profile import FILE.json [--database PATH] [--name NAME]");
const QString listSynopsis = QStringLiteral("jobdesk profile list [--database PATH]");

int usageError(const QString &problem)
{
    err() << "jobdesk: " << problem << "\n"
          << tr("Usage: %1").arg(importSynopsis) << "\n"
          << tr("       %1").arg(listSynopsis) << Qt::endl;
    return 2;
}

// Parses a subcommand's options; false on a usage error, which it has reported.
bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addOption(databaseOption());
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        usageError(parser.errorText());
        return false;
    }
    return true;
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(databaseOption()) ? parser.value(databaseOption()) : Database::defaultPath();
}

int importProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("The profile's name (default: the resume's basics.name). Importing "
                                     "again under the same name replaces that profile."),
                                  tr("name"));
    parser.addOption(name);
    if (!parse(parser, arguments))
        return 2;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(importSynopsis) << Qt::endl;
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("profile import takes one JSON Resume file"));

    Database db(databasePath(parser));
    // Skill names resolve against the dictionary, so it must be there before the first import.
    installShippedSkills(db);
    JsonResumeOptions options;
    options.name = parser.value(name);
    const JsonResumeResult result =
        JsonResumeImporter(db).importFile(parser.positionalArguments().first(), options);
    out() << (result.created ? tr("Created profile “%1” with %2 skills.")
                             : tr("Updated profile “%1”: %2 skills."))
                 .arg(result.name)
                 .arg(result.skills.size())
          << Qt::endl;
    if (!result.unresolved.isEmpty())
        out() << tr("Not in the skills dictionary: %1").arg(result.unresolved.join(QStringLiteral(", ")))
              << Qt::endl;
    return 0;
}

// One profile a line, tab-separated: name, kind (me or candidate), number of skills.
int listProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments))
        return 2;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(listSynopsis) << Qt::endl;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("profile list takes no arguments"));
    Database db(databasePath(parser));
    for (const Profile &profile : ProfileStore(db).list()) {
        QString name = profile.name;
        name.replace(QLatin1Char('\t'), QLatin1Char(' '));
        out() << name << '\t'
              << (profile.kind == ProfileKind::Candidate ? QStringLiteral("candidate") : QStringLiteral("me"))
              << '\t' << profile.skillCount << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int profileCommand(const QStringList &arguments)
{
    const QString subcommand = arguments.value(1);
    // The subcommand stands where QCommandLineParser expects the program's name.
    if (subcommand == QLatin1String("import"))
        return importProfile(arguments.mid(1));
    if (subcommand == QLatin1String("list"))
        return listProfiles(arguments.mid(1));
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        out() << tr("Usage: %1").arg(importSynopsis) << "\n" << tr("       %1").arg(listSynopsis) << Qt::endl;
        return 0;
    }
    return usageError(subcommand.isEmpty() ? tr("profile needs a subcommand: import or list")
                                           : tr("unknown profile subcommand '%1'").arg(subcommand));
}

} // namespace jobdesk::app
