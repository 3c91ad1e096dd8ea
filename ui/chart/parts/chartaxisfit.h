// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A chart's axes fitted to what is drawn, and their titles: x to the data's range, each y axis to
// the lines drawn against it, each axis titled with the quantities it shows (whole, elided in the
// middle to its length), and each plot's legend name. Part of a ChartView, which calls it as it
// draws; it reaches the chart through ChartSurface.

#include "ui/chart/parts/chartsurface.h"

#include <QObject>
#include <QString>

#include <utility>
#include <vector>

class QAbstractAxis;

namespace tangent::ui {

class AxisTitles;
class ChartView;

class ChartAxisFit : public QObject {
public:
    ChartAxisFit(ChartView* view, ChartSurface& surface);

    /// The lowest and highest value a plot has in view.
    using Extent = std::pair<double, double>;

    /// x to the data's range (padded around a single x), as the chart's own change.
    void fitX();
    /// Each y axis to the extents of the plots drawn against it, padded: a left axis (the main
    /// one or a unit's own) to its visible plots (to all if none is), a right axis to all.
    void fitY(const std::vector<std::pair<const ChartPlot*, Extent>>& extents);
    /// Names each plot for the legend and titles each axis with what is drawn against it.
    void updateTitles();
    /// The whole title of `axis`: its titleText() is elided in the middle to the axis's length.
    [[nodiscard]] QString title(const QAbstractAxis* axis) const;

private:
    ChartView* m_view;
    ChartSurface& m_surface;
    AxisTitles* m_titles;
};

} // namespace tangent::ui
