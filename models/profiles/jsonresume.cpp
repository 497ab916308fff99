#include "jsonresume.h"

#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace jobdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonResume", text);
}

int fractionLevel(double fraction)
{
    // A small epsilon so that 0.6 × 5 = 3.0000000000000004 stays 3.
    return qBound(1, int(std::ceil(fraction * 5 - 1e-9)), 5);
}

std::optional<int> numberLevel(double value)
{
    if (!std::isfinite(value) || value <= 0 || value > 100)
        return std::nullopt;
    if (value <= 5)
        return qBound(1, int(std::lround(value)), 5);
    return fractionLevel(value / 100);
}

std::optional<int> textNumberLevel(const QString &text)
{
    static const QRegularExpression ratio(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)$"));
    static const QRegularExpression percent(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*%$"));
    static const QRegularExpression plain(QStringLiteral("^\\d+(?:\\.\\d+)?$"));
    if (const QRegularExpressionMatch m = ratio.match(text); m.hasMatch()) {
        const double top = m.captured(2).toDouble();
        const double value = m.captured(1).toDouble();
        if (top > 0 && value > 0 && value <= top)
            return fractionLevel(value / top);
        return std::nullopt;
    }
    if (const QRegularExpressionMatch m = percent.match(text); m.hasMatch()) {
        const double value = m.captured(1).toDouble();
        return value > 0 && value <= 100 ? std::optional<int>(fractionLevel(value / 100)) : std::nullopt;
    }
    if (plain.match(text).hasMatch())
        return numberLevel(text.toDouble());
    return std::nullopt;
}

std::optional<int> wordLevel(const QString &text)
{
    // Lowest level first: "Advanced Beginner" (the Dreyfus model's second stage) is a beginner.
    static const QList<std::pair<int, QStringList>> words{
        {1, {QStringLiteral("novice")}},
        {2,
         {QStringLiteral("beginner"), QStringLiteral("basic"), QStringLiteral("basics"),
          QStringLiteral("elementary")}},
        {3, {QStringLiteral("intermediate"), QStringLiteral("competent")}},
        {4, {QStringLiteral("advanced"), QStringLiteral("proficient"), QStringLiteral("experienced")}},
        {5, {QStringLiteral("expert"), QStringLiteral("master")}},
    };
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    const QStringList tokens = text.toLower().split(nonLetters, Qt::SkipEmptyParts);
    for (const auto &[level, names] : words) {
        for (const QString &name : names) {
            if (tokens.contains(name))
                return level;
        }
    }
    return std::nullopt;
}

QString joinedLocation(const QJsonObject &location)
{
    QStringList parts;
    for (const char *key : {"city", "region", "countryCode"}) {
        const QString part = location.value(QLatin1String(key)).toString().trimmed();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        const QString text = item.toString().trimmed();
        if (!text.isEmpty())
            list.append(text);
    }
    return list;
}

ResumeWork workFrom(const QJsonObject &entry, const QDate &today)
{
    ResumeWork work;
    work.start = resumeDate(entry.value(QLatin1String("startDate")).toString());
    const QString end = entry.value(QLatin1String("endDate")).toString().trimmed();
    work.end = end.isEmpty() ? std::optional<QDate>(today) : resumeDate(end);
    const QString summary = entry.value(QLatin1String("summary")).toString().trimmed();
    if (!summary.isEmpty())
        work.texts.append(summary);
    work.texts += strings(entry.value(QLatin1String("highlights")));
    return work;
}

} // namespace

int resumeLevel(const QJsonValue &value)
{
    std::optional<int> level;
    if (value.isDouble())
        level = numberLevel(value.toDouble());
    else if (value.isString()) {
        const QString text = value.toString().trimmed();
        level = textNumberLevel(text);
        if (!level)
            level = wordLevel(text);
    }
    return level.value_or(3);
}

std::optional<QDate> resumeDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM"), QStringLiteral("yyyy")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

double coveredYears(QList<std::pair<QDate, QDate>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    qint64 days = 0;
    std::optional<std::pair<QDate, QDate>> current;
    for (const auto &range : std::as_const(ranges)) {
        if (!(range.first < range.second))
            continue;
        if (current && range.first <= current->second) {
            current->second = std::max(current->second, range.second);
            continue;
        }
        if (current)
            days += current->first.daysTo(current->second);
        current = range;
    }
    if (current)
        days += current->first.daysTo(current->second);
    return std::round(days / 365.25 * 10) / 10;
}

JsonResumeDocument JsonResumeDocument::read(const QString &path, const QDate &today)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return parse(file.readAll(), shown, today);
}

namespace {

// Every string of `value`, depth first, in document order; nesting is bounded by QJsonDocument's parser.
void collectTexts(const QJsonValue &value, QStringList &texts)
{
    if (value.isString()) {
        if (const QString text = value.toString().trimmed(); !text.isEmpty())
            texts.append(text);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectTexts(item, texts);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectTexts(it.value(), texts);
    }
}

} // namespace

JsonResumeDocument JsonResumeDocument::parse(const QByteArray &source, const QString &shown,
                                             const QDate &today)
{
    JsonResumeDocument resume;
    resume.source = source;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(resume.source, &error);
    if (json.isNull())
        throw StoreError(tr("%1 is not a JSON Resume: it is not JSON (%2 at byte %3).")
                             .arg(shown, error.errorString())
                             .arg(error.offset));
    if (!json.isObject())
        throw StoreError(tr("%1 is not a JSON Resume: it holds no JSON object.").arg(shown));
    const QJsonObject root = json.object();
    const QJsonValue basicsValue = root.value(QLatin1String("basics"));
    if (!basicsValue.isObject())
        throw StoreError(tr("%1 is not a JSON Resume: it has no “basics”.").arg(shown));
    const QJsonObject basics = basicsValue.toObject();
    resume.name = basics.value(QLatin1String("name")).toString().simplified();
    resume.headline = basics.value(QLatin1String("label")).toString().simplified();
    resume.location = joinedLocation(basics.value(QLatin1String("location")).toObject());
    resume.summary = basics.value(QLatin1String("summary")).toString().trimmed();
    for (const QJsonValue &value : root.value(QLatin1String("skills")).toArray()) {
        const QJsonObject skill = value.toObject();
        resume.skills.append({skill.value(QLatin1String("name")).toString().simplified(),
                              resumeLevel(skill.value(QLatin1String("level"))),
                              strings(skill.value(QLatin1String("keywords")))});
    }
    for (const QJsonValue &value : root.value(QLatin1String("work")).toArray())
        resume.work.append(workFrom(value.toObject(), today));
    QStringList texts;
    collectTexts(root, texts);
    resume.text = texts.join(QLatin1Char('\n'));
    return resume;
}

} // namespace jobdesk
