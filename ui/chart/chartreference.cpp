// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView: reference curves (the function lab's exact derivative and its error, the compare
// view's other methods), drawn like the document's plots against the axis each asks for.

#include "ui/chart/chartview.h"

#include "ui/chart/chartcontrast.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/style/plotstyle.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace tangent::ui {
namespace {

/// Colours for reference curves that bring none: neutral and far from the curve/derivative pairs.
constexpr std::array<QRgb, 3> kReferenceColors { 0x495057, 0x862e9c, 0x5c940d };

/// The curve with x sorted and NaN-free, as the screen reduction needs; y padded with NaN or cut
/// to the length of x.
ChartView::ReferenceCurve sortedCopy(const ChartView::ReferenceCurve& curve)
{
    ChartView::ReferenceCurve sorted = curve;
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

} // namespace

void ChartView::setReferenceCurves(const QList<ReferenceCurve>& curves)
{
    ensureData();
    ++m_programmatic;
    detachReferences();
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
    attachReferences();
    // The overlays are drawn in the order the series were added: keep them above the new curves.
    m_overlays->create();
    for (const Reference& reference : m_references)
        m_legend->connectMarkers(chart()->legend()->markers(reference.plot.series));
    --m_programmatic;
    refresh();
}

QLineSeries* ChartView::referenceSeries(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_references.size())
        return nullptr;
    return m_references[static_cast<std::size_t>(index)].plot.series;
}

QValueAxis* ChartView::derivativeAxisForReferences() const
{
    // The tangent column's derivative when one is chosen, else the first derivative drawn.
    if (const int column = m_overlays->tangentColumn(); column >= 0) {
        if (const Plot* plot = plotFor(PlotKey::derivativeOf(column)); plot && !plot->excluded)
            return plot->axis;
    }
    for (const Plot& plot : m_plots) {
        if (plot.key.derivative && !plot.excluded)
            return plot.axis;
    }
    return nullptr;
}

void ChartView::attachReferences()
{
    if (!m_xAxis || !m_yAxis)
        return;
    const auto yChanged = [this] {
        if (m_programmatic == 0)
            m_autoY = false;
    };
    for (std::size_t i = 0; i < m_references.size(); ++i) {
        const ReferenceCurve& curve = m_references[i].curve;
        Plot& plot = m_references[i].plot;
        plot = Plot {};
        plot.reference = static_cast<int>(i);
        plot.axis = m_yAxis;
        if (curve.axis == ReferenceCurve::Axis::Derivative)
            plot.axis = derivativeAxisForReferences();
        if (curve.axis == ReferenceCurve::Axis::Own || !plot.axis) {
            plot.axis = new QValueAxis;
            plot.ownAxis = true;
            plot.axis->setTitleText(curve.name);
            chart()->addAxis(plot.axis, Qt::AlignRight);
            connect(plot.axis, &QValueAxis::rangeChanged, this, yChanged);
        }
        plot.series = addLine(plot);
        plot.series->setName(curve.name);
        stylePlot(plot);
    }
}

void ChartView::detachReferences()
{
    for (Reference& reference : m_references) {
        Plot& plot = reference.plot;
        QList<QLineSeries*> lines = plot.extra;
        if (plot.series)
            lines.prepend(plot.series);
        for (QLineSeries* line : std::as_const(lines)) {
            chart()->removeSeries(line);
            delete line;
        }
        if (plot.ownAxis && plot.axis) {
            chart()->removeAxis(plot.axis);
            delete plot.axis;
        }
        plot = Plot { {}, nullptr, {}, nullptr, false, true, plot.reference };
    }
}

void ChartView::styleReference(const Plot& plot)
{
    const ReferenceCurve& curve = m_references.at(static_cast<std::size_t>(plot.reference)).curve;
    QColor color = curve.color;
    if (palette().color(QPalette::Window).lightness() < 128 && color.lightness() < 110)
        color = color.lighter(170);
    color = lineColorFor(color, palette());
    setPlotPen(plot, color, curve.dashed, m_presentation ? 3.5 : 1.8, m_presentation);
    if (plot.ownAxis) {
        plot.axis->setGridLineVisible(false);
        plot.axis->setLinePenColor(color);
        plot.axis->setLabelsColor(color);
        plot.axis->setTitleBrush(color);
    }
}

} // namespace tangent::ui
