#pragma once
// The chart: draws the document's y columns against the left axis and each derivative dashed on
// its own right axis, reduced to the plot's pixel width, with zoom, pan, a hover read-out and a
// selected row. It observes the document and computes nothing but the screen reduction.

#include "ui/chartdata.h"

#include <QChartView>
#include <QPointer>
#include <QTimer>

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
    [[nodiscard]] QScatterSeries* selectionSeries() const { return m_selection; }
    [[nodiscard]] int selectedRow() const { return m_selectedRow; }

    /// Applies pending document changes and zoom now instead of on the next event-loop pass.
    void updateNow();

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
    /// The user clicked the plot; `row` is the row nearest in x.
    void rowClicked(int row);

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
        QLineSeries* series = nullptr;   // first segment; the one in the legend
        QList<QLineSeries*> extra;       // later segments, styled alike, not in the legend
        QValueAxis* axis = nullptr;      // the y axis it is drawn against
        bool dense = true;               // many points drawn: wide dashes would be too slow
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
    void fitX();
    void fitY(const std::vector<std::pair<double, double>>& extents);
    void updateAxisTitles();
    void updateSelection();
    [[nodiscard]] std::size_t plotIndex(const QAbstractSeries* series) const;

    // chartstyle.cpp: theme, presentation, legend, export
    void applyTheme();
    void restyle();
    void stylePlot(const Plot& plot);
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
    bool m_structureIsDate = false;
    bool m_structureBuilt = false;
    std::vector<Plot> m_plots;
    QAbstractAxis* m_xAxis = nullptr;
    QValueAxis* m_yAxis = nullptr;
    QScatterSeries* m_selection = nullptr;
    int m_selectedRow = -1;

    QTimer m_refreshTimer;
    bool m_autoX = true;        // x follows the data until the user zooms or pans
    bool m_autoY = true;        // y axes fit the visible data until the user zooms them
    int m_programmatic = 0;     // > 0 while the chart itself sets axis ranges
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

}  // namespace tangent::ui
