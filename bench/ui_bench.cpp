// SPDX-License-Identifier: GPL-3.0-or-later
// ui_bench: wall-clock times of the window's heavy paths on one million rows — loading the document
// (with its derivatives), the chart's first paint, a repaint after zooming, and one edited cell.
// Usage: ui_bench [rows] [--png file]   (runs on the offscreen platform unless one is chosen)
//        ui_bench --stalls [big-rows [auto-rows]]   the longest GUI-thread stalls (bench/uistalls.h)

#include "bench/uistalls.h"
#include "ui/chart/chartview.h"
#include "ui/document/document.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

using tangent::ui::ChartView;
using tangent::ui::Column;
using tangent::ui::Document;

namespace {

double millis(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

std::vector<Column> makeColumns(std::size_t n)
{
    std::vector<Column> columns(3);
    columns[0].name = QStringLiteral("t");
    columns[1].name = QStringLiteral("signal");
    columns[2].name = QStringLiteral("drift");
    for (Column& c : columns)
        c.values.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = 0.001 * static_cast<double>(i);
        columns[0].values[i] = t;
        columns[1].values[i] = std::sin(t) + 0.1 * std::sin(37.0 * t);
        columns[2].values[i] = 0.5 * t + std::cos(3.0 * t);
    }
    return columns;
}

void settle(ChartView& view)
{
    QCoreApplication::processEvents();
    view.updateNow();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "--stalls") == 0)
        return tangent::bench::runStallCases(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 10'000'000,
            argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1'000'000);
    std::size_t rows = 1'000'000;
    const char* png = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--png") == 0 && i + 1 < argc)
            png = argv[++i];
        else
            rows = static_cast<std::size_t>(std::strtoull(argv[i], nullptr, 10));
    }

    Document document;
    auto columns = makeColumns(rows);
    const double load = millis([&] { document.loadColumns(std::move(columns), QString()); });

    ChartView view(&document);
    view.resize(1280, 720);
    const double firstPaint = millis([&] {
        view.show();
        settle(view);
        (void)view.grab();
    });

    const double repaint = millis([&] { (void)view.grab(); });

    // Zooming: the reduction of the new visible range, then the paint.
    const double zoomReduce = millis([&] {
        view.setVisibleXRange(200.0, 400.0);
        view.updateNow();
    });
    const double zoomPaint = millis([&] { (void)view.grab(); });
    const double zoomOutReduce = millis([&] {
        view.setVisibleXRange(0.0, 0.001 * static_cast<double>(rows));
        view.updateNow();
    });
    const double zoomOutPaint = millis([&] { (void)view.grab(); });

    // One edited cell: the document (undo command, derivative of the neighbours), the chart's
    // update, the paint.
    const int row = static_cast<int>(rows / 2);
    const double editDocument = millis([&] { document.setValue(row, 1, 5.0); });
    const double editChart = millis([&] { view.updateNow(); });
    const double editPaint = millis([&] { (void)view.grab(); });

    std::printf("rows                                  %zu (2 y columns + 2 derivatives drawn)\n", rows);
    std::printf("plot width                            %.0f px, %lld points in the first line\n",
        view.chart()->plotArea().width(),
        static_cast<long long>(view.seriesFor(tangent::ui::PlotKey::curveOf(1))->count()));
    std::printf("Document load (+ derivatives)         %8.1f ms\n", load);
    std::printf("ChartView show + first paint (grab)   %8.1f ms\n", firstPaint);
    std::printf("repaint, nothing changed (grab)       %8.1f ms\n", repaint);
    std::printf("zoom in: reduce                       %8.1f ms\n", zoomReduce);
    std::printf("zoom in: paint (grab)                 %8.1f ms\n", zoomPaint);
    std::printf("zoom out to all: reduce               %8.1f ms\n", zoomOutReduce);
    std::printf("zoom out to all: paint (grab)         %8.1f ms\n", zoomOutPaint);
    std::printf("one cell edit: document               %8.1f ms\n", editDocument);
    std::printf("one cell edit: chart update           %8.1f ms\n", editChart);
    std::printf("one cell edit: paint (grab)           %8.1f ms\n", editPaint);
    if (png) {
        view.resetZoom();
        view.setSelectedRow(static_cast<int>(rows / 3));
        if (!view.renderImage(QSize(1280, 720)).save(QString::fromLocal8Bit(png)))
            return 1;
    }
    return 0;
}
