// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/parts/chartreferences.h"

#include "ui/chart/chartcontrast.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/chart/style/plotstyle.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

/// Colours for reference curves that bring none: neutral and far from the curve/derivative pairs.
constexpr std::array<QRgb, 3> kReferenceColors { 0x495057, 0x862e9c, 0x5c940d };

/// The curve with x sorted and NaN-free, as the screen reduction needs; y padded with NaN or cut
/// to the length of x.
ReferenceCurve sortedCopy(const ReferenceCurve& curve)
{
    ReferenceCurve sorted = curve;
    sorted.x.clear();
    sorted.y.clear();
    std::vector<std::size_t> order;
    order.reserve(curve.x.size());
    for (std::size_t i = 0; i < curve.x.size(); ++i) {
        if (!std::isnan(curve.x[i]))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return curve.x[a] < curve.x[b]; });
    sorted.x.reserve(order.size());
    sorted.y.reserve(order.size());
    for (const std::size_t i : order) {
        sorted.x.push_back(curve.x[i]);
        sorted.y.push_back(i < curve.y.size() ? curve.y[i] : std::numeric_limits<double>::quiet_NaN());
    }
    return sorted;
}

/// A plot with no series or axis (they were deleted), keeping its curve's index.
ChartPlot emptyPlot(int reference)
{
    return ChartPlot { {}, nullptr, {}, nullptr, false, true, reference };
}

} // namespace

ChartReferences::ChartReferences(ChartView* view, ChartSurface& surface)
    : QObject(view), m_view(view), m_surface(surface)
{
}

void ChartReferences::setCurves(const QList<ReferenceCurve>& curves)
{
    m_surface.ensureData();
    m_surface.beginOwnRangeChange();
    detach();
    m_references.clear();
    m_references.reserve(static_cast<std::size_t>(curves.size()));
    for (const ReferenceCurve& curve : curves) {
        Reference reference;
        reference.curve = sortedCopy(curve);
        if (!reference.curve.color.isValid())
            reference.curve.color = QColor::fromRgb(kReferenceColors.at(m_references.size() % kReferenceColors.size()));
        reference.plot.reference = static_cast<int>(m_references.size());
        m_references.push_back(std::move(reference));
    }
    attach();
    // The overlays are drawn in the order the series were added: keep them above the new curves.
    m_view->overlays()->create();
    for (const Reference& reference : m_references)
        m_view->legend()->connectMarkers(m_view->chart()->legend()->markers(reference.plot.series));
    m_surface.endOwnRangeChange();
    m_view->updateNow();
}

QLineSeries* ChartReferences::series(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_references.size())
        return nullptr;
    return m_references[static_cast<std::size_t>(index)].plot.series;
}

QValueAxis* ChartReferences::derivativeAxis() const
{
    // The tangent column's derivative when one is chosen, else the first derivative drawn.
    const auto& plots = m_surface.plots();
    if (const int column = m_view->overlays()->tangentColumn(); column >= 0) {
        const auto it = std::ranges::find(plots, PlotKey::derivativeOf(column), &ChartPlot::key);
        if (it != plots.end() && !it->excluded)
            return it->axis;
    }
    for (const ChartPlot& plot : plots) {
        if (plot.key.derivative && !plot.excluded)
            return plot.axis;
    }
    return nullptr;
}

void ChartReferences::attach()
{
    QAbstractAxis* xAxis = m_view->xAxis();
    if (!xAxis || !m_surface.mainYAxis())
        return;
    for (std::size_t i = 0; i < m_references.size(); ++i) {
        const ReferenceCurve& curve = m_references[i].curve;
        ChartPlot& plot = m_references[i].plot;
        plot = ChartPlot {};
        plot.reference = static_cast<int>(i);
        plot.axis = m_surface.mainYAxis();
        if (curve.axis == ReferenceCurve::Axis::Derivative)
            plot.axis = derivativeAxis();
        if (curve.axis == ReferenceCurve::Axis::Own || !plot.axis) {
            plot.axis = m_surface.addYAxis(Qt::AlignRight);
            plot.ownAxis = true;
            plot.axis->setTitleText(curve.name);
        }
        plot.series = new QLineSeries;
        m_view->chart()->addSeries(plot.series);
        plot.series->attachAxis(xAxis);
        plot.series->attachAxis(plot.axis);
        plot.series->setName(curve.name);
        style(plot);
    }
}

void ChartReferences::detach()
{
    for (Reference& reference : m_references) {
        ChartPlot& plot = reference.plot;
        QList<QLineSeries*> lines = plot.extra;
        if (plot.series)
            lines.prepend(plot.series);
        for (QLineSeries* line : std::as_const(lines)) {
            m_view->chart()->removeSeries(line);
            delete line;
        }
        if (plot.ownAxis && plot.axis) {
            m_view->chart()->removeAxis(plot.axis);
            delete plot.axis;
        }
        plot = emptyPlot(plot.reference);
    }
}

void ChartReferences::forget()
{
    for (Reference& reference : m_references)
        reference.plot = emptyPlot(reference.plot.reference);
}

ChartPlot* ChartReferences::findPlot(const QAbstractSeries* series)
{
    for (Reference& reference : m_references) {
        if (reference.plot.series && reference.plot.series == series)
            return &reference.plot;
    }
    return nullptr;
}

void ChartReferences::style(const ChartPlot& plot) const
{
    const ReferenceCurve& curve = m_references.at(static_cast<std::size_t>(plot.reference)).curve;
    const QPalette palette = m_view->palette();
    QColor color = curve.color;
    if (palette.color(QPalette::Window).lightness() < 128 && color.lightness() < 110)
        color = color.lighter(170);
    color = lineColorFor(color, palette);
    const bool presentation = m_view->presentationMode();
    setPlotPen(plot, color, curve.dashed, presentation ? 3.5 : 1.8, presentation);
    if (plot.ownAxis) {
        plot.axis->setGridLineVisible(false);
        plot.axis->setLinePenColor(color);
        plot.axis->setLabelsColor(color);
        plot.axis->setTitleBrush(color);
    }
}

} // namespace tangent::ui
