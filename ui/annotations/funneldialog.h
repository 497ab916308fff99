// View ▸ Funnel…: how far the listings got along the pipeline, a bar per stage in the stage's colour
// with how many listings reached it, the median days to the next stage, and the response rate
// (models/annotations/funnel.h has the definitions).
#pragma once

#include "annotations/funnel.h"

#include <QDialog>

namespace jobdesk {

class Database;

class FunnelChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelChart)

public:
    explicit FunnelChart(QWidget *parent = nullptr);
    void setFunnel(const Funnel &funnel);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Funnel m_funnel;
};

class FunnelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelDialog)

public:
    explicit FunnelDialog(const Database &db, QWidget *parent = nullptr);
    const Funnel &funnel() const { return m_funnel; }

private:
    Funnel m_funnel;
};

} // namespace jobdesk
