#include "importsummarydialog.h"

#include "import/importreport.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jobdesk {

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(report.cancelled ? tr("Import cancelled") : tr("Import finished"));
    auto *layout = new QVBoxLayout(this);
    auto *counts = new QLabel(this);
    counts->setObjectName(QStringLiteral("importCounts"));
    counts->setTextFormat(Qt::RichText);
    QString text = tr("<b>%1</b> new, <b>%2</b> updated, <b>%3</b> duplicates unchanged, <b>%4</b> failed.")
                       .arg(report.inserted)
                       .arg(report.updated)
                       .arg(report.unchanged)
                       .arg(report.failed);
    if (report.cancelled)
        text += QLatin1String("<br>") + tr("The file being read when you cancelled was not imported.");
    counts->setText(text);
    layout->addWidget(counts);

    if (!report.problems.isEmpty()) {
        auto *problems = new QTreeWidget(this);
        problems->setObjectName(QStringLiteral("importProblems"));
        problems->setRootIsDecorated(false);
        problems->setHeaderLabels({tr("File"), tr("Record"), tr("Problem")});
        problems->setAlternatingRowColors(true);
        for (const ImportProblem &problem : report.problems) {
            auto *item = new QTreeWidgetItem(problems);
            item->setText(0, QFileInfo(problem.file).fileName());
            item->setToolTip(0, problem.file);
            item->setText(1, problem.record > 0 ? QString::number(problem.record) : tr("whole file"));
            item->setText(2, problem.reason);
            item->setToolTip(2, problem.reason);
        }
        problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        layout->addWidget(problems, 1);
        resize(720, 420);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace jobdesk
