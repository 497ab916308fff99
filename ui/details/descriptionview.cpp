#include "descriptionview.h"

#include "externallink.h"

namespace jobdesk {

DescriptionView::DescriptionView(QWidget *parent)
    : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    // Links never navigate inside the view (there is nothing it may load); web and mail links go to the
    // user's browser or mail program, anything else is ignored (externallink.h).
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) { openExternalLink(url); });
}

// A description loads nothing. The answer must be empty but not null: on a null answer QTextDocument
// goes on to read local files and qrc resources itself.
QVariant DescriptionView::loadResource(int type, const QUrl &)
{
    return type == QTextDocument::ImageResource ? QVariant(QByteArray()) : QVariant(QString());
}

} // namespace jobdesk
