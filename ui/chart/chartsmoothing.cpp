// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartsmoothing.h"

#include "ui/chart/chartview.h"
#include "ui/chart/parts/chartsurface.h"
#include "ui/document/document.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tangent::ui {
namespace {

/// A group's fitted line: its curve's colour taken halfway to the text colour, so that it shows
/// on its own curve and still tells which group it fits.
QColor groupFitColor(const QColor& curve, const QColor& text)
{
    return QColor::fromRgbF(
        (curve.redF() + text.redF()) / 2, (curve.greenF() + text.greenF()) / 2, (curve.blueF() + text.blueF()) / 2);
}

} // namespace

ChartSmoothing::ChartSmoothing(ChartView* view, ChartSurface& surface) : QObject(view), m_view(view), m_surface(surface)
{
}

void ChartSmoothing::setShowResiduals(bool on)
{
    if (on == m_showResiduals)
        return;
    m_showResiduals = on;
    m_surface.scheduleRefresh();
}

QLineSeries* ChartSmoothing::smoothedSeries(int column, int group) const
{
    const Line* line = findLine(column, group);
    return line ? line->smoothed.data() : nullptr;
}

QLineSeries* ChartSmoothing::residualSeries(int column, int group) const
{
    const Line* line = findLine(column, group);
    return line ? line->residual.data() : nullptr;
}

QValueAxis* ChartSmoothing::residualAxis() const
{
    return m_residualAxis;
}

const ChartSmoothing::Line* ChartSmoothing::findLine(int column, int group) const
{
    const auto it = std::ranges::find(m_lines, PlotKey::curveOf(column, group), &Line::curve);
    return it != m_lines.end() ? &*it : nullptr;
}

ChartSmoothing::Line& ChartSmoothing::lineFor(PlotKey curve)
{
    for (Line& line : m_lines)
        if (line.curve == curve)
            return line;
    m_lines.push_back({ curve, nullptr, nullptr });
    return m_lines.back();
}

void ChartSmoothing::removeLine(Line& line)
{
    // The chart deletes every series when it rebuilds; the pointers then are null already.
    for (QLineSeries* series : { line.smoothed.data(), line.residual.data() }) {
        if (series) {
            m_view->chart()->removeSeries(series);
            delete series;
        }
    }
    line.smoothed = nullptr;
    line.residual = nullptr;
}

QLineSeries* ChartSmoothing::addSeries(QValueAxis* axis)
{
    auto* series = new QLineSeries;
    m_view->chart()->addSeries(series);
    series->attachAxis(m_view->xAxis());
    series->attachAxis(axis);
    return series;
}

void ChartSmoothing::drawLine(
    QLineSeries* series, std::span<const double> x, std::span<const double> values, const Span& span, double* extent)
{
    const auto reduced = reduceForScreen(x, values, span.lo, span.hi, span.pixels);
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(reduced.size()));
    for (const ReducedPoint& p : reduced) {
        if (!std::isfinite(p.y))
            continue; // the fit bridges gaps already; a NaN here is outside the data
        points.append(QPointF(m_view->data().toPlot(p.x), p.y));
        if (extent && p.x >= span.lo && p.x <= span.hi)
            *extent = std::max(*extent, std::abs(p.y));
    }
    series->replace(points);
}

void ChartSmoothing::draw(double lo, double hi, std::size_t pixels)
{
    const Document* document = m_view->document();
    const ChartData& data = m_view->data();
    std::vector<PlotKey> drawn;
    double residualExtent = 0.0;
    // Each curve drawn gets its fit along the same rows: a y column's over every row, a group's
    // (long-format data) over that group's rows only, so that no fitted line joins two groups.
    for (std::size_t k = 0; k < data.keys().size(); ++k) {
        const PlotKey& key = data.keys()[k];
        const DerivativeResult* result
            = document && !key.derivative ? document->derivatives().resultFor(key.column) : nullptr;
        const QLineSeries* curve = m_view->seriesFor(key);
        if (!result || !curve || result->smoothed.size() != static_cast<std::size_t>(document->rowCount()))
            continue;
        drawn.push_back(key);
        Line& line = lineFor(key);
        const Span span { lo, hi, pixels };
        const std::vector<double> smoothed = data.alongLine(k, result->smoothed);
        drawSmoothed(line, k, smoothed, *curve, span);
        if (m_showResiduals) {
            drawResiduals(line, k, smoothed, *curve, span, residualExtent);
        } else if (line.residual) {
            m_view->chart()->removeSeries(line.residual);
            delete line.residual.data();
        }
    }
    for (Line& line : m_lines)
        if (std::ranges::find(drawn, line.curve) == drawn.end())
            removeLine(line);
    std::erase_if(m_lines, [](const Line& line) { return !line.smoothed && !line.residual; });
    placeResidualAxis(drawn.empty() || !m_showResiduals ? -1.0 : residualExtent);
}

QString ChartSmoothing::curveName(PlotKey curve, const QString& column) const
{
    const auto& groups = m_view->data().groupNames();
    if (curve.group < 0 || static_cast<std::size_t>(curve.group) >= groups.size())
        return column;
    return QStringLiteral("%1 · %2").arg(column, groups[static_cast<std::size_t>(curve.group)]);
}

void ChartSmoothing::drawSmoothed(
    Line& line, std::size_t k, const std::vector<double>& smoothed, const QLineSeries& curve, const Span& span)
{
    if (!line.smoothed)
        line.smoothed = addSeries(m_view->axisFor(line.curve));
    // The window's text colour stands out from every line colour, on light and dark themes; with
    // groups it could not tell them apart, so a group's fit takes the group's colour, darker.
    const QColor text = m_view->palette().color(QPalette::WindowText);
    QPen pen(line.curve.group < 0 ? text : groupFitColor(curve.pen().color(), text));
    pen.setWidthF(1.5);
    line.smoothed->setPen(pen);
    line.smoothed->setName(
        tr("smoothed %1").arg(curveName(line.curve, m_view->document()->columnTitle(line.curve.column))));
    line.smoothed->setVisible(curve.isVisible());
    drawLine(line.smoothed, m_view->data().lineX(k), smoothed, span, nullptr);
}

void ChartSmoothing::drawResiduals(Line& line, std::size_t k, const std::vector<double>& smoothed,
    const QLineSeries& curve, const Span& span, double& extent)
{
    const ChartData& data = m_view->data();
    const auto y = data.lineValues(k);
    std::vector<double> residual(smoothed.size());
    for (std::size_t i = 0; i < residual.size(); ++i)
        residual[i] = y[i] - smoothed[i];
    if (!m_residualAxis) {
        m_residualAxis = new QValueAxis;
        m_view->chart()->addAxis(m_residualAxis, Qt::AlignRight);
    }
    if (!line.residual)
        line.residual = addSeries(m_residualAxis);
    QPen pen(curve.color().lighter(130));
    pen.setWidthF(1.0);
    pen.setStyle(Qt::DotLine);
    line.residual->setPen(pen);
    line.residual->setName(
        tr("%1 − smoothed").arg(curveName(line.curve, m_view->document()->column(line.curve.column).name)));
    drawLine(line.residual, data.lineX(k), residual, span, &extent);
}

void ChartSmoothing::placeResidualAxis(double extent)
{
    if (extent < 0.0) {
        if (m_residualAxis) {
            m_view->chart()->removeAxis(m_residualAxis);
            delete m_residualAxis.data();
        }
        return;
    }
    const double half = extent > 0.0 ? extent * 1.1 : 1.0;
    m_surface.beginOwnRangeChange();
    m_residualAxis->setRange(-half, half);
    m_surface.endOwnRangeChange();
    m_residualAxis->setTitleText(tr("residual y − smoothed"));
    m_residualAxis->setGridLineVisible(false);
}

} // namespace tangent::ui
