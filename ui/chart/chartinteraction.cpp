// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartinteraction.h"

#include "ui/chart/chartlegend.h"

#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/chart/parts/chartsurface.h"
#include "ui/document/document.h"
#include "ui/uncertainty/chartband.h"

#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLineF>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPen>
#include <QRubberBand>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace tangent::ui {
namespace {

constexpr double kWheelZoom = 0.8; // per notch
constexpr double kClickSlop = 4.0; // pixels a click may move and still be a click
constexpr double kGrabRadius = 14.0; // pixels from the tangent point that grab it for dragging

} // namespace

ChartInteraction::ChartInteraction(ChartView* view, ChartSurface& surface)
    : QObject(view), m_view(view), m_surface(surface)
{
    m_hoverLine = new QGraphicsLineItem(view->chart());
    m_hoverBox = new QGraphicsRectItem(view->chart());
    m_hoverText = new QGraphicsSimpleTextItem(m_hoverBox);
    m_hoverLine->setZValue(1000);
    m_hoverBox->setZValue(1001);
    m_hoverLine->hide();
    m_hoverBox->hide();
}

void ChartInteraction::style(const QPalette& palette, const QFont& font)
{
    QColor box = palette.color(QPalette::ToolTipBase);
    box.setAlpha(235);
    m_hoverBox->setBrush(box);
    m_hoverBox->setPen(QPen(palette.color(QPalette::Mid)));
    m_hoverText->setBrush(palette.color(QPalette::ToolTipText));
    m_hoverText->setFont(font);
    m_hoverLine->setPen(QPen(palette.color(QPalette::Mid), 1.0, Qt::DashLine));
}

void ChartInteraction::zoomAt(QPointF chartPos, double factor, ZoomAxes axes)
{
    QChart* chart = m_view->chart();
    const QRectF area = chart->plotArea();
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const auto [lo, hi] = m_surface.plotXRange();
    const double fx = std::clamp((chartPos.x() - area.left()) / area.width(), 0.0, 1.0);
    const double cx = lo + fx * (hi - lo);
    m_surface.setPlotXRange(cx - (cx - lo) * factor, cx + (hi - cx) * factor);
    if (axes != ZoomAxes::XAndY)
        return;
    const double fy = std::clamp((area.bottom() - chartPos.y()) / area.height(), 0.0, 1.0);
    const auto vertical = chart->axes(Qt::Vertical);
    for (QAbstractAxis* a : vertical) {
        if (auto* axis = qobject_cast<QValueAxis*>(a)) {
            const double cy = axis->min() + fy * (axis->max() - axis->min());
            m_surface.setValueRange(axis, cy - (cy - axis->min()) * factor, cy + (axis->max() - cy) * factor);
        }
    }
}

void ChartInteraction::pan(QPointF delta)
{
    // While y follows the data, only x pans; the y axes refit to what comes into view.
    m_view->chart()->scroll(-delta.x(), m_surface.yFollowsData() ? 0.0 : delta.y());
}

bool ChartInteraction::inPlot(QPointF viewPos, QPointF* chartPos) const
{
    const QPointF p = m_view->chart()->mapFromScene(m_view->mapToScene(viewPos.toPoint()));
    if (chartPos)
        *chartPos = p;
    return m_view->chart()->plotArea().contains(p);
}

int ChartInteraction::rowNear(QPointF chartPos) const
{
    m_surface.ensureData();
    const ChartData& data = m_view->data();
    const auto x = data.x();
    const QRectF area = m_view->chart()->plotArea();
    if (x.empty() || area.width() <= 0)
        return -1;
    const auto [lo, hi] = m_surface.plotXRange();
    const double plotX = lo + (chartPos.x() - area.left()) / area.width() * (hi - lo);
    const std::size_t i = nearestIndex(x, data.toData(plotX));
    return i < x.size() ? data.rowAt(i) : -1;
}

QString ChartInteraction::hoverText(int row) const
{
    const ChartData& data = m_view->data();
    const QAbstractAxis* xAxis = m_view->xAxis();
    QStringList lines;
    lines.append(tr("row %1").arg(row + 1));
    lines.append(QStringLiteral("%1 = %2").arg(
        xAxis ? m_view->axisTitle(xAxis) : QStringLiteral("x"), formatX(data, data.xOfRow(row))));
    const auto& plots = m_surface.plots();
    bool banded = false;
    for (std::size_t k = 0; k < plots.size(); ++k) {
        const PlotKey key = plots[k].key;
        if (plots[k].excluded)
            continue;
        // A derivative is listed while its curve is shown, or by itself in a pane without curves.
        const PlotKey curve = PlotKey::curveOf(key.column, key.group);
        const bool curveHere = m_view->content().shows(curve);
        const QLineSeries* line = m_view->seriesFor(key.derivative && curveHere ? curve : key);
        // Grouped: only the row's own group has a value there.
        if (!line || !line->isVisible() || (key.group >= 0 && key.group != data.groupOfRow(row)))
            continue;
        const double value = data.valueOfRow(k, row);
        const Document* document = m_view->document();
        const QString band
            = key.derivative && document ? ChartBand::readout(*document, key.column, row, value) : QString();
        banded = banded || !band.isEmpty();
        lines.append(QStringLiteral("%1%2 = %3")
                         .arg(key.derivative ? QStringLiteral("   ") : QString(), plots[k].series->name(),
                             band.isEmpty() ? formatValue(value) : band));
    }
    if (banded)
        lines.append(ChartBand::readoutNote());
    return lines.join(u'\n');
}

void ChartInteraction::updateHover(QPointF viewPos)
{
    QPointF p;
    const int row = inPlot(viewPos, &p) ? rowNear(p) : -1;
    if (row < 0) {
        hideHover();
        return;
    }
    if (row != m_hoveredRow) {
        m_hoveredRow = row;
        emit m_view->hoveredRow(row);
    }
    m_view->overlays()->followHover(row);
    m_hoverText->setText(hoverText(row));
    placeHover(p, row);
}

double ChartInteraction::xPixelOf(int row) const
{
    const ChartData& data = m_view->data();
    const QRectF area = m_view->chart()->plotArea();
    const auto [lo, hi] = m_surface.plotXRange();
    return area.left() + (data.toPlot(data.xOfRow(row)) - lo) / (hi - lo) * area.width();
}

void ChartInteraction::placeHover(QPointF cursor, int row)
{
    const QRectF area = m_view->chart()->plotArea();
    const double px = xPixelOf(row);
    m_hoverLine->setLine(px, area.top(), px, area.bottom());
    m_hoverLine->show();

    // The read-out sits below right of the cursor, flipped to stay inside the plot.
    const QRectF text = m_hoverText->boundingRect();
    const QSizeF box(text.width() + 12, text.height() + 8);
    QPointF at = cursor + QPointF(16, 16);
    if (at.x() + box.width() > area.right())
        at.setX(cursor.x() - 16 - box.width());
    if (at.y() + box.height() > area.bottom())
        at.setY(std::max(area.top(), cursor.y() - 16 - box.height()));
    // Not over an equation: then into the top corner of the plot that is free of it.
    const auto labels = m_view->overlays()->labels();
    const auto covers = [&labels](QPointF pos, QSizeF size) {
        const QRectF rect(pos, size);
        return std::ranges::any_of(labels, [&rect](const QGraphicsRectItem* label) {
            return label->isVisible() && label->mapRectToParent(label->rect()).intersects(rect);
        });
    };
    if (covers(at, box)) {
        at = area.topLeft() + QPointF(8, 8);
        if (covers(at, box))
            at = QPointF(area.right() - 8 - box.width(), area.top() + 8);
    }
    m_hoverBox->setRect(QRectF(QPointF(), box));
    m_hoverBox->setPos(at);
    m_hoverText->setPos(6, 4);
    m_hoverBox->show();
}

void ChartInteraction::refreshHover()
{
    const Document* document = m_view->document();
    if (m_hoveredRow >= 0 && document && m_hoveredRow < document->rowCount())
        m_hoverText->setText(hoverText(m_hoveredRow));
    else if (m_linkedRow >= 0)
        showLinked(m_linkedRow);
    else
        hideHover();
}

void ChartInteraction::showLinked(int row)
{
    const Document* document = m_view->document();
    if (row < 0 || !document || row >= document->rowCount() || !std::isfinite(m_view->data().xOfRow(row))) {
        m_linkedRow = -1;
        m_hoverBox->hide();
        m_hoverLine->hide();
        m_view->overlays()->followHover(-1);
        return;
    }
    m_linkedRow = row;
    m_view->overlays()->followHover(row);
    m_hoverText->setText(hoverText(row));
    // At the top of the line, where the mouse would be had this pane been hovered.
    placeHover(QPointF(xPixelOf(row), m_view->chart()->plotArea().top()), row);
}

void ChartInteraction::hideHover()
{
    m_hoverBox->hide();
    m_hoverLine->hide();
    m_view->overlays()->followHover(-1);
    if (m_hoveredRow >= 0) {
        m_hoveredRow = -1;
        emit m_view->hoveredRow(-1);
    }
}

bool ChartInteraction::wheel(QWheelEvent* event)
{
    QPointF p;
    const double notches = event->angleDelta().y() / 120.0;
    if (!inPlot(event->position(), &p) || notches == 0.0) {
        // Over the list of series beside the plot the wheel scrolls it.
        if (notches != 0.0
            && m_view->legend()->scroll(
                m_view->chart()->mapFromScene(m_view->mapToScene(event->position().toPoint())), notches)) {
            event->accept();
            return true;
        }
        event->ignore();
        return true;
    }
    const bool both = event->modifiers().testFlag(Qt::ControlModifier);
    zoomAt(p, std::pow(kWheelZoom, notches), both ? ZoomAxes::XAndY : ZoomAxes::X);
    event->accept();
    return true;
}

bool ChartInteraction::mousePress(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_lastPanPos = event->position();
        m_view->setCursor(Qt::ClosedHandCursor);
        hideHover();
        event->accept();
        return true;
    }
    ChartOverlays* overlays = m_view->overlays();
    if (event->button() == Qt::LeftButton && overlays->tangentEnabled()
        && !event->modifiers().testFlag(Qt::ShiftModifier)) {
        // Pressing on the tangent point grabs it: the tangent stays there and is dragged along
        // the curve instead of a rubber band being drawn.
        QPointF p;
        QPointF point;
        const double radius = kGrabRadius * (m_view->presentationMode() ? 1.5 : 1.0);
        if (inPlot(event->position(), &p) && overlays->tangentPointPos(&point) && QLineF(p, point).length() <= radius) {
            const int row = overlays->tangentRow();
            m_draggingTangent = true;
            m_view->setCursor(Qt::SizeHorCursor);
            if (row >= 0 && row != overlays->selectedRow())
                overlays->moveTangentTo(row);
            hideHover();
            event->accept();
            return true;
        }
    }
    if (event->button() == Qt::LeftButton) {
        m_leftPressed = true;
        m_pressPos = event->position();
    }
    return false;
}

bool ChartInteraction::mouseMove(QMouseEvent* event)
{
    if (m_panning) {
        pan(event->position() - m_lastPanPos);
        m_lastPanPos = event->position();
        event->accept();
        return true;
    }
    if (m_draggingTangent) {
        QPointF p;
        static_cast<void>(inPlot(event->position(), &p)); // off the plot: the nearest end
        if (const int row = rowNear(p); row >= 0 && row != m_view->overlays()->selectedRow())
            m_view->overlays()->selectFromChart(row);
        event->accept();
        return true;
    }
    return false;
}

void ChartInteraction::afterMouseMove(QMouseEvent* event)
{
    if (event->buttons() == Qt::NoButton)
        updateHover(event->position());
    else
        hideHover();
}

bool ChartInteraction::mouseRelease(QMouseEvent* event)
{
    const bool left = event->button() == Qt::LeftButton;
    if ((event->button() == Qt::MiddleButton && m_panning) || (left && m_draggingTangent)) {
        m_panning = false;
        m_draggingTangent = false;
        m_view->unsetCursor();
        event->accept();
        return true;
    }
    if (left && m_leftPressed) {
        m_leftPressed = false;
        if ((event->position() - m_pressPos).manhattanLength() < kClickSlop) {
            click(event);
            event->accept();
            return true;
        }
    }
    return false;
}

void ChartInteraction::click(QMouseEvent* event)
{
    // Not a rubber band: select the nearest row instead of zooming into a sliver.
    if (auto* band = m_view->findChild<QRubberBand*>())
        band->hide();
    QPointF p;
    const int row = inPlot(event->position(), &p) ? rowNear(p) : -1;
    ChartOverlays* overlays = m_view->overlays();
    const int selected = overlays->selectedRow();
    if (row >= 0 && event->modifiers().testFlag(Qt::ShiftModifier) && selected >= 0) {
        // Shift+click: the secant from the selected (tangent) point to this one.
        if (row != selected)
            overlays->setSecantRows(selected, row);
    } else if (row >= 0) {
        m_view->setSelectedRow(row);
        emit m_view->rowClicked(row);
    }
}

bool ChartInteraction::keyPress(QKeyEvent* event)
{
    QChart* chart = m_view->chart();
    const QRectF area = chart->plotArea();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_view->zoomX(kWheelZoom);
        break;
    case Qt::Key_Minus:
        m_view->zoomX(1.0 / kWheelZoom);
        break;
    case Qt::Key_0:
        m_view->resetZoom();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        // With the tangent shown the arrows move it from point to point; Shift scrolls instead.
        if (m_view->overlays()->tangentEnabled() && !event->modifiers().testFlag(Qt::ShiftModifier))
            m_view->overlays()->stepTangent(direction);
        else
            chart->scroll(direction * area.width() / 10, 0);
        break;
    }
    case Qt::Key_Up:
        chart->scroll(0, area.height() / 10);
        break;
    case Qt::Key_Down:
        chart->scroll(0, -area.height() / 10);
        break;
    default:
        return false;
    }
    event->accept();
    return true;
}

void ChartInteraction::leave()
{
    hideHover();
}

} // namespace tangent::ui
