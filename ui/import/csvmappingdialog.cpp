#include "csvmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jobdesk {

CsvMappingDialog::CsvMappingDialog(const QString &fileName, const QStringList &header,
                                   const CsvMapping &initial, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(header.size()), 2, this))
    , m_period(new QComboBox(this))
{
    setWindowTitle(tr("Map the columns of %1").arg(fileName));
    auto *intro =
        new QLabel(tr("Some columns of <b>%1</b> were not recognised. Choose what each column holds; "
                      "Jobdesk remembers the choice for files with the same columns.")
                       .arg(fileName.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Holds")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < header.size(); ++row) {
        auto *name = new QTableWidgetItem(header.at(row));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        auto *chooser = new QComboBox(m_table);
        for (const CsvField field : allCsvFields())
            chooser->addItem(fieldLabel(field), int(field));
        const CsvField current = row < initial.columns.size() ? initial.columns.at(row) : CsvField::Ignore;
        chooser->setCurrentIndex(chooser->findData(int(current)));
        m_table->setCellWidget(row, 1, chooser);
        m_choosers.append(chooser);
    }

    m_period->addItem(tr("as the salary text says"), QString());
    m_period->addItem(tr("per hour"), QStringLiteral("hour"));
    m_period->addItem(tr("per day"), QStringLiteral("day"));
    m_period->addItem(tr("per week"), QStringLiteral("week"));
    m_period->addItem(tr("per month"), QStringLiteral("month"));
    m_period->addItem(tr("per year"), QStringLiteral("year"));
    m_period->setCurrentIndex(qMax(0, m_period->findData(initial.salaryPeriod)));
    auto *form = new QFormLayout;
    form->addRow(tr("Salary amounts are paid:"), m_period);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 480);
}

CsvMapping CsvMappingDialog::mapping() const
{
    CsvMapping result;
    for (const QComboBox *chooser : m_choosers)
        result.columns.append(CsvField(chooser->currentData().toInt()));
    result.salaryPeriod = m_period->currentData().toString();
    result.complete = true;
    return result;
}

QComboBox *CsvMappingDialog::fieldChooser(int column) const
{
    return m_choosers.value(column);
}

QString CsvMappingDialog::fieldLabel(CsvField field)
{
    switch (field) {
    case CsvField::Ignore:
        return tr("(ignore)");
    case CsvField::Title:
        return tr("Title");
    case CsvField::Company:
        return tr("Company");
    case CsvField::Location:
        return tr("Location");
    case CsvField::Workplace:
        return tr("Workplace (remote, hybrid, on-site)");
    case CsvField::EmploymentType:
        return tr("Employment type");
    case CsvField::Seniority:
        return tr("Seniority");
    case CsvField::Salary:
        return tr("Salary (text)");
    case CsvField::SalaryMin:
        return tr("Salary minimum");
    case CsvField::SalaryMax:
        return tr("Salary maximum");
    case CsvField::SalaryCurrency:
        return tr("Salary currency");
    case CsvField::SalaryPeriod:
        return tr("Salary period");
    case CsvField::Posted:
        return tr("Date posted");
    case CsvField::ValidThrough:
        return tr("Valid through");
    case CsvField::Url:
        return tr("URL");
    case CsvField::Description:
        return tr("Description");
    case CsvField::Skills:
        return tr("Skills");
    case CsvField::Source:
        return tr("Source");
    }
    return {};
}

} // namespace jobdesk
