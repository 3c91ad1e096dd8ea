// ChartView's classroom overlays: the selected row, ring markers on highlighted rows, the tangent
// with the document's own slope, a secant, and their equations next to them. The chart computes
// no derivative here: the slope is read from the document's DerivativeResult.

#include "ui/chartview.h"

#include "ui/document.h"

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
    return QString::number(v, 'g', 6);
}

bool finite(double a, double b)
{
    return std::isfinite(a) && std::isfinite(b);
}

} // namespace

void ChartView::createOverlays()
{
    const auto remove = [this](auto*& series) {
        if (series) {
            chart()->removeSeries(series);
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
    for (AxisOverlay& overlay : m_axisOverlays) {
        remove(overlay.selection);
        remove(overlay.highlight);
    }
    m_axisOverlays.clear();
    if (!m_xAxis || !m_yAxis)
        return;

    const auto add = [this](auto* series, const QString& name, QValueAxis* axis) {
        series->setName(name);
        chart()->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(axis);
        return series;
    };
    ++m_programmatic;
    // y columns on a left axis of their own have their markers drawn against that axis.
    for (const Plot& plot : m_plots) {
        if (plot.key.derivative || plot.axis == m_yAxis
            || std::ranges::any_of(m_axisOverlays, [&plot](const AxisOverlay& o) { return o.axis == plot.axis; }))
            continue;
        m_axisOverlays.push_back({ plot.axis, nullptr, nullptr });
    }
    // Added in drawing order: rings and lines below the points they mark.
    m_highlight = add(new QScatterSeries, tr("Highlighted rows"), m_yAxis);
    for (AxisOverlay& overlay : m_axisOverlays)
        overlay.highlight = add(new QScatterSeries, tr("Highlighted rows"), overlay.axis);
    if (QValueAxis* axis = m_highlightColumn >= 0 ? derivativeAxisFor(m_highlightColumn) : nullptr)
        m_highlightDerivative = add(new QScatterSeries, tr("Highlighted rows (derivative)"), axis);
    m_secantLine = add(new QLineSeries, tr("Secant"), m_yAxis);
    m_tangentLine = add(new QLineSeries, tr("Tangent"), m_yAxis);
    m_secantPoints = add(new QScatterSeries, tr("Secant points"), m_yAxis);
    m_selection = add(new QScatterSeries, tr("Selected row"), m_yAxis);
    for (AxisOverlay& overlay : m_axisOverlays)
        overlay.selection = add(new QScatterSeries, tr("Selected row"), overlay.axis);
    m_tangentPoint = add(new QScatterSeries, tr("Tangent point"), m_yAxis);
    --m_programmatic;
    styleOverlays();
    syncLegend();
}

std::size_t ChartView::overlayIndex(const QValueAxis* axis) const
{
    for (std::size_t i = 0; i < m_axisOverlays.size(); ++i) {
        if (m_axisOverlays[i].axis == axis)
            return i + 1;
    }
    return 0;
}

QScatterSeries* ChartView::overlayOn(const QValueAxis* axis, bool highlight) const
{
    if (!axis)
        return nullptr;
    if (axis == m_yAxis)
        return highlight ? m_highlight : m_selection;
    const std::size_t i = overlayIndex(axis);
    if (i == 0)
        return nullptr;
    return highlight ? m_axisOverlays[i - 1].highlight : m_axisOverlays[i - 1].selection;
}

QScatterSeries* ChartView::selectionSeriesFor(int column) const
{
    return overlayOn(valueAxisFor(column), false);
}

QScatterSeries* ChartView::highlightSeriesFor(int column) const
{
    return overlayOn(valueAxisFor(column), true);
}

void ChartView::attachOverlayY(QXYSeries* series, QValueAxis* axis)
{
    if (!series || !axis)
        return;
    const auto attached = series->attachedAxes();
    if (attached.contains(axis))
        return;
    // Attaching does not change the axis' range, but Qt Charts may signal it: not a user zoom.
    ++m_programmatic;
    for (QAbstractAxis* a : attached) {
        if (a->orientation() == Qt::Vertical)
            series->detachAxis(a);
    }
    series->attachAxis(axis);
    --m_programmatic;
}

void ChartView::updateOverlays()
{
    updateSelection();
    updateHighlight();
    updateTangent();
    updateSecant();
}

// ---- Highlighted rows ----

void ChartView::setHighlightedRows(const QList<int>& rows)
{
    m_highlightRows = rows;
    ensureData();
    updateHighlight();
}

void ChartView::setHighlightColumn(int column)
{
    if (m_highlightColumn == column)
        return;
    m_highlightColumn = column;
    ensureData();
    createOverlays();
    updateOverlays();
}

void ChartView::updateHighlight()
{
    if (!m_highlight)
        return;
    std::vector<QList<QPointF>> points(m_axisOverlays.size() + 1);
    QList<QPointF> derivativePoints;
    for (const int row : std::as_const(m_highlightRows)) {
        const double x = m_data.xOfRow(row);
        if (!std::isfinite(x))
            continue;
        for (std::size_t k = 0; k < m_plots.size(); ++k) {
            const Plot& plot = m_plots[k];
            const bool onDerivative = plot.key.derivative && plot.key.column == m_highlightColumn;
            if ((plot.key.derivative && !onDerivative) || !plot.series->isVisible())
                continue;
            const double y = m_data.valueOfRow(k, row);
            if (std::isfinite(y))
                (onDerivative ? derivativePoints : points[overlayIndex(plot.axis)])
                    .append(QPointF(m_data.toPlot(x), y));
        }
    }
    m_highlight->replace(points[0]);
    for (std::size_t i = 0; i < m_axisOverlays.size(); ++i)
        m_axisOverlays[i].highlight->replace(points[i + 1]);
    if (m_highlightDerivative)
        m_highlightDerivative->replace(derivativePoints);
}

// ---- Tangent ----

void ChartView::setTangentEnabled(bool on)
{
    m_tangentEnabled = on;
    if (!on)
        m_tangentHover = -1;
    ensureData();
    updateTangent();
}

void ChartView::setTangentColumn(int column)
{
    m_tangentColumn = column;
    ensureData();
    updateTangent();
    updateSecant();
}

int ChartView::effectiveTangentColumn() const
{
    for (const Plot& plot : m_plots) {
        if (plot.key.derivative)
            continue;
        if (m_tangentColumn >= 0 ? plot.key.column == m_tangentColumn : plot.series->isVisible())
            return plot.key.column;
    }
    return -1;
}

int ChartView::tangentRow() const
{
    if (!m_tangentEnabled || effectiveTangentColumn() < 0)
        return -1;
    const int row = m_tangentHover >= 0 ? m_tangentHover : m_selectedRow;
    return row >= 0 && m_document && row < m_document->rowCount() ? row : -1;
}

std::size_t ChartView::tangentPlot(bool derivative) const
{
    const PlotKey key { effectiveTangentColumn(), derivative };
    for (std::size_t k = 0; k < m_plots.size(); ++k) {
        if (m_plots[k].key == key)
            return k;
    }
    return m_plots.size();
}

double ChartView::slopeXScale() const
{
    // A derivative over dates is per time unit, while the chart's x is in seconds.
    return m_data.isDate() && m_document ? secondsPer(m_document->settings().timeUnit) : 1.0;
}

QString ChartView::lineEquation(double slope, double x0, double y0) const
{
    QString shifted;
    if (m_data.isDate())
        shifted = QStringLiteral("(t − %1)").arg(formatX(x0));
    else if (x0 == 0.0)
        shifted = QStringLiteral("x");
    else
        shifted = x0 > 0 ? QStringLiteral("(x − %1)").arg(number(x0)) : QStringLiteral("(x + %1)").arg(number(-x0));
    QString equation = QStringLiteral("y = %1·%2").arg(number(slope), shifted);
    if (y0 > 0)
        equation += QStringLiteral(" + %1").arg(number(y0));
    else if (y0 < 0)
        equation += QStringLiteral(" − %1").arg(number(-y0));
    if (m_data.isDate() && m_document)
        equation += tr(", t in %1").arg(timeUnitSymbol(m_document->settings().timeUnit));
    return equation;
}

void ChartView::updateTangent()
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
    if (ky < m_plots.size()) {
        attachOverlayY(m_tangentLine, m_plots[ky].axis);
        attachOverlayY(m_tangentPoint, m_plots[ky].axis);
    }
    if (row >= 0 && ky < m_plots.size() && m_plots[ky].series->isVisible()) {
        const double x0 = m_data.xOfRow(row);
        const double y0 = m_data.valueOfRow(ky, row);
        const double slope
            = kd < m_plots.size() ? m_data.valueOfRow(kd, row) : std::numeric_limits<double>::quiet_NaN();
        const int order = m_document ? m_document->settings().order : 1;
        if (finite(x0, y0)) {
            point.append(QPointF(m_data.toPlot(x0), y0));
            if (order != 1) {
                label = tr("Row %1: a tangent needs the first derivative (order is %2)").arg(row + 1).arg(order);
            } else if (!std::isfinite(slope)) {
                label = tr("Row %1: no derivative here, so no tangent").arg(row + 1);
            } else {
                const auto [lo, hi] = visibleXRange();
                const double reach = kTangentReach * std::abs(hi - lo);
                for (const double dx : { -reach, reach })
                    line.append(QPointF(m_data.toPlot(x0 + dx), y0 + slope * (dx / slopeXScale())));
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

void ChartView::stepTangent(int delta)
{
    ensureData();
    const auto x = m_data.x();
    if (x.empty() || delta == 0)
        return;
    // Along the curve: in x order, over the points the tangent's curve has a value at.
    const std::size_t ky = tangentPlot(false);
    const auto usable = [&](std::ptrdiff_t i) {
        return ky >= m_plots.size() || std::isfinite(m_data.values(ky)[static_cast<std::size_t>(i)]);
    };
    const auto size = static_cast<std::ptrdiff_t>(x.size());
    const int current = m_tangentHover >= 0 ? m_tangentHover : m_selectedRow;
    const std::size_t position = m_data.positionOfRow(current);
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
    moveTangentTo(m_data.rowAt(static_cast<std::size_t>(target)));
}

void ChartView::moveTangentTo(int row)
{
    m_tangentHover = -1;
    const double x = m_data.xOfRow(row);
    const auto [lo, hi] = visibleXRange();
    if (std::isfinite(x) && (x < std::min(lo, hi) || x > std::max(lo, hi)))
        setVisibleXRange(x - (hi - lo) / 2, x + (hi - lo) / 2);
    setSelectedRow(row);
    emit rowClicked(row);
}

bool ChartView::tangentPointPos(QPointF* pos) const
{
    if (!m_tangentPoint || m_tangentPoint->count() == 0)
        return false;
    *pos = chart()->mapToPosition(m_tangentPoint->at(0), m_tangentPoint);
    return true;
}

// ---- Secant ----

void ChartView::setSecantRows(int a, int b)
{
    m_secantA = a;
    m_secantB = b;
    // While a secant is shown the tangent stays at its first point instead of following the mouse.
    m_tangentHover = -1;
    ensureData();
    updateTangent();
    updateSecant();
}

void ChartView::clearSecant()
{
    setSecantRows(-1, -1);
}

void ChartView::updateSecant()
{
    if (!m_secantLine)
        return;
    m_secantSlope = std::numeric_limits<double>::quiet_NaN();
    m_secantEquation.clear();
    QList<QPointF> line;
    QList<QPointF> points;
    QString label;
    const std::size_t ky = tangentPlot(false);
    if (ky < m_plots.size()) {
        attachOverlayY(m_secantLine, m_plots[ky].axis);
        attachOverlayY(m_secantPoints, m_plots[ky].axis);
    }
    if (m_secantA >= 0 && m_secantB >= 0 && ky < m_plots.size() && m_plots[ky].series->isVisible()) {
        const double xa = m_data.xOfRow(m_secantA);
        const double ya = m_data.valueOfRow(ky, m_secantA);
        const double xb = m_data.xOfRow(m_secantB);
        const double yb = m_data.valueOfRow(ky, m_secantB);
        if (finite(xa, ya) && finite(xb, yb) && xa != xb) {
            const double scale = slopeXScale();
            const double slope = (yb - ya) / ((xb - xa) / scale);
            // Through both points and as far around the first as the tangent reaches.
            const auto [lo, hi] = visibleXRange();
            const double reach = kTangentReach * std::abs(hi - lo);
            for (const double x : { std::min({ xa, xb, xa - reach }), std::max({ xa, xb, xa + reach }) })
                line.append(QPointF(m_data.toPlot(x), ya + slope * ((x - xa) / scale)));
            points = { QPointF(m_data.toPlot(xa), ya), QPointF(m_data.toPlot(xb), yb) };
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

// ---- Equation labels ----

void ChartView::placeLabel(QGraphicsRectItem* box, QPointF anchor, double screenSlope)
{
    const auto* text = static_cast<const QGraphicsSimpleTextItem*>(box->childItems().front());
    const QRectF bounds = text->boundingRect();
    const QSizeF size(bounds.width() + 14, bounds.height() + 10);
    box->setRect(QRectF(QPointF(), size));
    box->childItems().front()->setPos(7, 5);
    // Beside a line through the anchor two quadrants are empty: below right and above left of a
    // line rising to the right (screen y grows downwards), above right and below left otherwise.
    const QRectF area = chart()->plotArea();
    const double gap = m_presentation ? 22.0 : 14.0;
    const bool rising = screenSlope < 0;
    const auto corner = [&](bool right, bool below) {
        return QPointF(right ? anchor.x() + gap : anchor.x() - gap - size.width(),
            below ? anchor.y() + gap : anchor.y() - gap - size.height());
    };
    QPointF at = corner(true, rising);
    if (at.x() + size.width() > area.right())
        at = corner(false, !rising);
    at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
    at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
    box->setPos(at);
}

void ChartView::placeLabels()
{
    if (!m_tangentPoint || !m_secantPoints)
        return;
    const auto screenSlope = [this](QLineSeries* line) {
        if (line->count() < 2)
            return 0.0;
        const QPointF a = chart()->mapToPosition(line->at(0), line);
        const QPointF b = chart()->mapToPosition(line->at(1), line);
        return b.x() != a.x() ? (b.y() - a.y()) / (b.x() - a.x()) : 0.0;
    };
    if (m_tangentBox->isVisible() && m_tangentPoint->count() > 0)
        placeLabel(
            m_tangentBox, chart()->mapToPosition(m_tangentPoint->at(0), m_tangentPoint), screenSlope(m_tangentLine));
    if (m_secantBox->isVisible() && m_secantPoints->count() == 2) {
        placeLabel(
            m_secantBox, chart()->mapToPosition(m_secantPoints->at(1), m_secantPoints), screenSlope(m_secantLine));
        // Two labels never cover each other: the secant's moves below (or above) the tangent's.
        const QRectF tangent = m_tangentBox->mapRectToParent(m_tangentBox->rect());
        const QRectF secant = m_secantBox->mapRectToParent(m_secantBox->rect());
        if (m_tangentBox->isVisible() && tangent.adjusted(-4, -4, 4, 4).intersects(secant)) {
            const QRectF area = chart()->plotArea();
            double y = tangent.bottom() + 6;
            if (y + secant.height() > area.bottom())
                y = tangent.top() - 6 - secant.height();
            m_secantBox->setPos(tangent.left(), y);
        }
    }
}

} // namespace tangent::ui
