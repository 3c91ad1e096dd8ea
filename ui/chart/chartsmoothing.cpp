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

QLineSeries* ChartSmoothing::smoothedSeries(int column) const
{
    for (const Line& line : m_lines)
        if (line.column == column)
            return line.smoothed;
    return nullptr;
}

QLineSeries* ChartSmoothing::residualSeries(int column) const
{
    for (const Line& line : m_lines)
        if (line.column == column)
            return line.residual;
    return nullptr;
}

QValueAxis* ChartSmoothing::residualAxis() const
{
    return m_residualAxis;
}

ChartSmoothing::Line& ChartSmoothing::lineFor(int column)
{
    for (Line& line : m_lines)
        if (line.column == column)
            return line;
    m_lines.push_back({ column, nullptr, nullptr });
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

void ChartSmoothing::drawLine(QLineSeries* series, const std::vector<double>& aligned, const Span& span, double* extent)
{
    const auto reduced = reduceForScreen(m_view->data().x(), aligned, span.lo, span.hi, span.pixels);
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
    std::vector<int> drawn;
    double residualExtent = 0.0;
    // Grouped: each group has a fit of its own, and one line through every group's rows in x
    // order would jump from group to group, so no fitted line is drawn over the groups' curves.
    const bool grouped = document && document->derivatives().effectiveGroupColumn() >= 0;
    for (const PlotKey& key : m_view->data().keys()) {
        const DerivativeResult* result
            = document && !grouped && !key.derivative ? document->derivatives().resultFor(key.column) : nullptr;
        const QLineSeries* curve = m_view->seriesFor(key);
        if (!result || !curve || result->smoothed.size() != static_cast<std::size_t>(document->rowCount()))
            continue;
        drawn.push_back(key.column);
        Line& line = lineFor(key.column);
        const Span span { lo, hi, pixels };
        drawSmoothed(line, key, *result, *curve, span);
        if (m_showResiduals) {
            drawResiduals(line, *result, *curve, span, residualExtent);
        } else if (line.residual) {
            m_view->chart()->removeSeries(line.residual);
            delete line.residual.data();
        }
    }
    for (Line& line : m_lines)
        if (std::find(drawn.begin(), drawn.end(), line.column) == drawn.end())
            removeLine(line);
    std::erase_if(m_lines, [](const Line& line) { return !line.smoothed && !line.residual; });
    placeResidualAxis(drawn.empty() || !m_showResiduals ? -1.0 : residualExtent);
}

void ChartSmoothing::drawSmoothed(
    Line& line, PlotKey key, const DerivativeResult& result, const QLineSeries& curve, const Span& span)
{
    const ChartData& data = m_view->data();
    std::vector<double> smoothed(data.x().size());
    for (std::size_t i = 0; i < smoothed.size(); ++i)
        smoothed[i] = result.smoothed[static_cast<std::size_t>(data.rowAt(i))];
    if (!line.smoothed)
        line.smoothed = addSeries(m_view->axisFor(key));
    // The window's text colour: it stands out from every line colour, on light and dark themes.
    QPen pen(m_view->palette().color(QPalette::WindowText));
    pen.setWidthF(1.5);
    line.smoothed->setPen(pen);
    line.smoothed->setName(tr("smoothed %1").arg(m_view->document()->columnTitle(key.column)));
    line.smoothed->setVisible(curve.isVisible());
    drawLine(line.smoothed, smoothed, span, nullptr);
}

void ChartSmoothing::drawResiduals(
    Line& line, const DerivativeResult& result, const QLineSeries& curve, const Span& span, double& extent)
{
    const ChartData& data = m_view->data();
    const std::vector<double>& y = m_view->document()->column(line.column).values;
    std::vector<double> residual(data.x().size());
    for (std::size_t i = 0; i < residual.size(); ++i) {
        const auto row = static_cast<std::size_t>(data.rowAt(i));
        residual[i] = y[row] - result.smoothed[row];
    }
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
    line.residual->setName(tr("%1 − smoothed").arg(m_view->document()->column(line.column).name));
    drawLine(line.residual, residual, span, &extent);
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
