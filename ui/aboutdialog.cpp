#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace jobdesk {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Jobdesk"));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    const QString licence = QStringLiteral(JOBDESK_LICENSE);
    const QString licenceText =
        licence == QLatin1String("LicenseRef-proprietary")
            ? tr("© The Jobdesk project. All rights reserved.")
            : tr("Jobdesk is licensed under %1 (SPDX identifier).").arg(licence.toHtmlEscaped());
    text->setText(
        tr("<h2>Jobdesk %1</h2>"
           "<p>Collect job listings from wherever they come, find the right ones as fast as you type, "
           "annotate them and see your skills gap. Everything stays on this computer.</p>"
           "<p>%3</p>"
           "<p>Built with Qt %2 and KDE Frameworks Syntax Highlighting.</p>"
           "<p>The sample listings are invented by the Jobdesk project.</p>"
           "<p>The skills dictionary is derived from "
           "<a href=\"https://github.com/github-linguist/linguist\">GitHub Linguist</a> (© 2017 GitHub, "
           "Inc., "
           "MIT licence), <a href=\"https://github.com/github/explore\">GitHub Explore</a> topics (by GitHub "
           "and its contributors, <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>), "
           "the <a href=\"https://esco.ec.europa.eu/\">ESCO</a> classification v1.1.1 (© European Union, "
           "2017–2024, CC BY 4.0) and the O*NET 29.2 Database by the U.S. Department of Labor, Employment "
           "and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a "
           "trademark of USDOL/ETA. The Jobdesk project has modified all or some of this information; "
           "USDOL/ETA has not approved, endorsed, or tested these modifications.</p>")
            .arg(QStringLiteral(JOBDESK_VERSION), QString::fromLatin1(qVersion()), licenceText));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace jobdesk
