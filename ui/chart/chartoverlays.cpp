// SPDX-License-Identifier: GPL-3.0-or-later
// ChartOverlays: the markers, the tangent and the secant, computed from the view's data and the
// document's derivatives (their look and labels: chartoverlaystyle.cpp).

#include "ui/chart/chartoverlays.h"

#include "ui/chart/chartlegend.h"
#include "ui/chart/chartview.h"
#include "ui/chart/parts/chartsurface.h"
#include "ui/document/document.h"

#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tangent::ui {
namespace {

constexpr double kTangentReach = 0.15; // the tangent spans ±15 % of the visible x span

QString number(double v)
{
    return formatNumber(v, 'g', 6);
}

bool finite(double a, double b)
{
    return std::isfinite(a) && std::isfinite(b);
}

} // namespace

ChartOverlays::ChartOverlays(ChartView* view, ChartSurface& surface) : QObject(view), m_view(view), m_surface(surface)
{
    for (auto [box, text] :
        { std::pair { &m_tangentBox, &m_tangentText }, std::pair { &m_secantBox, &m_secantText } }) {
        *box = new QGraphicsRectItem(view->chart());
        *text = new QGraphicsSimpleTextItem(*box);
        (*box)->setZValue(999);
        (*box)->hide();
    }
}

void ChartOverlays::forget()
{
    m_selection = nullptr;
    m_highlight = nullptr;
    m_highlightDerivative = nullptr;
    m_axisMarkers.clear();
    m_tangentLine = nullptr;
    m_tangentPoint = nullptr;
    m_secantLine = nullptr;
    m_secantPoints = nullptr;
}

void ChartOverlays::create()
{
    const auto remove = [this](auto*& series) {
        if (series) {
            m_view->chart()->removeSeries(series);
            delete series;
            series = nullptr;
        }
    };
    remove(m_highlight);
    remove(m_highlightDerivative);
    remove(m_secantLine);
    remove(m_tangentLine);
    remove(m_secantPoints);
    remove(m_selection);
    remove(m_tangentPoint);
    for (AxisMarkers& overlay : m_axisMarkers) {
        remove(overlay.selection);
        remove(overlay.highlight);
    }
    m_axisMarkers.clear();
    if (!m_view->xAxis() || !m_surface.mainYAxis())
        return;

    const auto add = [this](auto* series, const QString& name, QValueAxis* axis) {
        series->setName(name);
        m_view->chart()->addSeries(series);
        series->attachAxis(m_view->xAxis());
        series->attachAxis(axis);
        return series;
    };
    m_surface.beginOwnRangeChange();
    // y columns on a left axis of their own have their markers drawn against that axis.
    for (const ChartPlot& plot : m_surface.plots()) {
        if (!m_surface.marksSelection(plot) || plot.axis == m_surface.mainYAxis()
            || std::ranges::any_of(m_axisMarkers, [&plot](const AxisMarkers& o) { return o.axis == plot.axis; }))
            continue;
        m_axisMarkers.push_back({ plot.axis, nullptr, nullptr });
    }
    // Added in drawing order: rings and lines below the points they mark.
    m_highlight = add(new QScatterSeries, tr("Highlighted rows"), m_surface.mainYAxis());
    for (AxisMarkers& overlay : m_axisMarkers)
        overlay.highlight = add(new QScatterSeries, tr("Highlighted rows"), overlay.axis);
    if (QValueAxis* axis = m_highlightColumn >= 0 ? m_view->axisFor(PlotKey::derivativeOf(m_highlightColumn)) : nullptr)
        m_highlightDerivative = add(new QScatterSeries, tr("Highlighted rows (derivative)"), axis);
    m_secantLine = add(new QLineSeries, tr("Secant"), m_surface.mainYAxis());
    m_tangentLine = add(new QLineSeries, tr("Tangent"), m_surface.mainYAxis());
    m_secantPoints = add(new QScatterSeries, tr("Secant points"), m_surface.mainYAxis());
    m_selection = add(new QScatterSeries, tr("Selected row"), m_surface.mainYAxis());
    for (AxisMarkers& overlay : m_axisMarkers)
        overlay.selection = add(new QScatterSeries, tr("Selected row"), overlay.axis);
    m_tangentPoint = add(new QScatterSeries, tr("Tangent point"), m_surface.mainYAxis());
    m_surface.endOwnRangeChange();
    style();
    m_view->legend()->sync();
}

std::size_t ChartOverlays::markerIndex(const QValueAxis* axis) const
{
    for (std::size_t i = 0; i < m_axisMarkers.size(); ++i) {
        if (m_axisMarkers[i].axis == axis)
            return i + 1;
    }
    return 0;
}

QScatterSeries* ChartOverlays::markersOn(const QValueAxis* axis, Marker marker) const
{
    if (!axis)
        return nullptr;
    const bool highlight = marker == Marker::Highlight;
    if (axis == m_surface.mainYAxis())
        return highlight ? m_highlight : m_selection;
    const std::size_t i = markerIndex(axis);
    if (i == 0)
        return nullptr;
    return highlight ? m_axisMarkers[i - 1].highlight : m_axisMarkers[i - 1].selection;
}

QScatterSeries* ChartOverlays::selectionSeriesFor(int column) const
{
    return markersOn(m_view->axisFor(PlotKey::curveOf(column)), Marker::Selection);
}

QScatterSeries* ChartOverlays::highlightSeriesFor(int column) const
{
    return markersOn(m_view->axisFor(PlotKey::curveOf(column)), Marker::Highlight);
}

void ChartOverlays::attachY(QXYSeries* series, QValueAxis* axis)
{
    if (!series || !axis)
        return;
    const auto attached = series->attachedAxes();
    if (attached.contains(axis))
        return;
    // Attaching does not change the axis' range, but Qt Charts may signal it: not a user zoom.
    m_surface.beginOwnRangeChange();
    for (QAbstractAxis* a : attached) {
        if (a->orientation() == Qt::Vertical)
            series->detachAxis(a);
    }
    series->attachAxis(axis);
    m_surface.endOwnRangeChange();
}

void ChartOverlays::update()
{
    updateSelection();
    updateHighlight();
    updateTangent();
    updateSecant();
}

// ---- Selected row ----

void ChartOverlays::setSelectedRow(int row)
{
    m_selectedRow = row;
    m_surface.ensureData();
    updateSelection();
    updateTangent();
}

void ChartOverlays::updateSelection()
{
    if (!m_selection)
        return;
    const auto& plots = m_surface.plots();
    const ChartData& data = m_view->data();
    // Each point on the markers drawn against its column's axis.
    std::vector<QList<QPointF>> points(m_axisMarkers.size() + 1);
    const double x = data.xOfRow(m_selectedRow);
    if (std::isfinite(x)) {
        for (std::size_t k = 0; k < plots.size(); ++k) {
            if (!m_surface.marksSelection(plots[k]) || !plots[k].series->isVisible())
                continue;
            const double y = data.valueOfRow(k, m_selectedRow);
            if (std::isfinite(y))
                points[markerIndex(plots[k].axis)].append(QPointF(data.toPlot(x), y));
        }
    }
    m_selection->replace(points[0]);
    for (std::size_t i = 0; i < m_axisMarkers.size(); ++i)
        m_axisMarkers[i].selection->replace(points[i + 1]);
}

// ---- Highlighted rows ----

void ChartOverlays::setHighlightedRows(const QList<int>& rows)
{
    m_highlightRows = rows;
    m_surface.ensureData();
    updateHighlight();
}

void ChartOverlays::setHighlightColumn(int column)
{
    if (m_highlightColumn == column)
        return;
    m_highlightColumn = column;
    m_surface.ensureData();
    create();
    update();
}

void ChartOverlays::updateHighlight()
{
    if (!m_highlight)
        return;
    std::vector<QList<QPointF>> points(m_axisMarkers.size() + 1);
    QList<QPointF> derivativePoints;
    for (const int row : std::as_const(m_highlightRows)) {
        const double x = m_view->data().xOfRow(row);
        if (!std::isfinite(x))
            continue;
        for (std::size_t k = 0; k < m_surface.plots().size(); ++k) {
            const ChartPlot& plot = m_surface.plots()[k];
            const bool onDerivative = plot.key.derivative && plot.key.column == m_highlightColumn;
            if ((plot.key.derivative && !onDerivative) || !plot.series->isVisible())
                continue;
            const double y = m_view->data().valueOfRow(k, row);
            if (std::isfinite(y))
                (onDerivative ? derivativePoints : points[markerIndex(plot.axis)])
                    .append(QPointF(m_view->data().toPlot(x), y));
        }
    }
    m_highlight->replace(points[0]);
    for (std::size_t i = 0; i < m_axisMarkers.size(); ++i)
        m_axisMarkers[i].highlight->replace(points[i + 1]);
    if (m_highlightDerivative)
        m_highlightDerivative->replace(derivativePoints);
}

// ---- Tangent ----

void ChartOverlays::setTangentEnabled(bool on)
{
    const bool changed = on != m_tangentEnabled;
    m_tangentEnabled = on;
    if (!on)
        m_tangentHover = -1;
    m_surface.ensureData();
    updateTangent();
    if (changed)
        emit tangentEnabledChanged(on);
}

void ChartOverlays::setTangentColumn(int column)
{
    m_tangentColumn = column;
    m_surface.ensureData();
    updateTangent();
    updateSecant();
}

int ChartOverlays::effectiveTangentColumn() const
{
    for (const ChartPlot& plot : m_surface.plots()) {
        if (plot.key.derivative)
            continue;
        if (m_tangentColumn >= 0 ? plot.key.column == m_tangentColumn : plot.series->isVisible())
            return plot.key.column;
    }
    return -1;
}

int ChartOverlays::tangentRow() const
{
    if (!m_tangentEnabled || effectiveTangentColumn() < 0)
        return -1;
    const int row = m_tangentHover >= 0 ? m_tangentHover : m_selectedRow;
    return row >= 0 && m_view->document() && row < m_view->document()->rowCount() ? row : -1;
}

std::size_t ChartOverlays::tangentPlot(bool derivative) const
{
    // Grouped: the tangent is drawn on the line of the row's group.
    const PlotKey key { effectiveTangentColumn(), derivative, m_view->data().groupOfRow(tangentRow()) };
    for (std::size_t k = 0; k < m_surface.plots().size(); ++k) {
        if (m_surface.plots()[k].key == key)
            return k;
    }
    return m_surface.plots().size();
}

double ChartOverlays::slopeXScale() const
{
    // A derivative over dates is per time unit, while the chart's x is in seconds.
    return m_view->data().isDate() && m_view->document() ? secondsPer(m_view->document()->settings().timeUnit) : 1.0;
}

QString ChartOverlays::lineEquation(double slope, double x0, double y0) const
{
    QString shifted;
    if (m_view->data().isDate())
        shifted = QStringLiteral("(t − %1)").arg(formatX(m_view->data(), x0));
    else if (x0 == 0.0)
        shifted = QStringLiteral("x");
    else
        shifted = x0 > 0 ? QStringLiteral("(x − %1)").arg(number(x0)) : QStringLiteral("(x + %1)").arg(number(-x0));
    QString equation = QStringLiteral("y = %1·%2").arg(number(slope), shifted);
    if (y0 > 0)
        equation += QStringLiteral(" + %1").arg(number(y0));
    else if (y0 < 0)
        equation += QStringLiteral(" − %1").arg(number(-y0));
    if (m_view->data().isDate() && m_view->document())
        equation += tr(", t in %1").arg(timeUnitLabel(m_view->document()->settings().timeUnit));
    return equation;
}

void ChartOverlays::updateTangent()
{
    if (!m_tangentLine)
        return;
    m_tangentSlope = std::numeric_limits<double>::quiet_NaN();
    m_tangentEquation.clear();
    QList<QPointF> line;
    QList<QPointF> point;
    QString label;
    const int row = tangentRow();
    const std::size_t ky = tangentPlot(false);
    const std::size_t kd = tangentPlot(true);
    // The tangent is drawn against its column's axis.
    if (ky < m_surface.plots().size()) {
        attachY(m_tangentLine, m_surface.plots()[ky].axis);
        attachY(m_tangentPoint, m_surface.plots()[ky].axis);
    }
    if (row >= 0 && ky < m_surface.plots().size() && m_surface.plots()[ky].series->isVisible()) {
        const double x0 = m_view->data().xOfRow(row);
        const double y0 = m_view->data().valueOfRow(ky, row);
        const double slope = kd < m_surface.plots().size() ? m_view->data().valueOfRow(kd, row)
                                                           : std::numeric_limits<double>::quiet_NaN();
        const int order = m_view->document() ? m_view->document()->settings().order : 1;
        if (finite(x0, y0)) {
            point.append(QPointF(m_view->data().toPlot(x0), y0));
            if (order != 1) {
                label = tr("Row %1: a tangent needs the first derivative (order is %2)").arg(row + 1).arg(order);
            } else if (!std::isfinite(slope)) {
                label = tr("Row %1: no derivative here, so no tangent").arg(row + 1);
            } else {
                const auto [lo, hi] = m_view->visibleXRange();
                const double reach = kTangentReach * std::abs(hi - lo);
                for (const double dx : { -reach, reach })
                    line.append(QPointF(m_view->data().toPlot(x0 + dx), y0 + slope * (dx / slopeXScale())));
                m_tangentSlope = slope;
                m_tangentEquation = lineEquation(slope, x0, y0);
                label = tr("Tangent at row %1\n%2").arg(row + 1).arg(m_tangentEquation);
            }
        }
    }
    m_tangentLine->replace(line);
    m_tangentPoint->replace(point);
    m_tangentText->setText(label);
    m_tangentBox->setVisible(!label.isEmpty());
    placeLabels();
    if (row != m_lastTangentRow) {
        m_lastTangentRow = row;
        emit tangentRowChanged(row);
    }
}

void ChartOverlays::stepTangent(int delta)
{
    m_surface.ensureData();
    const auto x = m_view->data().x();
    if (x.empty() || delta == 0)
        return;
    // Along the curve: in x order, over the points the tangent's curve has a value at.
    const std::size_t ky = tangentPlot(false);
    const auto usable = [&](std::ptrdiff_t i) {
        return ky >= m_surface.plots().size() || std::isfinite(m_view->data().values(ky)[static_cast<std::size_t>(i)]);
    };
    const auto size = static_cast<std::ptrdiff_t>(x.size());
    const int current = m_tangentHover >= 0 ? m_tangentHover : m_selectedRow;
    const std::size_t position = m_view->data().positionOfRow(current);
    const std::ptrdiff_t start = position < x.size() ? static_cast<std::ptrdiff_t>(position) : (delta > 0 ? -1 : size);
    const std::ptrdiff_t direction = delta > 0 ? 1 : -1;
    std::ptrdiff_t target = start;
    for (int steps = std::abs(delta); steps > 0; --steps) {
        std::ptrdiff_t next = target + direction;
        while (next >= 0 && next < size && !usable(next))
            next += direction;
        if (next < 0 || next >= size)
            break; // clamped at the end
        target = next;
    }
    if (target == start || target < 0 || target >= size)
        return;
    moveTangentTo(m_view->data().rowAt(static_cast<std::size_t>(target)));
}

void ChartOverlays::moveTangentTo(int row)
{
    const double x = m_view->data().xOfRow(row);
    const auto [lo, hi] = m_view->visibleXRange();
    if (std::isfinite(x) && (x < std::min(lo, hi) || x > std::max(lo, hi)))
        m_view->setVisibleXRange(x - (hi - lo) / 2, x + (hi - lo) / 2);
    selectFromChart(row);
}

void ChartOverlays::selectFromChart(int row)
{
    m_tangentHover = -1;
    m_view->setSelectedRow(row);
    emit m_view->rowClicked(row);
}

bool ChartOverlays::tangentPointPos(QPointF* pos) const
{
    if (!m_tangentPoint || m_tangentPoint->count() == 0)
        return false;
    *pos = m_view->chart()->mapToPosition(m_tangentPoint->at(0), m_tangentPoint);
    return true;
}

// ---- Secant ----

void ChartOverlays::setSecantRows(int a, int b)
{
    m_secantA = a;
    m_secantB = b;
    // While a secant is shown the tangent stays at its first point instead of following the mouse.
    m_tangentHover = -1;
    m_surface.ensureData();
    updateTangent();
    updateSecant();
}

void ChartOverlays::clearSecant()
{
    setSecantRows(-1, -1);
}

void ChartOverlays::updateSecant()
{
    if (!m_secantLine)
        return;
    m_secantSlope = std::numeric_limits<double>::quiet_NaN();
    m_secantEquation.clear();
    QList<QPointF> line;
    QList<QPointF> points;
    QString label;
    const std::size_t ky = tangentPlot(false);
    if (ky < m_surface.plots().size()) {
        attachY(m_secantLine, m_surface.plots()[ky].axis);
        attachY(m_secantPoints, m_surface.plots()[ky].axis);
    }
    if (m_secantA >= 0 && m_secantB >= 0 && ky < m_surface.plots().size()
        && m_surface.plots()[ky].series->isVisible()) {
        const double xa = m_view->data().xOfRow(m_secantA);
        const double ya = m_view->data().valueOfRow(ky, m_secantA);
        const double xb = m_view->data().xOfRow(m_secantB);
        const double yb = m_view->data().valueOfRow(ky, m_secantB);
        if (finite(xa, ya) && finite(xb, yb) && xa != xb) {
            const double scale = slopeXScale();
            const double slope = (yb - ya) / ((xb - xa) / scale);
            // Through both points and as far around the first as the tangent reaches.
            const auto [lo, hi] = m_view->visibleXRange();
            const double reach = kTangentReach * std::abs(hi - lo);
            for (const double x : { std::min({ xa, xb, xa - reach }), std::max({ xa, xb, xa + reach }) })
                line.append(QPointF(m_view->data().toPlot(x), ya + slope * ((x - xa) / scale)));
            points = { QPointF(m_view->data().toPlot(xa), ya), QPointF(m_view->data().toPlot(xb), yb) };
            m_secantSlope = slope;
            m_secantEquation = lineEquation(slope, xa, ya);
            label = tr("Secant, rows %1 and %2\n%3").arg(m_secantA + 1).arg(m_secantB + 1).arg(m_secantEquation);
        }
    }
    m_secantLine->replace(line);
    m_secantPoints->replace(points);
    m_secantText->setText(label);
    m_secantBox->setVisible(!label.isEmpty());
    placeLabels();
}

void ChartOverlays::followHover(int row)
{
    // The tangent follows the mouse, except on a projector and while a secant is compared with it.
    const bool follow = row < 0 || (m_tangentEnabled && !m_view->presentationMode() && !secantShown());
    if (follow && row != m_tangentHover) {
        m_tangentHover = row;
        updateTangent();
    }
}

bool ChartOverlays::secantShown() const
{
    return m_secantPoints && m_secantPoints->count() > 0;
}

} // namespace tangent::ui
