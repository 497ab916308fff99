#include "recruitingcommands.h"

#include "cliio.h"

#include "annotations/stagestore.h"
#include "profiles/profilestore.h"
#include "recruiting/candidateimport.h"
#include "recruiting/candidatestore.h"
#include "recruiting/openingstore.h"
#include "recruiting/ranking.h"
#include "search/searchquery.h"
#include "skills/matchscore.h"
#include "skills/skilltaxonomy.h"
#include "store/automaticbackups.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace jobdesk::app {
namespace {

const QString importSynopsis = QStringLiteral("jobdesk candidates import PATH... [--database PATH]");
const QString listSynopsis =
    QStringLiteral("jobdesk candidates list [--database PATH] [--query Q] [--format tsv|json]");
const QString exportSynopsis =
    QStringLiteral("jobdesk candidates export ID|NAME [--database PATH] [--output FILE]");
const QString deleteSynopsis = QStringLiteral("jobdesk candidates delete ID|NAME [--database PATH]");
const QString openingsSynopsis =
    QStringLiteral("jobdesk openings list|add ID...|remove ID... [--database PATH]");
const QString rankSynopsis =
    QStringLiteral("jobdesk rank --opening ID|--candidate ID|NAME [--format text|json] [--database PATH]");

QStringList candidatesSynopses()
{
    return {importSynopsis, listSynopsis, exportSynopsis, deleteSynopsis};
}

void printUsage(QTextStream &stream, const QStringList &synopses)
{
    for (qsizetype i = 0; i < synopses.size(); ++i)
        stream << (i == 0 ? tr("Usage: %1") : tr("       %1")).arg(synopses.at(i)) << '\n';
    stream.flush();
}

int usageError(const QString &problem, const QStringList &synopses)
{
    err() << "jobdesk: " << problem << '\n';
    printUsage(err(), synopses);
    return 2;
}

// Parses a command's options, with --database and --help. Returns -1 to go on, else the exit code: 0
// after printing the help, 2 after a usage error, which it has reported.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis)
{
    parser.addOption(databaseOption());
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), {synopsis});
    if (parser.isSet(QStringLiteral("help"))) {
        printUsage(out(), {synopsis});
        return 0;
    }
    return -1;
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(databaseOption()) ? parser.value(databaseOption()) : Database::defaultPath();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isAllDigits(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A positive id, or nullopt.
std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!isAllDigits(text) || !ok || id <= 0)
        return std::nullopt;
    return id;
}

// The candidate `argument` names: an id when it is all digits, else a name (ignoring case). When there
// is none, says so and returns nullopt.
std::optional<Profile> findCandidate(const Database &db, const QString &argument)
{
    const ProfileStore profiles(db);
    if (isAllDigits(argument)) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        std::optional<Profile> found = ok ? profiles.find(id) : std::nullopt;
        if (found && found->kind == ProfileKind::Candidate)
            return found;
        err() << tr("jobdesk: there is no candidate with id %1 (jobdesk candidates list shows them)")
                     .arg(argument)
              << Qt::endl;
        return std::nullopt;
    }
    std::optional<Profile> found = profiles.findByName(ProfileKind::Candidate, argument.trimmed());
    if (!found)
        err() << tr("jobdesk: there is no candidate named “%1” (jobdesk candidates list shows them)")
                     .arg(argument)
              << Qt::endl;
    return found;
}

// A field of a tab-separated line: no tabs or line breaks inside.
QString field(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

void printTsvLine(const QStringList &fields)
{
    QStringList clean;
    for (const QString &text : fields)
        clean.append(field(text));
    out() << clean.join(QLatin1Char('\t')) << '\n';
}

// --- candidates ---------------------------------------------------------------------------------------

int importCandidatesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parse(parser, arguments, importSynopsis); code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(tr("no files or folders to import"), {importSynopsis});

    Database db(databasePath(parser));
    // Skill names resolve against the dictionary, so it must be there before the first import.
    installShippedSkills(db);
    const CandidateImportReport report = importCandidates(db, paths);
    using Outcome = CandidateFileResult::Outcome;
    for (const CandidateFileResult &file : report.files) {
        switch (file.outcome) {
        case Outcome::Created:
        case Outcome::Updated:
            out() << (file.outcome == Outcome::Created ? tr("%1: created “%2”, %3 skills")
                                                       : tr("%1: updated “%2”, %3 skills"))
                         .arg(native(file.path), file.resume.name, QString::number(file.resume.skills.size()))
                  << '\n';
            break;
        case Outcome::Skipped:
            out() << file.message << '\n';
            break;
        case Outcome::Failed:
            // In order with the lines before it.
            out().flush();
            err() << "jobdesk: " << file.message << Qt::endl;
            break;
        }
    }
    out() << tr("%1 created, %2 updated, %3 skipped, %4 failed.")
                 .arg(report.count(Outcome::Created))
                 .arg(report.count(Outcome::Updated))
                 .arg(report.count(Outcome::Skipped))
                 .arg(report.count(Outcome::Failed))
          << Qt::endl;
    return report.ok() ? 0 : 1;
}

QJsonObject candidateJson(const CandidateSummary &candidate)
{
    return QJsonObject{
        {QStringLiteral("id"), candidate.id},
        {QStringLiteral("name"), candidate.name},
        {QStringLiteral("headline"), candidate.headline},
        {QStringLiteral("location"), candidate.location},
        {QStringLiteral("topSkills"), QJsonArray::fromStringList(candidate.topSkills)},
        {QStringLiteral("skillCount"), candidate.skillCount},
        {QStringLiteral("pipelines"), candidate.pipelines},
        {QStringLiteral("activePipelines"), candidate.activePipelines},
        {QStringLiteral("lastActivity"), candidate.lastActivity.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(candidate.tags)},
    };
}

// One candidate a line, tab-separated: id, name, headline, location, top skills, active pipelines, last
// activity (the local date).
int listCandidatesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption query(
        QStringLiteral("query"),
        tr("Only the candidates matching <query>: words of their resume, title:, location:, skill:, tag: "
           "and status: (docs/search.md)."),
        tr("query"));
    const QCommandLineOption format(QStringLiteral("format"), tr("tsv (default) or json."), tr("format"),
                                    QStringLiteral("tsv"));
    parser.addOptions({query, format});
    if (const int code = parse(parser, arguments, listSynopsis); code >= 0)
        return code;
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("tsv") && chosen != QLatin1String("json"))
        return usageError(tr("unknown format '%1'").arg(chosen), {listSynopsis});
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("candidates list takes no arguments"), {listSynopsis});

    // The query is read before the library is opened: a typo never creates a library.
    search::CompileContext context;
    context.target = search::SearchTarget::Candidates;
    context.now = QDateTime::currentDateTimeUtc();
    context.prefixLastWord = false; // a finished query, not one being typed
    context.dialect = &SqlDialect::forPath(databasePath(parser));
    const search::CompiledSearch search = search::compileSearch(parser.value(query), context);
    if (!search.ok()) {
        printQueryError(parser.value(query), *search.error);
        return 2;
    }

    Database db(databasePath(parser));
    const QList<CandidateSummary> candidates = CandidateStore(db).list(search.filter);
    if (chosen == QLatin1String("json")) {
        QJsonArray array;
        for (const CandidateSummary &candidate : candidates)
            array.append(candidateJson(candidate));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    for (const CandidateSummary &candidate : candidates) {
        printTsvLine({QString::number(candidate.id), candidate.name, candidate.headline, candidate.location,
                      candidate.topSkills.join(QStringLiteral(", ")),
                      QString::number(candidate.activePipelines),
                      candidate.lastActivity.isValid()
                          ? candidate.lastActivity.toLocalTime().date().toString(Qt::ISODate)
                          : QString()});
    }
    out().flush();
    return 0;
}

int exportCandidateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        QStringLiteral("output"),
        tr("Write to <file> (readable and writable by you only) instead of standard output."), tr("file"));
    parser.addOption(output);
    if (const int code = parse(parser, arguments, exportSynopsis); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("candidates export takes one candidate: an id or a name"), {exportSynopsis});
    if (parser.isSet(output) && parser.value(output).isEmpty())
        return usageError(tr("--output needs a file name"), {exportSynopsis});

    Database db(databasePath(parser));
    const std::optional<Profile> candidate = findCandidate(db, parser.positionalArguments().first());
    if (!candidate)
        return 1;
    const QByteArray json =
        QJsonDocument(CandidateStore(db).exportJson(candidate->id)).toJson(QJsonDocument::Indented);
    if (!parser.isSet(output)) {
        out() << QString::fromUtf8(json) << Qt::flush;
        return 0;
    }
    // Personal data: readable by the owner only, from the moment the file exists (the permissions are
    // set on the temporary file before it takes the name), and never half written.
    const QString path = parser.value(output);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(json) != json.size() || !file.commit()) {
        err() << tr("jobdesk: cannot write %1: %2").arg(native(path), file.errorString()) << Qt::endl;
        return 1;
    }
    out() << tr("Wrote everything held about “%1” to %2.").arg(candidate->name, native(path)) << Qt::endl;
    return 0;
}

// The copies of the library that still hold what was deleted: the automatic backups beside it and the
// copies kept before migrations (NAME.vN.bak).
QStringList copiesOf(const QString &libraryPath)
{
    QStringList copies;
    for (const BackupFile &backup : AutomaticBackups(libraryPath).list())
        copies.append(native(backup.path));
    const QFileInfo library(libraryPath);
    const QDir dir = library.absoluteDir();
    for (const QString &name :
         dir.entryList({library.fileName() + QLatin1String(".v*.bak")}, QDir::Files, QDir::Name))
        copies.append(native(dir.filePath(name)));
    return copies;
}

int deleteCandidateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (const int code = parse(parser, arguments, deleteSynopsis); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("candidates delete takes one candidate: an id or a name"), {deleteSynopsis});

    Database db(databasePath(parser));
    const std::optional<Profile> candidate = findCandidate(db, parser.positionalArguments().first());
    if (!candidate)
        return 1;
    const std::optional<CandidateSummary> summary = CandidateStore(db).find(candidate->id);
    ProfileStore(db).remove(candidate->id);
    out() << tr("Deleted candidate “%1” (id %2) with their resume, skills (%3), pipelines with their notes "
                "and history (%4) and tags (%5), erased from %6.")
                 .arg(candidate->name, QString::number(candidate->id),
                      QString::number(summary ? summary->skillCount : 0),
                      QString::number(summary ? summary->pipelines : 0),
                      QString::number(summary ? summary->tags.size() : 0), native(db.path()))
          << '\n';
    const QStringList copies = copiesOf(db.path());
    if (copies.isEmpty()) {
        out() << tr("There are no automatic backups beside the library (%1.auto-*.sqlite); backups you "
                    "made yourself still hold the candidate.")
                     .arg(QFileInfo(db.path()).completeBaseName())
              << Qt::endl;
    } else {
        out() << tr("Backups taken before still hold the candidate until you delete them:") << '\n';
        for (const QString &copy : copies)
            out() << "  " << copy << '\n';
        out().flush();
    }
    return 0;
}

} // namespace

int candidatesCommand(const QStringList &arguments)
{
    const QString subcommand = arguments.value(1);
    // The subcommand stands where QCommandLineParser expects the program's name.
    if (subcommand == QLatin1String("import"))
        return importCandidatesCommand(arguments.mid(1));
    if (subcommand == QLatin1String("list"))
        return listCandidatesCommand(arguments.mid(1));
    if (subcommand == QLatin1String("export"))
        return exportCandidateCommand(arguments.mid(1));
    if (subcommand == QLatin1String("delete"))
        return deleteCandidateCommand(arguments.mid(1));
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        printUsage(out(), candidatesSynopses());
        return 0;
    }
    return usageError(subcommand.isEmpty()
                          ? tr("candidates needs a subcommand: import, list, export or delete")
                          : tr("unknown candidates subcommand '%1'").arg(subcommand),
                      candidatesSynopses());
}

// --- openings -----------------------------------------------------------------------------------------

int openingsCommand(const QStringList &arguments)
{
    const QString subcommand = arguments.value(1);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        printUsage(out(), {openingsSynopsis});
        return 0;
    }
    const bool list = subcommand == QLatin1String("list");
    const bool add = subcommand == QLatin1String("add");
    const bool remove = subcommand == QLatin1String("remove");
    if (!list && !add && !remove)
        return usageError(subcommand.isEmpty() ? tr("openings needs a subcommand: list, add or remove")
                                               : tr("unknown openings subcommand '%1'").arg(subcommand),
                          {openingsSynopsis});
    QCommandLineParser parser;
    if (const int code = parse(parser, arguments.mid(1), openingsSynopsis); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (list && !positional.isEmpty())
        return usageError(tr("openings list takes no arguments"), {openingsSynopsis});
    if (!list && positional.isEmpty())
        return usageError(tr("openings %1 needs listing ids").arg(subcommand), {openingsSynopsis});
    QList<qint64> ids;
    for (const QString &argument : positional) {
        const std::optional<qint64> id = parseId(argument);
        if (!id)
            return usageError(tr("'%1' is not a listing id").arg(argument), {openingsSynopsis});
        if (!ids.contains(*id))
            ids.append(*id);
    }

    Database db(databasePath(parser));
    OpeningStore openings(db);
    if (list) {
        // One opening a line, tab-separated: listing id, title, company, candidates, active candidates.
        for (const Opening &opening : openings.list()) {
            printTsvLine({QString::number(opening.listingId), opening.title, opening.company,
                          QString::number(opening.candidates), QString::number(opening.active)});
        }
        out().flush();
        return 0;
    }
    if (add) {
        const int added = openings.mark(ids); // throws naming an id that is not a listing
        out() << tr("Marked as openings: %1 (already were: %2).").arg(added).arg(ids.size() - added)
              << Qt::endl;
        return 0;
    }
    const int removed = openings.unmark(ids);
    out() << tr("No longer openings: %1 (were not: %2). Their pipelines are kept for when they are marked "
                "again.")
                 .arg(removed)
                 .arg(ids.size() - removed)
          << Qt::endl;
    return 0;
}

// --- rank ---------------------------------------------------------------------------------------------

namespace {

QString percent(const MatchBreakdown &match)
{
    return (match.hasSkills() ? QString::number(qRound(match.score)) + QLatin1Char('%') : QStringLiteral("–"))
        .rightJustified(4);
}

// "missing: Go, Kubernetes, Rust (optional)": required skills first (the breakdown's order).
QString missingText(const MatchBreakdown &match)
{
    if (match.missing.isEmpty())
        return {};
    QStringList names;
    for (const MatchedSkill &skill : match.missing)
        names.append(skill.required ? skill.name : tr("%1 (optional)").arg(skill.name));
    return tr("missing: %1").arg(names.join(QStringLiteral(", ")));
}

// One line: rank, score, who or what, missing skills, the pipeline's stage.
void printRankLine(qsizetype rank, const MatchBreakdown &match, const QString &subject, const QString &stage,
                   bool inPipeline)
{
    QStringList parts{QStringLiteral("%1. %2").arg(QString::number(rank), percent(match)), field(subject)};
    if (const QString missing = missingText(match); !missing.isEmpty())
        parts.append(missing);
    if (inPipeline)
        parts.append(tr("stage: %1").arg(stage));
    out() << parts.join(QStringLiteral("  ")) << '\n';
}

QJsonObject matchJson(const MatchBreakdown &match, const QString &stage, bool inPipeline)
{
    QJsonArray matched;
    for (const MatchedSkill &skill : match.matched)
        matched.append(QJsonObject{{QStringLiteral("skill"), skill.name},
                                   {QStringLiteral("required"), skill.required},
                                   {QStringLiteral("level"), skill.level}});
    QJsonArray missing;
    for (const MatchedSkill &skill : match.missing)
        missing.append(
            QJsonObject{{QStringLiteral("skill"), skill.name}, {QStringLiteral("required"), skill.required}});
    return QJsonObject{
        {QStringLiteral("score"), match.hasSkills() ? QJsonValue(match.score) : QJsonValue()},
        {QStringLiteral("matched"), matched},
        {QStringLiteral("missing"), missing},
        {QStringLiteral("explanation"), match.formulaText()},
        {QStringLiteral("pipelineStage"), inPipeline ? QJsonValue(stage) : QJsonValue()},
    };
}

} // namespace

int rankCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption opening(QStringLiteral("opening"),
                                     tr("Rank the candidates for the listing <id> (an opening or not)."),
                                     tr("id"));
    const QCommandLineOption candidate(QStringLiteral("candidate"),
                                       tr("Rank the openings for the candidate <id or name>."),
                                       tr("candidate"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json."), tr("format"),
                                    QStringLiteral("text"));
    parser.addOptions({opening, candidate, format});
    if (const int code = parse(parser, arguments, rankSynopsis); code >= 0)
        return code;
    if (parser.isSet(opening) == parser.isSet(candidate))
        return usageError(tr("give exactly one of --opening and --candidate"), {rankSynopsis});
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("text") && chosen != QLatin1String("json"))
        return usageError(tr("unknown format '%1'").arg(chosen), {rankSynopsis});
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("rank takes no arguments besides its options"), {rankSynopsis});
    const std::optional<qint64> listingId =
        parser.isSet(opening) ? parseId(parser.value(opening)) : std::optional<qint64>(0);
    if (!listingId)
        return usageError(tr("'%1' is not a listing id").arg(parser.value(opening)), {rankSynopsis});
    const bool json = chosen == QLatin1String("json");

    Database db(databasePath(parser));
    QHash<qint64, QString> stages;
    for (const Stage &stage : StageStore(db, StageSet::Candidates).list())
        stages.insert(stage.id, stage.name);

    QJsonArray array;
    if (parser.isSet(opening)) {
        const QList<CandidateRank> ranks = rankCandidates(db, *listingId); // throws naming the listing
        for (qsizetype i = 0; i < ranks.size(); ++i) {
            const CandidateRank &rank = ranks.at(i);
            const QString stage = stages.value(rank.stageId);
            if (json) {
                QJsonObject entry = matchJson(rank.match, stage, rank.pipelineId != 0);
                entry.insert(QStringLiteral("candidateId"), rank.candidate.id);
                entry.insert(QStringLiteral("name"), rank.candidate.name);
                array.append(entry);
            } else {
                printRankLine(i + 1, rank.match, rank.candidate.name, stage, rank.pipelineId != 0);
            }
        }
        if (!json && ranks.isEmpty())
            out() << tr("There are no candidates yet: jobdesk candidates import adds them.") << '\n';
    } else {
        const std::optional<Profile> profile = findCandidate(db, parser.value(candidate));
        if (!profile)
            return 1;
        const QList<OpeningRank> ranks = rankOpenings(db, profile->id);
        for (qsizetype i = 0; i < ranks.size(); ++i) {
            const OpeningRank &rank = ranks.at(i);
            const QString stage = stages.value(rank.stageId);
            if (json) {
                QJsonObject entry = matchJson(rank.match, stage, rank.pipelineId != 0);
                entry.insert(QStringLiteral("listingId"), rank.opening.listingId);
                entry.insert(QStringLiteral("title"), rank.opening.title);
                entry.insert(QStringLiteral("company"), rank.opening.company);
                array.append(entry);
            } else {
                const QString subject =
                    rank.opening.company.isEmpty()
                        ? tr("%1 (listing %2)")
                              .arg(rank.opening.title, QString::number(rank.opening.listingId))
                        : tr("%1, %2 (listing %3)")
                              .arg(rank.opening.title, rank.opening.company,
                                   QString::number(rank.opening.listingId));
                printRankLine(i + 1, rank.match, subject, stage, rank.pipelineId != 0);
            }
        }
        if (!json && ranks.isEmpty())
            out() << tr("There are no openings yet: jobdesk openings add ID marks listings as openings.")
                  << '\n';
    }
    if (json)
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    out().flush();
    return 0;
}

} // namespace jobdesk::app
