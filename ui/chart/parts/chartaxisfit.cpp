// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/parts/chartaxisfit.h"

#include "ui/chart/axes/axistitles.h"
#include "ui/chart/chartview.h"
#include "ui/chart/style/plotstyle.h"
#include "ui/document/document.h"

#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

ChartAxisFit::ChartAxisFit(ChartView* view, ChartSurface& surface)
    : QObject(view), m_view(view), m_surface(surface), m_titles(new AxisTitles(view->chart()))
{
}

void ChartAxisFit::fitX()
{
    const ChartData& data = m_view->data();
    const auto x = data.x();
    double lo = x.empty() ? 0.0 : x.front();
    double hi = x.empty() ? 1.0 : x.back();
    if (!(hi > lo)) {
        const double pad = data.isDate() ? 43200.0 : (lo == 0.0 ? 1.0 : std::abs(lo) * 0.1);
        lo -= pad;
        hi += pad;
    }
    m_surface.beginOwnRangeChange();
    m_surface.setPlotXRange(data.toPlot(lo), data.toPlot(hi));
    m_surface.endOwnRangeChange();
}

void ChartAxisFit::fitY(const std::vector<std::pair<const ChartPlot*, Extent>>& extents)
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
        m_surface.setValueRange(axis, lo - pad, hi + pad);
    };
    const auto grow = [](Extent& e, const Extent& by) {
        e = { std::min(e.first, by.first), std::max(e.second, by.second) };
    };
    m_surface.beginOwnRangeChange();
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
    if (QValueAxis* main = m_surface.mainYAxis())
        axes.push_back({ main, true, { kInf, -kInf }, { kInf, -kInf } });
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
    m_surface.endOwnRangeChange();
}

void ChartAxisFit::updateTitles()
{
    const Document* document = m_view->document();
    QAbstractAxis* xAxis = m_view->xAxis();
    if (!document || !xAxis)
        return;
    const ChartData& data = m_view->data();
    const int xColumn = document->effectiveXColumn();
    // The texts keep the chart's translation context, where they always were.
    QString xTitle = xColumn >= 0
        ? document->columnTitle(xColumn)
        : QCoreApplication::translate("tangent::ui::ChartView", "row × %1").arg(document->settings().dx);
    if (data.isDate())
        xTitle += QCoreApplication::translate("tangent::ui::ChartView", " (UTC)");
    m_titles->setTitle(xAxis, xTitle);

    // Each axis lists the titles of the quantities drawn against it.
    std::vector<std::pair<QValueAxis*, QStringList>> yTitles { { m_surface.mainYAxis(), {} } };
    for (const ChartPlot& plot : m_surface.plots()) {
        QString title = plot.key.derivative ? document->derivatives().derivativeTitle(plot.key.column)
                                            : document->columnTitle(plot.key.column);
        // A smoothed derivative must never be mistaken for numpy's: its entry names the method.
        if (const QString method = document->derivatives().methodLabel(plot.key.column);
            plot.key.derivative && !method.isEmpty())
            title += QStringLiteral(" · ") + method;
        const QString name = groupedName(data, document, plot.key, title);
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
    const bool named = m_view->content().column < 0;
    for (const auto& [axis, titles] : yTitles)
        m_titles->setTitle(axis, named && titles.size() <= 2 ? titles.join(QStringLiteral(", ")) : QString());
}

QString ChartAxisFit::title(const QAbstractAxis* axis) const
{
    return m_titles->title(axis);
}

} // namespace tangent::ui
