// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the classroom dialogs' charts.

#include "ui/classroom/labchart.h"

#include "ui/chart/chartaxes.h"

#include "core/gradient/screenreduction.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace tangent::ui::labchart {
namespace {

/// The pen width a line was created with (setPoints thins dense lines and restores it).
constexpr const char* kWidthProperty = "labchartWidth";

} // namespace

QChartView* makeChartView(QWidget* parent)
{
    auto* chart = new QChart;
    auto* view = new QChartView(chart, parent);
    const bool dark = view->palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

QValueAxis* addValueAxis(QChart* chart, Qt::Alignment alignment, const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.4g"));
    chart->addAxis(axis, alignment);
    return axis;
}

QLineSeries* addLine(QChart* chart, const QString& name, const QColor& color, QAbstractAxis* x, QAbstractAxis* y,
    Qt::PenStyle style, double width)
{
    auto* series = new QLineSeries;
    series->setName(name);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    pen.setCosmetic(true);
    series->setPen(pen);
    series->setProperty(kWidthProperty, width);
    return series;
}

void setPoints(QLineSeries* series, const QList<QPointF>& points)
{
    constexpr qsizetype kDense = 1500;
    QPen pen = series->pen();
    const double width = points.size() > kDense ? 1.0 : series->property(kWidthProperty).toDouble();
    if (width > 0.0 && pen.widthF() != width) {
        pen.setWidthF(width);
        series->setPen(pen);
    }
    series->replace(points);
}

QList<QPointF> screenPoints(std::span<const double> x, std::span<const double> y, std::size_t pixels)
{
    const std::size_t n = std::min(x.size(), y.size());
    std::vector<std::size_t> rows;
    rows.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(x[i]) && std::isfinite(y[i]))
            rows.push_back(i);
    std::stable_sort(rows.begin(), rows.end(), [x](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> xs(rows.size());
    std::vector<double> ys(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        xs[k] = x[rows[k]];
        ys[k] = y[rows[k]];
    }
    QList<QPointF> points;
    if (xs.empty())
        return points;
    const std::vector<ReducedPoint> reduced = reduceForScreen(xs, ys, xs.front(), xs.back(), pixels);
    points.reserve(static_cast<qsizetype>(reduced.size()));
    for (const ReducedPoint& p : reduced)
        if (std::isfinite(p.y))
            points.append(QPointF(p.x, p.y));
    return points;
}

namespace {

/// Labels with as many decimals as `step` needs, or exponents for tiny and huge numbers.
void setLabelFormat(QValueAxis* axis, double magnitude, double step)
{
    const auto exponent = static_cast<int>(std::floor(std::log10(step) + 1e-9));
    if (magnitude < 1e-3 || magnitude >= 1e7)
        axis->setLabelFormat(QStringLiteral("%.1e"));
    else
        axis->setLabelFormat(QStringLiteral("%.%1f").arg(std::max(0, -exponent)));
}

} // namespace

void setNiceRange(QValueAxis* axis, double lo, double hi, int steps)
{
    if (!(lo <= hi) || !std::isfinite(lo) || !std::isfinite(hi)) {
        lo = -1.0;
        hi = 1.0;
    }
    if (lo == hi) {
        const double pad = lo == 0.0 ? 1.0 : std::abs(lo) * 0.1;
        lo -= pad;
        hi += pad;
    }
    // Round steps, the range widened to whole steps.
    const double step = niceStep((hi - lo) / steps);
    const double a = std::floor(lo / step) * step;
    const double b = std::ceil(hi / step) * step;
    // Anchored at 0 so that a tick is exactly 0 (never "-0.00").
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickInterval(step);
    axis->setTickAnchor(0.0);
    axis->setRange(a - step * 1e-9, b + step * 1e-9); // the end ticks survive rounding
    setLabelFormat(axis, std::max(std::abs(a), std::abs(b)), step);
}

void fitY(QValueAxis* axis, const QList<QList<QPointF>>& sets, int steps)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (const QList<QPointF>& points : sets) {
        for (const QPointF& p : points) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    if (lo < hi) {
        // A little room so lines along a whole step do not run on the frame.
        const double margin = 0.03 * (hi - lo);
        lo -= margin;
        hi += margin;
    }
    setNiceRange(axis, lo, hi, steps);
}

void fitX(QValueAxis* axis, const QList<QPointF>& points, double padding)
{
    if (points.isEmpty()) {
        axis->setRange(0.0, 1.0);
        return;
    }
    double lo = points.front().x();
    double hi = points.back().x();
    if (lo == hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    const double pad = padding * (hi - lo);
    // The data's own range (plus padding) with ticks at round values inside it.
    const double step = niceStep((hi - lo) / 6.0);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickInterval(step);
    axis->setTickAnchor(std::ceil(lo / step) * step);
    axis->setRange(lo - pad, hi + pad);
    setLabelFormat(axis, std::max(std::abs(lo), std::abs(hi)), step);
}

int smallDataExponent(const QList<QList<QPointF>>& sets)
{
    double largest = 0.0;
    for (const QList<QPointF>& points : sets)
        for (const QPointF& p : points)
            largest = std::max(largest, std::abs(p.y()));
    if (largest == 0.0 || largest >= 1e-9)
        return 0;
    return static_cast<int>(std::floor(std::log10(largest)));
}

void scaleY(QList<QPointF>& points, int exponent)
{
    if (exponent == 0)
        return;
    const double factor = std::pow(10.0, -exponent);
    for (QPointF& p : points)
        p.setY(p.y() * factor);
}

QString scaleSuffix(int exponent)
{
    if (exponent == 0)
        return {};
    return QStringLiteral(" (×1e%1)").arg(exponent).replace(QLatin1Char('-'), QChar(0x2212));
}

QString formatNumber(double value, int digits)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    return QString::number(value, 'g', digits).replace(QLatin1Char('-'), QChar(0x2212));
}

} // namespace tangent::ui::labchart
