#pragma once
// The chart's legend: one marker per plotted quantity (never for gap segments or overlays), a
// click on it hides or shows the quantity, and a hidden one keeps its marker, dimmed. Owned by a
// ChartView.

#include <QList>
#include <QObject>

class QLegendMarker;

namespace tangent::ui {

class ChartView;

class ChartLegend : public QObject {
    Q_OBJECT
public:
    explicit ChartLegend(ChartView* view);

    /// After the chart's series were created: clicks on these markers (of plotted quantities)
    /// toggle their series.
    void connectMarkers(const QList<QLegendMarker*>& markers);
    /// Marker visibility and colours as the series are now.
    void sync();

private:
    void toggle(QLegendMarker* marker);

    ChartView* m_view;
};

} // namespace tangent::ui
