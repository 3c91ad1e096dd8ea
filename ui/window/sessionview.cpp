// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/sessionview.h"

#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartlayout.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/classroom/explainpanel.h"
#include "ui/table/datatableview.h"

#include <QAction>

namespace tangent::ui {

SessionView captureView(const SessionViews& views)
{
    SessionView view;
    const ChartView& chart = *views.chart;
    if (chart.isZoomed())
        view.xRange = chart.visibleXRange();
    // The layout as seen is stored; a restored one holds for this window (like --layout).
    view.layout = layoutName(views.panes->chartLayout());
    view.selectedRow = chart.selectedRow();
    view.tangentShown = views.tangent->isChecked();
    view.tangentColumn = chart.overlays()->tangentColumn();
    view.secantRows = chart.overlays()->secantRows();
    view.explainRow = views.explain->row();
    view.explainColumn = views.explain->yColumn();
    return view;
}

void applyView(const SessionViews& views, const SessionView& view, int rows)
{
    const auto inTable = [rows](int row) { return row >= 0 && row < rows; };
    ChartView& chart = *views.chart;
    if (!view.layout.isEmpty())
        if (const auto layout = parseLayout(view.layout))
            views.panes->useLayout(*layout);
    chart.overlays()->setTangentColumn(view.tangentColumn);
    views.tangent->setChecked(view.tangentShown);
    if (inTable(view.selectedRow))
        views.table->selectDataRow(view.selectedRow);
    if (inTable(view.secantRows.first) && inTable(view.secantRows.second))
        chart.overlays()->setSecantRows(view.secantRows.first, view.secantRows.second);
    else
        chart.overlays()->clearSecant();
    if (view.explainColumn >= 0)
        views.explain->setYColumn(view.explainColumn);
    if (inTable(view.explainRow))
        views.explain->setRow(view.explainRow);
    // The axes are rebuilt for the new table on the chart's next refresh: build them now, so that
    // the zoom is set on the axis that stays.
    chart.updateNow();
    if (view.xRange)
        chart.setVisibleXRange(view.xRange->first, view.xRange->second);
}

} // namespace tangent::ui
