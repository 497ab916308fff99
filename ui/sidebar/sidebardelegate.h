// Paints a sidebar row: section headings in bold, a view's name with its count right-aligned and
// dimmed (colours mixed from the palette, so light and dark themes both read well), and a small dot in
// the colour of a stage or tag.
#pragma once

#include <QStyledItemDelegate>

namespace jobdesk {

class SidebarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarDelegate)

public:
    explicit SidebarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Leaves a name being typed alone when the row's count changes meanwhile (the view pushes model
    // data into an open editor on every dataChanged of its row).
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace jobdesk
