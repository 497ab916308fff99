// Shows a listing's description. The HTML was sanitised on import; this view additionally never loads
// anything from outside (no remote images, no file access) and opens links in the user's browser.
#pragma once

#include <QTextBrowser>

namespace jobdesk {

class DescriptionView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescriptionView)

public:
    explicit DescriptionView(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace jobdesk
