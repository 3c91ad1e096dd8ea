// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView: y columns of different units on left axes of their own; the overlays, fitting, axis
// titles and legend toggles follow each column's axis.

#include "tests/ui/chart/charttestsupport.h"
#include "ui/chart/axes/axistitles.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"

#include "ui/document/document.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

/// x = i; co2 ~ 315 ppm, temp ~ 15 °C and, when `third` is set, a third column in `thirdUnit`.
void loadMeasurements(Document& document, const QString& tempUnit = QStringLiteral("°C"), bool third = false,
    const QString& thirdUnit = QString())
{
    constexpr std::size_t n = 40;
    std::vector<double> x(n);
    std::vector<double> co2(n);
    std::vector<double> temp(n);
    std::vector<double> other(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto t = static_cast<double>(i);
        x[i] = t;
        co2[i] = 315.0 + 0.05 * t;
        temp[i] = 15.0 + 5.0 * std::sin(t / 6.0);
        other[i] = 1000.0 + 100.0 * std::cos(t / 5.0);
    }
    std::vector<Column> columns;
    columns.push_back(numberColumn(QStringLiteral("t"), std::move(x), QString()));
    columns.push_back(numberColumn(QStringLiteral("co2"), std::move(co2), QStringLiteral("ppm")));
    columns.push_back(numberColumn(QStringLiteral("temp"), std::move(temp), tempUnit));
    if (third)
        columns.push_back(numberColumn(QStringLiteral("other"), std::move(other), thirdUnit));
    document.loadColumns(std::move(columns), QString());
}

QValueAxis* yAxisOf(QAbstractSeries* series)
{
    for (QAbstractAxis* axis : series->attachedAxes()) {
        if (axis->orientation() == Qt::Vertical)
            return qobject_cast<QValueAxis*>(axis);
    }
    return nullptr;
}

/// The pixel of data point (x, y) on the curve of `series`.
QPointF pixelOn(ChartView& view, const QAbstractSeries* series, QPointF point)
{
    return view.chart()->mapToPosition(point, const_cast<QAbstractSeries*>(series));
}

void expectSamePixel(QPointF a, QPointF b)
{
    EXPECT_NEAR(a.x(), b.x(), 0.01);
    EXPECT_NEAR(a.y(), b.y(), 0.01);
}

void clickLegend(ChartView& view, QLineSeries* series)
{
    emit view.chart()->legend()->markers(series).front()->clicked();
    settle(view);
}

TEST(ChartAxes, DifferentUnitsGetTheirOwnLeftAxis)
{
    Document document;
    loadMeasurements(document);
    Shown shown(&document);
    ChartView& view = shown.view;

    QLineSeries* co2 = view.seriesFor(PlotKey::curveOf(1));
    QLineSeries* temp = view.seriesFor(PlotKey::curveOf(2));
    ASSERT_TRUE(co2 && temp);
    QValueAxis* main = view.axisFor(PlotKey::curveOf(1));
    QValueAxis* own = view.axisFor(PlotKey::curveOf(2));
    ASSERT_TRUE(main && own);
    EXPECT_NE(main, own);
    EXPECT_EQ(yAxisOf(co2), main);
    EXPECT_EQ(yAxisOf(temp), own);
    EXPECT_EQ(main->alignment(), Qt::AlignLeft);
    EXPECT_EQ(own->alignment(), Qt::AlignLeft);
    // Two left axes and a right one per derivative.
    EXPECT_EQ(view.chart()->axes(Qt::Vertical).size(), 4);

    // Each axis titled with its own columns only, the own one coloured like its line.
    EXPECT_EQ(main->titleText(), document.columnTitle(1));
    EXPECT_EQ(own->titleText(), document.columnTitle(2));
    EXPECT_EQ(own->labelsColor().rgb(), temp->color().rgb());

    // Each fitted to its own curve: neither is drawn flat.
    EXPECT_LT(own->max() - own->min(), 20.0);
    EXPECT_LE(own->min(), 10.0 + 1e-9);
    EXPECT_GE(own->max(), 20.0 - 1e-9);
    EXPECT_GT(main->min(), 300.0);
    EXPECT_LT(main->max() - main->min(), 10.0);
}

TEST(ChartAxes, SameUnitsShareTheMainAxis)
{
    {
        Document document;
        loadMeasurements(document, QStringLiteral("ppm"));
        Shown shown(&document);
        EXPECT_EQ(shown.view.axisFor(PlotKey::curveOf(1)), shown.view.axisFor(PlotKey::curveOf(2)));
        EXPECT_EQ(yAxisOf(shown.view.seriesFor(PlotKey::curveOf(2))), shown.view.axisFor(PlotKey::curveOf(1)));
        EXPECT_EQ(shown.view.chart()->axes(Qt::Vertical).size(), 3);
        EXPECT_EQ(shown.view.axisFor(PlotKey::curveOf(1))->titleText(),
            document.columnTitle(1) + QStringLiteral(", ") + document.columnTitle(2));
        EXPECT_EQ(shown.view.overlays()->selectionSeriesFor(2), shown.view.overlays()->selectionSeries());
    }
    {
        // The second and third column share the unit that differs from the first's: one own axis.
        Document document;
        loadMeasurements(document, QStringLiteral("°C"), true, QStringLiteral("°C"));
        Shown shown(&document);
        ChartView& view = shown.view;
        EXPECT_NE(view.axisFor(PlotKey::curveOf(1)), view.axisFor(PlotKey::curveOf(2)));
        EXPECT_EQ(view.axisFor(PlotKey::curveOf(2)), view.axisFor(PlotKey::curveOf(3)));
        // Two left axes; three derivatives on two right axes, as no side takes more than two.
        EXPECT_EQ(view.chart()->axes(Qt::Vertical).size(), 2 + 2);
        EXPECT_EQ(view.axisFor(PlotKey::derivativeOf(2)), view.axisFor(PlotKey::derivativeOf(3)));
        EXPECT_EQ(view.axisFor(PlotKey::curveOf(2))->titleText(),
            document.columnTitle(2) + QStringLiteral(", ") + document.columnTitle(3));

        // Hiding one of them keeps the axis, fitted to the other; hiding both hides it.
        QValueAxis* own = view.axisFor(PlotKey::curveOf(2));
        clickLegend(view, view.seriesFor(PlotKey::curveOf(3)));
        EXPECT_TRUE(own->isVisible());
        EXPECT_LT(own->max() - own->min(), 20.0);
        clickLegend(view, view.seriesFor(PlotKey::curveOf(2)));
        EXPECT_FALSE(own->isVisible());
        EXPECT_TRUE(view.axisFor(PlotKey::curveOf(1))->isVisible());
        clickLegend(view, view.seriesFor(PlotKey::curveOf(3)));
        EXPECT_TRUE(own->isVisible());
        EXPECT_GT(own->max(), 900.0);
    }
}

TEST(ChartAxes, RenamingAUnitRegroups)
{
    Document document;
    loadMeasurements(document);
    Shown shown(&document);
    ASSERT_NE(shown.view.axisFor(PlotKey::curveOf(1)), shown.view.axisFor(PlotKey::curveOf(2)));
    document.renameColumn(2, QStringLiteral("temp"), QStringLiteral("ppm"));
    settle(shown.view);
    EXPECT_EQ(shown.view.axisFor(PlotKey::curveOf(1)), shown.view.axisFor(PlotKey::curveOf(2)));
    EXPECT_EQ(shown.view.chart()->axes(Qt::Vertical).size(), 3);
}

TEST(ChartAxes, MarkersLieOnTheirCurves)
{
    Document document;
    loadMeasurements(document);
    Shown shown(&document);
    ChartView& view = shown.view;
    QLineSeries* co2 = view.seriesFor(PlotKey::curveOf(1));
    QLineSeries* temp = view.seriesFor(PlotKey::curveOf(2));

    // Selection: one marker per axis, each at its curve's pixel.
    const int row = 20;
    const double x = document.value(row, 0);
    view.setSelectedRow(row);
    ASSERT_EQ(view.overlays()->selectionSeries()->count(), 1);
    QScatterSeries* tempSelection = view.overlays()->selectionSeriesFor(2);
    ASSERT_NE(tempSelection, nullptr);
    ASSERT_NE(tempSelection, view.overlays()->selectionSeries());
    ASSERT_EQ(tempSelection->count(), 1);
    EXPECT_TRUE(tempSelection->attachedAxes().contains(view.axisFor(PlotKey::curveOf(2))));
    expectSamePixel(
        pixelOn(view, tempSelection, tempSelection->at(0)), pixelOn(view, temp, QPointF(x, document.value(row, 2))));
    expectSamePixel(pixelOn(view, view.overlays()->selectionSeries(), view.overlays()->selectionSeries()->at(0)),
        pixelOn(view, co2, QPointF(x, document.value(row, 1))));
    // The marker is far from where the temperature would be on the co2 axis.
    EXPECT_GT(
        std::abs(pixelOn(view, tempSelection, tempSelection->at(0)).y() - pixelOn(view, co2, tempSelection->at(0)).y()),
        50.0);

    // Rings likewise.
    view.overlays()->setHighlightedRows({ 5, 6 });
    ASSERT_EQ(view.overlays()->highlightSeries()->count(), 2);
    QScatterSeries* tempRings = view.overlays()->highlightSeriesFor(2);
    ASSERT_NE(tempRings, nullptr);
    ASSERT_EQ(tempRings->count(), 2);
    expectSamePixel(
        pixelOn(view, tempRings, tempRings->at(1)), pixelOn(view, temp, QPointF(6.0, document.value(6, 2))));

    // Tangent and secant for the temperature: against its axis, through its curve.
    view.overlays()->setTangentColumn(2);
    view.overlays()->setTangentEnabled(true);
    view.setSelectedRow(row);
    QLineSeries* tangent = view.overlays()->tangentSeries();
    ASSERT_EQ(tangent->count(), 2);
    EXPECT_TRUE(tangent->attachedAxes().contains(view.axisFor(PlotKey::curveOf(2))));
    EXPECT_FALSE(tangent->attachedAxes().contains(view.axisFor(PlotKey::curveOf(1))));
    const QPointF a = pixelOn(view, tangent, tangent->at(0));
    const QPointF b = pixelOn(view, tangent, tangent->at(1));
    const QPointF curve = pixelOn(view, temp, QPointF(x, document.value(row, 2)));
    // The tangent line passes through the curve's pixel at x.
    const double t = (curve.x() - a.x()) / (b.x() - a.x());
    EXPECT_NEAR(a.y() + t * (b.y() - a.y()), curve.y(), 0.05);

    view.overlays()->setSecantRows(row, row + 5);
    QLineSeries* secant = view.overlays()->secantSeries();
    ASSERT_EQ(secant->count(), 2);
    EXPECT_TRUE(secant->attachedAxes().contains(view.axisFor(PlotKey::curveOf(2))));
    const QPointF s0 = pixelOn(view, secant, secant->at(0));
    const QPointF s1 = pixelOn(view, secant, secant->at(1));
    const QPointF end = pixelOn(view, temp, QPointF(x + 5, document.value(row + 5, 2)));
    const double u = (end.x() - s0.x()) / (s1.x() - s0.x());
    EXPECT_NEAR(s0.y() + u * (s1.y() - s0.y()), end.y(), 0.05);

    // Back to the first column: the tangent returns to the main axis.
    view.overlays()->clearSecant();
    view.overlays()->setTangentColumn(1);
    ASSERT_EQ(tangent->count(), 2);
    EXPECT_TRUE(tangent->attachedAxes().contains(view.axisFor(PlotKey::curveOf(1))));
    EXPECT_FALSE(tangent->attachedAxes().contains(view.axisFor(PlotKey::curveOf(2))));
}

TEST(ChartAxes, HidingAColumnHidesItsAxis)
{
    Document document;
    loadMeasurements(document);
    Shown shown(&document);
    ChartView& view = shown.view;
    QValueAxis* own = view.axisFor(PlotKey::curveOf(2));
    ASSERT_TRUE(own->isVisible());
    view.setSelectedRow(3);
    ASSERT_EQ(view.overlays()->selectionSeriesFor(2)->count(), 1);

    clickLegend(view, view.seriesFor(PlotKey::curveOf(2)));
    EXPECT_FALSE(view.seriesFor(PlotKey::curveOf(2))->isVisible());
    EXPECT_FALSE(own->isVisible());
    EXPECT_TRUE(view.axisFor(PlotKey::curveOf(1))->isVisible());
    EXPECT_EQ(view.overlays()->selectionSeriesFor(2)->count(), 0);
    EXPECT_EQ(view.overlays()->selectionSeries()->count(), 1);

    clickLegend(view, view.seriesFor(PlotKey::curveOf(2)));
    EXPECT_TRUE(own->isVisible());
    EXPECT_EQ(view.overlays()->selectionSeriesFor(2)->count(), 1);

    // Hiding the first column leaves the main axis (fitted to all its lines, as before).
    clickLegend(view, view.seriesFor(PlotKey::curveOf(1)));
    EXPECT_TRUE(view.axisFor(PlotKey::curveOf(1))->isVisible());
    EXPECT_TRUE(own->isVisible());
}

TEST(ChartAxes, ALongTitleIsElidedInTheMiddleToItsAxis)
{
    const QFont font = QApplication::font();
    const QString title = QStringLiteral("d(maximum temperature at the station)/d(time) [°C/d]");
    EXPECT_EQ(elidedAxisTitle(title, font, 0), title) << "not laid out yet: the whole title";
    EXPECT_EQ(elidedAxisTitle(title, font, 10000), title);
    const QString shown = elidedAxisTitle(title, font, 120);
    EXPECT_LE(QFontMetricsF(font).horizontalAdvance(shown), 120.0);
    EXPECT_TRUE(shown.contains(QChar(0x2026))) << shown.toStdString();
    EXPECT_TRUE(shown.startsWith(QStringLiteral("d("))) << shown.toStdString();
    EXPECT_TRUE(shown.endsWith(QStringLiteral("/d]"))) << "the unit stays: " << shown.toStdString();

    // On a chart narrower than the title, the axis shows it elided and AxisTitles keeps it whole;
    // wider, it fits again.
    QChartView chartView;
    auto* axis = new QValueAxis;
    chartView.chart()->addAxis(axis, Qt::AlignBottom);
    AxisTitles titles(chartView.chart());
    chartView.resize(260, 200);
    chartView.show();
    QApplication::processEvents();
    titles.setTitle(axis, title);
    EXPECT_EQ(titles.title(axis), title);
    EXPECT_NE(axis->titleText(), title);
    EXPECT_TRUE(axis->titleText().endsWith(QStringLiteral("/d]"))) << axis->titleText().toStdString();
    chartView.resize(1200, 200);
    QApplication::processEvents();
    chartView.chart()->setGeometry(QRectF(0, 0, 1200, 200));
    QApplication::processEvents();
    EXPECT_EQ(axis->titleText(), title);
}

} // namespace
} // namespace tangent::ui
