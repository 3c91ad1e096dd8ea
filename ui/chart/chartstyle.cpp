// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView: theme, presentation mode, legend toggles, axis ticks and export.

#include "ui/chart/chartview.h"

#include "ui/chart/chartaxes.h"
#include "ui/chart/chartcontrast.h"
#include "ui/chart/chartinteraction.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/parts/chartreferences.h"
#include "ui/chart/style/plotstyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace tangent::ui {

void ChartView::applyTheme()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const auto theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme)
        chart()->setTheme(theme);
    chart()->setBackgroundBrush(pal.window());
    chart()->setBackgroundRoundness(0);
    chart()->setTitleBrush(pal.windowText());
    setBackgroundBrush(pal.window());
    restyle();
}

void ChartView::restyle()
{
    const QPalette pal = palette();
    const double factor = m_presentation ? 1.6 : 1.0;
    const QFont labels = scaledFont(font(), factor);
    const QFont titles = scaledFont(font(), factor, m_presentation);
    const auto axes = chart()->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(titles);
        if (axis == m_xAxis || axis == m_yAxis) {
            axis->setLabelsColor(pal.color(QPalette::WindowText));
            axis->setTitleBrush(pal.windowText());
        }
    }
    chart()->legend()->setFont(labels);
    chart()->legend()->setLabelColor(pal.color(QPalette::WindowText));
    for (const Plot& plot : m_plots)
        stylePlot(plot);
    for (const ChartReferences::Reference& reference : m_references->all()) {
        if (reference.plot.series)
            m_references->style(reference.plot);
    }
    m_overlays->style();
    m_interaction->style(pal, labels);
    m_legend->sync();
}

void ChartView::stylePlot(const Plot& plot)
{
    if (plot.reference >= 0) {
        m_references->style(plot);
        return;
    }
    // A derivative is drawn dashed in its y line's companion hue, and colours its own axis to
    // match. Qt Charts strokes a dashed line as one path, which is fast only for pens at most a
    // device pixel wide (a wide dashed pen takes seconds on a few thousand points), so derivatives
    // are drawn with a thin cosmetic pen, and wider only in presentation mode when few points are drawn.
    // In a pane without its curve, a derivative takes the curve's hue: the pane's lines differ
    // from each other, and each matches its curve in the pane above. Groups have a colour each.
    const bool besideCurve = m_content.shows(PlotKey::curveOf(plot.key.column, plot.key.group));
    const QColor color = plot.key.group >= 0
        ? groupColor(plot.key.group, palette())
        : pairColor(lineIndex(m_plots, plot.key.column), plot.key.derivative && besideCurve, palette());
    setPlotPen(plot, color, plot.key.derivative, m_presentation ? 4.0 : 2.0, m_presentation);
    if (plot.excluded)
        return;
    // An axis of its own is coloured like the first line drawn against it (derivatives and the
    // columns of a further unit alike); the main left axis keeps the text colour and the grid,
    // which a pane without it takes from its first axis instead.
    const auto first
        = std::ranges::find_if(m_plots, [&plot](const Plot& p) { return !p.excluded && p.axis == plot.axis; });
    const bool firstOnAxis = first != m_plots.end() && first->series == plot.series;
    if (plot.axis != m_yAxis && firstOnAxis) {
        const bool paneHasNoMain = m_yAxis && !m_yAxis->isVisible()
            && first == std::ranges::find_if(m_plots, [](const Plot& p) { return !p.excluded; });
        // Every group's derivative shares the axis: it takes the text colour, not one group's.
        const QColor axisColor = plot.key.group >= 0 ? palette().color(QPalette::WindowText) : color;
        plot.axis->setGridLineVisible(paneHasNoMain);
        plot.axis->setLinePenColor(axisColor);
        plot.axis->setLabelsColor(axisColor);
        plot.axis->setTitleBrush(axisColor);
    }
}

void ChartView::setValueRange(QValueAxis* axis, double lo, double hi)
{
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo))
        return;
    // Keep the span well above double resolution, or ticks could not be told apart.
    const double least = std::max(std::abs(lo), std::abs(hi)) * 1e-10;
    if (hi - lo < least) {
        const double centre = lo / 2 + hi / 2;
        lo = centre - least / 2;
        hi = centre + least / 2;
    }
    const QRectF area = chart()->plotArea();
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    const double spacing = (horizontal ? 110.0 : 50.0) * (m_presentation ? 1.6 : 1.0);
    setTickedRange(axis, lo, hi, horizontal ? area.width() : area.height(), spacing);
}

void ChartView::tuneTicks()
{
    ++m_programmatic;
    const auto axes = chart()->axes();
    for (QAbstractAxis* axis : axes) {
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            setValueRange(value, value->min(), value->max());
        else if (auto* date = qobject_cast<QDateTimeAxis*>(axis))
            tuneDateAxis(date, chart()->plotArea().width() / (m_presentation ? 1.6 : 1.0));
    }
    --m_programmatic;
}

void ChartView::setPresentationMode(bool on)
{
    if (m_presentation == on)
        return;
    m_presentation = on;
    m_overlays->followHover(-1); // on a projector the tangent follows the selected point only
    restyle();
    scheduleRefresh();
}

void ChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyTheme();
}

QImage ChartView::renderImage(QSize size)
{
    if (size.isEmpty())
        return {};
    updateNow();
    m_interaction->hideHover();
    // Lay the chart out at the requested size, so that fonts keep their size and the reduction
    // matches the image's width, then put it back.
    const QRectF old = chart()->geometry();
    const auto layOut = [this](const QRectF& rect) {
        const auto activate = [this] {
            if (QGraphicsLayout* layout = chart()->layout()) {
                layout->invalidate();
                layout->activate();
            }
        };
        chart()->setGeometry(rect);
        activate();
        refresh();
        activate(); // the refresh may have changed ticks, and so the label widths
    };
    layOut(QRectF(old.topLeft(), QSizeF(size)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene()->render(&painter, QRectF(QPointF(), QSizeF(size)), QRectF(old.topLeft(), QSizeF(size)));
    painter.end();
    layOut(old);
    return image;
}

bool ChartView::renderSvg(const QString& path)
{
    updateNow();
    m_interaction->hideHover();
    const QRectF area = chart()->geometry();
    const QSize size = area.size().toSize();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    generator.setTitle(tr("Tangent chart"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    scene()->render(&painter, QRectF(QPointF(), area.size()), area);
    return painter.end();
}

} // namespace tangent::ui
