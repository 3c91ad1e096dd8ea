// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartaxes.h"

#include "ui/chart/axes/axistitles.h"
#include "ui/chart/chartview.h"
#include "ui/document/document.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tangent::ui {

double niceStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double mantissa = raw / power;
    return (mantissa <= 1.0 ? 1.0 : mantissa <= 2.0 ? 2.0 : mantissa <= 5.0 ? 5.0 : 10.0) * power;
}

void setTickedRange(QValueAxis* axis, double lo, double hi, double pixels, double spacing)
{
    const double span = hi - lo;
    const double step = niceStep(span / std::max(2.0, std::floor(std::max(pixels, 200.0) / spacing)));
    const auto exponent = static_cast<int>(std::floor(std::log10(step) + 1e-9));
    const double magnitude = std::max(std::abs(lo), std::abs(hi));
    QString format;
    if (magnitude >= 1e7 || exponent < -6) {
        const int digits = std::clamp(static_cast<int>(std::floor(std::log10(magnitude))) - exponent + 1, 2, 15);
        format = QStringLiteral("%.%1g").arg(digits);
    } else {
        format = QStringLiteral("%.%1f").arg(std::max(0, -exponent));
    }
    const auto setStep = [&] {
        if (axis->tickInterval() != step)
            axis->setTickInterval(step);
        const double anchor = std::ceil(lo / step) * step;
        if (axis->tickAnchor() != anchor)
            axis->setTickAnchor(anchor);
    };
    // The order matters: Qt lays out every tick at once, so a step meant for a narrow range must
    // never meet a wide one, even for a moment.
    const bool widening = span > axis->max() - axis->min();
    if (widening)
        setStep();
    axis->setRange(lo, hi);
    if (!widening)
        setStep();
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
    if (axis->tickType() != QValueAxis::TicksDynamic)
        axis->setTickType(QValueAxis::TicksDynamic);
}

void tuneDateAxis(QDateTimeAxis* axis, double pixels)
{
    const double span = static_cast<double>(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch());
    constexpr double hour = 3600e3;
    const QString format = span > 60 * 24 * hour ? QStringLiteral("yyyy-MM-dd")
        : span > 12 * hour                       ? QStringLiteral("MM-dd hh:mm")
        : span > 2 * 60e3                        ? QStringLiteral("hh:mm")
                                                 : QStringLiteral("hh:mm:ss");
    if (axis->format() != format)
        axis->setFormat(format);
    const int ticks = std::clamp(static_cast<int>(pixels / 130.0), 2, 8);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

QFont scaledFont(QFont font, double factor, bool bold)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(static_cast<int>(std::lround(font.pixelSize() * factor)));
    font.setBold(bold);
    return font;
}

// ChartView's axes: fitting them to what is drawn, and their titles.

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

void ChartView::fitX()
{
    const auto x = m_data.x();
    double lo = x.empty() ? 0.0 : x.front();
    double hi = x.empty() ? 1.0 : x.back();
    if (!(hi > lo)) {
        const double pad = m_data.isDate() ? 43200.0 : (lo == 0.0 ? 1.0 : std::abs(lo) * 0.1);
        lo -= pad;
        hi += pad;
    }
    ++m_programmatic;
    setPlotXRange(m_data.toPlot(lo), m_data.toPlot(hi));
    --m_programmatic;
}

void ChartView::fitY(const std::vector<std::pair<const Plot*, Extent>>& extents)
{
    const auto fit = [this](QValueAxis* axis, double lo, double hi) {
        if (!(lo <= hi)) {
            lo = 0.0;
            hi = 1.0;
        }
        // A spread within rounding noise (a constant derivative, say) is drawn as a constant.
        const double magnitude = std::max(std::abs(lo), std::abs(hi));
        const bool constant = hi - lo <= magnitude * 1e-9;
        const double pad = !constant ? (hi - lo) * 0.05 : (magnitude == 0.0 ? 1.0 : magnitude * 0.1);
        setValueRange(axis, lo - pad, hi + pad);
    };
    const auto grow = [](Extent& e, const Extent& by) {
        e = { std::min(e.first, by.first), std::max(e.second, by.second) };
    };
    ++m_programmatic;
    // A left axis (the main one or a unit's own) fits the visible lines drawn against it; if all
    // are hidden, all of them. A right axis fits everything drawn against it (a derivative and the
    // reference curves sharing its axis).
    struct AxisExtent {
        QValueAxis* axis;
        bool left;
        Extent visible;
        Extent all;
    };
    std::vector<AxisExtent> axes;
    if (m_yAxis)
        axes.push_back({ m_yAxis, true, { kInf, -kInf }, { kInf, -kInf } });
    for (const auto& [plot, extent] : extents) {
        QValueAxis* axis = plot->axis;
        auto it = std::find_if(axes.begin(), axes.end(), [axis](const auto& a) { return a.axis == axis; });
        if (it == axes.end()) {
            const bool left = axis->alignment() == Qt::AlignLeft;
            axes.push_back({ axis, left, { kInf, -kInf }, { kInf, -kInf } });
            it = axes.end() - 1;
        }
        grow(it->all, extent);
        if (!it->left || plot->series->isVisible())
            grow(it->visible, extent);
    }
    for (const AxisExtent& a : axes) {
        const auto& range = a.visible.first <= a.visible.second ? a.visible : a.all;
        fit(a.axis, range.first, range.second);
    }
    --m_programmatic;
}

void ChartView::updateAxisTitles()
{
    if (!m_document || !m_xAxis)
        return;
    const int xColumn = m_document->effectiveXColumn();
    QString xTitle = xColumn >= 0 ? m_document->columnTitle(xColumn) : tr("row × %1").arg(m_document->settings().dx);
    if (m_data.isDate())
        xTitle += tr(" (UTC)");
    m_axisTitles->setTitle(m_xAxis, xTitle);

    // Each axis lists the titles of the quantities drawn against it.
    std::vector<std::pair<QValueAxis*, QStringList>> yTitles { { m_yAxis, {} } };
    for (const Plot& plot : m_plots) {
        QString title = plot.key.derivative ? m_document->derivatives().derivativeTitle(plot.key.column)
                                            : m_document->columnTitle(plot.key.column);
        // A smoothed derivative must never be mistaken for numpy's: its entry names the method.
        if (const QString method = m_document->derivatives().methodLabel(plot.key.column);
            plot.key.derivative && !method.isEmpty())
            title += QStringLiteral(" · ") + method;
        const QString name = groupedName(plot.key, title);
        if (plot.series->name() != name)
            plot.series->setName(name);
        if (plot.excluded)
            continue;
        auto it = std::find_if(yTitles.begin(), yTitles.end(), [&plot](const auto& t) { return t.first == plot.axis; });
        if (it == yTitles.end())
            it = yTitles.insert(yTitles.end(), { plot.axis, {} });
        if (!it->second.contains(title))
            it->second.append(title);
    }
    // A pane of one column's curve or derivative is named by its legend: its short axis would
    // cut a long title.
    const bool named = m_content.column < 0;
    for (const auto& [axis, titles] : yTitles)
        m_axisTitles->setTitle(axis, named && titles.size() <= 2 ? titles.join(QStringLiteral(", ")) : QString());
}

QString ChartView::axisTitle(const QAbstractAxis* axis) const
{
    return m_axisTitles->title(axis);
}

} // namespace tangent::ui
