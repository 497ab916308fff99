// The help of the search language, generated from the grammar tables (searchgrammar.cpp): the tooltip
// and the completion list can therefore not describe another language than the parser reads.
#include "searchgrammar.h"
#include "searchquery.h"

#include <QCoreApplication>

namespace jobdesk::search {
QList<FieldHelp> searchHelp()
{
    QList<FieldHelp> help;
    for (const ConstructSpec &spec : constructSpecs()) {
        help.append(FieldHelp{QString::fromUtf8(spec.syntax),
                              QCoreApplication::translate("Search", spec.description),
                              QString::fromUtf8(spec.example)});
    }
    for (const FieldSpec &spec : fieldSpecs()) {
        QString description = QCoreApplication::translate("Search", spec.description);
        const QStringList words = vocabularyKeywords(spec.field);
        if (!words.isEmpty())
            description += QStringLiteral(": ") + words.join(QStringLiteral(", "));
        help.append(FieldHelp{QString::fromUtf8(spec.syntax), description, QString::fromUtf8(spec.example)});
    }
    return help;
}

QString searchHelpHtml()
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const FieldHelp &row : searchHelp()) {
        html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td><td><code>%3</code></td></tr>")
                    .arg(row.syntax.toHtmlEscaped(), row.description.toHtmlEscaped(),
                         row.example.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QStringList fieldNames()
{
    QStringList names;
    for (const FieldSpec &spec : fieldSpecs())
        names.append(QLatin1String(spec.name));
    return names;
}

} // namespace jobdesk::search
