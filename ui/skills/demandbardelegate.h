// Draws a skill's demand as a bar behind its text (the share of the view's listings asking for it),
// in the palette's highlight colour at low opacity so the text stays readable in light and dark.
#pragma once

#include <QStyledItemDelegate>

namespace jobdesk {

class DemandBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemandBarDelegate)

public:
    explicit DemandBarDelegate(int shareRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_shareRole;
};

} // namespace jobdesk
