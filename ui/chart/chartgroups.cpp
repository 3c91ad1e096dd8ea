// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView for long-format data grouped by a column: every group's curve and derivative is a
// line of its own, in the group's colour, named after the group in the legend.

#include "ui/chart/chartview.h"

#include "ui/document/document.h"

#include <QValueAxis>

#include <algorithm>
#include <array>

namespace tangent::ui {

QString ChartView::groupedName(const PlotKey& key, const QString& title) const
{
    const auto& names = m_data.groupNames();
    if (key.group < 0 || static_cast<std::size_t>(key.group) >= names.size())
        return title;
    QString name = names[static_cast<std::size_t>(key.group)];
    // With several y columns the column is named too; the derivative is told by its dashes.
    const auto& keys = m_data.keys();
    const bool severalColumns
        = std::ranges::any_of(keys, [&key](const PlotKey& k) { return k.group == 0 && k.column != key.column; });
    if (severalColumns)
        name = QStringLiteral("%1 · %2").arg(m_document ? m_document->columnTitle(key.column) : QString(), name);
    // A prime, as in f′: short enough that a legend of many groups keeps every name whole.
    return key.derivative ? tr("%1′").arg(name) : name;
}

QColor ChartView::groupColor(int group) const
{
    // Ten hues far apart (Tableau 10, darkened for white), lightened on a dark background.
    static constexpr std::array<QRgb, 10> kHues { 0x1f5fbf, 0xe8590c, 0x2b8a3e, 0xc2255c, 0x6741d9, 0xb08800, 0x0c8599,
        0xe03131, 0x5c3d2e, 0x495057 };
    QColor color = QColor::fromRgb(kHues.at(static_cast<std::size_t>(group) % kHues.size()));
    if (palette().color(QPalette::Window).lightness() < 128)
        color = color.lighter(150);
    return color;
}

} // namespace tangent::ui
