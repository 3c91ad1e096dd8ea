// ChartView: theme, presentation mode, legend toggles, axis ticks and export.

#include "ui/chartview.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tangent::ui {
namespace {

QFont scaled(QFont font, double factor, bool bold = false)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(static_cast<int>(std::lround(font.pixelSize() * factor)));
    font.setBold(bold);
    return font;
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double mantissa = raw / power;
    return (mantissa <= 1.0 ? 1.0 : mantissa <= 2.0 ? 2.0 : mantissa <= 5.0 ? 5.0 : 10.0) * power;
}

/// Ticks at round values about `spacing` pixels apart over [lo, hi], with as many decimals as the
/// step needs, and the range set. The order matters: Qt lays out every tick at once, so a step
/// meant for a narrow range must never meet a wide one, even for a moment.
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
                           : span > 12 * hour    ? QStringLiteral("MM-dd hh:mm")
                           : span > 2 * 60e3     ? QStringLiteral("hh:mm")
                                                 : QStringLiteral("hh:mm:ss");
    if (axis->format() != format)
        axis->setFormat(format);
    const int ticks = std::clamp(static_cast<int>(pixels / 130.0), 2, 8);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

}  // namespace

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
    const QFont labels = scaled(font(), factor);
    const QFont titles = scaled(font(), factor, m_presentation);
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

    if (m_selection) {
        m_selection->setMarkerSize(m_presentation ? 20.0 : 13.0);
        m_selection->setColor(pal.color(QPalette::Highlight));
        QPen border(pal.color(QPalette::WindowText));
        border.setWidthF(m_presentation ? 3.0 : 2.0);
        m_selection->setPen(border);
    }
    QColor box = pal.color(QPalette::ToolTipBase);
    box.setAlpha(235);
    m_hoverBox->setBrush(box);
    m_hoverBox->setPen(QPen(pal.color(QPalette::Mid)));
    m_hoverText->setBrush(pal.color(QPalette::ToolTipText));
    m_hoverText->setFont(labels);
    m_hoverLine->setPen(QPen(pal.color(QPalette::Mid), 1.0, Qt::DashLine));
    syncLegend();
}

void ChartView::stylePlot(const Plot& plot)
{
    // A derivative takes its y line's hue, dashed, and colours its own axis to match. Qt Charts
    // strokes a dashed line as one path, which is fast only for pens at most a device pixel wide
    // (a wide dashed pen takes seconds on a few thousand points), so derivatives are drawn with a
    // thin cosmetic pen, and wider only in presentation mode when few points are drawn.
    const QLineSeries* line = plot.key.derivative ? seriesFor(plot.key.column, false) : plot.series;
    const QColor color = line ? line->color() : plot.series->color();
    QPen pen(color);
    if (plot.key.derivative) {
        const bool wide = m_presentation && !plot.dense;
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(wide ? 3.0 : 1.0);
        pen.setCosmetic(!wide);
    } else {
        pen.setWidthF(m_presentation ? 4.0 : 2.0);
    }
    const double markerSize = m_presentation ? 8.0 : 5.0;
    plot.series->setPen(pen);
    plot.series->setMarkerSize(markerSize);
    for (QLineSeries* extra : plot.extra) {
        extra->setPen(pen);
        extra->setMarkerSize(markerSize);
    }
    if (plot.key.derivative) {
        plot.axis->setGridLineVisible(false);  // the left axis' grid is enough
        plot.axis->setLinePenColor(color);
        plot.axis->setLabelsColor(color);
        plot.axis->setTitleBrush(color);
    }
}

void ChartView::connectLegend()
{
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (plotIndex(marker->series()) < m_plots.size())
            connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggleVisible(marker); });
    }
}

void ChartView::toggleVisible(QLegendMarker* marker)
{
    const std::size_t k = plotIndex(marker->series());
    if (k >= m_plots.size())
        return;
    Plot& plot = m_plots[k];
    const bool visible = !plot.series->isVisible();
    plot.series->setVisible(visible);
    for (QLineSeries* extra : std::as_const(plot.extra))
        extra->setVisible(visible);
    if (plot.key.derivative)
        plot.axis->setVisible(visible);
    syncLegend();
    updateSelection();
    scheduleRefresh();
}

void ChartView::syncLegend()
{
    // Hiding a series hides its marker; a hidden line keeps its marker, dimmed, so it can be shown
    // again. Extra segments and the selection have no marker.
    const QColor text = palette().color(QPalette::WindowText);
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        const std::size_t k = plotIndex(marker->series());
        if (k >= m_plots.size()) {
            if (marker->isVisible())
                marker->setVisible(false);
            continue;
        }
        if (!marker->isVisible())
            marker->setVisible(true);
        const QLineSeries* series = m_plots[k].series;
        QColor label = text;
        QColor color = series->color();
        if (!series->isVisible()) {
            label.setAlphaF(0.35F);
            color.setAlphaF(0.35F);
        }
        QPen pen = series->pen();
        pen.setColor(color);
        if (marker->labelBrush() != QBrush(label))
            marker->setLabelBrush(label);
        if (marker->brush() != QBrush(color))
            marker->setBrush(color);
        if (marker->pen() != pen)
            marker->setPen(pen);
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
    hideHover();
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
        activate();  // the refresh may have changed ticks, and so the label widths
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
    hideHover();
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

}  // namespace tangent::ui
