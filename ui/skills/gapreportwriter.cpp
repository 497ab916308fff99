#include "gapreportwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace jobdesk {

GapReportFormat gapReportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return GapReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return GapReportFormat::Html;
    return GapReportFormat::Markdown;
}

QString writeGapReport(const ViewGap &gap, const GapReportHeader &header, const QString &path,
                       GapReportFormat format)
{
    const QString markdown = gapMarkdown(gap, header);
    QTextDocument document;
    document.setMarkdown(markdown);
    QByteArray bytes;
    if (format == GapReportFormat::Markdown) {
        bytes = markdown.toUtf8();
    } else if (format == GapReportFormat::Html) {
        bytes = document.toHtml().toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("GapReport", "Cannot write %1: %2").arg(path, file.errorString());
    if (format == GapReportFormat::Pdf) {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setTitle(header.title.isEmpty() ? QStringLiteral("Skills gap") : header.title);
        pdf.setCreator(QStringLiteral("Jobdesk"));
        document.print(&pdf);
    } else {
        file.write(bytes);
    }
    if (!file.commit())
        return QCoreApplication::translate("GapReport", "Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace jobdesk
