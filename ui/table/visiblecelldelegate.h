// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Right-aligned numbers stay in sight: a column that runs past the table's right edge would draw
// its numbers at its own right edge, out of view. VisibleCellDelegate draws such a cell in the
// part of it that is in view, so a partly visible derivative column shows its numbers.

#include <QRect>
#include <QStyledItemDelegate>

namespace tangent::ui {

/// Where a cell's right-aligned text is drawn: `cell` cut at `viewport`'s right edge when it runs
/// past it (the part past the edge is out of sight anyway); `cell` itself otherwise.
[[nodiscard]] QRect visibleCellRect(const QRect& cell, const QRect& viewport);

class VisibleCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tangent::ui
