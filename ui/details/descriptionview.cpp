#include "descriptionview.h"

namespace jobdesk {

DescriptionView::DescriptionView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setOpenLinks(true);
    setFrameShape(QFrame::NoFrame);
}

QVariant DescriptionView::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace jobdesk
