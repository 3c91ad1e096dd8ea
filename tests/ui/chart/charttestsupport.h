// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the chart tests: a shown chart with its deferred work done, and mapping chart
// coordinates to view pixels.

#include "tests/ui/uitestsupport.h"
#include "ui/chart/chartview.h"

#include <QCoreApplication>
#include <QPoint>
#include <QPointF>

namespace tangent::ui::testing {

/// Runs the chart's deferred refresh (zero-timeout timers) and brings it up to date.
inline void settle(ChartView& view)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    view.updateNow();
}

/// A shown 800 x 600 chart of `document`.
struct Shown {
    explicit Shown(Document* document) : view(document)
    {
        view.resize(800, 600);
        view.show();
        settle(view);
    }
    ChartView view;
};

/// The view position of a point in the chart's (scene-local) coordinates.
inline QPoint viewPointOf(ChartView& view, QPointF chartPoint)
{
    return view.mapFromScene(view.chart()->mapToScene(chartPoint));
}

} // namespace tangent::ui::testing
