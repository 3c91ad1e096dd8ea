// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView on long-format data grouped by a column: one curve and one derivative per group, in
// the group's colour, named after it in the legend, over the group's own rows (dates as x), and
// back to one line per column when the grouping is undone.

#include "tests/ui/chart/charttestsupport.h"
#include "ui/chart/chartview.h"

#include "ui/document/document.h"

#include <QLineSeries>
#include <QValueAxis>

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

/// symbol, date, price: A and B one after another, dates restarting at B (as in a price file).
CsvTable prices()
{
    CsvTable table;
    table.rowCount = 7;
    table.columns = { csvColumn("symbol", {}, { "A", "A", "A", "A", "B", "B", "B" }),
        csvColumn("date", {},
            { "Jan 1 2000", "Feb 1 2000", "Mar 1 2000", "Apr 1 2000", "Jan 1 2000", "Feb 1 2000", "Mar 1 2000" }),
        csvColumn("price", { 10, 11, 13, 12, 50, 40, 45 }) };
    return table;
}

void groupBySymbol(Document& document)
{
    DerivativeSettings s = document.settings();
    s.xColumn = 1;
    s.groupColumn = 0;
    document.setSettings(s);
}

TEST(ChartGroups, OneCurveAndOneDerivativePerGroupNamedAfterIt)
{
    Document document;
    document.loadTable(prices(), {});
    groupBySymbol(document);
    Shown shown(&document);
    ChartView& view = shown.view;

    QLineSeries* a = view.seriesFor(PlotKey::curveOf(2, 0));
    QLineSeries* b = view.seriesFor(PlotKey::curveOf(2, 1));
    QLineSeries* da = view.seriesFor(PlotKey::derivativeOf(2, 0));
    QLineSeries* db = view.seriesFor(PlotKey::derivativeOf(2, 1));
    ASSERT_TRUE(a && b && da && db);
    EXPECT_EQ(view.seriesFor(PlotKey::curveOf(2)), nullptr) << "the mixed column is not drawn";
    EXPECT_EQ(a->name(), QStringLiteral("A"));
    EXPECT_EQ(b->name(), QStringLiteral("B"));
    EXPECT_EQ(da->name(), QStringLiteral("A′"));
    // Each group's line has its own rows only, in date order: no jump back at B.
    ASSERT_EQ(a->count(), 4);
    ASSERT_EQ(b->count(), 3);
    for (int i = 1; i < a->count(); ++i)
        EXPECT_LT(a->at(i - 1).x(), a->at(i).x());
    EXPECT_EQ(b->at(0).y(), 50.0);
    EXPECT_EQ(b->at(2).y(), 45.0);
    EXPECT_EQ(a->at(0).x(), b->at(0).x()) << "both start on Jan 1 2000";
    // A colour per group: the curve and its derivative share it, groups differ.
    EXPECT_EQ(a->pen().color(), da->pen().color());
    EXPECT_NE(a->pen().color(), b->pen().color());
    EXPECT_EQ(da->pen().style(), Qt::DashLine);
    // The groups' derivatives of one column share one right axis.
    EXPECT_EQ(view.axisFor(PlotKey::derivativeOf(2, 0)), view.axisFor(PlotKey::derivativeOf(2, 1)));
    EXPECT_EQ(view.axisFor(PlotKey::curveOf(2, 0)), view.axisFor(PlotKey::curveOf(2, 1)));
}

TEST(ChartGroups, UndoingTheGroupingDrawsOneLinePerColumnAgain)
{
    Document document;
    document.loadTable(prices(), {});
    DerivativeSettings s = document.settings();
    s.xColumn = 1;
    document.setSettings(s);
    groupBySymbol(document);
    Shown shown(&document);
    ASSERT_NE(shown.view.seriesFor(PlotKey::curveOf(2, 1)), nullptr);
    document.undoStack()->undo();
    settle(shown.view);
    EXPECT_EQ(shown.view.seriesFor(PlotKey::curveOf(2, 1)), nullptr);
    ASSERT_NE(shown.view.seriesFor(PlotKey::curveOf(2)), nullptr);
    EXPECT_EQ(shown.view.seriesFor(PlotKey::curveOf(2))->name(), QStringLiteral("price"));
    document.undoStack()->redo();
    settle(shown.view);
    EXPECT_NE(shown.view.seriesFor(PlotKey::curveOf(2, 1)), nullptr);
}

} // namespace
} // namespace tangent::ui
