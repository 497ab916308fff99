// The skills gap of a view written out for people and programs: Markdown (the report users keep or turn
// into HTML/PDF), aligned plain text (a terminal), JSON (scripts). One place formats the numbers, so
// every output agrees with the dock.
#pragma once

#include "gapanalysis.h"
#include "matchdistribution.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk {

struct GapReportHeader
{
    QString title;   // e.g. the query or the view's name
    QString profile; // empty: no profile
    // The view's match scores against the profile, and the skills ticked as learned (Markdown only).
    std::optional<MatchDistribution> scores;
    QStringList learned;
};

QString gapMarkdown(const ViewGap &gap, const GapReportHeader &header);
QString gapText(const ViewGap &gap, const GapReportHeader &header);
QJsonObject gapJson(const ViewGap &gap, const GapReportHeader &header);

} // namespace jobdesk
