#pragma once
// The chart: draws the document's y columns against the left axis (a column whose unit differs
// from the first y column's against a left axis of its unit's own) and each derivative dashed on
// its own right axis, reduced to the plot's pixel width, with zoom, pan, a hover read-out and a
// selected row; for the classroom, a tangent line with the document's slope, a secant, ring
// markers on chosen rows and extra reference curves. It observes the document and computes
// nothing but the screen reduction (and the two-point lines it is asked to draw).

#include "ui/chartdata.h"

#include <QChartView>
#include <QColor>
#include <QPointer>
#include <QTimer>

#include <limits>
#include <span>
#include <utility>
#include <vector>

class QAbstractAxis;
class QAbstractSeries;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLegendMarker;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace tangent::ui {

class Document;

class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(Document* document, QWidget* parent = nullptr);
    ~ChartView() override;

    /// The chart as it is drawn, for export at the requested size (layout redone at that size).
    [[nodiscard]] QImage renderImage(QSize size);
    /// Writes the chart, at the widget's current size, as SVG to `path`. False if it cannot be written.
    bool renderSvg(const QString& path);

    /// Larger fonts and thicker lines, for a classroom projector.
    void setPresentationMode(bool on);
    [[nodiscard]] bool presentationMode() const { return m_presentation; }

    /// The visible x range in data units (seconds since the epoch for a date x column).
    [[nodiscard]] std::pair<double, double> visibleXRange() const;
    /// Shows x in [min, max] (data units), as a user zoom would.
    void setVisibleXRange(double min, double max);

    /// The line of y column `column`, or of its derivative; nullptr if it is not drawn.
    [[nodiscard]] QLineSeries* seriesFor(int column, bool derivative = false) const;
    /// The right-hand axis of the derivative of `column`; nullptr if there is none.
    [[nodiscard]] QValueAxis* derivativeAxisFor(int column) const;
    /// The left axis y column `column` is drawn against: the main one (shared by every column with
    /// the first y column's unit) or the own axis of its unit's group; nullptr if it is not drawn.
    [[nodiscard]] QValueAxis* valueAxisFor(int column) const;
    /// The selected-row markers on the main left axis (see selectionSeriesFor for other axes).
    [[nodiscard]] QScatterSeries* selectionSeries() const { return m_selection; }
    /// The selected-row markers against the axis of y column `column`; nullptr if it is not drawn.
    [[nodiscard]] QScatterSeries* selectionSeriesFor(int column) const;
    [[nodiscard]] int selectedRow() const { return m_selectedRow; }

    /// Applies pending document changes and zoom now instead of on the next event-loop pass.
    void updateNow();

    // ---- Classroom overlays (charttangent.cpp) ----

    /// Marks the points of `rows` (document rows) on every visible y curve (and on the derivative
    /// of the column set with setHighlightColumn, if any) with a distinct ring marker, for "the
    /// rows that entered this value". Empty clears.
    void setHighlightedRows(const QList<int>& rows);
    /// Also rings the highlighted rows on the derivative of `column`; -1 (the default) for none.
    void setHighlightColumn(int column);
    [[nodiscard]] QList<int> highlightedRows() const { return m_highlightRows; }
    /// The ring markers on the y curves (left axis) and on the chosen derivative (its right axis).
    [[nodiscard]] QScatterSeries* highlightSeries() const { return m_highlight; }
    [[nodiscard]] QScatterSeries* highlightDerivativeSeries() const { return m_highlightDerivative; }
    /// The ring markers against the axis of y column `column`; nullptr if it is not drawn.
    [[nodiscard]] QScatterSeries* highlightSeriesFor(int column) const;

    /// Tangent line: when enabled, drawn at the selected row or, while hovering (outside
    /// presentation mode and while no secant is shown), at the hovered point, for the tangent
    /// column: through (x_i, y_i) with slope = the document's derivative at i, over ±15 % of the
    /// visible x span, with its equation next to it. Only for a first derivative.
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

    /// Secant through rows a and b of the tangent column, with its slope (y_b − y_a)/(x_b − x_a)
    /// and equation shown; clearSecant() removes it. Students see it approach the tangent.
    void setSecantRows(int a, int b);
    void clearSecant();
    [[nodiscard]] std::pair<int, int> secantRows() const { return { m_secantA, m_secantB }; }
    /// The secant's slope; NaN when none is drawn.
    [[nodiscard]] double secantSlope() const { return m_secantSlope; }
    /// "y = s·(x − x_a) + y_a" for the secant drawn; empty when none.
    [[nodiscard]] QString secantEquation() const { return m_secantEquation; }
    [[nodiscard]] QLineSeries* secantSeries() const { return m_secantLine; }

    /// Extra curves on demand (the function lab's exact derivative and error, the compare view).
    struct ReferenceCurve {
        QString name;
        std::vector<double> x; ///< data units, as the document's x (seconds for dates)
        std::vector<double> y;
        enum class Axis { Value, Derivative, Own } axis = Axis::Derivative;
        QColor color; ///< invalid: a colour of the chart's choosing
        bool dashed = false;
    };
    /// Replaces the reference curves; an empty list removes all. Value: the left axis;
    /// Derivative: the right axis of the tangent column's derivative (or the first derivative's;
    /// its own axis when there is none); Own: an extra right axis titled with the curve's name.
    /// Reduced for the screen like the other series and shown in the legend with toggles.
    void setReferenceCurves(const QList<ReferenceCurve>& curves);
    /// The line of reference curve `index` (as passed to setReferenceCurves); nullptr if none.
    [[nodiscard]] QLineSeries* referenceSeries(int index) const;

public slots:
    /// Fits all data.
    void resetZoom();
    /// Highlights row `row` (-1 for none) with an enlarged point on each visible y line.
    void setSelectedRow(int row);
    /// Zooms x by `factor` (< 1 zooms in) around the centre.
    void zoomX(double factor);
    /// Moves the tangent (the selected row) `delta` points along the curve in x order, clamped at
    /// the ends, keeping it in view; emits rowClicked and tangentRowChanged.
    void stepTangent(int delta);

signals:
    /// The row nearest the mouse in x, -1 when the mouse leaves the plot.
    void hoveredRow(int row);
    /// The user clicked the plot; `row` is the row nearest in x. Also sent when the tangent is
    /// moved by keys or dragging, so that the table's selection follows.
    void rowClicked(int row);
    /// The row the tangent is drawn at changed (-1: none).
    void tangentRowChanged(int row);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// One plotted quantity; a NaN gap starts a new segment, drawn by an extra series.
    struct Plot {
        PlotKey key;
        QLineSeries* series = nullptr; // first segment; the one in the legend
        QList<QLineSeries*> extra; // later segments, styled alike, not in the legend
        QValueAxis* axis = nullptr; // the y axis it is drawn against
        bool ownAxis = false; // `axis` is this plot's alone (hidden with it)
        bool dense = true; // many points drawn: wide dashes would be too slow
        int reference = -1; // index into m_references for a reference curve
    };
    /// A reference curve's data (x sorted, NaN-free) and its plot.
    struct Reference {
        ReferenceCurve curve;
        Plot plot;
    };
    using Extent = std::pair<double, double>;
    /// Selection and ring markers for y columns drawn against a left axis other than m_yAxis.
    struct AxisOverlay {
        QValueAxis* axis = nullptr;
        QScatterSeries* selection = nullptr;
        QScatterSeries* highlight = nullptr;
    };

    // chartview.cpp: document, structure, reduction
    void invalidate();
    void scheduleRefresh();
    void refresh();
    void ensureData();
    void rebuildStructure();
    void clearStructure();
    void createXAxis();
    QLineSeries* addLine(const Plot& plot);
    void setSegments(Plot& plot, const QList<QList<QPointF>>& segments);
    /// Reduces and draws one plot over [lo, hi]; returns the extent of its values there.
    Extent drawPlot(Plot& plot, std::span<const double> x, std::span<const double> y, double lo, double hi,
        std::size_t columns, bool markers);
    void fitX();
    void fitY(const std::vector<std::pair<const Plot*, Extent>>& extents);
    void updateAxisTitles();
    /// The unit of each y column in the data's keys (empty for derivatives), for grouping axes.
    [[nodiscard]] std::vector<QString> plotUnits() const;
    /// A plot's own axis is shown while any document plot drawn against it is.
    void syncAxisVisibility(const Plot& plot);
    void updateSelection();
    [[nodiscard]] std::size_t plotIndex(const QAbstractSeries* series) const;
    /// The plot (document or reference) whose legend series is `series`; nullptr if none.
    [[nodiscard]] Plot* findPlot(const QAbstractSeries* series);
    [[nodiscard]] const Plot* findPlot(const QAbstractSeries* series) const;

    // chartreference.cpp: reference curves
    void attachReferences();
    void detachReferences();
    void styleReference(const Plot& plot);
    [[nodiscard]] QValueAxis* derivativeAxisForReferences() const;

    // charttangent.cpp: overlays (selection, highlight, tangent, secant)
    /// (Re)creates the overlay series after every plot, so that they are drawn on top.
    void createOverlays();
    void styleOverlays();
    void updateOverlays();
    void updateHighlight();
    void updateTangent();
    void updateSecant();
    void placeLabel(QGraphicsRectItem* box, QPointF anchor, double screenSlope);
    void placeLabels();
    /// Index into m_plots of the y line (or its derivative) of the tangent column; npos if none.
    [[nodiscard]] std::size_t tangentPlot(bool derivative) const;
    /// Data-unit x per unit of the derivative's x (the time unit for dates; 1 otherwise).
    [[nodiscard]] double slopeXScale() const;
    [[nodiscard]] QString lineEquation(double slope, double x0, double y0) const;
    /// The tangent point in chart coordinates; false if no tangent is drawn.
    [[nodiscard]] bool tangentPointPos(QPointF* pos) const;
    /// The selection (or ring) markers drawn against `axis`; nullptr if there are none.
    [[nodiscard]] QScatterSeries* overlayOn(const QValueAxis* axis, bool highlight) const;
    /// 0 for m_yAxis (or an axis without markers of its own), i + 1 for m_axisOverlays[i].
    [[nodiscard]] std::size_t overlayIndex(const QValueAxis* axis) const;
    /// Draws `series` against the vertical axis `axis` instead of its present one.
    void attachOverlayY(QXYSeries* series, QValueAxis* axis);
    /// Selects `row` as the user would (tangent, table), keeping it in view.
    void moveTangentTo(int row);

    // chartstyle.cpp: theme, presentation, legend, export
    void applyTheme();
    void restyle();
    void stylePlot(const Plot& plot);
    /// One pen for a plot's series and its gap segments: solid at solidWidth, or dashed.
    void setPlotPen(const Plot& plot, const QColor& color, bool dashed, double solidWidth) const;
    /// The colour of y line number `index` (in column order), or of its derivative: a pair of
    /// clearly different hues, so a derivative is told from its curve on a projector too.
    [[nodiscard]] QColor pairColor(std::size_t index, bool derivative) const;
    [[nodiscard]] std::size_t lineIndex(int column) const;
    void connectLegend();
    void toggleVisible(QLegendMarker* marker);
    void syncLegend();
    void tuneTicks();
    /// Sets a value axis' range with round ticks for it; refuses empty or non-finite ranges.
    void setValueRange(QValueAxis* axis, double lo, double hi);

    // chartinteraction.cpp: zoom, pan, hover
    [[nodiscard]] std::pair<double, double> plotXRange() const;
    void setPlotXRange(double min, double max);
    void zoomAt(QPointF chartPos, double factor, bool alsoY);
    void pan(QPointF delta);
    [[nodiscard]] bool inPlot(QPointF viewPos, QPointF* chartPos = nullptr) const;
    [[nodiscard]] int rowNear(QPointF chartPos);
    void updateHover(QPointF viewPos);
    void hideHover();
    [[nodiscard]] QString hoverText(int row) const;
    [[nodiscard]] QString formatX(double x) const;

    QPointer<Document> m_document;
    ChartData m_data;
    bool m_dataDirty = true;
    std::vector<PlotKey> m_structureKeys;
    std::vector<QString> m_structureUnits;
    bool m_structureIsDate = false;
    bool m_structureBuilt = false;
    std::vector<Plot> m_plots;
    QAbstractAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QScatterSeries* m_selection = nullptr;
    int m_selectedRow = -1;
    std::vector<Reference> m_references;

    QScatterSeries* m_highlight = nullptr;
    QScatterSeries* m_highlightDerivative = nullptr;
    QList<int> m_highlightRows;
    std::vector<AxisOverlay> m_axisOverlays;
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
    bool m_draggingTangent = false;

    QTimer m_refreshTimer;
    bool m_autoX = true; // x follows the data until the user zooms or pans
    bool m_autoY = true; // y axes fit the visible data until the user zooms them
    int m_programmatic = 0; // > 0 while the chart itself sets axis ranges
    bool m_presentation = false;

    bool m_panning = false;
    QPointF m_lastPanPos;
    QPointF m_pressPos;
    bool m_leftPressed = false;
    QGraphicsRectItem* m_hoverBox = nullptr;
    QGraphicsSimpleTextItem* m_hoverText = nullptr;
    QGraphicsLineItem* m_hoverLine = nullptr;
    int m_hoveredRow = -1;
};

} // namespace tangent::ui
