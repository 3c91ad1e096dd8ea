// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart's legend: one entry per plotted quantity (never for gap segments or overlays), a
// click on it hides or shows the quantity, and a hidden one keeps its entry, dimmed. Qt Charts'
// own legend lays its entries out in one row and cuts the labels that do not fit ("pr… te…"), so
// it stays hidden, as the model of the entries and their clicks, and the chart draws its own:
// whole labels in as many rows as the width needs, below the plot; or, when those rows would take
// the plot's room, a scrollable list beside it. Owned by a ChartView.

#include <QColor>
#include <QList>
#include <QObject>
#include <QStringList>

#include <utility>

class QGraphicsItem;
class QGraphicsRectItem;
class QLegendMarker;

namespace tangent::ui {

class ChartSurface;
class ChartView;

class ChartLegend : public QObject {
    Q_OBJECT
public:
    ChartLegend(ChartView* view, ChartSurface& surface);

    /// After the chart's series were created: clicks on these markers (of plotted quantities)
    /// toggle their series.
    void connectMarkers(const QList<QLegendMarker*>& markers);
    /// Entries, their visibility and colours as the series are now.
    void sync();

    /// The labels of the entries drawn, in order (for tests: they are never shortened).
    [[nodiscard]] QStringList entryLabels() const;
    /// The entries drawn, in chart coordinates, in the order of entryLabels().
    [[nodiscard]] QList<QRectF> entryRects() const;
    /// The colours of the entries' labels and lines, in the order of entryLabels().
    [[nodiscard]] QList<std::pair<QColor, QColor>> entryColors() const;
    /// True when the entries are listed beside the plot (too many for rows below it).
    [[nodiscard]] bool isBeside() const { return m_beside; }
    /// The width the list beside the plot takes from the chart's right margin (0: none).
    [[nodiscard]] int besideWidth() const { return m_besideWidth; }
    /// Scrolls the list beside the plot by `notches` of a mouse wheel when `chartPoint` is on it;
    /// false (nothing done) elsewhere.
    bool scroll(const QPointF& chartPoint, double notches);

private:
    class Entry;
    void toggle(QLegendMarker* marker);
    /// Rebuilds the drawn entries from the markers shown, in rows, and keeps room for them below
    /// the plot.
    void arrange();
    /// The entries in a scrollable column right of the plot.
    void arrangeBeside(double rowHeight);
    /// Sets the chart's bottom margin to `bottom` and keeps `besideWidth` pixels of its right
    /// margin for the list beside the plot (0: none), laid out at once.
    void setMargins(int bottom, int besideWidth);

    ChartView* m_view;
    ChartSurface& m_surface;
    QList<Entry*> m_entries;
    int m_baseBottom = -1; // the chart's own bottom margin, before the entries' rows
    int m_besideWidth = 0; // the part of the chart's right margin the list beside the plot takes
    int m_baseRight = -1; // the chart's right margin before any list beside the plot
    QGraphicsRectItem* m_box = nullptr; // the entries' parent, clipping them
    bool m_beside = false;
    double m_scroll = 0; // how far the list beside the plot is scrolled, in pixels
};

} // namespace tangent::ui
