// SPDX-License-Identifier: GPL-3.0-or-later
// ChartOverlays' look: marker, ring, tangent and secant pens, and the equation labels placed
// beside their lines without covering each other.

#include "ui/chart/chartoverlays.h"

#include "ui/chart/chartaxes.h"
#include "ui/chart/chartcontrast.h"
#include "ui/chart/chartview.h"

#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>

#include <algorithm>
#include <tuple>

namespace tangent::ui {

void ChartOverlays::style()
{
    if (!m_selection)
        return;
    const QPalette pal = m_view->palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const double factor = m_view->presentationMode() ? 1.6 : 1.0;

    m_selection->setMarkerSize(m_view->presentationMode() ? 20.0 : 13.0);
    m_selection->setColor(pal.color(QPalette::Highlight));
    QPen border(pal.color(QPalette::WindowText));
    border.setWidthF(m_view->presentationMode() ? 3.0 : 2.0);
    m_selection->setPen(border);
    for (const AxisMarkers& overlay : m_axisMarkers) {
        overlay.selection->setMarkerSize(m_selection->markerSize());
        overlay.selection->setColor(m_selection->color());
        overlay.selection->setPen(border);
    }

    // Rings: an outline only, so the point inside stays visible.
    QPen ring(lineColorFor(QColor::fromRgb(dark ? 0xffc233 : 0xf59f00), pal));
    ring.setWidthF(3.0 * factor);
    QList<QScatterSeries*> rings { m_highlight, m_highlightDerivative };
    for (const AxisMarkers& overlay : m_axisMarkers)
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
    const QColor secant = lineColorFor(QColor::fromRgb(dark ? 0xb197fc : 0x7048e8), pal);
    QPen tangentPen(tangent, m_view->presentationMode() ? 5.0 : 2.5);
    tangentPen.setCapStyle(Qt::RoundCap);
    m_tangentLine->setPen(tangentPen);
    QPen secantPen(secant, m_view->presentationMode() ? 4.0 : 2.0, Qt::DashLine);
    m_secantLine->setPen(secantPen);
    for (auto [series, color] : { std::pair { m_tangentPoint, tangent }, std::pair { m_secantPoints, secant } }) {
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(m_view->presentationMode() ? 16.0 : 10.0);
        series->setColor(color);
        series->setBorderColor(pal.color(QPalette::Window));
    }

    QColor fill = pal.color(QPalette::Window);
    fill.setAlpha(235);
    const QFont labelFont
        = scaledFont(m_view->font(), m_view->presentationMode() ? 1.9 : 1.1, m_view->presentationMode());
    for (auto [box, text, color] :
        { std::tuple { m_tangentBox, m_tangentText, tangent }, std::tuple { m_secantBox, m_secantText, secant } }) {
        box->setBrush(fill);
        box->setPen(QPen(color, m_view->presentationMode() ? 2.5 : 1.5));
        text->setBrush(pal.windowText());
        text->setFont(labelFont);
    }
    placeLabels();
}

std::vector<const QGraphicsRectItem*> ChartOverlays::labels() const
{
    return { m_tangentBox, m_secantBox };
}

// ---- Equation labels ----

void ChartOverlays::placeLabel(QGraphicsRectItem* box, QPointF anchor, double screenSlope)
{
    const auto* text = static_cast<const QGraphicsSimpleTextItem*>(box->childItems().front());
    const QRectF bounds = text->boundingRect();
    const QSizeF size(bounds.width() + 14, bounds.height() + 10);
    box->setRect(QRectF(QPointF(), size));
    box->childItems().front()->setPos(7, 5);
    // Beside a line through the anchor two quadrants are empty: below right and above left of a
    // line rising to the right (screen y grows downwards), above right and below left otherwise.
    const QRectF area = m_view->chart()->plotArea();
    const double gap = m_view->presentationMode() ? 22.0 : 14.0;
    const bool rising = screenSlope < 0;
    const auto corner = [&](bool right, bool below) {
        return QPointF(right ? anchor.x() + gap : anchor.x() - gap - size.width(),
            below ? anchor.y() + gap : anchor.y() - gap - size.height());
    };
    QPointF at = corner(true, rising);
    if (at.x() + size.width() > area.right())
        at = corner(false, !rising);
    at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
    at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
    box->setPos(at);
}

void ChartOverlays::placeLabels()
{
    if (!m_tangentPoint || !m_secantPoints)
        return;
    const auto screenSlope = [this](QLineSeries* line) {
        if (line->count() < 2)
            return 0.0;
        const QPointF a = m_view->chart()->mapToPosition(line->at(0), line);
        const QPointF b = m_view->chart()->mapToPosition(line->at(1), line);
        return b.x() != a.x() ? (b.y() - a.y()) / (b.x() - a.x()) : 0.0;
    };
    if (m_tangentBox->isVisible() && m_tangentPoint->count() > 0)
        placeLabel(m_tangentBox, m_view->chart()->mapToPosition(m_tangentPoint->at(0), m_tangentPoint),
            screenSlope(m_tangentLine));
    if (m_secantBox->isVisible() && m_secantPoints->count() == 2) {
        placeLabel(m_secantBox, m_view->chart()->mapToPosition(m_secantPoints->at(1), m_secantPoints),
            screenSlope(m_secantLine));
        // Two labels never cover each other: the secant's moves below (or above) the tangent's.
        const QRectF tangent = m_tangentBox->mapRectToParent(m_tangentBox->rect());
        const QRectF secant = m_secantBox->mapRectToParent(m_secantBox->rect());
        if (m_tangentBox->isVisible() && tangent.adjusted(-4, -4, 4, 4).intersects(secant)) {
            const QRectF area = m_view->chart()->plotArea();
            double y = tangent.bottom() + 6;
            if (y + secant.height() > area.bottom())
                y = tangent.top() - 6 - secant.height();
            m_secantBox->setPos(tangent.left(), y);
        }
    }
}

} // namespace tangent::ui
