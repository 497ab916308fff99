#include "sidebardelegate.h"

#include "views/sidebarmodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

namespace jobdesk {
namespace {

constexpr int dotSize = 8;
constexpr int spacing = 6;
constexpr int indent = 10; // of a view row under its heading

// `foreground` moved towards `background`: secondary text that stays legible on either palette.
QColor dimmed(const QColor &foreground, const QColor &background, double amount)
{
    return QColor::fromRgbF(float(foreground.redF() * (1 - amount) + background.redF() * amount),
                            float(foreground.greenF() * (1 - amount) + background.greenF() * amount),
                            float(foreground.blueF() * (1 - amount) + background.blueF() * amount));
}

bool isSection(const QModelIndex &index)
{
    return !index.parent().isValid();
}

} // namespace

SidebarDelegate::SidebarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString name = opt.text;
    opt.text.clear();
    // Background, selection and focus as the style draws them; the text is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -4, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor background = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

    painter->save();
    if (isSection(index)) {
        QFont font = opt.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(dimmed(text, background, 0.25));
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(name, Qt::ElideRight, rect.width()));
        painter->restore();
        return;
    }

    rect.setLeft(rect.left() + indent);
    const QString color = index.data(SidebarModel::ColorRole).toString();
    if (!color.isEmpty()) {
        const QColor dot = QColor::fromString(color);
        if (dot.isValid()) {
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(dot);
            painter->drawEllipse(
                QRectF(rect.left(), rect.center().y() - dotSize / 2.0 + 0.5, dotSize, dotSize));
        }
    }
    rect.setLeft(rect.left() + dotSize + spacing);

    const QString count = index.data(SidebarModel::CountTextRole).toString();
    const QFontMetrics metrics(opt.font);
    painter->setFont(opt.font);
    if (!count.isEmpty()) {
        const int width = metrics.horizontalAdvance(count);
        painter->setPen(dimmed(text, background, selected ? 0.25 : 0.45));
        painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, count);
        rect.setRight(rect.right() - width - spacing);
    }
    painter->setPen(text);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(name, Qt::ElideRight, rect.width()));
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height()) + (isSection(index) ? 10 : 6));
    return size;
}

void SidebarDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (const auto *line = qobject_cast<QLineEdit *>(editor); line && line->isModified())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace jobdesk
