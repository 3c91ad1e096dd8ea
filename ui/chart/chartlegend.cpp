// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartlegend.h"

#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/chart/parts/chartsurface.h"

#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace tangent::ui {
namespace {

constexpr double kSampleWidth = 22.0; // the line drawn before each label
constexpr double kGap = 6.0; // between sample and label
constexpr double kEntrySpacing = 18.0; // between entries in a row
constexpr double kSidePadding = 12.0; // left and right of the rows
// Past this share of the chart's height the rows below would squeeze the plot: the entries go
// beside it instead. With the axes' labels below, the plot keeps more than half of the pane.
constexpr double kMostBelowShare = 0.22;
// The list beside the plot takes at most this share of the chart's width, and never so much that
// the plot gets less than half of it: its labels are elided then (whole in their tooltips).
constexpr double kMostBesideShare = 0.3;
constexpr double kLeastPlotShare = 0.5;
// The narrowest list beside the plot: its line sample and a few characters of each label.
constexpr double kLeastBesideWidth = 96.0;

} // namespace

/// One drawn entry: a short line in the quantity's pen and its whole label; a click toggles it.
class ChartLegend::Entry : public QGraphicsRectItem {
public:
    Entry(QGraphicsItem* parent, QLegendMarker* marker, std::function<void()> clicked)
        : QGraphicsRectItem(parent),
          m_marker(marker),
          m_clicked(std::move(clicked)),
          m_sample(new QGraphicsLineItem(this)),
          m_label(new QGraphicsSimpleTextItem(this))
    {
        setPen(Qt::NoPen);
        setBrush(Qt::NoBrush);
        setAcceptedMouseButtons(Qt::LeftButton);
        setCursor(Qt::PointingHandCursor);
        setZValue(900);
    }

    [[nodiscard]] QLegendMarker* marker() const { return m_marker; }
    /// The whole label, even when the drawn one is elided.
    [[nodiscard]] QString text() const { return m_text; }
    /// The width the entry takes with its whole label.
    [[nodiscard]] double wholeWidth() const { return m_wholeWidth; }
    [[nodiscard]] std::pair<QColor, QColor> colors() const
    {
        return { m_label->brush().color(), m_sample->pen().color() };
    }

    void setLook(const QString& text, const QFont& font, QPen sample, const QColor& label)
    {
        m_text = text;
        m_font = font;
        if (m_label->text() != text)
            m_label->setText(text);
        m_label->setFont(font);
        m_label->setBrush(label);
        const double height = QFontMetricsF(font).height();
        sample.setWidthF(std::min(sample.widthF(), 3.0));
        m_sample->setPen(sample);
        m_sample->setLine(0, height / 2, kSampleWidth, height / 2);
        m_label->setPos(kSampleWidth + kGap, 0);
        setToolTip(text);
        setRect(0, 0, kSampleWidth + kGap + m_label->boundingRect().width(), height);
        m_wholeWidth = rect().width();
    }

    /// Draws the label elided to fit `width` (the entry's whole width), or whole when it fits.
    void fitWidth(double width)
    {
        const QFontMetricsF metrics(m_font);
        const QString shown = metrics.elidedText(m_text, Qt::ElideRight, std::max(0.0, width - kSampleWidth - kGap));
        if (m_label->text() != shown)
            m_label->setText(shown);
        setRect(0, 0, kSampleWidth + kGap + m_label->boundingRect().width(), rect().height());
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override
    {
        event->accept();
        m_clicked();
    }

private:
    QLegendMarker* m_marker;
    std::function<void()> m_clicked;
    QGraphicsLineItem* m_sample;
    QGraphicsSimpleTextItem* m_label;
    QString m_text;
    QFont m_font;
    double m_wholeWidth = 0;
};

ChartLegend::ChartLegend(ChartView* view, ChartSurface& surface) : QObject(view), m_view(view), m_surface(surface)
{
    // Qt Charts' legend keeps the markers (their state and clicks) but takes no room and is not
    // seen: detached, in a corner, transparent. The rows below the plot are drawn instead.
    QLegend* legend = m_view->chart()->legend();
    legend->detachFromChart();
    legend->setGeometry(QRectF(0, 0, 1, 1));
    legend->setOpacity(0.0);
    legend->setEnabled(false); // nor clicked: the drawn entries take the clicks
    // The entries' parent: it clips the list beside the plot to its visible rows.
    m_box = new QGraphicsRectItem(m_view->chart());
    m_box->setPen(Qt::NoPen);
    m_box->setBrush(Qt::NoBrush);
    m_box->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    m_box->setZValue(900);
    connect(m_view->chart(), &QGraphicsWidget::geometryChanged, this, &ChartLegend::arrange);
}

void ChartLegend::connectMarkers(const QList<QLegendMarker*>& markers)
{
    for (QLegendMarker* marker : markers) {
        if (const ChartPlot* plot = m_surface.findPlot(marker->series()); plot && !plot->excluded)
            connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggle(marker); });
    }
}

void ChartLegend::toggle(QLegendMarker* marker)
{
    ChartPlot* plot = m_surface.findPlot(marker->series());
    if (!plot)
        return;
    const bool visible = !plot->series->isVisible();
    plot->series->setVisible(visible);
    for (QLineSeries* extra : std::as_const(plot->extra))
        extra->setVisible(visible);
    if (plot->ownAxis)
        m_surface.syncAxisVisibility(*plot);
    sync();
    m_view->overlays()->update();
    m_surface.scheduleRefresh();
}

void ChartLegend::sync()
{
    // Hiding a series hides its marker; a hidden line keeps its marker, dimmed, so it can be shown
    // again. Extra segments, the overlays and the quantities of other panes have no marker.
    const QColor text = m_view->palette().color(QPalette::WindowText);
    const auto markers = m_view->chart()->legend()->markers();
    for (QLegendMarker* marker : markers) {
        const ChartPlot* found = m_surface.findPlot(marker->series());
        const ChartPlot* plot = found && !found->excluded ? found : nullptr;
        if (marker->isVisible() != (plot != nullptr))
            marker->setVisible(plot != nullptr);
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
    arrange();
}

void ChartLegend::arrange()
{
    QChart* chart = m_view->chart();
    QLegend* legend = chart->legend();
    QList<QLegendMarker*> shown;
    for (QLegendMarker* marker : legend->markers()) {
        if (marker->isVisible())
            shown.append(marker);
    }
    // New entries only when the quantities changed: a click on an entry must not delete it.
    const bool same
        = std::ranges::equal(shown, m_entries, [](const QLegendMarker* m, const Entry* e) { return e->marker() == m; });
    if (!same) {
        qDeleteAll(m_entries);
        m_entries.clear();
        for (QLegendMarker* marker : std::as_const(shown))
            m_entries.append(new Entry(m_box, marker, [this, marker] { toggle(marker); }));
    }
    for (Entry* entry : std::as_const(m_entries)) {
        const QLegendMarker* marker = entry->marker();
        entry->setLook(marker->label(), legend->font(), marker->pen(), marker->labelBrush().color());
    }

    // Rows as wide as the chart allows, each centred; a label wider than the chart gets a row
    // of its own and is still drawn whole.
    const double width = chart->size().width() - 2 * kSidePadding;
    const double rowHeight = QFontMetricsF(legend->font()).height() + 4;
    QList<QList<Entry*>> rows;
    double used = 0;
    for (Entry* entry : std::as_const(m_entries)) {
        const double w = entry->rect().width();
        if (rows.isEmpty() || (used > 0 && used + kEntrySpacing + w > width)) {
            rows.append(QList<Entry*>());
            used = 0;
        }
        used += (used > 0 ? kEntrySpacing : 0) + w;
        rows.back().append(entry);
    }
    if (m_baseBottom < 0)
        m_baseBottom = chart->margins().bottom();
    const double height = static_cast<double>(rows.size()) * rowHeight;
    // Rows below would take the plot's room: the entries go beside it, in a list that scrolls.
    m_beside = rows.size() > 1 && height > kMostBelowShare * chart->size().height();
    if (m_beside) {
        arrangeBeside(rowHeight);
        return;
    }
    m_scroll = 0;
    m_box->setRect(QRectF(QPointF(0, 0), chart->size()));
    setMargins(m_baseBottom + static_cast<int>(std::ceil(height)), 0);
    double y = chart->size().height() - height - m_baseBottom / 2.0;
    for (const QList<Entry*>& row : std::as_const(rows)) {
        double total = -kEntrySpacing;
        for (const Entry* entry : row)
            total += entry->rect().width() + kEntrySpacing;
        double x = kSidePadding + std::max(0.0, (width - total) / 2);
        for (Entry* entry : row) {
            entry->setPos(x, y);
            x += entry->rect().width() + kEntrySpacing;
        }
        y += rowHeight;
    }
}

void ChartLegend::setMargins(int bottom, int besideWidth)
{
    QChart* chart = m_view->chart();
    QMargins margins = chart->margins();
    margins.setBottom(bottom);
    // The right margin may hold the panes' alignment padding too: only the list's share changes.
    // A layout change may have reset the margins since: never less than the list's own room.
    if (m_baseRight < 0)
        m_baseRight = margins.right();
    margins.setRight(std::max(margins.right() - m_besideWidth + besideWidth, m_baseRight + besideWidth));
    m_besideWidth = besideWidth;
    if (margins != chart->margins()) {
        chart->setMargins(margins);
        // Now, not on a posted request: an export or a screenshot may paint before that.
        if (QGraphicsLayout* layout = chart->layout())
            layout->activate();
    }
}

void ChartLegend::arrangeBeside(double rowHeight)
{
    // One column at the right, as wide as the widest entry up to a share of the chart and as the
    // plot's half allows (the axes take their room first); a longer label is elided there and whole
    // in its tooltip.
    QChart* chart = m_view->chart();
    double widest = 0;
    for (const Entry* entry : std::as_const(m_entries))
        widest = std::max(widest, entry->wholeWidth());
    const double chartWidth = chart->size().width();
    double column = std::min(widest + 2 * kSidePadding, kMostBesideShare * chartWidth);
    setMargins(m_baseBottom, static_cast<int>(std::ceil(column)));
    // The axes' room is known once laid out with the list: give back what the plot lacks.
    const double lacking = kLeastPlotShare * chartWidth - chart->plotArea().width();
    if (lacking > 0 && chart->plotArea().width() > 0) {
        // Whole pixels, rounded in the plot's favour: the margin is an int.
        column = std::floor(std::max(std::min(column, kLeastBesideWidth), column - std::ceil(lacking)));
        setMargins(m_baseBottom, static_cast<int>(std::ceil(column)));
    }
    for (Entry* entry : std::as_const(m_entries))
        entry->fitWidth(column - 2 * kSidePadding);
    const double top = chart->margins().top();
    const double visible = std::max(rowHeight, chart->size().height() - top - m_baseBottom);
    const double content = static_cast<double>(m_entries.size()) * rowHeight;
    m_scroll = std::clamp(m_scroll, 0.0, std::max(0.0, content - visible));
    m_box->setRect(QRectF(chartWidth - column, top, column, visible));
    double y = top - m_scroll;
    for (Entry* entry : std::as_const(m_entries)) {
        entry->setPos(chartWidth - column + kSidePadding, y);
        y += rowHeight;
    }
}

bool ChartLegend::scroll(const QPointF& chartPoint, double notches)
{
    if (!m_beside || !m_box->rect().contains(chartPoint))
        return false;
    const double rowHeight = QFontMetricsF(m_view->chart()->legend()->font()).height() + 4;
    m_scroll -= notches * 3 * rowHeight;
    arrangeBeside(rowHeight);
    return true;
}

QStringList ChartLegend::entryLabels() const
{
    QStringList labels;
    for (const Entry* entry : m_entries)
        labels.append(entry->text());
    return labels;
}

QList<QRectF> ChartLegend::entryRects() const
{
    QList<QRectF> rects;
    for (const Entry* entry : m_entries)
        rects.append(entry->mapRectToItem(m_view->chart(), entry->rect()));
    return rects;
}

} // namespace tangent::ui

namespace tangent::ui {

QList<std::pair<QColor, QColor>> ChartLegend::entryColors() const
{
    QList<std::pair<QColor, QColor>> colors;
    for (const Entry* entry : m_entries)
        colors.append(entry->colors());
    return colors;
}

} // namespace tangent::ui
