// The end of an import: what was added, updated, skipped as a duplicate and what failed, with each
// failure's file, record and reason.
#pragma once

#include <QDialog>

namespace jobdesk {

struct ImportReport;

class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    ImportSummaryDialog(const ImportReport &report, QWidget *parent = nullptr);
};

} // namespace jobdesk
