// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Extra curves on a chart, on demand: the function lab's exact derivative and its error, the
// compare view's other methods. Each is drawn like the document's plots (reduced for the screen,
// in the legend with a toggle) against the axis it asks for. Part of a ChartView, which draws
// their plots with its own; it reaches the chart through ChartSurface.

#include "ui/chart/parts/chartsurface.h"

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>

#include <vector>

class QAbstractSeries;
class QLineSeries;
class QValueAxis;

namespace tangent::ui {

class ChartView;

/// One extra curve.
struct ReferenceCurve {
    QString name;
    std::vector<double> x; ///< data units, as the document's x (seconds for dates)
    std::vector<double> y;
    enum class Axis { Value, Derivative, Own } axis = Axis::Derivative;
    QColor color; ///< invalid: a colour of the chart's choosing
    bool dashed = false;
};

class ChartReferences : public QObject {
    Q_OBJECT
public:
    ChartReferences(ChartView* view, ChartSurface& surface);

    /// Replaces the curves; an empty list removes all. Value: the left axis; Derivative: the right
    /// axis of the tangent column's derivative (or the first derivative's; its own axis when there
    /// is none); Own: an extra right axis titled with the curve's name. Redraws the chart.
    void setCurves(const QList<ReferenceCurve>& curves);
    /// The line of curve `index` (as passed to setCurves); nullptr if none.
    [[nodiscard]] QLineSeries* series(int index) const;

    // For the chart that owns them.
    /// A curve's data (x sorted, NaN-free) and its plot (`plot.reference` is its index).
    struct Reference {
        ReferenceCurve curve;
        ChartPlot plot;
    };
    /// The curves, for the chart to draw their plots with its own.
    [[nodiscard]] std::vector<Reference>& all() { return m_references; }
    /// Makes each curve's series (and own axis) once the chart has its axes.
    void attach();
    /// The chart removed every series and axis: the plots are gone (the curves stay).
    void forget();
    /// The plot whose legend series is `series`; nullptr if none.
    [[nodiscard]] ChartPlot* findPlot(const QAbstractSeries* series);
    /// Colours `plot` (a reference's) and its own axis for the chart's palette and mode.
    void style(const ChartPlot& plot) const;

private:
    void detach();
    [[nodiscard]] QValueAxis* derivativeAxis() const;

    ChartView* m_view;
    ChartSurface& m_surface;
    std::vector<Reference> m_references;
};

} // namespace tangent::ui
