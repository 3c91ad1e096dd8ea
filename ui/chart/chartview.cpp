// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartview.h"

#include "ui/chart/chartinteraction.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartsmoothing.h"
#include "ui/chart/panes/axisslots.h"
#include "ui/chart/parts/chartaxisfit.h"
#include "ui/chart/parts/chartreferences.h"
#include "ui/document/document.h"
#include "ui/uncertainty/chartband.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

// NaN gaps: Qt Charts cannot draw NaN, so a gap ends a line and the next finite point starts a new
// one. The first segment is the series in the legend; later segments are extra series with the
// same pen, hidden from the legend. Past kMaxSegments per quantity, gaps are bridged, which keeps
// the series count bounded on data that is mostly holes.

namespace tangent::ui {
namespace {

constexpr qsizetype kMaxSegments = 64;
constexpr std::ptrdiff_t kMarkerThreshold = 60; // fewer visible points than this: show point markers
constexpr qsizetype kDenseThreshold = 200; // more drawn points than this: thin dashes only
constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

ChartView::ChartView(Document* document, QWidget* parent) : QChartView(new QChart, parent), m_document(document)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Chart"));
    setAccessibleDescription(tr("The curves and their derivatives. Keys: + and − zoom, 0 shows all data, the arrow "
                                "keys scroll or, with the tangent shown, move it from point to point."));
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setLocalizeNumbers(true); // axis labels in the window's language, as the table
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_overlays = new ChartOverlays(this, *this);
    m_interaction = new ChartInteraction(this, *this);
    m_legend = new ChartLegend(this, *this);
    m_smoothing = new ChartSmoothing(this, *this);
    m_references = new ChartReferences(this, *this);
    m_band = new ChartBand(this);
    m_axisFit = new ChartAxisFit(this, *this);
    connect(m_overlays, &ChartOverlays::tangentRowChanged, this, &ChartView::tangentRowChanged);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChartView::refresh);
    connect(chart(), &QChart::plotAreaChanged, this, &ChartView::scheduleRefresh);

    connectDocument();
    applyTheme();
    refresh();
}

ChartView::~ChartView() = default;

void ChartView::setDocument(Document* document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_data = ChartData(); // it points into the other document
    // Rows of the other document mean nothing here.
    m_overlays->clearSecant();
    m_overlays->setHighlightedRows({});
    m_overlays->setSelectedRow(-1);
    connectDocument();
    m_autoX = true;
    m_autoY = true;
    invalidate();
}

void ChartView::connectDocument()
{
    if (!m_document)
        return;
    const auto reset = [this] {
        m_autoX = true;
        m_autoY = true;
        invalidate();
    };
    connect(m_document, &Document::tableReset, this, reset);
    connect(m_document, &Document::settingsChanged, this, reset);
    connect(m_document, &Document::columnsChanged, this, &ChartView::invalidate);
    connect(m_document, &Document::derivativesChanged, this, &ChartView::invalidate);
    connect(m_document, &Document::cellsChanged, this, &ChartView::invalidate);
    connect(m_document, &Document::rowsInserted, this, &ChartView::invalidate);
    connect(m_document, &Document::rowsRemoved, this, &ChartView::invalidate);
    // The data views point into the document: drop them with it.
    connect(m_document, &QObject::destroyed, this, [this] {
        m_data = ChartData();
        invalidate();
    });
}

void ChartView::invalidate()
{
    m_dataDirty = true;
    scheduleRefresh();
}

void ChartView::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void ChartView::updateNow()
{
    refresh();
}

void ChartView::ensureData()
{
    if (!m_dataDirty)
        return;
    m_dataDirty = false;
    if (m_document)
        m_data.rebuild(*m_document);
    else
        m_data = ChartData();
    if (!m_structureBuilt || m_data.keys() != m_structureKeys || m_data.isDate() != m_structureIsDate
        || plotUnits() != m_structureUnits)
        rebuildStructure();
    m_axisFit->updateTitles();
}

void ChartView::clearStructure()
{
    chart()->removeAllSeries();
    const auto axes = chart()->axes();
    for (QAbstractAxis* axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_plots.clear();
    m_references->forget();
    m_overlays->forget();
    m_xAxis = nullptr;
    m_yAxis = nullptr;
}

void ChartView::createXAxis()
{
    const auto changed = [this] {
        if (m_programmatic == 0)
            m_autoX = false;
        scheduleRefresh();
        if (m_programmatic == 0) {
            const auto [lo, hi] = visibleXRange();
            emit visibleXRangeChanged(lo, hi);
        }
    };
    if (m_data.isDate()) {
        auto* axis = new QDateTimeAxis;
        connect(axis, &QDateTimeAxis::rangeChanged, this, changed);
        m_xAxis = axis;
    } else {
        auto* axis = new QValueAxis;
        connect(axis, &QValueAxis::rangeChanged, this, changed);
        m_xAxis = axis;
    }
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    m_xAxis->setLabelsVisible(m_content.xLabels);
    m_xAxis->setTitleVisible(m_content.xLabels);
}

QValueAxis* ChartView::addYAxis(Qt::Alignment alignment)
{
    auto* axis = new QValueAxis;
    chart()->addAxis(axis, alignment);
    connect(axis, &QValueAxis::rangeChanged, this, [this] {
        if (m_programmatic == 0)
            m_autoY = false;
    });
    // The equations sit next to lines drawn against the left axes.
    if (alignment == Qt::AlignLeft)
        connect(axis, &QValueAxis::rangeChanged, m_overlays, &ChartOverlays::placeLabels);
    return axis;
}

void ChartView::rebuildStructure()
{
    // Attaching series makes Qt Charts set axis ranges; that is not the user zooming.
    ++m_programmatic;
    clearStructure();
    createXAxis();
    m_yAxis = addYAxis(Qt::AlignLeft);

    const auto& keys = m_data.keys();
    const std::vector<QString> units = plotUnits();
    m_plots.resize(keys.size());
    // y columns with the first y column's unit share the main left axis; every other unit gets an
    // axis of its own, shared by the columns with that unit, and each derivative one of its own,
    // so that quantities of different magnitudes are not drawn flat against one scale. No side
    // takes more than two axes (AxisSlots).
    AxisSlots axes(
        m_yAxis, [this](Qt::Alignment alignment) { return addYAxis(alignment); }, m_axesPerSide);
    // The y lines are added first so that they take the theme's first colours, in column order.
    // This is where each y column's series are made: a further quantity per column joins here.
    for (const bool derivative : { false, true }) {
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (keys[k].derivative != derivative)
                continue;
            Plot& plot = m_plots[k];
            plot.key = keys[k];
            plot.excluded = !m_content.shows(plot.key);
            plot.axis = m_yAxis;
            if (!plot.excluded) {
                const QString group = derivative ? QStringLiteral("d%1").arg(plot.key.column) : u'u' + units[k];
                // A derivative sits at the right of its curve; in a pane without curves, left first.
                const bool besideCurve = m_content.shows(PlotKey::curveOf(plot.key.column));
                plot.axis = axes.axisFor(group, derivative && besideCurve ? Qt::AlignRight : Qt::AlignLeft);
                plot.ownAxis = plot.axis != m_yAxis;
            }
            plot.series = addLine(plot);
            // Another pane draws it: kept (hidden, empty) so that plots stay aligned with the data.
            plot.series->setVisible(!plot.excluded);
        }
    }
    m_yAxis->setVisible(axes.mainUsed());

    m_references->attach();
    m_overlays->create();

    m_structureKeys = keys;
    m_structureUnits = units;
    m_structureIsDate = m_data.isDate();
    m_structureBuilt = true;
    m_legend->connectMarkers(chart()->legend()->markers());
    restyle();
    --m_programmatic;
}

void ChartView::fitAxesToWidth()
{
    // The legend has given back its room first (ChartLegend::arrangeBeside); what still squeezes
    // the plot is the axes. A little slack: the stacked panes' alignment may pad a plot that just
    // reaches half. Hysteresis: back to two a side only a quarter wider, so that a pane at the edge
    // does not flip on each refresh.
    constexpr double kSlack = 16.0;
    const double width = chart()->size().width();
    const double plot = chart()->plotArea().width();
    int perSide = m_axesPerSide;
    if (perSide > 1 && plot > 0 && plot < 0.5 * width + kSlack && chart()->axes(Qt::Vertical).size() > 2) {
        perSide = 1;
        m_narrowedAt = width;
    } else if (perSide == 1 && width > 1.25 * m_narrowedAt) {
        perSide = AxisSlots::kMaxPerSide;
    }
    if (perSide != m_axesPerSide) {
        m_axesPerSide = perSide;
        m_structureBuilt = false;
        invalidate();
    }
}

QLineSeries* ChartView::addLine(const Plot& plot)
{
    auto* series = new QLineSeries;
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(plot.axis);
    return series;
}

void ChartView::setSegments(Plot& plot, const QList<QList<QPointF>>& segments)
{
    plot.series->replace(segments.isEmpty() ? QList<QPointF>() : segments.front());
    const bool visible = plot.series->isVisible();
    for (qsizetype i = 1; i < segments.size(); ++i) {
        if (plot.extra.size() < i) {
            plot.extra.append(addLine(plot));
            stylePlot(plot);
        }
        QLineSeries* series = plot.extra[i - 1];
        series->replace(segments[i]);
        series->setVisible(visible);
    }
    for (qsizetype i = std::max<qsizetype>(segments.size(), 1); i <= plot.extra.size(); ++i) {
        if (plot.extra[i - 1]->count() > 0)
            plot.extra[i - 1]->clear();
    }
}

void ChartView::refresh()
{
    m_refreshTimer.stop();
    ensureData();
    if (m_autoX)
        m_axisFit->fitX();

    const auto [plotLo, plotHi] = plotXRange();
    const double lo = std::min(m_data.toData(plotLo), m_data.toData(plotHi));
    const double hi = std::max(m_data.toData(plotLo), m_data.toData(plotHi));
    const auto x = m_data.x();
    const auto visible = std::upper_bound(x.begin(), x.end(), hi) - std::lower_bound(x.begin(), x.end(), lo);
    const bool markers = visible < kMarkerThreshold;
    const double pixels = chart()->plotArea().width() > 1 ? chart()->plotArea().width() : std::max(width(), 100);
    const auto columns = static_cast<std::size_t>(std::ceil(pixels * devicePixelRatioF()));

    std::vector<std::pair<const Plot*, Extent>> extents;
    extents.reserve(m_plots.size() + m_references->all().size());
    for (std::size_t k = 0; k < m_plots.size(); ++k) {
        if (!m_plots[k].excluded)
            extents.emplace_back(
                &m_plots[k], drawPlot(m_plots[k], m_data.lineX(k), m_data.lineValues(k), lo, hi, columns, markers));
    }
    for (ChartReferences::Reference& reference : m_references->all()) {
        if (reference.plot.series)
            extents.emplace_back(&reference.plot,
                drawPlot(reference.plot, reference.curve.x, reference.curve.y, lo, hi, columns, false));
    }
    m_band->draw(lo, hi, columns);
    if (m_autoY) {
        for (auto& [plot, extent] : extents)
            m_band->widen(plot->key, extent);
        m_axisFit->fitY(extents);
    }
    m_smoothing->draw(lo, hi, columns);
    tuneTicks();
    m_overlays->update();
    m_legend->sync();
    m_interaction->refreshHover();
    fitAxesToWidth();
}

ChartView::Extent ChartView::drawPlot(Plot& plot, std::span<const double> x, std::span<const double> y, double lo,
    double hi, std::size_t columns, bool markers)
{
    Extent extent { kInf, -kInf };
    const auto reduced = reduceForScreen(x, y, lo, hi, columns);
    for (const ReducedPoint& p : reduced) {
        if (p.x >= lo && p.x <= hi && std::isfinite(p.y)) {
            extent.first = std::min(extent.first, p.y);
            extent.second = std::max(extent.second, p.y);
        }
    }
    const auto segments = toSegments(reduced, m_data, kMaxSegments);
    setSegments(plot, segments);
    qsizetype drawn = 0;
    for (const auto& segment : segments)
        drawn += segment.size();
    if (const bool dense = drawn > kDenseThreshold; dense != plot.dense) {
        plot.dense = dense;
        stylePlot(plot);
    }
    plot.series->setPointsVisible(markers);
    for (QLineSeries* extra : std::as_const(plot.extra))
        extra->setPointsVisible(markers);
    return extent;
}

void ChartView::setSelectedRow(int row)
{
    const bool changed = row != m_overlays->selectedRow();
    m_overlays->setSelectedRow(row);
    if (changed)
        emit selectedRowChanged(row);
}

void ChartView::setContent(PaneContent content)
{
    if (content == m_content)
        return;
    m_content = content;
    m_structureBuilt = false;
    invalidate();
}

void ChartView::showLinkedHover(int row)
{
    ensureData();
    m_interaction->showLinked(row);
}

int ChartView::selectedRow() const
{
    return m_overlays->selectedRow();
}

const ChartView::Plot* ChartView::plotFor(PlotKey key) const
{
    const auto it = std::ranges::find_if(m_plots, [key](const Plot& plot) { return plot.key == key; });
    return it != m_plots.end() ? &*it : nullptr;
}

bool ChartView::marksSelection(const Plot& plot) const
{
    return !plot.excluded && (!plot.key.derivative || !m_content.shows(PlotKey::curveOf(plot.key.column)));
}

Document* ChartView::document() const
{
    return m_document;
}

QLineSeries* ChartView::seriesFor(PlotKey key) const
{
    const Plot* plot = plotFor(key);
    return plot ? plot->series : nullptr;
}

QValueAxis* ChartView::axisFor(PlotKey key) const
{
    const Plot* plot = plotFor(key);
    return plot ? plot->axis : nullptr;
}

void ChartView::syncAxisVisibility(const Plot& plot)
{
    // A unit's own left axis may be shared by several columns: shown while any of them is.
    bool shown = plot.series->isVisible();
    for (const Plot& other : m_plots)
        shown = shown || (other.axis == plot.axis && !other.excluded && other.series->isVisible());
    plot.axis->setVisible(shown);
}

std::vector<QString> ChartView::plotUnits() const
{
    std::vector<QString> units;
    for (const PlotKey& key : m_data.keys()) {
        const bool known = !key.derivative && m_document && key.column >= 0 && key.column < m_document->columnCount();
        units.push_back(known ? m_document->column(key.column).unit.trimmed() : QString());
    }
    return units;
}

ChartView::Plot* ChartView::findPlot(const QAbstractSeries* series)
{
    if (const std::size_t k = plotIndex(series); k < m_plots.size())
        return &m_plots[k];
    return m_references->findPlot(series);
}

std::size_t ChartView::plotIndex(const QAbstractSeries* series) const
{
    for (std::size_t k = 0; k < m_plots.size(); ++k) {
        if (m_plots[k].series == series)
            return k;
    }
    return m_plots.size();
}

QString ChartView::axisTitle(const QAbstractAxis* axis) const
{
    return m_axisFit->title(axis);
}

std::pair<double, double> ChartView::visibleXRange() const
{
    const auto [lo, hi] = plotXRange();
    return { m_data.toData(lo), m_data.toData(hi) };
}

void ChartView::setVisibleXRange(double min, double max)
{
    ensureData();
    m_autoX = false;
    setPlotXRange(m_data.toPlot(min), m_data.toPlot(max));
    scheduleRefresh();
}

std::pair<double, double> ChartView::plotXRange() const
{
    if (const auto* axis = qobject_cast<const QValueAxis*>(m_xAxis))
        return { axis->min(), axis->max() };
    if (const auto* axis = qobject_cast<const QDateTimeAxis*>(m_xAxis))
        return { static_cast<double>(axis->min().toMSecsSinceEpoch()),
            static_cast<double>(axis->max().toMSecsSinceEpoch()) };
    return { 0.0, 1.0 };
}

void ChartView::setPlotXRange(double min, double max)
{
    // Spans too small for doubles (or for whole milliseconds on a date axis) are refused.
    const double least = std::max(std::abs(min), std::abs(max)) * 1e-10;
    if (!std::isfinite(min) || !std::isfinite(max) || !(max - min > least))
        return;
    if (auto* axis = qobject_cast<QValueAxis*>(m_xAxis)) {
        setValueRange(axis, min, max);
    } else if (auto* date = qobject_cast<QDateTimeAxis*>(m_xAxis)) {
        const auto lo = static_cast<qint64>(std::floor(min));
        const auto hi = std::max(lo + 1, static_cast<qint64>(std::ceil(max)));
        date->setRange(QDateTime::fromMSecsSinceEpoch(lo, Qt::UTC), QDateTime::fromMSecsSinceEpoch(hi, Qt::UTC));
    }
}

void ChartView::zoomX(double factor)
{
    m_interaction->zoomAt(chart()->plotArea().center(), factor, ChartInteraction::ZoomAxes::X);
}

void ChartView::resetZoom()
{
    m_autoX = true;
    m_autoY = true;
    refresh();
    emit zoomReset();
}

// ---- Input: the interaction decides; what it does not consume goes to QChartView ----

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    scheduleRefresh();
}

void ChartView::wheelEvent(QWheelEvent* event)
{
    if (!m_interaction->wheel(event))
        QChartView::wheelEvent(event);
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    if (!m_interaction->mousePress(event))
        QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_interaction->mouseMove(event))
        return;
    QChartView::mouseMoveEvent(event);
    m_interaction->afterMouseMove(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_interaction->mouseRelease(event))
        QChartView::mouseReleaseEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    if (!m_interaction->keyPress(event))
        QChartView::keyPressEvent(event);
}

void ChartView::leaveEvent(QEvent* event)
{
    m_interaction->leave();
    QChartView::leaveEvent(event);
}

} // namespace tangent::ui
