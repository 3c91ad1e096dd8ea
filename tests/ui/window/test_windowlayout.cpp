// SPDX-License-Identifier: GPL-3.0-or-later
// The window's width at 1280×780 (ui/window/windowlayout.h): the chart gets at least half of it on
// every bundled sample; the table's columns fit their content up to a cap, with long headers
// elided in the middle and whole in the tooltip; a splitter the user dragged is remembered.

#include "ui/chart/panes/chartpanes.h"
#include "ui/document/document.h"
#include "ui/mainwindow.h"
#include "ui/table/datatableview.h"
#include "ui/table/tablemodel.h"
#include "ui/window/chartarea.h"
#include "ui/window/windowlayout.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QListWidget>
#include <QSplitter>

#include <gtest/gtest.h>

#include <algorithm>

namespace tangent::ui {
namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

/// A window as a first start shows it: 1280×780 (the default size), shown.
struct FirstStart {
    FirstStart()
    {
        window.show();
        settle();
    }
    MainWindow window;
};

TEST(WindowLayout, ChartGetsHalfTheWidthOnEverySample)
{
    FirstStart start;
    MainWindow& window = start.window;
    ASSERT_EQ(window.size(), QSize(1280, 780));
    const QStringList samples = MainWindow::sampleNames();
    ASSERT_GE(samples.size(), 5);
    for (const QString& sample : samples) {
        SCOPED_TRACE(sample.toStdString());
        window.openSample(sample);
        window.document()->derivatives().finishComputing();
        settle();
        EXPECT_GE(window.chartArea()->width(), window.width() / 2);
        // The table shows at least its first two columns.
        EXPECT_GE(window.tableView()->width(), 2 * 56);
    }
}

TEST(WindowLayout, ColumnsFitTheirContentAndHeadersAreWholeInTheTooltip)
{
    FirstStart start;
    MainWindow& window = start.window;
    window.openSample(QStringLiteral("noisy-sine"));
    settle();
    const DataTableView* table = window.tableView();
    const TableModel* model = window.tableModel();
    ASSERT_GE(model->columnCount(), 3);
    for (int c = 0; c < model->columnCount(); ++c) {
        const int width = table->horizontalHeader()->sectionSize(c);
        EXPECT_LE(width, DataTableView::kColumnCap);
        // Each of the first cells' text fits (up to the cap), as does the header's.
        for (int r = 0; r < 20; ++r) {
            const QString text = model->data(model->index(r, c)).toString();
            EXPECT_GE(width, std::min(DataTableView::kColumnCap, table->fontMetrics().horizontalAdvance(text)))
                << c << " " << text.toStdString();
        }
        EXPECT_GE(width, std::min(DataTableView::kColumnCap, table->horizontalHeader()->sectionSizeHint(c))) << c;
        const QString header = model->headerData(c, Qt::Horizontal).toString();
        EXPECT_TRUE(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(header)) << c;
    }
    EXPECT_EQ(table->horizontalHeader()->textElideMode(), Qt::ElideMiddle);
}

TEST(WindowLayout, TheDocksShrinkAndWideNumbersAreWhole)
{
    // The docks start at their first-start width: nothing in them (the Explain panel's formulas,
    // a long button) holds them wider and takes the table's room.
    FirstStart start;
    MainWindow& window = start.window;
    window.openSample(QStringLiteral("daily-weather"));
    window.document()->derivatives().finishComputing();
    settle();
    for (const QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        SCOPED_TRACE(dock->objectName().toStdString());
        EXPECT_LE(dock->minimumSizeHint().width(), WindowLayout::kDockWidth);
        if (dock->isVisible()) {
            EXPECT_LE(dock->width(), WindowLayout::kDockWidth + 4);
        }
    }
    // A long number (many digits and an exponent) is not cut: its column is as wide (the cap is
    // wider than any number the table shows).
    std::vector<Column> columns;
    Column x;
    x.name = QStringLiteral("x");
    x.values = { 0.0, 1.0, 2.0 };
    Column y;
    y.name = QStringLiteral("y");
    y.values = { -1.2345678901234567e-100, 2.0, 3.0 };
    columns.push_back(std::move(x));
    columns.push_back(std::move(y));
    window.document()->loadColumns(std::move(columns), QString());
    window.tableView()->fitColumns();
    const TableModel* model = window.tableModel();
    const QString wide = model->data(model->index(0, 1)).toString();
    ASSERT_GE(wide.size(), 14) << wide.toStdString();
    EXPECT_GE(window.tableView()->horizontalHeader()->sectionSize(1),
        window.tableView()->fontMetrics().horizontalAdvance(wide));
    // A number cut by the table's edge is elided on one line: with wrapping on, Qt broke
    // 0.002155711318899023 after "0." and showed "0.…" (stock-prices, grouped, Kalman).
    EXPECT_FALSE(window.tableView()->wordWrap());
}

TEST(WindowLayout, TheYColumnsListFitsItsRows)
{
    FirstStart start;
    MainWindow& window = start.window;
    auto* list = window.findChild<QListWidget*>(QStringLiteral("yColumns"));
    ASSERT_NE(list, nullptr);
    window.openSample(QStringLiteral("noisy-sine"));
    settle();
    const int one = list->height();
    window.openSample(QStringLiteral("daily-weather"));
    window.document()->derivatives().finishComputing();
    settle();
    ASSERT_GT(list->count(), 1);
    EXPECT_GT(list->height(), one);
    // Every row shows: the list does not scroll.
    EXPECT_GE(list->viewport()->height(), list->count() * list->sizeHintForRow(0));
}

TEST(WindowLayout, ADraggedSplitterIsKept)
{
    int tableWidth = 0;
    {
        FirstStart start;
        MainWindow& window = start.window;
        auto* splitter = window.findChild<QSplitter*>();
        ASSERT_NE(splitter, nullptr);
        window.openSample(QStringLiteral("noisy-sine"));
        settle();
        const QList<int> sizes = splitter->sizes();
        // A drag, as QSplitterHandle makes it.
        emit splitter->splitterMoved(sizes[0] + 100, 1);
        splitter->setSizes({ sizes[0] + 100, sizes[1] - 100 });
        tableWidth = splitter->sizes()[0];
        window.openSample(QStringLiteral("stock-prices"));
        settle();
        EXPECT_EQ(splitter->sizes()[0], tableWidth);
        window.close();
    }
    FirstStart again;
    // The next run starts on the start page; the splitter is laid out once a table is open.
    again.window.openSample(QStringLiteral("noisy-sine"));
    settle();
    auto* splitter = again.window.findChild<QSplitter*>();
    EXPECT_EQ(splitter->sizes()[0], tableWidth);
}

} // namespace
} // namespace tangent::ui
