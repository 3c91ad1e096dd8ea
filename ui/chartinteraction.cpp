// ChartView: wheel and keyboard zoom, middle-button pan, click to select, hover read-out; the
// tangent follows the mouse, moves with the arrow keys and is dragged along the curve, and a
// Shift+click picks the secant's second point.

#include "ui/chartview.h"

#include "ui/document.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLineF>
#include <QLineSeries>
#include <QMouseEvent>
#include <QRubberBand>
#include <QScatterSeries>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace tangent::ui {
namespace {

constexpr double kWheelZoom = 0.8; // per notch
constexpr double kClickSlop = 4.0; // pixels a click may move and still be a click
constexpr double kGrabRadius = 14.0; // pixels from the tangent point that grab it for dragging

QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 7) : QStringLiteral("—");
}

} // namespace

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
    zoomAt(chart()->plotArea().center(), factor, false);
}

void ChartView::zoomAt(QPointF chartPos, double factor, bool alsoY)
{
    const QRectF area = chart()->plotArea();
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const auto [lo, hi] = plotXRange();
    const double fx = std::clamp((chartPos.x() - area.left()) / area.width(), 0.0, 1.0);
    const double cx = lo + fx * (hi - lo);
    setPlotXRange(cx - (cx - lo) * factor, cx + (hi - cx) * factor);
    if (!alsoY)
        return;
    const double fy = std::clamp((area.bottom() - chartPos.y()) / area.height(), 0.0, 1.0);
    const auto axes = chart()->axes(Qt::Vertical);
    for (QAbstractAxis* a : axes) {
        if (auto* axis = qobject_cast<QValueAxis*>(a)) {
            const double cy = axis->min() + fy * (axis->max() - axis->min());
            setValueRange(axis, cy - (cy - axis->min()) * factor, cy + (axis->max() - cy) * factor);
        }
    }
}

void ChartView::pan(QPointF delta)
{
    // While y follows the data, only x pans; the y axes refit to what comes into view.
    chart()->scroll(-delta.x(), m_autoY ? 0.0 : delta.y());
}

bool ChartView::inPlot(QPointF viewPos, QPointF* chartPos) const
{
    const QPointF p = chart()->mapFromScene(mapToScene(viewPos.toPoint()));
    if (chartPos)
        *chartPos = p;
    return chart()->plotArea().contains(p);
}

int ChartView::rowNear(QPointF chartPos)
{
    ensureData();
    const auto x = m_data.x();
    const QRectF area = chart()->plotArea();
    if (x.empty() || area.width() <= 0)
        return -1;
    const auto [lo, hi] = plotXRange();
    const double plotX = lo + (chartPos.x() - area.left()) / area.width() * (hi - lo);
    const std::size_t i = nearestIndex(x, m_data.toData(plotX));
    return i < x.size() ? m_data.rowAt(i) : -1;
}

QString ChartView::formatX(double x) const
{
    if (!m_data.isDate() || !std::isfinite(x))
        return number(x);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(std::llround(x * 1000.0), Qt::UTC);
    if (t.time() == QTime(0, 0))
        return t.toString(QStringLiteral("yyyy-MM-dd"));
    return t.toString(
        t.time().msec() != 0 ? QStringLiteral("yyyy-MM-ddThh:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddThh:mm:ss"));
}

QString ChartView::hoverText(int row) const
{
    QStringList lines;
    lines.append(tr("row %1").arg(row + 1));
    lines.append(QStringLiteral("%1 = %2").arg(
        m_xAxis ? m_xAxis->titleText() : QStringLiteral("x"), formatX(m_data.xOfRow(row))));
    for (std::size_t k = 0; k < m_plots.size(); ++k) {
        const Plot& plot = m_plots[k];
        const Plot* line = &plot;
        if (plot.key.derivative) {
            const auto y = plotIndex(seriesFor(plot.key.column, false));
            line = y < m_plots.size() ? &m_plots[y] : nullptr;
        }
        if (!line || !line->series->isVisible())
            continue;
        lines.append(QStringLiteral("%1%2 = %3")
                         .arg(plot.key.derivative ? QStringLiteral("   ") : QString(), plot.series->name(),
                             number(m_data.valueOfRow(k, row))));
    }
    return lines.join(u'\n');
}

void ChartView::updateHover(QPointF viewPos)
{
    QPointF p;
    const int row = inPlot(viewPos, &p) ? rowNear(p) : -1;
    if (row < 0) {
        hideHover();
        return;
    }
    if (row != m_hoveredRow) {
        m_hoveredRow = row;
        emit hoveredRow(row);
    }
    // The tangent follows the mouse, except on a projector and while a secant is compared with it.
    const bool follow = m_tangentEnabled && !m_presentation && m_secantPoints && m_secantPoints->count() == 0;
    if (follow && row != m_tangentHover) {
        m_tangentHover = row;
        updateTangent();
    }
    m_hoverText->setText(hoverText(row));

    const QRectF area = chart()->plotArea();
    const auto [lo, hi] = plotXRange();
    const double px = area.left() + (m_data.toPlot(m_data.xOfRow(row)) - lo) / (hi - lo) * area.width();
    m_hoverLine->setLine(px, area.top(), px, area.bottom());
    m_hoverLine->show();

    // The read-out sits below right of the cursor, flipped to stay inside the plot.
    const QRectF text = m_hoverText->boundingRect();
    const QSizeF box(text.width() + 12, text.height() + 8);
    QPointF at = p + QPointF(16, 16);
    if (at.x() + box.width() > area.right())
        at.setX(p.x() - 16 - box.width());
    if (at.y() + box.height() > area.bottom())
        at.setY(std::max(area.top(), p.y() - 16 - box.height()));
    // Not over an equation: then into the top corner of the plot that is free of it.
    const auto covers = [this](QPointF pos, QSizeF size) {
        const QRectF rect(pos, size);
        return std::ranges::any_of(std::array { m_tangentBox, m_secantBox }, [&rect](const QGraphicsRectItem* label) {
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

void ChartView::hideHover()
{
    m_hoverBox->hide();
    m_hoverLine->hide();
    if (m_tangentHover >= 0) {
        m_tangentHover = -1;
        updateTangent();
    }
    if (m_hoveredRow >= 0) {
        m_hoveredRow = -1;
        emit hoveredRow(-1);
    }
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    scheduleRefresh();
}

void ChartView::wheelEvent(QWheelEvent* event)
{
    QPointF p;
    const double notches = event->angleDelta().y() / 120.0;
    if (!inPlot(event->position(), &p) || notches == 0.0) {
        event->ignore();
        return;
    }
    zoomAt(p, std::pow(kWheelZoom, notches), event->modifiers().testFlag(Qt::ControlModifier));
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_lastPanPos = event->position();
        setCursor(Qt::ClosedHandCursor);
        hideHover();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_tangentEnabled && !event->modifiers().testFlag(Qt::ShiftModifier)) {
        // Pressing on the tangent point grabs it: the tangent stays there and is dragged along
        // the curve instead of a rubber band being drawn.
        QPointF p;
        QPointF point;
        const double radius = kGrabRadius * (m_presentation ? 1.5 : 1.0);
        if (inPlot(event->position(), &p) && tangentPointPos(&point) && QLineF(p, point).length() <= radius) {
            const int row = tangentRow();
            m_draggingTangent = true;
            setCursor(Qt::SizeHorCursor);
            if (row >= 0 && row != m_selectedRow)
                moveTangentTo(row);
            hideHover();
            event->accept();
            return;
        }
    }
    if (event->button() == Qt::LeftButton) {
        m_leftPressed = true;
        m_pressPos = event->position();
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        pan(event->position() - m_lastPanPos);
        m_lastPanPos = event->position();
        event->accept();
        return;
    }
    if (m_draggingTangent) {
        QPointF p;
        static_cast<void>(inPlot(event->position(), &p)); // off the plot: the nearest end
        if (const int row = rowNear(p); row >= 0 && row != m_selectedRow) {
            m_tangentHover = -1;
            setSelectedRow(row);
            emit rowClicked(row);
        }
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        updateHover(event->position());
    else
        hideHover();
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton && m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_draggingTangent) {
        m_draggingTangent = false;
        unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_leftPressed) {
        m_leftPressed = false;
        if ((event->position() - m_pressPos).manhattanLength() < kClickSlop) {
            // A click, not a rubber band: select the nearest row instead of zooming into a sliver.
            if (auto* band = findChild<QRubberBand*>())
                band->hide();
            QPointF p;
            const int row = inPlot(event->position(), &p) ? rowNear(p) : -1;
            if (row >= 0 && event->modifiers().testFlag(Qt::ShiftModifier) && m_selectedRow >= 0) {
                // Shift+click: the secant from the selected (tangent) point to this one.
                if (row != m_selectedRow)
                    setSecantRows(m_selectedRow, row);
            } else if (row >= 0) {
                setSelectedRow(row);
                emit rowClicked(row);
            }
            event->accept();
            return;
        }
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    const QRectF area = chart()->plotArea();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomX(kWheelZoom);
        break;
    case Qt::Key_Minus:
        zoomX(1.0 / kWheelZoom);
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        // With the tangent shown the arrows move it from point to point; Shift scrolls instead.
        if (m_tangentEnabled && !event->modifiers().testFlag(Qt::ShiftModifier))
            stepTangent(direction);
        else
            chart()->scroll(direction * area.width() / 10, 0);
        break;
    }
    case Qt::Key_Up:
        chart()->scroll(0, area.height() / 10);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -area.height() / 10);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::leaveEvent(QEvent* event)
{
    hideHover();
    QChartView::leaveEvent(event);
}

} // namespace tangent::ui
