// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart: draws the document's y columns against the left axis (a column whose unit differs
// from the first y column's against a left axis of its unit's own) and each derivative dashed on
// its own right axis, reduced to the plot's pixel width. It observes the document and computes
// nothing but the screen reduction. What is drawn on top (selection, highlighted rows, tangent,
// secant) is its ChartOverlays; how it answers the mouse and keys (zoom, pan, hover, clicks) is its
// ChartInteraction; extra curves on demand are its ChartReferences; fitting and titling the axes
// is its ChartAxisFit. Those parts, its legend and its smoothing curves reach beyond the public
// interface only through ChartSurface; how lines look is ui/chart/style/plotstyle.h.

#include "ui/chart/chartdata.h"
#include "ui/chart/panes/panecontent.h"
#include "ui/chart/parts/chartsurface.h"

#include <QChartView>
#include <QPointer>
#include <QTimer>

#include <span>
#include <utility>
#include <vector>

class QAbstractAxis;
class QAbstractSeries;
class QLineSeries;
class QValueAxis;

namespace tangent::ui {

class ChartAxisFit;
class ChartBand;
class ChartInteraction;
class ChartLegend;
class ChartOverlays;
class ChartReferences;
class ChartSmoothing;
class Document;

class ChartView : public QChartView, private ChartSurface {
    Q_OBJECT
public:
    explicit ChartView(Document* document, QWidget* parent = nullptr);
    ~ChartView() override;

    /// Draws `document` instead (the window's current tab), zoomed to fit, without its overlays.
    void setDocument(Document* document);

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
    /// True while x fits the data by itself (no zoom or pan since the last reset).
    [[nodiscard]] bool xFollowsData() const { return m_autoX; }
    /// True once the user zoomed or panned x (the range no longer follows the data).
    [[nodiscard]] bool isZoomed() const { return !m_autoX; }

    /// The line of a plotted quantity; nullptr if it is not drawn.
    [[nodiscard]] QLineSeries* seriesFor(PlotKey key) const;
    /// The y axis a quantity is drawn against: for a y column the main left axis (shared by every
    /// column with the first y column's unit) or its unit's own; for a derivative its own right
    /// axis. nullptr if it is not drawn.
    [[nodiscard]] QValueAxis* axisFor(PlotKey key) const;

    /// What this pane draws (every quantity unless set); the quantities it leaves to other panes
    /// have no line, axis or legend entry here.
    void setContent(PaneContent content);
    [[nodiscard]] PaneContent content() const { return m_content; }
    /// Shows the hover line and read-out at `row` (-1: hides them) as another pane of the same
    /// layout is hovered there; emits nothing.
    void showLinkedHover(int row);

    /// Applies pending document changes and zoom now instead of on the next event-loop pass.
    void updateNow();

    /// The selected row, the highlighted rows, the tangent and the secant drawn over the data.
    [[nodiscard]] ChartOverlays* overlays() const { return m_overlays; }
    [[nodiscard]] int selectedRow() const;
    [[nodiscard]] ChartLegend* legend() const { return m_legend; }
    /// The smoothed curves and the residuals of a smoothing method.
    [[nodiscard]] ChartSmoothing* smoothing() const { return m_smoothing; }
    /// The uncertainty band around each derivative, while the document's band is on.
    [[nodiscard]] ChartBand* band() const { return m_band; }

    /// What the parts drawn alongside the lines (the band) draw from: the document shown, its
    /// numbers in x order, and the x axis.
    [[nodiscard]] Document* document() const;
    [[nodiscard]] const ChartData& data() const { return m_data; }
    [[nodiscard]] QAbstractAxis* xAxis() const { return m_xAxis; }
    /// The whole title of `axis`: its titleText() is elided in the middle to the axis's length.
    [[nodiscard]] QString axisTitle(const QAbstractAxis* axis) const;

    /// Extra curves on demand (the function lab's exact derivative and error, the compare view).
    [[nodiscard]] ChartReferences* references() const { return m_references; }

public slots:
    /// Fits all data.
    void resetZoom();
    /// Highlights row `row` (-1 for none) with an enlarged point on each visible y line.
    void setSelectedRow(int row);
    /// Zooms x by `factor` (< 1 zooms in) around the centre.
    void zoomX(double factor);

signals:
    /// The row nearest the mouse in x, -1 when the mouse leaves the plot.
    void hoveredRow(int row);
    /// The user clicked the plot; `row` is the row nearest in x. Also sent when the tangent is
    /// moved by keys or dragging, so that the table's selection follows.
    void rowClicked(int row);
    /// The row the tangent is drawn at changed (-1: none).
    void tangentRowChanged(int row);
    /// The selected row changed (setSelectedRow with a new row).
    void selectedRowChanged(int row);
    /// The user (or setVisibleXRange) changed the visible x range, in data units; not sent when
    /// the chart fits the data by itself.
    void visibleXRangeChanged(double min, double max);
    /// resetZoom ran: x and y follow the data again.
    void zoomReset();

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
    using Plot = ChartPlot; // `reference` indexes m_references->all()

    // ChartSurface: what the parts (overlays, interaction, legend, smoothing, references) need of
    // the chart.
    void ensureData() override;
    [[nodiscard]] const std::vector<Plot>& plots() const override { return m_plots; }
    [[nodiscard]] Plot* findPlot(const QAbstractSeries* series) override;
    [[nodiscard]] bool marksSelection(const Plot& plot) const override;
    void syncAxisVisibility(const Plot& plot) override;
    [[nodiscard]] QValueAxis* mainYAxis() const override { return m_yAxis; }
    [[nodiscard]] bool yFollowsData() const override { return m_autoY; }
    [[nodiscard]] std::pair<double, double> plotXRange() const override;
    void setPlotXRange(double min, double max) override;
    [[nodiscard]] QValueAxis* addYAxis(Qt::Alignment alignment) override;
    void setValueRange(QValueAxis* axis, double lo, double hi) override;
    void beginOwnRangeChange() override { ++m_programmatic; }
    void endOwnRangeChange() override { --m_programmatic; }
    void scheduleRefresh() override;

    using Extent = std::pair<double, double>; // as ChartAxisFit::Extent

    // chartview.cpp: document, structure, reduction
    void connectDocument();
    void invalidate();
    void refresh();
    void rebuildStructure();
    /// One value axis a side instead of two once their labels take more than half of the pane's
    /// width (a narrow pane, long tick labels); two again when the pane is clearly wider.
    void fitAxesToWidth();
    void clearStructure();
    void createXAxis();
    QLineSeries* addLine(const Plot& plot);
    void setSegments(Plot& plot, const QList<QList<QPointF>>& segments);
    /// Reduces and draws one plot over [lo, hi]; returns the extent of its values there.
    Extent drawPlot(Plot& plot, std::span<const double> x, std::span<const double> y, double lo, double hi,
        std::size_t columns, bool markers);

    /// The unit of each y column in the data's keys (empty for derivatives), for grouping axes.
    [[nodiscard]] std::vector<QString> plotUnits() const;
    /// The document plot of `key`; nullptr if it is not drawn.
    [[nodiscard]] const Plot* plotFor(PlotKey key) const;
    [[nodiscard]] std::size_t plotIndex(const QAbstractSeries* series) const;

    // chartstyle.cpp: theme, presentation, legend, export
    void applyTheme();
    void restyle();
    void stylePlot(const Plot& plot);
    void tuneTicks();

    QPointer<Document> m_document;
    PaneContent m_content;
    ChartData m_data;
    bool m_dataDirty = true;
    std::vector<PlotKey> m_structureKeys;
    std::vector<QString> m_structureUnits;
    bool m_structureIsDate = false;
    bool m_structureBuilt = false;
    int m_axesPerSide = 2; // AxisSlots::kMaxPerSide, or 1 in a pane too narrow for that
    double m_narrowedAt = 0; // the chart's width when it went to one axis a side
    std::vector<Plot> m_plots;
    QAbstractAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    ChartOverlays* m_overlays = nullptr;
    ChartInteraction* m_interaction = nullptr;
    ChartLegend* m_legend = nullptr;
    ChartSmoothing* m_smoothing = nullptr;
    ChartReferences* m_references = nullptr;
    ChartBand* m_band = nullptr;
    ChartAxisFit* m_axisFit = nullptr;

    QTimer m_refreshTimer;
    bool m_autoX = true; // x follows the data until the user zooms or pans
    bool m_autoY = true; // y axes fit the visible data until the user zooms them
    int m_programmatic = 0; // > 0 while the chart itself sets axis ranges
    bool m_presentation = false;
};

} // namespace tangent::ui
