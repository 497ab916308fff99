// Paints the listing table's annotation columns: Rating as five stars, Status as the stage's name after
// a dot in the stage's colour. Other columns are painted as usual.
#pragma once

#include "annotations/stagestore.h"

#include <QColor>
#include <QHash>
#include <QStyledItemDelegate>

namespace jobdesk {

class AnnotationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDelegate)

public:
    explicit AnnotationDelegate(QObject *parent = nullptr);

    // The stages whose colours the Status column shows (matched by name, as the table shows names).
    void setStages(const QList<Stage> &stages);
    QColor stageColor(const QString &name) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QHash<QString, QColor> m_colors; // by lower-case name
};

} // namespace jobdesk
