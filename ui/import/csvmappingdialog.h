// Asks which listing field each column of a CSV file holds, starting from the automatic mapping; the
// choice is remembered for files with the same header.
#pragma once

#include "import/csvmapping.h"

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace jobdesk {

class CsvMappingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvMappingDialog)

public:
    CsvMappingDialog(const QString &fileName, const QStringList &header, const CsvMapping &initial,
                     QWidget *parent = nullptr);

    CsvMapping mapping() const;
    // For tests: the combo box of one column.
    QComboBox *fieldChooser(int column) const;

private:
    static QString fieldLabel(CsvField field);

    QTableWidget *m_table;
    QComboBox *m_period;
    QList<QComboBox *> m_choosers;
};

} // namespace jobdesk
