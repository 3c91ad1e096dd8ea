// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the chart draws on top of the data: the selected row's markers, ring markers on
// highlighted rows, and for the classroom a tangent with the document's own slope, a secant, and
// their equations next to them. It computes no derivative: the slope is read from the document.
// Owned by a ChartView, whose plots and axes it draws against.

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <limits>
#include <utility>
#include <vector>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace tangent::ui {

class ChartSurface;
class ChartView;
struct PlotKey;

class ChartOverlays : public QObject {
    Q_OBJECT
public:
    ChartOverlays(ChartView* view, ChartSurface& surface);

    // ---- Selected row ----
    void setSelectedRow(int row);
    [[nodiscard]] int selectedRow() const { return m_selectedRow; }
    /// The selected-row markers on the main left axis (see selectionSeriesFor for other axes).
    [[nodiscard]] QScatterSeries* selectionSeries() const { return m_selection; }
    /// The selected-row markers against the axis of y column `column`; nullptr if it is not drawn.
    [[nodiscard]] QScatterSeries* selectionSeriesFor(int column) const;

    // ---- Highlighted rows ----
    /// Rings the points of `rows` (document rows) on every visible y curve (and on the derivative
    /// of the column set with setHighlightColumn, if any), for "the rows that entered this value".
    /// Empty clears.
    void setHighlightedRows(const QList<int>& rows);
    /// Also rings the highlighted rows on the derivative of `column`; -1 (the default) for none.
    void setHighlightColumn(int column);
    [[nodiscard]] QList<int> highlightedRows() const { return m_highlightRows; }
    /// The rings on the y curves (main left axis) and on the chosen derivative (its right axis).
    [[nodiscard]] QScatterSeries* highlightSeries() const { return m_highlight; }
    [[nodiscard]] QScatterSeries* highlightDerivativeSeries() const { return m_highlightDerivative; }
    /// The rings against the axis of y column `column`; nullptr if it is not drawn.
    [[nodiscard]] QScatterSeries* highlightSeriesFor(int column) const;

    // ---- Tangent ----
    /// When enabled, drawn at the selected row or, while hovering (outside presentation mode and
    /// while no secant is shown), at the hovered point, for the tangent column: through (x_i, y_i)
    /// with slope = the document's derivative at i, over ±15 % of the visible x span, with its
    /// equation next to it. Only for a first derivative.
    void setTangentEnabled(bool on);
    [[nodiscard]] bool tangentEnabled() const { return m_tangentEnabled; }
    /// The y column the tangent and secant are drawn for; -1: the first visible y column.
    void setTangentColumn(int column);
    /// The column the tangent is drawn for now; -1 if none.
    [[nodiscard]] int effectiveTangentColumn() const;
    /// The row the tangent is drawn at; -1 when none (disabled, or no row chosen).
    [[nodiscard]] int tangentRow() const;
    /// The tangent's slope (the document's derivative at tangentRow()); NaN when none is drawn.
    [[nodiscard]] double tangentSlope() const { return m_tangentSlope; }
    /// "y = m·(x − x₀) + y₀" for the tangent drawn; empty when none.
    [[nodiscard]] QString tangentEquation() const { return m_tangentEquation; }
    /// The tangent as a two-point line in axis units (x in msecs for dates).
    [[nodiscard]] QLineSeries* tangentSeries() const { return m_tangentLine; }
    /// Moves the tangent (the selected row) `delta` points along the curve in x order, clamped at
    /// the ends, keeping it in view; the view emits rowClicked and tangentRowChanged.
    void stepTangent(int delta);

    // ---- Secant ----
    /// Through rows a and b of the tangent column, with its slope (y_b − y_a)/(x_b − x_a) and
    /// equation shown; clearSecant() removes it. Students see it approach the tangent.
    void setSecantRows(int a, int b);
    void clearSecant();
    [[nodiscard]] std::pair<int, int> secantRows() const { return { m_secantA, m_secantB }; }
    /// The secant's slope; NaN when none is drawn.
    [[nodiscard]] double secantSlope() const { return m_secantSlope; }
    /// "y = s·(x − x_a) + y_a" for the secant drawn; empty when none.
    [[nodiscard]] QString secantEquation() const { return m_secantEquation; }
    [[nodiscard]] QLineSeries* secantSeries() const { return m_secantLine; }

    // ---- For the view and its interaction ----
    /// (Re)creates the overlay series after every plot, so that they are drawn on top.
    void create();
    /// Forgets the series the chart deleted with its plots.
    void forget();
    void style();
    void update();
    void placeLabels();
    /// The hovered row the tangent follows (-1: none); the tangent follows only where it should.
    void followHover(int row);
    /// The tangent point in chart coordinates; false if no tangent is drawn.
    [[nodiscard]] bool tangentPointPos(QPointF* pos) const;
    /// Selects `row` as the user would (tangent, table), keeping it in view.
    void moveTangentTo(int row);
    /// Selects `row` from the chart (the tangent dragged there), as a click would.
    void selectFromChart(int row);
    /// The column set with setTangentColumn (-1: none chosen).
    [[nodiscard]] int tangentColumn() const { return m_tangentColumn; }
    /// The equation labels, which the hover read-out must not cover.
    [[nodiscard]] std::vector<const QGraphicsRectItem*> labels() const;
    /// True while a secant is drawn.
    [[nodiscard]] bool secantShown() const;

signals:
    /// The row the tangent is drawn at changed (-1: none).
    void tangentRowChanged(int row);
    /// The tangent was switched on or off.
    void tangentEnabledChanged(bool on);

private:
    void updateSelection();
    void updateHighlight();
    void updateTangent();
    void updateSecant();
    void placeLabel(QGraphicsRectItem* box, QPointF anchor, double screenSlope);
    /// Index into the view's plots of the y line (or its derivative) of the tangent column.
    [[nodiscard]] std::size_t tangentPlot(bool derivative) const;
    /// Data-unit x per unit of the derivative's x (the time unit for dates; 1 otherwise).
    [[nodiscard]] double slopeXScale() const;
    [[nodiscard]] QString lineEquation(double slope, double x0, double y0) const;
    /// The markers of one kind drawn against `axis`; nullptr if there are none.
    enum class Marker { Selection, Highlight };
    [[nodiscard]] QScatterSeries* markersOn(const QValueAxis* axis, Marker marker) const;
    /// 0 for the main left axis (or an axis without markers of its own), i + 1 for m_axisMarkers[i].
    [[nodiscard]] std::size_t markerIndex(const QValueAxis* axis) const;
    /// Draws `series` against the vertical axis `axis` instead of its present one.
    void attachY(QXYSeries* series, QValueAxis* axis);

    /// Selection and ring markers for y columns drawn against a left axis other than the main one.
    struct AxisMarkers {
        QValueAxis* axis = nullptr;
        QScatterSeries* selection = nullptr;
        QScatterSeries* highlight = nullptr;
    };

    ChartView* m_view;
    ChartSurface& m_surface;
    int m_selectedRow = -1;
    QScatterSeries* m_selection = nullptr;
    QScatterSeries* m_highlight = nullptr;
    QScatterSeries* m_highlightDerivative = nullptr;
    QList<int> m_highlightRows;
    std::vector<AxisMarkers> m_axisMarkers;
    int m_highlightColumn = -1;

    bool m_tangentEnabled = false;
    int m_tangentColumn = -1;
    int m_tangentHover = -1; // the hovered row the tangent follows; -1 when not hovering
    int m_lastTangentRow = -1; // as last reported by tangentRowChanged
    QLineSeries* m_tangentLine = nullptr;
    QScatterSeries* m_tangentPoint = nullptr;
    double m_tangentSlope = std::numeric_limits<double>::quiet_NaN();
    QString m_tangentEquation;
    int m_secantA = -1;
    int m_secantB = -1;
    QLineSeries* m_secantLine = nullptr;
    QScatterSeries* m_secantPoints = nullptr;
    double m_secantSlope = std::numeric_limits<double>::quiet_NaN();
    QString m_secantEquation;
    QGraphicsRectItem* m_tangentBox = nullptr;
    QGraphicsSimpleTextItem* m_tangentText = nullptr;
    QGraphicsRectItem* m_secantBox = nullptr;
    QGraphicsSimpleTextItem* m_secantText = nullptr;
};

} // namespace tangent::ui
