#include "ui/chartlegend.h"

#include "ui/chartoverlays.h"
#include "ui/chartview.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>

namespace tangent::ui {

ChartLegend::ChartLegend(ChartView* view) : QObject(view), m_view(view) { }

void ChartLegend::connectMarkers(const QList<QLegendMarker*>& markers)
{
    for (QLegendMarker* marker : markers) {
        if (m_view->findPlot(marker->series()) != nullptr)
            connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggle(marker); });
    }
}

void ChartLegend::toggle(QLegendMarker* marker)
{
    ChartView::Plot* plot = m_view->findPlot(marker->series());
    if (!plot)
        return;
    const bool visible = !plot->series->isVisible();
    plot->series->setVisible(visible);
    for (QLineSeries* extra : std::as_const(plot->extra))
        extra->setVisible(visible);
    if (plot->ownAxis)
        m_view->syncAxisVisibility(*plot);
    sync();
    m_view->overlays()->update();
    m_view->scheduleRefresh();
}

void ChartLegend::sync()
{
    // Hiding a series hides its marker; a hidden line keeps its marker, dimmed, so it can be shown
    // again. Extra segments and the overlays have no marker.
    const QColor text = m_view->palette().color(QPalette::WindowText);
    const auto markers = m_view->chart()->legend()->markers();
    bool shownOrHidden = false;
    for (QLegendMarker* marker : markers) {
        const ChartView::Plot* plot = m_view->findPlot(marker->series());
        if (marker->isVisible() != (plot != nullptr)) {
            marker->setVisible(plot != nullptr);
            shownOrHidden = true;
        }
        if (!plot)
            continue;
        const QLineSeries* series = plot->series;
        QColor label = text;
        QColor color = series->color();
        if (!series->isVisible()) {
            label.setAlphaF(0.35F);
            color.setAlphaF(0.35F);
        }
        QPen pen = series->pen();
        pen.setColor(color);
        if (marker->labelBrush() != QBrush(label))
            marker->setLabelBrush(label);
        if (marker->brush() != QBrush(color))
            marker->setBrush(color);
        if (marker->pen() != pen)
            marker->setPen(pen);
    }
    // The legend shares its width among the visible markers only when laid out again, and an
    // export renders before a posted layout request would be handled.
    if (QGraphicsLayout* layout = m_view->chart()->legend()->layout(); shownOrHidden && layout) {
        layout->invalidate();
        layout->activate();
    }
}

} // namespace tangent::ui
