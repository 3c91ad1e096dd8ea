// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart's lines for a smoothing method: each curve's smoothed line (the method's fit), thin,
// over its data, and on demand the residuals y − smoothed against an axis of their own. A curve is
// a y column's, or with grouped data one group's: each group's fit then follows that group's rows
// alone, in the group's colour. Part of a ChartView: it draws from the document's results, reduced
// to the screen like the other lines, and has no legend entry (the derivative's entry names the
// method).

#include "ui/chart/chartdata.h"

#include <QObject>
#include <QPointer>

#include <cstddef>
#include <span>
#include <vector>

class QLineSeries;
class QValueAxis;

namespace tangent::ui {

class ChartSurface;
class ChartView;
struct DerivativeResult;

class ChartSmoothing : public QObject {
    Q_OBJECT
public:
    ChartSmoothing(ChartView* view, ChartSurface& surface);

    [[nodiscard]] bool showResiduals() const { return m_showResiduals; }
    void setShowResiduals(bool on);

    /// The smoothed curve (or residuals) of y column `column`, or of its group `group`'s curve
    /// with grouped data; nullptr while not drawn.
    [[nodiscard]] QLineSeries* smoothedSeries(int column, int group = -1) const;
    [[nodiscard]] QLineSeries* residualSeries(int column, int group = -1) const;
    /// The residuals' axis; nullptr while they are not drawn.
    [[nodiscard]] QValueAxis* residualAxis() const;

    /// Draws over x in [lo, hi] at `pixels` columns (called by the chart's refresh).
    void draw(double lo, double hi, std::size_t pixels);

private:
    struct Line {
        PlotKey curve; // the curve it belongs to
        QPointer<QLineSeries> smoothed;
        QPointer<QLineSeries> residual;
    };
    /// The visible x range and the pixel columns to reduce it to.
    struct Span {
        double lo;
        double hi;
        std::size_t pixels;
    };
    /// The line of the data's plot `k` (a curve): `smoothed` is aligned with its line's x.
    void drawSmoothed(
        Line& line, std::size_t k, const std::vector<double>& smoothed, const QLineSeries& curve, const Span& span);
    /// y − smoothed; `extent` grows to their largest magnitude in view.
    void drawResiduals(Line& line, std::size_t k, const std::vector<double>& smoothed, const QLineSeries& curve,
        const Span& span, double& extent);
    [[nodiscard]] QLineSeries* addSeries(QValueAxis* axis);
    /// Draws `values` over `x` (a plot's line) into `series`.
    void drawLine(QLineSeries* series, std::span<const double> x, std::span<const double> values, const Span& span,
        double* extent);
    /// "column" or, for a group's curve, "column · group".
    [[nodiscard]] QString curveName(PlotKey curve, const QString& column) const;
    [[nodiscard]] Line& lineFor(PlotKey curve);
    [[nodiscard]] const Line* findLine(int column, int group) const;
    void removeLine(Line& line);
    void placeResidualAxis(double extent);

    ChartView* m_view;
    ChartSurface& m_surface;
    bool m_showResiduals = false;
    std::vector<Line> m_lines;
    QPointer<QValueAxis> m_residualAxis;
};

} // namespace tangent::ui
