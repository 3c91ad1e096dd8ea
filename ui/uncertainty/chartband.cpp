// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uncertainty/chartband.h"

#include "ui/chart/chartview.h"
#include "ui/document/document.h"

#include <QAreaSeries>
#include <QChart>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

// A line with more gaps than this gets one area for the rest of it, bridging them: each area is
// a series of its own, and a chart with thousands of them is slow.
constexpr std::size_t kMaxAreas = 64;
// Light enough that the lines under and over the band stay legible, dark enough to read as a band.
constexpr float kBandAlpha = 0.22F;
// Many bands in one pane (groups) overlap: each is lighter, so that where they pile up the lines
// still show, down to this.
constexpr float kFaintestAlpha = 0.07F;

float bandAlpha(std::size_t bands)
{
    return bands <= 2 ? kBandAlpha : std::max(kFaintestAlpha, 2.0F * kBandAlpha / static_cast<float>(bands));
}
constexpr double kInf = std::numeric_limits<double>::infinity();

QList<QPointF> reducedPoints(const ChartData& data, std::span<const double> x, std::span<const double> y, double lo,
    double hi, std::size_t pixels, std::pair<double, double>& extent)
{
    QList<QPointF> points;
    for (const ReducedPoint& p : reduceForScreen(x, y, lo, hi, pixels)) {
        if (!std::isfinite(p.y))
            continue;
        points.append(QPointF(data.toPlot(p.x), p.y));
        if (p.x >= lo && p.x <= hi)
            extent = { std::min(extent.first, p.y), std::max(extent.second, p.y) };
    }
    return points;
}

/// Decimals that show `halfWidth` to two significant digits.
int decimalsFor(double halfWidth)
{
    constexpr int kMaxDecimals = 15;
    return std::clamp(1 - static_cast<int>(std::floor(std::log10(halfWidth))), 0, kMaxDecimals);
}

} // namespace

QString ChartBand::readout(const Document& document, int column, int row, double value)
{
    const DerivativeResult* result
        = document.derivatives().uncertaintyBand() ? document.derivatives().resultFor(column) : nullptr;
    if (!result || row < 0 || static_cast<std::size_t>(row) >= result->sd.size())
        return {};
    const double half = kBandZ * result->sd[static_cast<std::size_t>(row)];
    if (!std::isfinite(half) || !std::isfinite(value))
        return {};
    if (half == 0.0)
        return tr("%1 ± 0").arg(formatValue(value));
    const int decimals = decimalsFor(half);
    return tr("%1 ± %2").arg(formatNumber(value, 'f', decimals), formatNumber(half, 'f', decimals));
}

QString ChartBand::readoutNote()
{
    return tr("± is the half-width of the 95% band (1.96 sd)");
}

ChartBand::ChartBand(ChartView* view) : QObject(view), m_view(view)
{
    m_caption = new QGraphicsSimpleTextItem(view->chart());
    m_caption->setZValue(999); // over the lines, under the hover read-out
    m_caption->hide();
}

QString ChartBand::caption() const
{
    return m_caption->isVisible() ? m_caption->text() : QString();
}

void ChartBand::placeCaption(bool shown)
{
    m_caption->setVisible(shown);
    if (!shown)
        return;
    m_caption->setText(tr("Shaded: 95% band of each derivative (±1.96 sd from the noise)"));
    QFont font = m_view->chart()->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    m_caption->setFont(font);
    QColor text = m_view->palette().color(QPalette::WindowText);
    text.setAlphaF(0.75F);
    m_caption->setBrush(text);
    // Above the plot where the margin has room, else just inside its top edge.
    const QRectF plot = m_view->chart()->plotArea();
    const double height = m_caption->boundingRect().height();
    const double y = plot.top() > height + 2.0 ? plot.top() - height - 2.0 : plot.top() + 2.0;
    m_caption->setPos(plot.left(), y);
}

QList<QAreaSeries*> ChartBand::areasFor(PlotKey key) const
{
    QList<QAreaSeries*> areas;
    for (const Band& band : m_bands)
        if (band.key == key)
            for (const auto& area : band.areas)
                if (area)
                    areas.append(area);
    return areas;
}

void ChartBand::widen(PlotKey key, std::pair<double, double>& extent) const
{
    for (const Band& band : m_bands) {
        if (band.key == key && !band.areas.empty()) {
            extent.first = std::min(extent.first, band.extent.first);
            extent.second = std::max(extent.second, band.extent.second);
        }
    }
}

ChartBand::Edges ChartBand::edges(std::size_t k, const std::vector<double>& values, const std::vector<double>& sd) const
{
    const ChartData& data = m_view->data();
    const PlotKey key = data.keys()[k];
    const auto x = data.x();
    Edges e;
    e.x.reserve(x.size());
    e.lower.reserve(x.size());
    e.upper.reserve(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        const int row = data.rowAt(i);
        if (key.group >= 0 && data.groupOfRow(row) != key.group)
            continue; // a group's band follows its own rows, as its line does
        const auto r = static_cast<std::size_t>(row);
        const double half = kBandZ * sd[r];
        const bool finite = std::isfinite(values[r]) && std::isfinite(half);
        e.x.push_back(x[i]);
        e.lower.push_back(finite ? values[r] - half : std::numeric_limits<double>::quiet_NaN());
        e.upper.push_back(finite ? values[r] + half : std::numeric_limits<double>::quiet_NaN());
    }
    return e;
}

void ChartBand::draw(double lo, double hi, std::size_t pixels)
{
    const Document* document = m_view->document();
    const ChartData& data = m_view->data();
    std::vector<bool> drawn(m_bands.size(), false);
    const bool on = document && document->derivatives().uncertaintyBand();
    for (std::size_t k = 0; on && k < data.keys().size(); ++k) {
        const PlotKey key = data.keys()[k];
        const QLineSeries* line = key.derivative && m_view->content().shows(key) ? m_view->seriesFor(key) : nullptr;
        const DerivativeResult* result = line ? document->derivatives().resultFor(key.column) : nullptr;
        const auto rows = static_cast<std::size_t>(document->rowCount());
        if (!result || result->sd.size() != rows || result->values.size() != rows)
            continue;
        auto it = std::ranges::find_if(m_bands, [key](const Band& b) { return b.key == key; });
        if (it == m_bands.end()) {
            m_bands.push_back({ key, {}, { kInf, -kInf } });
            drawn.push_back(false);
            it = m_bands.end() - 1;
        }
        drawn[static_cast<std::size_t>(it - m_bands.begin())] = true;
        drawBand(*it, edges(k, result->values, result->sd), lo, hi, pixels);
        // In the derivative's colour (made translucent below), hidden with it (a legend click).
        for (const auto& area : it->areas) {
            area->setBrush(line->color());
            area->setPen(Qt::NoPen);
            area->setVisible(line->isVisible());
        }
    }
    for (std::size_t b = 0; b < m_bands.size(); ++b)
        if (!drawn[b])
            removeAreas(m_bands[b], 0);
    std::erase_if(m_bands, [](const Band& band) { return band.areas.empty(); });
    for (Band& band : m_bands) {
        for (const auto& area : band.areas) {
            QColor fill = area->brush().color();
            fill.setAlphaF(bandAlpha(m_bands.size()));
            area->setBrush(fill);
        }
    }
    placeCaption(!m_bands.empty());
}

void ChartBand::drawBand(Band& band, const Edges& e, double lo, double hi, std::size_t pixels)
{
    const ChartData& data = m_view->data();
    band.extent = { kInf, -kInf };
    std::size_t count = 0;
    std::size_t i = 0;
    const std::size_t n = e.x.size();
    while (i < n) {
        while (i < n && !std::isfinite(e.lower[i]))
            ++i;
        if (i == n)
            break;
        std::size_t end = i;
        if (count + 1 == kMaxAreas)
            end = n; // the rest in one area: reduceForScreen skips its NaN
        else
            while (end < n && std::isfinite(e.lower[end]))
                ++end;
        const std::span<const double> x(e.x.data() + i, end - i);
        const std::span<const double> lower(e.lower.data() + i, end - i);
        const std::span<const double> upper(e.upper.data() + i, end - i);
        i = end;
        if (x.back() < lo || x.front() > hi)
            continue; // out of view
        QAreaSeries* shaded = area(band, count++);
        shaded->upperSeries()->replace(reducedPoints(data, x, upper, lo, hi, pixels, band.extent));
        shaded->lowerSeries()->replace(reducedPoints(data, x, lower, lo, hi, pixels, band.extent));
    }
    removeAreas(band, count);
}

QAreaSeries* ChartBand::area(Band& band, std::size_t index)
{
    std::erase_if(band.areas, [](const QPointer<QAreaSeries>& a) { return a.isNull(); }); // the chart was rebuilt
    if (index < band.areas.size())
        return band.areas[index];
    auto* shaded = new QAreaSeries;
    shaded->setUpperSeries(new QLineSeries(shaded));
    shaded->setLowerSeries(new QLineSeries(shaded));
    shaded->setName(tr("95% band"));
    m_view->chart()->addSeries(shaded);
    shaded->attachAxis(m_view->xAxis());
    shaded->attachAxis(m_view->axisFor(band.key));
    band.areas.emplace_back(shaded);
    return shaded;
}

void ChartBand::removeAreas(Band& band, std::size_t from)
{
    while (band.areas.size() > from) {
        if (QAreaSeries* shaded = band.areas.back()) {
            m_view->chart()->removeSeries(shaded);
            delete shaded;
        }
        band.areas.pop_back();
    }
}

} // namespace tangent::ui
