// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView's classroom overlays: the tangent with the document's slope, stepping and dragging it,
// the secant, ring markers on highlighted rows, reference curves, and the Classroom menu.

#include "tests/ui/chart/charttestsupport.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/chart/parts/chartreferences.h"

#include "ui/document/document.h"
#include "ui/mainwindow.h"
#include "ui/table/datatableview.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

void load(Document& document, std::vector<double> x, std::vector<double> y, std::vector<double> z = {})
{
    std::vector<Column> columns;
    columns.push_back(numberColumn(QStringLiteral("x"), std::move(x)));
    columns.push_back(numberColumn(QStringLiteral("y"), std::move(y)));
    if (!z.empty())
        columns.push_back(numberColumn(QStringLiteral("z"), std::move(z)));
    document.loadColumns(std::move(columns), QString());
}

/// y = x² on an uneven grid: numpy.gradient's interior formula is exact for it (2x).
void loadSquares(Document& document)
{
    const std::vector<double> x { 0.0, 0.5, 1.5, 2.0, 3.5, 4.0, 6.0, 6.25, 8.0 };
    std::vector<double> y;
    for (const double v : x)
        y.push_back(v * v);
    load(document, x, y);
}

/// x = 0..n-1, y = sin(x / 10), z = x / 2.
void loadWaves(Document& document, int n)
{
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> z;
    for (int i = 0; i < n; ++i) {
        x.push_back(i);
        y.push_back(std::sin(i / 10.0));
        z.push_back(i / 2.0);
    }
    load(document, x, y, z);
}

/// The view position of data point (x, y) on the left axis.
QPoint viewPointOfValue(ChartView& view, double x, double y)
{
    return viewPointOf(view, view.chart()->mapToPosition(QPointF(x, y), view.seriesFor(PlotKey::curveOf(1))));
}

void sendMouse(ChartView& view, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, pos, view.viewport()->mapToGlobal(pos), button, buttons, modifiers);
    QApplication::sendEvent(view.viewport(), &event);
}

/// y of the straight line through the two points of `line` at x.
double lineAt(const QLineSeries* line, double x)
{
    const QPointF a = line->at(0);
    const QPointF b = line->at(1);
    return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
}

} // namespace

TEST(ChartTangent, SlopeIsTheDocumentsDerivativeAndLinePassesThroughThePoint)
{
    Document document;
    loadSquares(document);
    Shown shown(&document);
    ChartView& view = shown.view;
    const std::vector<double>& derivative = document.derivatives().resultFor(1)->values;

    EXPECT_EQ(view.overlays()->tangentRow(), -1);
    view.setSelectedRow(4);
    EXPECT_EQ(view.overlays()->tangentRow(), -1); // not enabled
    EXPECT_EQ(view.overlays()->tangentSeries()->count(), 0);

    view.overlays()->setTangentEnabled(true);
    ASSERT_EQ(view.overlays()->tangentRow(), 4);
    for (const int row : { 1, 4, 7, 0, 8 }) {
        view.setSelectedRow(row);
        const double x = document.value(row, 0);
        const double y = document.value(row, 1);
        // The slope is numpy.gradient's value, bit for bit; for x² inside, that is 2x (up to rounding).
        EXPECT_EQ(view.overlays()->tangentSlope(), derivative[static_cast<std::size_t>(row)]);
        if (row > 0 && row < 8) {
            EXPECT_NEAR(view.overlays()->tangentSlope(), 2 * x, 1e-14 * x);
        }
        const QLineSeries* line = view.overlays()->tangentSeries();
        ASSERT_EQ(line->count(), 2);
        EXPECT_NEAR(lineAt(line, x), y, 1e-12 * std::max(1.0, std::abs(y)));
        EXPECT_NEAR((line->at(1).y() - line->at(0).y()) / (line->at(1).x() - line->at(0).x()),
            view.overlays()->tangentSlope(), 1e-12);
        // ±15 % of the visible span around the point.
        const auto [lo, hi] = view.visibleXRange();
        EXPECT_NEAR(line->at(0).x(), x - 0.15 * (hi - lo), 1e-12);
        EXPECT_NEAR(line->at(1).x(), x + 0.15 * (hi - lo), 1e-12);
        ASSERT_EQ(
            view.overlays()->tangentSeries()->attachedAxes(), view.seriesFor(PlotKey::curveOf(1))->attachedAxes());
    }

    view.overlays()->setTangentEnabled(false);
    EXPECT_EQ(view.overlays()->tangentRow(), -1);
    EXPECT_EQ(view.overlays()->tangentSeries()->count(), 0);
    EXPECT_TRUE(view.overlays()->tangentEquation().isEmpty());
}

TEST(ChartTangent, EquationText)
{
    Document document;
    // y = -2x - 5 on a unit grid: every derivative is exactly -2.
    load(document, { -3, -2, -1, 0, 1 }, { 1, -1, -3, -5, -7 });
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    view.setSelectedRow(2);
    EXPECT_EQ(view.overlays()->tangentEquation(), QStringLiteral("y = -2·(x + 1) − 3"));
    view.setSelectedRow(3);
    EXPECT_EQ(view.overlays()->tangentEquation(), QStringLiteral("y = -2·x − 5"));

    Document squares;
    loadSquares(squares);
    Shown other(&squares);
    other.view.overlays()->setTangentEnabled(true);
    other.view.setSelectedRow(4); // x = 3.5, y = 12.25, slope 7
    EXPECT_EQ(other.view.overlays()->tangentEquation(), QStringLiteral("y = 7·(x − 3.5) + 12.25"));
    other.view.setSelectedRow(0); // one-sided at the edge: (0.25 - 0) / 0.5
    EXPECT_EQ(other.view.overlays()->tangentEquation(), QStringLiteral("y = 0.5·x"));
}

TEST(ChartTangent, EquationFollowsTheLanguagesNumberFormat)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Document squares;
    loadSquares(squares);
    Shown shown(&squares);
    shown.view.overlays()->setTangentEnabled(true);
    shown.view.setSelectedRow(4); // x = 3.5, y = 12.25, slope 7
    const QString equation = shown.view.overlays()->tangentEquation();
    QLocale::setDefault(before);
    EXPECT_EQ(equation, QStringLiteral("y = 7·(x − 3,5) + 12,25"));
}

TEST(ChartTangent, NumbersUseSixSignificantDigits)
{
    Document document;
    load(document, { 0.0, 1.0 / 3.0, 2.0 / 3.0 }, { 0.0, 1.0 / 7.0, 2.0 / 7.0 });
    Shown shown(&document);
    shown.view.overlays()->setTangentEnabled(true);
    shown.view.setSelectedRow(1);
    const double slope = document.derivatives().resultFor(1)->values[1];
    EXPECT_EQ(shown.view.overlays()->tangentEquation(),
        QStringLiteral("y = %1·(x − 0.333333) + 0.142857").arg(QString::number(slope, 'g', 6)));
}

TEST(ChartTangent, NoTangentForHigherOrderOrMissingDerivative)
{
    Document document;
    loadSquares(document);
    Shown shown(&document);
    shown.view.overlays()->setTangentEnabled(true);
    shown.view.setSelectedRow(3);
    ASSERT_EQ(shown.view.overlays()->tangentSeries()->count(), 2);
    DerivativeSettings settings = document.settings();
    settings.order = 2;
    document.setSettings(settings);
    settle(shown.view);
    EXPECT_EQ(shown.view.overlays()->tangentSeries()->count(), 0);
    EXPECT_TRUE(std::isnan(shown.view.overlays()->tangentSlope()));
}

TEST(ChartTangent, StepMovesTheRowEmitsAndClamps)
{
    Document document;
    loadWaves(document, 20);
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    QSignalSpy moved(&view, &ChartView::tangentRowChanged);
    QSignalSpy clicked(&view, &ChartView::rowClicked);

    view.overlays()->stepTangent(1); // nothing selected: the first point
    EXPECT_EQ(view.overlays()->tangentRow(), 0);
    view.overlays()->stepTangent(1);
    EXPECT_EQ(view.overlays()->tangentRow(), 1);
    EXPECT_EQ(view.selectedRow(), 1);
    ASSERT_EQ(moved.size(), 2);
    EXPECT_EQ(moved.back().front().toInt(), 1);
    ASSERT_EQ(clicked.size(), 2);
    EXPECT_EQ(clicked.back().front().toInt(), 1);

    view.overlays()->stepTangent(-5);
    EXPECT_EQ(view.overlays()->tangentRow(), 0);
    EXPECT_EQ(moved.size(), 3);
    view.overlays()->stepTangent(-1); // at the start: stays, says nothing
    EXPECT_EQ(view.overlays()->tangentRow(), 0);
    EXPECT_EQ(moved.size(), 3);
    EXPECT_EQ(clicked.size(), 3);

    view.overlays()->stepTangent(100);
    EXPECT_EQ(view.overlays()->tangentRow(), 19);
    view.overlays()->stepTangent(1);
    EXPECT_EQ(view.overlays()->tangentRow(), 19);
    EXPECT_EQ(moved.size(), 4);

    // The arrow keys do the same when the chart has the focus; Shift+arrow still scrolls.
    QKeyEvent left(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier);
    QApplication::sendEvent(&view, &left);
    EXPECT_EQ(view.overlays()->tangentRow(), 18);
    const auto before = view.visibleXRange();
    QKeyEvent shiftRight(QEvent::KeyPress, Qt::Key_Right, Qt::ShiftModifier);
    QApplication::sendEvent(&view, &shiftRight);
    EXPECT_EQ(view.overlays()->tangentRow(), 18);
    EXPECT_NE(view.visibleXRange(), before);
}

TEST(ChartTangent, StepFollowsXOrderAndSkipsGaps)
{
    Document document;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    load(document, { 3.0, 1.0, 2.0, 0.0, 4.0 }, { 9.0, 1.0, nan, 0.0, 16.0 });
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    view.setSelectedRow(3); // x = 0
    view.overlays()->stepTangent(1);
    EXPECT_EQ(view.overlays()->tangentRow(), 1); // x = 1
    view.overlays()->stepTangent(1);
    EXPECT_EQ(view.overlays()->tangentRow(), 0); // x = 3: x = 2 has no y
    view.overlays()->stepTangent(1);
    EXPECT_EQ(view.overlays()->tangentRow(), 4);
}

TEST(ChartTangent, StepKeepsThePointInView)
{
    Document document;
    loadWaves(document, 200);
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    view.setVisibleXRange(0.0, 50.0);
    view.setSelectedRow(50);
    view.overlays()->stepTangent(1);
    const auto [lo, hi] = view.visibleXRange();
    EXPECT_LE(lo, 51.0);
    EXPECT_GE(hi, 51.0);
    EXPECT_NEAR(hi - lo, 50.0, 1e-9);
}

TEST(ChartTangent, FollowsTheHoveredPointExceptInPresentation)
{
    Document document;
    loadWaves(document, 101);
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    view.setSelectedRow(10);
    QSignalSpy moved(&view, &ChartView::tangentRowChanged);

    const QPoint middle = viewPointOf(view, view.chart()->plotArea().center());
    sendMouse(view, QEvent::MouseMove, middle, Qt::NoButton, Qt::NoButton);
    EXPECT_NEAR(view.overlays()->tangentRow(), 50, 1);
    EXPECT_EQ(view.selectedRow(), 10);
    ASSERT_EQ(moved.size(), 1);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&view, &leave);
    EXPECT_EQ(view.overlays()->tangentRow(), 10);
    EXPECT_EQ(moved.size(), 2);

    view.setPresentationMode(true);
    settle(view);
    sendMouse(
        view, QEvent::MouseMove, viewPointOf(view, view.chart()->plotArea().center()), Qt::NoButton, Qt::NoButton);
    EXPECT_EQ(view.overlays()->tangentRow(), 10);
}

TEST(ChartTangent, DragMovesTheTangentAlongTheCurve)
{
    Document document;
    loadWaves(document, 101);
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    view.setSelectedRow(20);
    QSignalSpy clicked(&view, &ChartView::rowClicked);
    const auto range = view.visibleXRange();

    const QPoint from = viewPointOfValue(view, 20.0, document.value(20, 1));
    const QPoint to = viewPointOfValue(view, 60.0, 5.0); // only x matters
    sendMouse(view, QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton);
    sendMouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(view, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(view, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    settle(view);
    EXPECT_NEAR(view.selectedRow(), 60, 1);
    ASSERT_GE(clicked.size(), 2);
    EXPECT_EQ(clicked.back().front().toInt(), view.selectedRow());
    EXPECT_EQ(view.visibleXRange(), range); // no rubber-band zoom
    EXPECT_EQ(view.overlays()->tangentSlope(),
        document.derivatives().resultFor(1)->values[static_cast<std::size_t>(view.selectedRow())]);
}

TEST(ChartTangent, SecantSlopeAndEquation)
{
    Document document;
    loadSquares(document);
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    view.setSelectedRow(2);

    view.overlays()->setSecantRows(2, 5); // (1.5, 2.25) to (4, 16)
    const double slope = (16.0 - 2.25) / (4.0 - 1.5);
    EXPECT_EQ(view.overlays()->secantSlope(), slope);
    EXPECT_EQ(view.overlays()->secantRows(), std::make_pair(2, 5));
    const QLineSeries* line = view.overlays()->secantSeries();
    ASSERT_EQ(line->count(), 2);
    EXPECT_NEAR(lineAt(line, 1.5), 2.25, 1e-12);
    EXPECT_NEAR(lineAt(line, 4.0), 16.0, 1e-12);
    EXPECT_EQ(view.overlays()->secantEquation(), QStringLiteral("y = 5.5·(x − 1.5) + 2.25"));
    // Closer points: the secant's slope approaches the tangent's (3).
    view.overlays()->setSecantRows(2, 3);
    EXPECT_EQ(view.overlays()->secantSlope(), (4.0 - 2.25) / 0.5);
    EXPECT_LT(std::abs(view.overlays()->secantSlope() - view.overlays()->tangentSlope()),
        std::abs(slope - view.overlays()->tangentSlope()));

    view.overlays()->clearSecant();
    EXPECT_EQ(view.overlays()->secantSeries()->count(), 0);
    EXPECT_TRUE(view.overlays()->secantEquation().isEmpty());
    EXPECT_TRUE(std::isnan(view.overlays()->secantSlope()));
    view.overlays()->setSecantRows(2, 2); // one point: no line
    EXPECT_EQ(view.overlays()->secantSeries()->count(), 0);
}

TEST(ChartTangent, ShiftClickPicksTheSecantsSecondPoint)
{
    Document document;
    loadWaves(document, 101);
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    view.setSelectedRow(30);
    const QPoint at = viewPointOfValue(view, 70.0, 0.0);
    sendMouse(view, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    sendMouse(view, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
    EXPECT_EQ(view.overlays()->secantRows().first, 30);
    EXPECT_NEAR(view.overlays()->secantRows().second, 70, 1);
    EXPECT_EQ(view.selectedRow(), 30);
    EXPECT_EQ(view.overlays()->secantSeries()->count(), 2);
    // With a secant shown, the tangent stays at its first point while the mouse moves.
    sendMouse(view, QEvent::MouseMove, at, Qt::NoButton, Qt::NoButton);
    EXPECT_EQ(view.overlays()->tangentRow(), 30);
}

TEST(ChartTangent, HighlightedRowsAreRinged)
{
    Document document;
    loadWaves(document, 50);
    Shown shown(&document);
    ChartView& view = shown.view;
    QScatterSeries* rings = view.overlays()->highlightSeries();
    ASSERT_NE(rings, nullptr);
    EXPECT_EQ(rings->count(), 0);

    view.overlays()->setHighlightedRows({ 4, 5, 6 });
    QList<QPointF> expected;
    for (const int row : { 4, 5, 6 }) {
        expected.append(QPointF(row, document.value(row, 1)));
        expected.append(QPointF(row, document.value(row, 2)));
    }
    EXPECT_EQ(rings->points(), expected);
    EXPECT_EQ(rings->brush().color().alpha(), 0); // a ring, not a dot
    EXPECT_NE(rings->pen().color(), view.overlays()->selectionSeries()->color());
    EXPECT_EQ(view.overlays()->highlightDerivativeSeries(), nullptr);

    // On the derivative of column 1 too, against its own axis.
    view.overlays()->setHighlightColumn(1);
    QScatterSeries* derivativeRings = view.overlays()->highlightDerivativeSeries();
    ASSERT_NE(derivativeRings, nullptr);
    EXPECT_EQ(derivativeRings->attachedAxes().back(), view.axisFor(PlotKey::derivativeOf(1)));
    const auto& d = document.derivatives().resultFor(1)->values;
    EXPECT_EQ(derivativeRings->points(), (QList<QPointF> { { 4, d[4] }, { 5, d[5] }, { 6, d[6] } }));
    EXPECT_EQ(view.overlays()->highlightSeries()->count(), 6);

    // Hidden curves have no rings; empty clears.
    emit view.chart()->legend()->markers(view.seriesFor(PlotKey::curveOf(2))).front()->clicked();
    EXPECT_EQ(view.overlays()->highlightSeries()->count(), 3);
    view.overlays()->setHighlightedRows({});
    EXPECT_EQ(view.overlays()->highlightSeries()->count(), 0);
    EXPECT_EQ(view.overlays()->highlightDerivativeSeries()->count(), 0);
}

TEST(ChartTangent, ReferenceCurvesOnTheirAxes)
{
    Document document;
    loadWaves(document, 100);
    Shown shown(&document);
    ChartView& view = shown.view;
    const auto seriesBefore = view.chart()->series().size();
    const auto axesBefore = view.chart()->axes(Qt::Vertical).size();

    ReferenceCurve exact { QStringLiteral("exact y'"), {}, {}, ReferenceCurve::Axis::Derivative, QColor(Qt::darkGreen),
        true };
    ReferenceCurve error { QStringLiteral("error"), {}, {}, ReferenceCurve::Axis::Own, {}, false };
    ReferenceCurve value { QStringLiteral("y + 1"), {}, {}, ReferenceCurve::Axis::Value, {}, false };
    for (int i = 0; i < 100'000; ++i) {
        const double x = i * 99.0 / 99'999.0;
        exact.x.push_back(x);
        exact.y.push_back(std::cos(x / 10.0) / 10.0);
    }
    for (int i = 0; i < 100; ++i) {
        error.x.push_back(i);
        error.y.push_back(1e-6 * i);
        value.x.push_back(99 - i); // unsorted: drawn in x order
        value.y.push_back(std::sin((99 - i) / 10.0) + 1.0);
    }
    view.references()->setCurves({ exact, error, value });
    settle(view);

    QLineSeries* exactLine = view.references()->series(0);
    QLineSeries* errorLine = view.references()->series(1);
    QLineSeries* valueLine = view.references()->series(2);
    ASSERT_TRUE(exactLine && errorLine && valueLine);
    EXPECT_EQ(view.references()->series(3), nullptr);
    EXPECT_EQ(exactLine->name(), QStringLiteral("exact y'"));
    EXPECT_EQ(exactLine->attachedAxes().back(), view.axisFor(PlotKey::derivativeOf(1)));
    EXPECT_EQ(exactLine->pen().style(), Qt::DashLine);
    EXPECT_EQ(exactLine->color(), QColor(Qt::darkGreen));
    // Reduced to the plot's width.
    EXPECT_LT(exactLine->count(), 100'000);
    EXPECT_LE(exactLine->count(), 4 * std::ceil(view.chart()->plotArea().width()) + 2);
    auto* errorAxis = qobject_cast<QValueAxis*>(errorLine->attachedAxes().back());
    ASSERT_NE(errorAxis, nullptr);
    EXPECT_EQ(errorAxis->alignment(), Qt::AlignRight);
    EXPECT_EQ(errorAxis->titleText(), QStringLiteral("error"));
    EXPECT_LE(errorAxis->max(), 2e-4); // fitted to its own curve
    EXPECT_GE(errorAxis->max(), 99e-6);
    EXPECT_EQ(valueLine->attachedAxes().back(), view.seriesFor(PlotKey::curveOf(1))->attachedAxes().back());
    EXPECT_EQ(valueLine->at(0).x(), 0.0);
    EXPECT_EQ(view.chart()->series().size(), seriesBefore + 3);
    EXPECT_EQ(view.chart()->axes(Qt::Vertical).size(), axesBefore + 1);

    // In the legend, with toggles that hide the curve and its own axis.
    QLegendMarker* marker = view.chart()->legend()->markers(errorLine).front();
    EXPECT_TRUE(marker->isVisible());
    emit marker->clicked();
    EXPECT_FALSE(errorLine->isVisible());
    EXPECT_FALSE(errorAxis->isVisible());
    // The overlays are still there, above the new curves.
    view.setSelectedRow(3);
    EXPECT_EQ(view.overlays()->selectionSeries()->count(), 2);

    view.references()->setCurves({});
    settle(view);
    EXPECT_EQ(view.references()->series(0), nullptr);
    EXPECT_EQ(view.chart()->series().size(), seriesBefore);
    EXPECT_EQ(view.chart()->axes(Qt::Vertical).size(), axesBefore);
}

TEST(ChartTangent, ReferenceCurvesSurviveADocumentChange)
{
    Document document;
    loadWaves(document, 30);
    Shown shown(&document);
    ChartView& view = shown.view;
    view.references()->setCurves(
        { { QStringLiteral("ref"), { 0, 4, 8 }, { 1, 2, 3 }, ReferenceCurve::Axis::Own, {}, false } });
    loadSquares(document);
    settle(view);
    ASSERT_NE(view.references()->series(0), nullptr);
    EXPECT_EQ(view.references()->series(0)->count(), 3);
    EXPECT_EQ(view.references()->series(0)->attachedAxes().back()->titleText(), QStringLiteral("ref"));
}

TEST(ChartTangent, PresentationModeThickensTheLinesAndEnlargesTheEquation)
{
    Document document;
    loadSquares(document);
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    view.setSelectedRow(3);
    view.overlays()->setSecantRows(3, 6);
    const double tangent = view.overlays()->tangentSeries()->pen().widthF();
    const double secant = view.overlays()->secantSeries()->pen().widthF();
    const QImage small = view.renderImage(QSize(800, 600));
    view.setPresentationMode(true);
    settle(view);
    EXPECT_GT(view.overlays()->tangentSeries()->pen().widthF(), tangent);
    EXPECT_GT(view.overlays()->secantSeries()->pen().widthF(), secant);
    EXPECT_EQ(view.overlays()->tangentRow(), 3);
    EXPECT_FALSE(view.overlays()->tangentEquation().isEmpty());
    EXPECT_FALSE(small.isNull());
}

TEST(ChartTangent, DateXSlopeIsPerTimeUnit)
{
    Document document;
    const double day = 86400.0;
    std::vector<Column> columns;
    columns.push_back(numberColumn(QStringLiteral("date"), { 1.7e9, 1.7e9 + day, 1.7e9 + 2 * day, 1.7e9 + 3 * day }));
    columns.back().kind = ColumnKind::DateTime;
    columns.push_back(numberColumn(QStringLiteral("level"), { 0.0, 2.0, 4.0, 6.0 }));
    document.loadColumns(std::move(columns), QString());
    DerivativeSettings settings = document.settings();
    settings.timeUnit = TimeUnit::Day;
    document.setSettings(settings);
    Shown shown(&document);
    ChartView& view = shown.view;
    view.overlays()->setTangentEnabled(true);
    view.setSelectedRow(1);
    ASSERT_EQ(view.overlays()->tangentSlope(), 2.0); // per day
    const QLineSeries* line = view.overlays()->tangentSeries();
    ASSERT_EQ(line->count(), 2);
    // Axis x is in msecs: two per day means 2 / 86.4e6 per msec.
    const double perMsec = (line->at(1).y() - line->at(0).y()) / (line->at(1).x() - line->at(0).x());
    EXPECT_NEAR(perMsec * 86.4e6, 2.0, 1e-9);
    EXPECT_TRUE(view.overlays()->tangentEquation().contains(QStringLiteral("t in d")));
}

TEST(ChartTangent, ClassroomMenuDrivesTheChart)
{
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-uniform"));
    ChartView* chart = window.chartView();
    QMenu* classroom = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Classroom"))
            classroom = menu->menu();
    }
    ASSERT_NE(classroom, nullptr);
    QAction* tangent = window.actions().tangent;
    ASSERT_NE(tangent, nullptr);
    EXPECT_TRUE(classroom->actions().contains(tangent));
    EXPECT_EQ(tangent->shortcut(), QKeySequence(QStringLiteral("T")));
    for (QAction* a : { window.actions().clearSecant, window.actions().nextPoint, window.actions().previousPoint })
        EXPECT_TRUE(classroom->actions().contains(a)) << a->objectName().toStdString();

    tangent->setChecked(true);
    EXPECT_TRUE(chart->overlays()->tangentEnabled());
    window.actions().nextPoint->trigger();
    window.actions().nextPoint->trigger();
    EXPECT_EQ(chart->overlays()->tangentRow(), 1);
    // The table's selection follows the tangent.
    EXPECT_EQ(window.tableView()->currentIndex().row(), 1);
    window.actions().previousPoint->trigger();
    EXPECT_EQ(chart->overlays()->tangentRow(), 0);
    chart->overlays()->setSecantRows(0, 3);
    window.actions().clearSecant->trigger();
    EXPECT_EQ(chart->overlays()->secantRows(), std::make_pair(-1, -1));
    tangent->setChecked(false);
    EXPECT_FALSE(chart->overlays()->tangentEnabled());
}

} // namespace tangent::ui
