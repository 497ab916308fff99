// Writes the skills gap of a view to a file as Markdown, HTML or PDF. Markdown is the one text
// (models/skills/gapreport); HTML and PDF are Qt's rendering of it (QTextDocument, QPdfWriter), so the
// three say the same thing. The file appears only when it was written whole (QSaveFile).
#pragma once

#include "skills/gapreport.h"

#include <QString>

namespace jobdesk {

enum class GapReportFormat
{
    Markdown,
    Html,
    Pdf
};

// From a file name's extension (.md, .html/.htm, .pdf); Markdown otherwise.
GapReportFormat gapReportFormatFor(const QString &path);
// Returns an error message naming the file, or an empty string when the report was written.
QString writeGapReport(const ViewGap &gap, const GapReportHeader &header, const QString &path,
                       GapReportFormat format);

} // namespace jobdesk
