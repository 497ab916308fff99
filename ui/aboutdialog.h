// Help → About: version, licence and the attributions of bundled data.
#pragma once

#include <QDialog>

namespace jobdesk {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace jobdesk
