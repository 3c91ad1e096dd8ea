// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart's lines for a smoothing method: each y column's smoothed curve, thin, over its data,
// and on demand the residuals y − smoothed against an axis of their own. Part of a ChartView: it
// draws from the document's results, reduced to the screen like the other lines, and has no legend
// entry (the derivative's entry names the method).

#include "ui/chart/chartdata.h"

#include <QObject>
#include <QPointer>

#include <cstddef>
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

    /// The smoothed curve (or residuals) of y column `column`; nullptr while not drawn.
    [[nodiscard]] QLineSeries* smoothedSeries(int column) const;
    [[nodiscard]] QLineSeries* residualSeries(int column) const;
    /// The residuals' axis; nullptr while they are not drawn.
    [[nodiscard]] QValueAxis* residualAxis() const;

    /// Draws over x in [lo, hi] at `pixels` columns (called by the chart's refresh).
    void draw(double lo, double hi, std::size_t pixels);

private:
    struct Line {
        int column = -1;
        QPointer<QLineSeries> smoothed;
        QPointer<QLineSeries> residual;
    };
    /// The visible x range and the pixel columns to reduce it to.
    struct Span {
        double lo;
        double hi;
        std::size_t pixels;
    };
    void drawSmoothed(
        Line& line, PlotKey key, const DerivativeResult& result, const QLineSeries& curve, const Span& span);
    /// y − smoothed; `extent` grows to their largest magnitude in view.
    void drawResiduals(
        Line& line, const DerivativeResult& result, const QLineSeries& curve, const Span& span, double& extent);
    [[nodiscard]] QLineSeries* addSeries(QValueAxis* axis);
    void drawLine(QLineSeries* series, const std::vector<double>& aligned, const Span& span, double* extent);
    [[nodiscard]] Line& lineFor(int column);
    void removeLine(Line& line);
    void placeResidualAxis(double extent);

    ChartView* m_view;
    ChartSurface& m_surface;
    bool m_showResiduals = false;
    std::vector<Line> m_lines;
    QPointer<QValueAxis> m_residualAxis;
};

} // namespace tangent::ui
