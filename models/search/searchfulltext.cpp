#include "searchfulltext.h"

#include "store/fulltextindex.h"

namespace jobdesk::search {
namespace {

QLatin1String column(SearchField field, SearchTarget target)
{
    switch (field) {
    case SearchField::Title:
        return target == SearchTarget::Candidates ? QLatin1String("headline") : QLatin1String("title");
    case SearchField::Company:
        return QLatin1String("company");
    case SearchField::Location:
        return QLatin1String("location");
    default:
        return {};
    }
}

} // namespace

bool hasTokenCharacters(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isFullTextTokenCharacter(c))
            return true;
    }
    return false;
}

bool worthPrefix(QStringView text)
{
    const QList<uint> codes = text.toUcs4();
    int trailing = 0;
    for (auto it = codes.crbegin(); it != codes.crend() && isFullTextTokenCharacter(char32_t(*it)); ++it)
        ++trailing;
    return trailing >= 2;
}

QString ftsPhrase(SearchField field, const QString &text, bool prefix, SearchTarget target)
{
    // A NUL would end FTS5's query string inside the phrase: control characters become spaces, which
    // separate tokens anyway.
    QString inner = text;
    for (QChar &c : inner) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QString phrase =
        QLatin1Char('"') + inner.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    if (prefix)
        phrase += QLatin1Char('*');
    const QLatin1String name = column(field, target);
    return name.isEmpty() ? phrase : name + QLatin1String(" : ") + phrase;
}

} // namespace jobdesk::search
