#include "gapcommand.h"

#include "cliio.h"

#include "listings/listingquery.h"
#include "profiles/profilestore.h"
#include "search/searchquery.h"
#include "skills/gapanalysis.h"
#include "skills/gapreport.h"
#include "skills/matchscore.h"
#include "store/database.h"
#include "views/listingview.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace jobdesk::app {
namespace {

const QString synopsis =
    QStringLiteral("jobdesk gap [--database PATH] [--profile NAME] [--query Q] [--listing ID] "
                   "[--format text|json|md] [--limit N]");

int usageError(const QString &problem)
{
    err() << "jobdesk: " << problem << "\n" << tr("Usage: %1").arg(synopsis) << Qt::endl;
    return 2;
}

QJsonArray skillsJson(const QList<MatchedSkill> &skills)
{
    QJsonArray array;
    for (const MatchedSkill &skill : skills)
        array.append(QJsonObject{{QStringLiteral("skill"), skill.name},
                                 {QStringLiteral("required"), skill.required},
                                 {QStringLiteral("level"), skill.level}});
    return array;
}

int printListing(const MatchBreakdown &match, qint64 listingId, const QString &format)
{
    if (format == QLatin1String("json")) {
        QJsonObject json{{QStringLiteral("listing"), listingId},
                         {QStringLiteral("matched"), skillsJson(match.matched)},
                         {QStringLiteral("missing"), skillsJson(match.missing)}};
        if (match.hasSkills())
            json.insert(QStringLiteral("score"), match.score);
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (!match.hasSkills()) {
        out() << tr("No known skills found in listing %1.").arg(listingId) << Qt::endl;
        return 0;
    }
    out() << match.formulaText() << Qt::endl;
    return 0;
}

} // namespace

int gapCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Compare with the profile <name>."),
                                     tr("name"));
    const QCommandLineOption query(QStringLiteral("query"), tr("Only the listings matching <query>."),
                                   tr("query"));
    const QCommandLineOption listing(QStringLiteral("listing"), tr("The match of one listing instead."),
                                     tr("id"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default), json or md."), tr("format"),
                                    QStringLiteral("text"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most <n> skills (default 50)."), tr("n"),
                                   QStringLiteral("50"));
    parser.addOptions({databaseOption(), profile, query, listing, format, limit});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << tr("Usage: %1").arg(synopsis) << Qt::endl;
        return 0;
    }
    const QString chosen = parser.value(format);
    bool limitOk = false;
    const int maxSkills = parser.value(limit).toInt(&limitOk);
    bool listingOk = true;
    const qint64 listingId = parser.isSet(listing) ? parser.value(listing).toLongLong(&listingOk) : 0;
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("md")}.contains(chosen) ||
        !limitOk || maxSkills <= 0 || !listingOk || (parser.isSet(listing) && listingId <= 0) ||
        !parser.positionalArguments().isEmpty())
        return usageError(tr("bad arguments"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    search::CompileContext context;
    context.now = now;
    context.prefixLastWord = false;
    const QString library =
        parser.isSet(databaseOption()) ? parser.value(databaseOption()) : Database::defaultPath();
    context.dialect = &SqlDialect::forPath(library);
    const search::CompiledSearch search = search::compileSearch(parser.value(query), context);
    if (!search.ok()) {
        printQueryError(parser.value(query), *search.error);
        return 2;
    }

    Database db(library);
    qint64 profileId = 0;
    QString profileName;
    if (parser.isSet(profile)) {
        const std::optional<Profile> found =
            ProfileStore(db).findByName(ProfileKind::Me, parser.value(profile));
        if (!found) {
            err() << tr("jobdesk: there is no profile named “%1” (jobdesk profile list shows them)")
                         .arg(parser.value(profile))
                  << Qt::endl;
            return 1;
        }
        profileId = found->id;
        profileName = found->name;
    }
    if (listingId > 0)
        return printListing(matchListing(db, listingId, profileId), listingId, chosen);

    const SqlFilter view = allOf(viewFilter(ListingView{}, now, db.dialect()), search.filter);
    const ViewGap gap = analyseViewGap(db, view, profileId, maxSkills);
    const GapReportHeader header{parser.value(query), profileName, {}, {}};
    if (chosen == QLatin1String("json"))
        out() << QJsonDocument(gapJson(gap, header)).toJson(QJsonDocument::Indented);
    else if (chosen == QLatin1String("md"))
        out() << gapMarkdown(gap, header);
    else
        out() << gapText(gap, header);
    out().flush();
    return 0;
}

} // namespace jobdesk::app
