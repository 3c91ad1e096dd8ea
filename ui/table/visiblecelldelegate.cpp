// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/table/visiblecelldelegate.h"

#include <QAbstractScrollArea>

namespace tangent::ui {

QRect visibleCellRect(const QRect& cell, const QRect& viewport)
{
    if (cell.right() <= viewport.right() || cell.left() >= viewport.right())
        return cell;
    QRect visible = cell;
    visible.setRight(viewport.right());
    return visible;
}

void VisibleCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* view = qobject_cast<const QAbstractScrollArea*>(option.widget);
    const auto alignment = index.data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    if (view == nullptr || !alignment.testFlag(Qt::AlignRight)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem shown(option);
    shown.rect = visibleCellRect(option.rect, view->viewport()->rect());
    QStyledItemDelegate::paint(painter, shown, index);
}

} // namespace tangent::ui
