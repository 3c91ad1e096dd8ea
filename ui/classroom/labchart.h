// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the classroom dialogs' own charts (convergence, comparisons): a chart view themed
// like the window, axes, lines, and long data reduced to the screen by the core's reduction.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

#include <cstddef>
#include <span>

class QAbstractAxis;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QWidget;

namespace tangent::ui::labchart {

/// A chart view with antialiasing, the legend at the bottom and a theme matching the palette.
QChartView* makeChartView(QWidget* parent);

/// A value axis added to `chart` at `alignment`.
QValueAxis* addValueAxis(QChart* chart, Qt::Alignment alignment, const QString& title);

/// A line attached to the given axes (already added to the chart).
QLineSeries* addLine(QChart* chart, const QString& name, const QColor& color, QAbstractAxis* x, QAbstractAxis* y,
    Qt::PenStyle style = Qt::SolidLine, double width = 2.0);

/// Replaces the series' points. Dense data (more points than a plot is pixels wide) are drawn
/// with a 1-pixel pen: wide or patterned pens over thousands of jagged segments take seconds.
void setPoints(QLineSeries* series, const QList<QPointF>& points);

/// The points (x[i], y[i]) where both are finite, in x order, reduced (first, min, max and last
/// per column of `pixels`) when there are many more points than a screen shows. Gaps are bridged.
QList<QPointF> screenPoints(std::span<const double> x, std::span<const double> y, std::size_t pixels = 1000);

/// Sets `axis` to [lo, hi] widened to whole round steps, about `steps` of them, with labels to match.
void setNiceRange(QValueAxis* axis, double lo, double hi, int steps = 8);
/// Sets `axis` to the y extent of `sets`, widened to round steps; an empty or flat extent gets a
/// sane range.
void fitY(QValueAxis* axis, const QList<QList<QPointF>>& sets, int steps = 8);
/// Sets `axis` to the x extent of `points` (x sorted), widened by `padding` of it at each end.
void fitX(QValueAxis* axis, const QList<QPointF>& points, double padding = 0.0);

/// Qt Charts does not draw an axis whose span is below about 1e-12. For data that small, the
/// power of ten e to plot them in (values × 10^−e, the axis titled "… (×1e−15)"); 0 otherwise.
int smallDataExponent(const QList<QList<QPointF>>& sets);
/// Multiplies every y by 10^−exponent (nothing for 0).
void scaleY(QList<QPointF>& points, int exponent);
/// " (×1e−15)" for exponent −15; empty for 0.
QString scaleSuffix(int exponent);

/// "−1.25e-03"-style numbers with a true minus sign, `digits` significant.
QString formatNumber(double value, int digits = 3);

} // namespace tangent::ui::labchart
