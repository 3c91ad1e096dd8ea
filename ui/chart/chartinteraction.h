// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the chart answers the mouse and keyboard: wheel zoom (Ctrl: both axes), middle-button pan,
// a click that selects the nearest row (Shift+click: a secant), the rubber band left to Qt Charts,
// the hover read-out, and the tangent dragged along the curve or stepped with the arrow keys.
// Owned by a ChartView, which forwards its input events here.

#include <QObject>
#include <QPointF>
#include <QString>

class QEvent;
class QFont;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QKeyEvent;
class QMouseEvent;
class QPalette;
class QWheelEvent;

namespace tangent::ui {

class ChartSurface;
class ChartView;

class ChartInteraction : public QObject {
    Q_OBJECT
public:
    ChartInteraction(ChartView* view, ChartSurface& surface);

    /// Which axes a zoom scales.
    enum class ZoomAxes { X, XAndY };
    /// Zooms by `factor` (< 1 zooms in) around `chartPos`, a point of the plot area.
    void zoomAt(QPointF chartPos, double factor, ZoomAxes axes);

    // Each returns true if it consumed the event; the view then skips QChartView's own handling.
    bool wheel(QWheelEvent* event);
    bool mousePress(QMouseEvent* event);
    bool mouseMove(QMouseEvent* event);
    /// After QChartView handled a move it did not consume: the hover read-out follows the mouse.
    void afterMouseMove(QMouseEvent* event);
    bool mouseRelease(QMouseEvent* event);
    bool keyPress(QKeyEvent* event);
    void leave();

    /// The read-out's colours and font.
    void style(const QPalette& palette, const QFont& font);
    /// After the view redrew: the read-out shows the new values, or hides if its row is gone.
    void refreshHover();
    void hideHover();
    /// The read-out at `row` because another pane is hovered there (-1: hidden); the tangent
    /// follows it as it follows the mouse.
    void showLinked(int row);

private:
    void pan(QPointF delta);
    /// Maps a viewport position to chart coordinates; true if it is inside the plot area.
    [[nodiscard]] bool inPlot(QPointF viewPos, QPointF* chartPos = nullptr) const;
    /// The row nearest in x to a point of the plot area; -1 if none.
    [[nodiscard]] int rowNear(QPointF chartPos) const;
    void updateHover(QPointF viewPos);
    /// The plot-area x pixel of document row `row`.
    [[nodiscard]] double xPixelOf(int row) const;
    void placeHover(QPointF cursor, int row);
    [[nodiscard]] QString hoverText(int row) const;
    /// A click (not a rubber band): select the nearest row, or with Shift the secant's second point.
    void click(QMouseEvent* event);

    ChartView* m_view;
    ChartSurface& m_surface;
    bool m_panning = false;
    QPointF m_lastPanPos;
    QPointF m_pressPos;
    bool m_leftPressed = false;
    bool m_draggingTangent = false;
    QGraphicsRectItem* m_hoverBox = nullptr;
    QGraphicsSimpleTextItem* m_hoverText = nullptr;
    QGraphicsLineItem* m_hoverLine = nullptr;
    int m_hoveredRow = -1;
    int m_linkedRow = -1; // the row hovered in another pane of the layout
};

} // namespace tangent::ui
