// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView: series and axes, screen reduction of large data and on zoom, date axis, NaN gaps,
// legend toggles, selection, hover and click, export.

#include "tests/ui/chart/charttestsupport.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"

#include "ui/document/document.h"

#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QFile>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

// Overlay series always present: selection, highlight rings, tangent line and point, secant line and points.
constexpr qsizetype kOverlays = 6;

/// x = i, y1 = sin(i / 50), y2 = i^2 / n, for `n` rows.
void loadWaves(Document& document, std::size_t n)
{
    std::vector<double> x(n);
    std::vector<double> y1(n);
    std::vector<double> y2(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto t = static_cast<double>(i);
        x[i] = t;
        y1[i] = std::sin(t / 50.0);
        y2[i] = t * t / static_cast<double>(n);
    }
    std::vector<Column> columns;
    columns.push_back(numberColumn(QStringLiteral("t"), std::move(x)));
    columns.push_back(numberColumn(QStringLiteral("a"), std::move(y1)));
    columns.push_back(numberColumn(QStringLiteral("b"), std::move(y2)));
    document.loadColumns(std::move(columns), QString());
}

std::size_t pointBound(const ChartView& view)
{
    const double pixels = std::ceil(view.chart()->plotArea().width() * view.devicePixelRatioF());
    return 4 * static_cast<std::size_t>(pixels) + 2;
}

QLegendMarker* markerOf(ChartView& view, QAbstractSeries* series)
{
    const auto markers = view.chart()->legend()->markers(series);
    return markers.isEmpty() ? nullptr : markers.front();
}

void sendMouse(ChartView& view, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, view.viewport()->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &event);
}

} // namespace

TEST(ChartView, SeriesAndAxes)
{
    Document document;
    loadWaves(document, 200);
    Shown shown(&document);
    ChartView& view = shown.view;

    for (const int column : { 1, 2 }) {
        QLineSeries* line = view.seriesFor(PlotKey::curveOf(column));
        QLineSeries* derivative = view.seriesFor(PlotKey::derivativeOf(column));
        ASSERT_NE(line, nullptr);
        ASSERT_NE(derivative, nullptr);
        EXPECT_EQ(line->name(), document.columnTitle(column));
        EXPECT_EQ(derivative->name(), document.derivatives().derivativeTitle(column));
        EXPECT_EQ(derivative->pen().style(), Qt::DashLine);
        // A hue of its own, told apart from its curve's on a projector.
        EXPECT_NE(derivative->color().rgb(), line->color().rgb());
        EXPECT_GT(std::abs(derivative->color().hslHue() - line->color().hslHue()), 60);
        EXPECT_EQ(view.axisFor(PlotKey::derivativeOf(column))->labelsColor().rgb(), derivative->color().rgb());

        // The line against the left axis, its derivative against its own right axis.
        const auto lineAxes = line->attachedAxes();
        ASSERT_EQ(lineAxes.size(), 2);
        EXPECT_TRUE(qobject_cast<QValueAxis*>(lineAxes[0]) && lineAxes[0]->alignment() == Qt::AlignBottom);
        EXPECT_EQ(lineAxes[1]->alignment(), Qt::AlignLeft);
        const auto derivativeAxes = derivative->attachedAxes();
        ASSERT_EQ(derivativeAxes.size(), 2);
        EXPECT_EQ(derivativeAxes[0], lineAxes[0]);
        EXPECT_EQ(derivativeAxes[1]->alignment(), Qt::AlignRight);
        EXPECT_EQ(derivativeAxes[1], view.axisFor(PlotKey::derivativeOf(column)));
        EXPECT_EQ(derivativeAxes[1]->titleText(), document.derivatives().derivativeTitle(column));
    }
    EXPECT_NE(view.axisFor(PlotKey::derivativeOf(1)), view.axisFor(PlotKey::derivativeOf(2)));
    EXPECT_EQ(view.seriesFor(PlotKey::curveOf(0)), nullptr);
    // Four lines and the overlays; one bottom, one left and two right axes.
    EXPECT_EQ(view.chart()->series().size(), 4 + kOverlays);
    EXPECT_NE(view.seriesFor(PlotKey::curveOf(1))->color().rgb(), view.seriesFor(PlotKey::curveOf(2))->color().rgb());
    EXPECT_EQ(view.chart()->axes(Qt::Horizontal).size(), 1);
    EXPECT_EQ(view.chart()->axes(Qt::Vertical).size(), 3);
    // Few points: all drawn, with markers.
    EXPECT_EQ(view.seriesFor(PlotKey::curveOf(1))->count(), 200);
    EXPECT_FALSE(view.seriesFor(PlotKey::curveOf(1))->pointsVisible());
}

TEST(ChartView, FollowsSettingsChanges)
{
    Document document;
    loadWaves(document, 100);
    Shown shown(&document);
    DerivativeSettings settings = document.settings();
    settings.yColumns = { 2 };
    document.setSettings(settings);
    settle(shown.view);
    EXPECT_EQ(shown.view.seriesFor(PlotKey::curveOf(1)), nullptr);
    ASSERT_NE(shown.view.seriesFor(PlotKey::curveOf(2)), nullptr);
    EXPECT_EQ(shown.view.chart()->series().size(), 2 + kOverlays);
}

TEST(ChartView, MillionPointsAreReducedToThePlotWidth)
{
    Document document;
    loadWaves(document, 1'000'000);
    document.derivatives().finishComputing(); // two million points: computed in the background
    Shown shown(&document);
    ChartView& view = shown.view;
    ASSERT_GT(view.chart()->plotArea().width(), 100);
    const std::size_t bound = pointBound(view);
    for (const int column : { 1, 2 }) {
        for (const bool derivative : { false, true }) {
            QLineSeries* series = view.seriesFor(derivative ? PlotKey::derivativeOf(column) : PlotKey::curveOf(column));
            ASSERT_NE(series, nullptr);
            EXPECT_GT(series->count(), 100);
            EXPECT_LE(static_cast<std::size_t>(series->count()), bound);
            EXPECT_FALSE(series->pointsVisible());
        }
    }
    // The whole range is shown and the lines reach both ends.
    const auto [lo, hi] = view.visibleXRange();
    EXPECT_DOUBLE_EQ(lo, 0.0);
    EXPECT_DOUBLE_EQ(hi, 999'999.0);
    EXPECT_EQ(view.seriesFor(PlotKey::curveOf(1))->at(0).x(), 0.0);
    EXPECT_EQ(view.seriesFor(PlotKey::curveOf(1))->at(view.seriesFor(PlotKey::curveOf(1))->count() - 1).x(), 999'999.0);
    // The extremes survive the reduction.
    double max = -1.0;
    for (const QPointF& p : view.seriesFor(PlotKey::curveOf(1))->points())
        max = std::max(max, p.y());
    EXPECT_GT(max, 0.99999);
}

TEST(ChartView, ZoomRecomputesTheReduction)
{
    Document document;
    loadWaves(document, 1'000'000);
    document.derivatives().finishComputing(); // two million points: computed in the background
    Shown shown(&document);
    ChartView& view = shown.view;

    view.setVisibleXRange(1000.0, 2000.0);
    settle(view);
    EXPECT_EQ(view.visibleXRange(), std::make_pair(1000.0, 2000.0));
    // 1001 points fit the width: all of them, plus one beyond each end.
    QLineSeries* line = view.seriesFor(PlotKey::curveOf(1));
    ASSERT_EQ(line->count(), 1003);
    EXPECT_EQ(line->at(0).x(), 999.0);
    EXPECT_EQ(line->at(1002).x(), 2001.0);

    // A rubber-band zoom on the chart itself goes through the axes and is picked up.
    view.setVisibleXRange(0.0, 1e6);
    settle(view);
    const QRectF area = view.chart()->plotArea();
    view.chart()->zoomIn(QRectF(area.left() + area.width() / 2, area.top(), area.width() / 4, area.height()));
    settle(view);
    const auto [lo, hi] = view.visibleXRange();
    EXPECT_NEAR(lo, 5e5, 1e3);
    EXPECT_NEAR(hi, 7.5e5, 1e3);
    EXPECT_LE(static_cast<std::size_t>(line->count()), pointBound(view));
    EXPECT_GE(line->at(0).x(), lo - 1.0);
    EXPECT_LE(line->at(line->count() - 1).x(), hi + 1.0);

    // Close in: point markers appear.
    view.setVisibleXRange(100.0, 120.0);
    settle(view);
    EXPECT_EQ(line->count(), 23);
    EXPECT_TRUE(line->pointsVisible());

    view.resetZoom();
    EXPECT_EQ(view.visibleXRange(), std::make_pair(0.0, 999'999.0));
    EXPECT_FALSE(line->pointsVisible());
}

TEST(ChartView, KeyboardAndWheelZoomX)
{
    Document document;
    loadWaves(document, 1000);
    Shown shown(&document);
    ChartView& view = shown.view;
    auto* yAxis = qobject_cast<QValueAxis*>(view.seriesFor(PlotKey::curveOf(1))->attachedAxes()[1]);
    const auto [lo, hi] = view.visibleXRange();

    QKeyEvent plus(QEvent::KeyPress, Qt::Key_Plus, Qt::NoModifier, QStringLiteral("+"));
    QApplication::sendEvent(&view, &plus);
    settle(view);
    const auto [zlo, zhi] = view.visibleXRange();
    EXPECT_NEAR(zhi - zlo, 0.8 * (hi - lo), 1e-6);
    EXPECT_NEAR((zlo + zhi) / 2, (lo + hi) / 2, 1e-6);

    // The wheel zooms x around the cursor; y keeps fitting the visible data: b = t^2 / 1000 on
    // the left axis reaches 999 in all, about 670 in view.
    const QPoint at = viewPointOf(view, view.chart()->plotArea().center());
    QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    settle(view);
    const auto [wlo, whi] = view.visibleXRange();
    EXPECT_NEAR(whi - wlo, 0.64 * (hi - lo), 1.0);
    EXPECT_GT(yAxis->max(), 600.0);
    EXPECT_LT(yAxis->max(), 750.0);

    QKeyEvent zero(QEvent::KeyPress, Qt::Key_0, Qt::NoModifier, QStringLiteral("0"));
    QApplication::sendEvent(&view, &zero);
    EXPECT_EQ(view.visibleXRange(), std::make_pair(lo, hi));
}

TEST(ChartView, DateAxisForDateTimeXColumn)
{
    Document document;
    const double start = 1'262'304'000.0; // 2010-01-01T00:00:00Z
    std::vector<double> x(48);
    std::vector<double> y(48);
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = start + 3600.0 * static_cast<double>(i);
        y[i] = static_cast<double>(i % 7);
    }
    std::vector<Column> columns;
    columns.push_back(numberColumn(QStringLiteral("time"), x));
    columns.back().kind = ColumnKind::DateTime;
    columns.push_back(numberColumn(QStringLiteral("level"), y));
    document.loadColumns(std::move(columns), QString());
    Shown shown(&document);
    ChartView& view = shown.view;

    QLineSeries* line = view.seriesFor(PlotKey::curveOf(1));
    ASSERT_NE(line, nullptr);
    auto* axis = qobject_cast<QDateTimeAxis*>(line->attachedAxes()[0]);
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(view.visibleXRange(), std::make_pair(x.front(), x.back()));
    // Milliseconds on the axis, one hour apart.
    EXPECT_EQ(axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch(), 47 * 3'600'000LL);
    ASSERT_EQ(line->count(), 48);
    EXPECT_DOUBLE_EQ(line->at(1).x() - line->at(0).x(), 3'600'000.0);
    EXPECT_DOUBLE_EQ(line->at(0).x(), static_cast<double>(axis->min().toMSecsSinceEpoch()));
    ASSERT_NE(view.seriesFor(PlotKey::derivativeOf(1)), nullptr);
}

TEST(ChartView, NaNGapSplitsTheLine)
{
    Document document;
    std::vector<double> x(100);
    std::vector<double> y(100);
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = static_cast<double>(i);
        y[i] = (i >= 40 && i < 45) ? kNaN : static_cast<double>(i);
    }
    std::vector<Column> columns;
    columns.push_back(numberColumn(QStringLiteral("x"), x));
    columns.push_back(numberColumn(QStringLiteral("y"), y));
    document.loadColumns(std::move(columns), QString());
    Shown shown(&document);
    ChartView& view = shown.view;

    QLineSeries* line = view.seriesFor(PlotKey::curveOf(1));
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->count(), 40);
    EXPECT_EQ(line->at(39).x(), 39.0);
    // The rest is another series with the same pen, not in the legend.
    QLineSeries* rest = nullptr;
    for (QAbstractSeries* s : view.chart()->series()) {
        auto* candidate = qobject_cast<QLineSeries*>(s);
        if (candidate && candidate != line && candidate->count() > 0 && candidate->at(0).x() == 45.0)
            rest = candidate;
    }
    ASSERT_NE(rest, nullptr);
    EXPECT_EQ(rest->count(), 55);
    EXPECT_EQ(rest->pen(), line->pen());
    EXPECT_FALSE(markerOf(view, rest)->isVisible());
    for (QAbstractSeries* s : view.chart()->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            for (const QPointF& p : xy->points())
                EXPECT_TRUE(std::isfinite(p.y()));
        }
    }
}

TEST(ChartView, UnsortedXIsDrawnInXOrder)
{
    Document document;
    std::vector<Column> columns;
    columns.push_back(numberColumn(QStringLiteral("x"), { 3.0, 1.0, 2.0, kNaN, 0.0 }));
    columns.push_back(numberColumn(QStringLiteral("y"), { 30.0, 10.0, 20.0, 99.0, 0.0 }));
    document.loadColumns(std::move(columns), QString());
    Shown shown(&document);
    ChartView& view = shown.view;
    QLineSeries* line = view.seriesFor(PlotKey::curveOf(1));
    ASSERT_NE(line, nullptr);
    // Rows without an x are left out; the rest run left to right.
    EXPECT_EQ(line->points(), (QList<QPointF> { { 0.0, 0.0 }, { 1.0, 10.0 }, { 2.0, 20.0 }, { 3.0, 30.0 } }));
    view.setSelectedRow(0);
    ASSERT_GE(view.overlays()->selectionSeries()->count(), 1);
    EXPECT_EQ(view.overlays()->selectionSeries()->at(0), QPointF(3.0, 30.0));
    // Clicking near x = 1 reports the document row that holds it.
    QSignalSpy clicked(&view, &ChartView::rowClicked);
    const QRectF area = view.chart()->plotArea();
    const auto [lo, hi] = view.visibleXRange();
    const QPoint at
        = viewPointOf(view, QPointF(area.left() + (1.0 - lo) / (hi - lo) * area.width(), area.center().y()));
    sendMouse(view, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
    sendMouse(view, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked.front().front().toInt(), 1);
}

TEST(ChartView, EditsReachTheChart)
{
    Document document;
    loadWaves(document, 100);
    Shown shown(&document);
    document.setValue(10, 1, 42.0);
    settle(shown.view);
    EXPECT_EQ(shown.view.seriesFor(PlotKey::curveOf(1))->at(10).y(), 42.0);
    document.removeRows(0, 50);
    settle(shown.view);
    EXPECT_EQ(shown.view.seriesFor(PlotKey::curveOf(1))->count(), 50);
}

TEST(ChartView, LegendMarkerTogglesSeries)
{
    Document document;
    loadWaves(document, 100);
    Shown shown(&document);
    ChartView& view = shown.view;
    QLineSeries* line = view.seriesFor(PlotKey::curveOf(1));
    QLegendMarker* marker = markerOf(view, line);
    ASSERT_NE(marker, nullptr);
    const int opaque = marker->labelBrush().color().alpha();

    emit marker->clicked();
    settle(view);
    EXPECT_FALSE(line->isVisible());
    EXPECT_TRUE(marker->isVisible());
    EXPECT_LT(marker->labelBrush().color().alpha(), opaque);
    EXPECT_TRUE(view.seriesFor(PlotKey::curveOf(2))->isVisible());

    emit marker->clicked();
    settle(view);
    EXPECT_TRUE(line->isVisible());
    EXPECT_EQ(marker->labelBrush().color().alpha(), opaque);
}

TEST(ChartView, SelectedRowIsHighlighted)
{
    Document document;
    loadWaves(document, 100);
    Shown shown(&document);
    ChartView& view = shown.view;
    QScatterSeries* selection = view.overlays()->selectionSeries();
    ASSERT_NE(selection, nullptr);
    EXPECT_FALSE(markerOf(view, selection)->isVisible());
    EXPECT_EQ(selection->count(), 0);

    view.setSelectedRow(30);
    ASSERT_EQ(selection->count(), 2);
    EXPECT_EQ(selection->at(0), QPointF(30.0, document.value(30, 1)));
    EXPECT_EQ(selection->at(1), QPointF(30.0, document.value(30, 2)));
    EXPECT_GT(selection->markerSize(), view.seriesFor(PlotKey::curveOf(1))->markerSize());

    emit markerOf(view, view.seriesFor(PlotKey::curveOf(1)))->clicked();
    ASSERT_EQ(selection->count(), 1);
    EXPECT_EQ(selection->at(0), QPointF(30.0, document.value(30, 2)));

    view.setSelectedRow(-1);
    EXPECT_EQ(selection->count(), 0);
}

TEST(ChartView, HoverAndClickReportTheNearestRow)
{
    Document document;
    loadWaves(document, 101);
    Shown shown(&document);
    ChartView& view = shown.view;
    QSignalSpy hovered(&view, &ChartView::hoveredRow);
    QSignalSpy clicked(&view, &ChartView::rowClicked);

    const QPoint middle = viewPointOf(view, view.chart()->plotArea().center());
    sendMouse(view, QEvent::MouseMove, middle, Qt::NoButton, Qt::NoButton);
    ASSERT_EQ(hovered.size(), 1);
    EXPECT_NEAR(hovered.front().front().toInt(), 50, 1);

    sendMouse(view, QEvent::MouseButtonPress, middle, Qt::LeftButton, Qt::LeftButton);
    sendMouse(view, QEvent::MouseButtonRelease, middle, Qt::LeftButton, Qt::NoButton);
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked.front().front().toInt(), hovered.front().front().toInt());
    // A click selects; it does not zoom.
    EXPECT_EQ(view.visibleXRange(), std::make_pair(0.0, 100.0));
    EXPECT_EQ(view.selectedRow(), clicked.front().front().toInt());
}

TEST(ChartView, MiddleDragPans)
{
    Document document;
    loadWaves(document, 1001);
    Shown shown(&document);
    ChartView& view = shown.view;
    const QRectF area = view.chart()->plotArea();
    const QPoint from = viewPointOf(view, area.center());
    const QPoint to = from + QPoint(static_cast<int>(area.width() / 10), 0);
    sendMouse(view, QEvent::MouseButtonPress, from, Qt::MiddleButton, Qt::MiddleButton);
    sendMouse(view, QEvent::MouseMove, to, Qt::NoButton, Qt::MiddleButton);
    sendMouse(view, QEvent::MouseButtonRelease, to, Qt::MiddleButton, Qt::NoButton);
    settle(view);
    const auto [lo, hi] = view.visibleXRange();
    EXPECT_NEAR(lo, -100.0, 2.0);
    EXPECT_NEAR(hi, 900.0, 2.0);
}

TEST(ChartView, PresentationModeThickensLines)
{
    Document document;
    loadWaves(document, 100);
    Shown shown(&document);
    const double normal = shown.view.seriesFor(PlotKey::curveOf(1))->pen().widthF();
    const double font = shown.view.seriesFor(PlotKey::curveOf(1))->attachedAxes()[0]->labelsFont().pointSizeF();
    shown.view.setPresentationMode(true);
    EXPECT_GT(shown.view.seriesFor(PlotKey::curveOf(1))->pen().widthF(), normal);
    EXPECT_GT(shown.view.seriesFor(PlotKey::derivativeOf(1))->pen().widthF(), normal);
    EXPECT_GT(shown.view.seriesFor(PlotKey::curveOf(1))->attachedAxes()[0]->labelsFont().pointSizeF(), font);
}

TEST(ChartView, RenderImageHasTheRequestedSize)
{
    Document document;
    loadWaves(document, 10'000);
    Shown shown(&document);
    ChartView& view = shown.view;
    const QSizeF before = view.chart()->size();

    const QImage image = view.renderImage(QSize(1200, 500));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1200, 500));
    // Something was drawn: not every pixel is the background.
    const QRgb background = image.pixel(0, 0);
    int drawn = 0;
    for (int y = 0; y < image.height(); y += 5) {
        for (int x = 0; x < image.width(); x += 5)
            drawn += image.pixel(x, y) != background ? 1 : 0;
    }
    EXPECT_GT(drawn, 100);
    EXPECT_EQ(view.chart()->size(), before);
    EXPECT_LE(static_cast<std::size_t>(view.seriesFor(PlotKey::curveOf(1))->count()), pointBound(view));
    EXPECT_TRUE(view.renderImage(QSize()).isNull());
}

TEST(ChartView, RenderSvgWritesAFile)
{
    Document document;
    loadWaves(document, 100);
    Shown shown(&document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(shown.view.renderSvg(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<svg"));
    EXPECT_FALSE(shown.view.renderSvg(dir.filePath(QStringLiteral("missing/dir/chart.svg"))));
}

TEST(ChartView, OutlivesItsDocument)
{
    auto document = std::make_unique<Document>();
    loadWaves(*document, 100);
    Shown shown(document.get());
    document.reset();
    settle(shown.view);
    EXPECT_EQ(shown.view.seriesFor(PlotKey::curveOf(1)), nullptr);
    const QPoint middle = viewPointOf(shown.view, shown.view.chart()->plotArea().center());
    sendMouse(shown.view, QEvent::MouseMove, middle, Qt::NoButton, Qt::NoButton);
    shown.view.setSelectedRow(3);
    EXPECT_EQ(shown.view.overlays()->selectionSeries()->count(), 0);
}

TEST(ChartView, EmptyDocumentDrawsNothing)
{
    Document document;
    Shown shown(&document);
    EXPECT_EQ(shown.view.chart()->series().size(), kOverlays); // all empty
    EXPECT_FALSE(shown.view.renderImage(QSize(200, 100)).isNull());
    ChartView orphan(nullptr);
    orphan.updateNow();
    EXPECT_EQ(orphan.seriesFor(PlotKey::curveOf(0)), nullptr);
}

} // namespace tangent::ui
