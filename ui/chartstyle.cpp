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
#include <array>
#include <cmath>
#include <tuple>

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
        : span > 12 * hour                       ? QStringLiteral("MM-dd hh:mm")
        : span > 2 * 60e3                        ? QStringLiteral("hh:mm")
                                                 : QStringLiteral("hh:mm:ss");
    if (axis->format() != format)
        axis->setFormat(format);
    const int ticks = std::clamp(static_cast<int>(pixels / 130.0), 2, 8);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

} // namespace

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
    for (const Reference& reference : m_references) {
        if (reference.plot.series)
            stylePlot(reference.plot);
    }
    styleOverlays();
    QColor box = pal.color(QPalette::ToolTipBase);
    box.setAlpha(235);
    m_hoverBox->setBrush(box);
    m_hoverBox->setPen(QPen(pal.color(QPalette::Mid)));
    m_hoverText->setBrush(pal.color(QPalette::ToolTipText));
    m_hoverText->setFont(labels);
    m_hoverLine->setPen(QPen(pal.color(QPalette::Mid), 1.0, Qt::DashLine));
    syncLegend();
}

QColor ChartView::pairColor(std::size_t index, bool derivative) const
{
    // Curve and derivative hues sit far apart on the colour wheel (blue/orange, green/magenta,
    // violet/gold, teal/red), dark enough for a white background; lightened for a dark one.
    static constexpr std::array<std::array<QRgb, 2>, 4> kPairs { {
        { 0x1f5fbf, 0xe8590c },
        { 0x2b8a3e, 0xc2255c },
        { 0x6741d9, 0xb08800 },
        { 0x0c8599, 0xe03131 },
    } };
    QColor color = QColor::fromRgb(kPairs.at(index % kPairs.size()).at(derivative ? 1 : 0));
    if (palette().color(QPalette::Window).lightness() < 128)
        color = color.lighter(150);
    return color;
}

std::size_t ChartView::lineIndex(int column) const
{
    std::size_t index = 0;
    for (const Plot& plot : m_plots) {
        if (plot.key.column == column && !plot.key.derivative)
            return index;
        index += plot.key.derivative ? 0 : 1;
    }
    return index;
}

void ChartView::setPlotPen(const Plot& plot, const QColor& color, bool dashed, double solidWidth) const
{
    QPen pen(color);
    if (dashed) {
        // Wide dashed paths take seconds to paint at many points: thin cosmetic dashes unless few.
        const bool wide = m_presentation && !plot.dense;
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(wide ? 3.0 : 1.0);
        pen.setCosmetic(!wide);
    } else {
        pen.setWidthF(solidWidth);
    }
    const double markerSize = m_presentation ? 8.0 : 5.0;
    plot.series->setPen(pen);
    plot.series->setMarkerSize(markerSize);
    for (QLineSeries* extra : plot.extra) {
        extra->setPen(pen);
        extra->setMarkerSize(markerSize);
    }
}

void ChartView::stylePlot(const Plot& plot)
{
    if (plot.reference >= 0) {
        styleReference(plot);
        return;
    }
    // A derivative is drawn dashed in its y line's companion hue, and colours its own axis to
    // match. Qt Charts strokes a dashed line as one path, which is fast only for pens at most a
    // device pixel wide (a wide dashed pen takes seconds on a few thousand points), so derivatives
    // are drawn with a thin cosmetic pen, and wider only in presentation mode when few points are drawn.
    const QColor color = pairColor(lineIndex(plot.key.column), plot.key.derivative);
    setPlotPen(plot, color, plot.key.derivative, m_presentation ? 4.0 : 2.0);
    // A y column on a left axis of its own colours that axis like its line (the first column
    // drawn against it, when several share it).
    const bool ownLeft = !plot.key.derivative && plot.ownAxis
        && std::ranges::find_if(m_plots, [&plot](const Plot& p) { return !p.key.derivative && p.axis == plot.axis; })
            ->series
            == plot.series;
    if (plot.key.derivative || ownLeft) {
        plot.axis->setGridLineVisible(false); // the main left axis' grid is enough
        plot.axis->setLinePenColor(color);
        plot.axis->setLabelsColor(color);
        plot.axis->setTitleBrush(color);
    }
}

void ChartView::styleOverlays()
{
    if (!m_selection)
        return;
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const double factor = m_presentation ? 1.6 : 1.0;

    m_selection->setMarkerSize(m_presentation ? 20.0 : 13.0);
    m_selection->setColor(pal.color(QPalette::Highlight));
    QPen border(pal.color(QPalette::WindowText));
    border.setWidthF(m_presentation ? 3.0 : 2.0);
    m_selection->setPen(border);
    for (const AxisOverlay& overlay : m_axisOverlays) {
        overlay.selection->setMarkerSize(m_selection->markerSize());
        overlay.selection->setColor(m_selection->color());
        overlay.selection->setPen(border);
    }

    // Rings: an outline only, so the point inside stays visible.
    QPen ring(QColor::fromRgb(dark ? 0xffc233 : 0xf59f00));
    ring.setWidthF(3.0 * factor);
    QList<QScatterSeries*> rings { m_highlight, m_highlightDerivative };
    for (const AxisOverlay& overlay : m_axisOverlays)
        rings.append(overlay.highlight);
    for (QScatterSeries* series : std::as_const(rings)) {
        if (!series)
            continue;
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(18.0 * factor);
        series->setBrush(QColor(Qt::transparent));
        series->setPen(ring);
    }

    // The tangent in the text colour, solid and thick like a ruler on the page; the secant dashed,
    // in a hue of its own.
    const QColor tangent = pal.color(QPalette::WindowText);
    const QColor secant = QColor::fromRgb(dark ? 0xb197fc : 0x7048e8);
    QPen tangentPen(tangent, m_presentation ? 5.0 : 2.5);
    tangentPen.setCapStyle(Qt::RoundCap);
    m_tangentLine->setPen(tangentPen);
    QPen secantPen(secant, m_presentation ? 4.0 : 2.0, Qt::DashLine);
    m_secantLine->setPen(secantPen);
    for (auto [series, color] : { std::pair { m_tangentPoint, tangent }, std::pair { m_secantPoints, secant } }) {
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(m_presentation ? 16.0 : 10.0);
        series->setColor(color);
        series->setBorderColor(pal.color(QPalette::Window));
    }

    QColor fill = pal.color(QPalette::Window);
    fill.setAlpha(235);
    const QFont labelFont = scaled(font(), m_presentation ? 1.9 : 1.1, m_presentation);
    for (auto [box, text, color] :
        { std::tuple { m_tangentBox, m_tangentText, tangent }, std::tuple { m_secantBox, m_secantText, secant } }) {
        box->setBrush(fill);
        box->setPen(QPen(color, m_presentation ? 2.5 : 1.5));
        text->setBrush(pal.windowText());
        text->setFont(labelFont);
    }
    placeLabels();
}

void ChartView::connectLegend()
{
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (findPlot(marker->series()) != nullptr)
            connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggleVisible(marker); });
    }
}

void ChartView::toggleVisible(QLegendMarker* marker)
{
    Plot* plot = findPlot(marker->series());
    if (!plot)
        return;
    const bool visible = !plot->series->isVisible();
    plot->series->setVisible(visible);
    for (QLineSeries* extra : std::as_const(plot->extra))
        extra->setVisible(visible);
    if (plot->ownAxis)
        syncAxisVisibility(*plot);
    syncLegend();
    updateOverlays();
    scheduleRefresh();
}

void ChartView::syncAxisVisibility(const Plot& plot)
{
    // A unit's own left axis may be shared by several columns: shown while any of them is.
    bool shown = plot.series->isVisible();
    for (const Plot& other : m_plots)
        shown = shown || (other.axis == plot.axis && other.series->isVisible());
    plot.axis->setVisible(shown);
}

void ChartView::syncLegend()
{
    // Hiding a series hides its marker; a hidden line keeps its marker, dimmed, so it can be shown
    // again. Extra segments and the overlays have no marker.
    const QColor text = palette().color(QPalette::WindowText);
    const auto markers = chart()->legend()->markers();
    bool shownOrHidden = false;
    for (QLegendMarker* marker : markers) {
        const Plot* plot = findPlot(marker->series());
        if (marker->isVisible() != (plot != nullptr)) {
            marker->setVisible(plot != nullptr);
            shownOrHidden = true;
        }
        if (!plot)
            continue;
        const QLineSeries* series = plot->series;
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
    // The legend shares its width among the visible markers only when laid out again, and an
    // export renders before a posted layout request would be handled.
    if (QGraphicsLayout* layout = chart()->legend()->layout(); shownOrHidden && layout) {
        layout->invalidate();
        layout->activate();
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
    m_tangentHover = -1; // on a projector the tangent follows the selected point only
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

} // namespace tangent::ui
