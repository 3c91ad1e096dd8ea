// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the chart's plotted quantities look and are named: the colour pairs of y columns and their
// derivatives, a colour per group, one pen for a plot and its gap segments, and a grouped plot's
// legend name. Free functions of what they need, shared by ChartView and its parts.

#include "ui/chart/parts/chartsurface.h"

#include <QColor>
#include <QString>

#include <cstddef>
#include <vector>

class QPalette;

namespace tangent::ui {

class ChartData;
class Document;

/// The colour of y line number `index` (in column order), or of its derivative: a pair of clearly
/// different hues, so a derivative is told from its curve on a projector too; legible on `palette`.
[[nodiscard]] QColor pairColor(std::size_t index, bool derivative, const QPalette& palette);

/// The colour of group `group`'s lines (curve solid, derivative dashed) on `palette`.
[[nodiscard]] QColor groupColor(int group, const QPalette& palette);

/// The number of y column `column`'s curve among the curves of `plots`, in order (pairColor's
/// index); the count of curves if it has none.
[[nodiscard]] std::size_t lineIndex(const std::vector<ChartPlot>& plots, int column);

/// One pen for `plot`'s series and its gap segments: solid at `solidWidth`, or dashed (thin and
/// cosmetic unless in presentation mode with few points); markers sized for the mode.
void setPlotPen(const ChartPlot& plot, const QColor& color, bool dashed, double solidWidth, bool presentation);

/// A legend name: `title`, followed by the group's name for a grouped plot of `data` (with the
/// column's title from `document` too when several columns are grouped).
[[nodiscard]] QString groupedName(
    const ChartData& data, const Document* document, const PlotKey& key, const QString& title);

} // namespace tangent::ui
