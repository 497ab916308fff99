// Reading a JSON Resume (https://jsonresume.org/schema) into the parts a profile is made of, without
// touching a library: who (basics), the skills it lists with their level words, and the texts of the
// work history with their date ranges. The rules that turn levels and dates into numbers are here so
// they can be tested on their own; docs/skills.md ("Profiles") describes them.
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobdesk {

struct ResumeSkillGroup
{
    QString name;
    int level = 3; // resumeLevel() of skills[].level
    QStringList keywords;
};

// A period of the work history and what it says about itself.
struct ResumeWork
{
    std::optional<QDate> start;
    std::optional<QDate> end; // `today` when endDate is missing or empty; empty when it cannot be read
    QStringList texts;        // summary and highlights
};

struct JsonResumeDocument
{
    QString name;     // basics.name
    QString headline; // basics.label
    QString location; // basics.location: city, region, countryCode
    QString summary;  // basics.summary
    QList<ResumeSkillGroup> skills;
    QList<ResumeWork> work;
    QByteArray source; // the file as read
    QString text;      // every text value of the file, one a line, in its order (for free-text search)

    // Reads the file. Throws StoreError naming the file when it cannot be read, is not JSON, is not an
    // object or has no `basics` object. A work entry whose endDate is missing or empty ends `today`.
    static JsonResumeDocument read(const QString &path, const QDate &today);
    // The same from the bytes of a file; `shown` names it in the messages.
    static JsonResumeDocument parse(const QByteArray &source, const QString &shown, const QDate &today);
};

// The level 1..5 of a skills[].level value; 3 when it says nothing we understand. Words: the lowest
// level word in it wins, so "Advanced Beginner" is 2 (novice 1; beginner, basic, elementary 2;
// intermediate, competent 3; advanced, proficient, experienced 4; expert, master 5). Numbers: 1..5 as
// they are (rounded); "x/y" and "x%" as a fraction f of the top level, level ⌈5·f⌉; a bare number above
// 5 up to 100 as a percentage.
int resumeLevel(const QJsonValue &value);
// A JSON Resume date: YYYY-MM-DD, YYYY-MM (the 1st) or YYYY (January 1st).
std::optional<QDate> resumeDate(const QString &text);
// Years covered by the union of the ranges (overlapping jobs count once), to one decimal.
double coveredYears(QList<std::pair<QDate, QDate>> ranges);

} // namespace jobdesk
