// SPDX-License-Identifier: GPL-3.0-or-later
// The current-document relay (ui/window/currentdocument.h): it passes on the signals of the
// current document only, and the views that follow it show the new document after a switch; in
// the window, switching tabs re-points the table and the chart through it.

#include "tests/ui/uitestsupport.h"
#include "ui/chart/chartdata.h"
#include "ui/chart/chartview.h"
#include "ui/document/document.h"
#include "ui/mainwindow.h"
#include "ui/table/tablemodel.h"
#include "ui/tabs/documenttabs.h"
#include "ui/window/currentdocument.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

using testing::numberColumn;

void setEdgeOrder(Document& document, int order)
{
    DerivativeSettings s = document.settings();
    s.edgeOrder = order;
    document.setSettings(s);
}

std::vector<double> chartX(const ChartView& chart)
{
    const auto x = chart.data().x();
    return { x.begin(), x.end() };
}

TEST(CurrentDocument, PassesOnTheSignalsOfTheCurrentDocumentOnly)
{
    Document a;
    Document b;
    CurrentDocument current(&a);
    QSignalSpy settings(&current, &CurrentDocument::settingsChanged);
    QSignalSpy switched(&current, &CurrentDocument::documentChanged);

    setEdgeOrder(a, 2);
    EXPECT_EQ(settings.size(), 1);

    current.setDocument(&b);
    ASSERT_EQ(switched.size(), 1);
    EXPECT_EQ(switched.at(0).at(0).value<Document*>(), &b);
    EXPECT_EQ(switched.at(0).at(1).value<Document*>(), &a);
    EXPECT_EQ(current.document(), &b);

    setEdgeOrder(a, 1); // no longer current: not passed on
    EXPECT_EQ(settings.size(), 1);
    setEdgeOrder(b, 2);
    EXPECT_EQ(settings.size(), 2);

    current.setDocument(&b); // current already: nothing to say
    EXPECT_EQ(switched.size(), 1);
}

TEST(CurrentDocument, FollowingViewsShowTheNewDocument)
{
    Document a;
    a.loadColumns({ numberColumn("x", { 0, 1, 2, 3 }), numberColumn("y", { 0, 1, 4, 9 }) }, {});
    Document b;
    b.loadColumns({ numberColumn("t", { 0, 2, 4 }), numberColumn("v", { 1, 5, 13 }) }, {});
    CurrentDocument current(&a);
    TableModel model(&a);
    ChartView chart(&a);
    current.follow(&model);
    current.follow(&chart);

    current.setDocument(&b);
    EXPECT_EQ(model.document(), &b);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("v"));
    chart.updateNow();
    EXPECT_EQ(chart.document(), &b);
    EXPECT_EQ(chartX(chart), (std::vector<double> { 0, 2, 4 }));
}

TEST(CurrentDocument, SwitchingTabsRepointsTheWindowsViews)
{
    MainWindow window;
    Document* a = window.document();
    a->loadColumns({ numberColumn("x", { 0, 1, 2, 3 }), numberColumn("y", { 0, 1, 4, 9 }) }, {});
    Document* b = window.tabs()->addDocument();
    b->loadColumns({ numberColumn("t", { 0, 2, 4 }), numberColumn("v", { 1, 5, 13 }) }, {});
    EXPECT_EQ(window.current()->document(), b);
    EXPECT_EQ(window.tableModel()->rowCount(), 3);
    window.chartView()->updateNow();
    EXPECT_EQ(chartX(*window.chartView()), (std::vector<double> { 0, 2, 4 }));

    window.tabs()->setCurrentIndex(0);
    EXPECT_EQ(window.document(), a);
    EXPECT_EQ(window.tableModel()->rowCount(), 4);
    window.chartView()->updateNow();
    EXPECT_EQ(chartX(*window.chartView()), (std::vector<double> { 0, 1, 2, 3 }));
}

} // namespace
} // namespace tangent::ui
