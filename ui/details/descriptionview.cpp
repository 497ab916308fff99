#include "descriptionview.h"

#include <QDesktopServices>

namespace jobdesk {

DescriptionView::DescriptionView(QWidget *parent)
    : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    // Links never navigate inside the view (there is nothing it may load); web and mail links go to the
    // user's browser or mail program, anything else is ignored.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
            scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

// A description loads nothing. The answer must be empty but not null: on a null answer QTextDocument
// goes on to read local files and qrc resources itself.
QVariant DescriptionView::loadResource(int type, const QUrl &)
{
    return type == QTextDocument::ImageResource ? QVariant(QByteArray()) : QVariant(QString());
}

} // namespace jobdesk
