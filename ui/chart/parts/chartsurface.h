// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the chart's parts (overlays, interaction, legend, smoothing, reference curves, axis fit)
// need of the chart beyond its public interface: its plots and axes, fresh data, its own range
// changes, and a redraw. ChartView implements it privately and hands it to each part it makes;
// nothing else sees it.

#include "ui/chart/chartdata.h"

#include <QList>
#include <Qt>

#include <utility>
#include <vector>

class QAbstractSeries;
class QLineSeries;
class QValueAxis;

namespace tangent::ui {

/// One plotted quantity; a NaN gap starts a new segment, drawn by an extra series.
struct ChartPlot {
    PlotKey key;
    QLineSeries* series = nullptr; ///< first segment; the one in the legend
    QList<QLineSeries*> extra; ///< later segments, styled alike, not in the legend
    QValueAxis* axis = nullptr; ///< the y axis it is drawn against
    bool ownAxis = false; ///< `axis` is this plot's alone (hidden with it)
    bool dense = true; ///< many points drawn: wide dashes would be too slow
    int reference = -1; ///< index of a reference curve; -1 for the document's quantities
    bool excluded = false; ///< another pane draws it: hidden and empty here, never in the legend
};

class ChartSurface {
public:
    ChartSurface() = default;
    ChartSurface(const ChartSurface&) = delete;
    ChartSurface& operator=(const ChartSurface&) = delete;
    ChartSurface(ChartSurface&&) = delete;
    ChartSurface& operator=(ChartSurface&&) = delete;

    /// Rebuilds the chart's data (ChartView::data()) if the document changed since.
    virtual void ensureData() = 0;
    /// The document's plots, in the order of the data's keys.
    [[nodiscard]] virtual const std::vector<ChartPlot>& plots() const = 0;
    /// The plot (document or reference) whose legend series is `series`; nullptr if none.
    [[nodiscard]] virtual ChartPlot* findPlot(const QAbstractSeries* series) = 0;
    /// Whether the selected row is marked on `plot`'s line.
    [[nodiscard]] virtual bool marksSelection(const ChartPlot& plot) const = 0;
    /// A plot's own axis is shown while any document plot drawn against it is.
    virtual void syncAxisVisibility(const ChartPlot& plot) = 0;
    /// The main left axis (the first y column's unit).
    [[nodiscard]] virtual QValueAxis* mainYAxis() const = 0;
    /// True while the y axes fit the visible data by themselves.
    [[nodiscard]] virtual bool yFollowsData() const = 0;
    /// The visible x range in plot units, and setting it as a user zoom would.
    [[nodiscard]] virtual std::pair<double, double> plotXRange() const = 0;
    virtual void setPlotXRange(double min, double max) = 0;
    /// A new value axis at `alignment` whose range changes mark a user zoom unless the chart set it.
    [[nodiscard]] virtual QValueAxis* addYAxis(Qt::Alignment alignment) = 0;
    /// Sets a value axis' range with round ticks for it; refuses empty or non-finite ranges.
    virtual void setValueRange(QValueAxis* axis, double lo, double hi) = 0;
    /// Between begin and end, axis range changes are the chart's own, not a user zoom (nested).
    virtual void beginOwnRangeChange() = 0;
    virtual void endOwnRangeChange() = 0;
    /// Redraws on the next event-loop pass.
    virtual void scheduleRefresh() = 0;

protected:
    ~ChartSurface() = default;
};

} // namespace tangent::ui
