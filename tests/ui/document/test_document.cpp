// SPDX-License-Identifier: GPL-3.0-or-later
// Document: loading, derivatives equal to the core's (bit for bit), incremental recompute, and the
// texts it shows (numpy call, derivative titles). Diagnostics: test_documentdiagnostics.cpp.

#include "tests/ui/uitestsupport.h"
#include "ui/document/document.h"

#include "core/gradient/gradient.h"
#include "core/time/datetime.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

std::vector<double> randomIncreasing(std::mt19937_64& rng, std::size_t n)
{
    std::uniform_real_distribution<double> step(0.1, 1.0);
    std::vector<double> x(n);
    double value = -3.0;
    for (double& v : x) {
        v = value;
        value += step(rng);
    }
    return x;
}

std::vector<double> randomValues(std::mt19937_64& rng, std::size_t n)
{
    std::normal_distribution<double> dist(0.0, 10.0);
    std::vector<double> y(n);
    for (double& v : y)
        v = dist(rng);
    return y;
}

// ---- Loading ----

TEST(Document, LoadTableSplitsUnitsAndTypesColumns)
{
    CsvTable table;
    table.rowCount = 3;
    CsvColumn time;
    time.name = "time [h]";
    time.values = { 0.0, 1.0, 2.0 };
    CsvColumn temp;
    temp.name = "temp (°C)";
    temp.values = { 10.0, 12.0, 15.0 };
    CsvColumn date;
    date.name = "date";
    date.numeric = false;
    date.text = { "2024-01-01", "2024-01-02", "" };
    CsvColumn note;
    note.name = "note";
    note.numeric = false;
    note.text = { "calm", "wind", "rain" };
    table.columns = { time, temp, date, note };

    Document document;
    QSignalSpy reset(&document, &Document::tableReset);
    document.loadTable(CsvTable(table), QStringLiteral("/data/weather.csv"));

    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(document.columnCount(), 4);
    EXPECT_EQ(document.rowCount(), 3);
    EXPECT_EQ(document.filePath(), QStringLiteral("/data/weather.csv"));
    EXPECT_EQ(document.column(0).name, QStringLiteral("time"));
    EXPECT_EQ(document.column(0).unit, QStringLiteral("h"));
    EXPECT_EQ(document.column(1).name, QStringLiteral("temp"));
    EXPECT_EQ(document.column(1).unit, QStringLiteral("°C"));
    EXPECT_EQ(document.columnTitle(1), QStringLiteral("temp [°C]"));
    EXPECT_EQ(document.column(1).values, (std::vector<double> { 10.0, 12.0, 15.0 }));

    EXPECT_EQ(document.column(2).kind, ColumnKind::DateTime);
    EXPECT_EQ(document.column(2).values[0], *parseDateTime("2024-01-01"));
    EXPECT_EQ(document.column(2).values[1] - document.column(2).values[0], 86400.0);
    EXPECT_TRUE(std::isnan(document.column(2).values[2]));

    EXPECT_EQ(document.column(3).kind, ColumnKind::Number);
    EXPECT_TRUE(document.column(3).fromText);
    EXPECT_EQ(document.column(3).name, QStringLiteral("note"));
    for (double v : document.column(3).values)
        EXPECT_TRUE(std::isnan(v));
    EXPECT_EQ(document.textColumns(), QList<int> { 3 });

    // Defaults: x is the first column; y every other plain number column.
    EXPECT_EQ(document.settings().xColumn, 0);
    EXPECT_EQ(document.derivatives().effectiveYColumns(), QList<int> { 1 });
    ASSERT_EQ(document.derivatives().results().size(), 1U);
    EXPECT_EQ(document.derivatives().results()[0].values, (std::vector<double> { 2.0, 2.5, 3.0 }));
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("Column 'note' holds text")));
    EXPECT_FALSE(document.isModified());
}

TEST(Document, LoadingOneColumnUsesUniformSpacing)
{
    Document document;
    document.loadColumns({ numberColumn("y", { 1.0, 4.0, 9.0, 16.0 }) }, {});
    EXPECT_EQ(document.settings().xColumn, -1);
    EXPECT_EQ(document.settings().dx, 1.0);
    EXPECT_EQ(document.effectiveXColumn(), -1);
    EXPECT_EQ(document.derivatives().xValues(), (std::vector<double> { 0.0, 1.0, 2.0, 3.0 }));
    ASSERT_NE(document.derivatives().resultFor(0), nullptr);
    EXPECT_EQ(document.derivatives().resultFor(0)->values, (std::vector<double> { 3.0, 4.0, 6.0, 7.0 }));
}

TEST(Document, LoadPadsShortColumnsWithGaps)
{
    Document document;
    document.loadColumns({ numberColumn("x", { 1, 2, 3 }), numberColumn("y", { 1 }) }, {});
    EXPECT_EQ(document.rowCount(), 3);
    EXPECT_TRUE(std::isnan(document.value(2, 1)));
}

TEST(SplitNameAndUnit, BracketsParenthesesAndPlainNames)
{
    using P = std::pair<QString, QString>;
    EXPECT_EQ(splitNameAndUnit(QStringLiteral("temp [°C]")), P("temp", "°C"));
    EXPECT_EQ(splitNameAndUnit(QStringLiteral("temp (°C)")), P("temp", "°C"));
    EXPECT_EQ(splitNameAndUnit(QStringLiteral("speed[m/s]")), P("speed", "m/s"));
    EXPECT_EQ(splitNameAndUnit(QStringLiteral("flow (m^3/(s))")), P("flow", "m^3/(s)"));
    EXPECT_EQ(splitNameAndUnit(QStringLiteral("  depth  ")), P("depth", ""));
    EXPECT_EQ(splitNameAndUnit(QStringLiteral("f(x)")), P("f(x)", ""));
    EXPECT_EQ(splitNameAndUnit(QStringLiteral("[m]")), P("[m]", ""));
}

// ---- Derivatives against the core ----

TEST(Document, DerivativesEqualCoreBitForBit)
{
    std::mt19937_64 rng(7);
    const std::vector<double> x = randomIncreasing(rng, 40);
    const std::vector<double> y1 = randomValues(rng, 40);
    const std::vector<double> y2 = randomValues(rng, 40);
    Document document;
    document.loadColumns({ numberColumn("x", x), numberColumn("a", y1), numberColumn("b", y2) }, {});
    for (int edgeOrder : { 1, 2 }) {
        for (int order : { 1, 2, 3 }) {
            DerivativeSettings s = document.settings();
            s.edgeOrder = edgeOrder;
            s.order = order;
            document.setSettings(s);
            ASSERT_EQ(document.derivatives().results().size(), 2U);
            EXPECT_TRUE(sameBits(
                document.derivatives().resultFor(1)->values, derivative(y1, Spacing::coordinates(x), edgeOrder, order)))
                << "edge " << edgeOrder << " order " << order;
            EXPECT_TRUE(sameBits(document.derivatives().resultFor(2)->values,
                derivative(y2, Spacing::coordinates(x), edgeOrder, order)));
            EXPECT_TRUE(document.derivatives().resultFor(1)->error.isEmpty());
        }
    }
    DerivativeSettings s = document.settings();
    s.xColumn = -1;
    s.dx = 0.25;
    s.yColumns = { 0, 2 };
    s.order = 1;
    document.setSettings(s);
    ASSERT_EQ(document.derivatives().effectiveYColumns(), (QList<int> { 0, 2 }));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(0)->values, gradient(x, 0.25, s.edgeOrder)));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(2)->values, gradient(y2, 0.25, s.edgeOrder)));
}

TEST(Document, DerivativeOfXSquaredOnUnevenGridIsExactlyTwoX)
{
    // Second-order formulas reproduce a parabola; on this grid every coefficient and product is
    // exact in binary, so the result is exactly 2x (found by searching grids of quarter steps).
    const std::vector<double> x = { 0.0, 0.25, 0.5, 0.75, 1.25, 2.25 };
    std::vector<double> y;
    for (double v : x)
        y.push_back(v * v);
    Document document;
    document.loadColumns({ numberColumn("x", x), numberColumn("y", y) }, {});
    DerivativeSettings s = document.settings();
    s.edgeOrder = 2;
    document.setSettings(s);
    for (std::size_t i = 0; i < x.size(); ++i)
        EXPECT_EQ(document.derivatives().resultFor(1)->values[i], 2.0 * x[i]) << "row " << i;
}

TEST(Document, DateXIsConvertedToTheTimeUnit)
{
    const double start = *parseDateTime("2024-03-01T00:00:00");
    Column time;
    time.name = QStringLiteral("time");
    time.kind = ColumnKind::DateTime;
    time.values = { start, start + 3600, start + 3 * 3600, start + 4 * 3600 };
    Document document;
    document.loadColumns({ time, numberColumn("temp", { 10, 12, 13, 17 }, QStringLiteral("°C")) }, {});
    DerivativeSettings s = document.settings();
    s.timeUnit = TimeUnit::Hour;
    document.setSettings(s);
    std::vector<double> hours;
    for (double v : time.values)
        hours.push_back(v / 3600.0);
    EXPECT_EQ(document.derivatives().xValues(), hours);
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, gradient(document.column(1).values, hours)));
    EXPECT_EQ(document.derivatives().derivativeTitle(1), QStringLiteral("d(temp)/d(time) [°C/h]"));

    s.timeUnit = TimeUnit::Minute;
    document.setSettings(s);
    EXPECT_EQ(document.derivatives().xValues()[1] - document.derivatives().xValues()[0], 60.0);
    EXPECT_EQ(document.derivatives().derivativeTitle(1), QStringLiteral("d(temp)/d(time) [°C/min]"));
}

TEST(Document, GradientErrorsFillNaNAndKeepTheMessage)
{
    Document document;
    document.loadColumns({ numberColumn("x", { 0, 1 }), numberColumn("y", { 3, 5 }) }, {});
    EXPECT_TRUE(document.derivatives().resultFor(1)->error.isEmpty());
    DerivativeSettings s = document.settings();
    s.edgeOrder = 2; // needs 3 points
    document.setSettings(s);
    const DerivativeResult* result = document.derivatives().resultFor(1);
    ASSERT_NE(result, nullptr);
    EXPECT_FALSE(result->error.isEmpty());
    ASSERT_EQ(result->values.size(), 2U);
    EXPECT_TRUE(std::isnan(result->values[0]));
    EXPECT_TRUE(std::isnan(result->values[1]));
}

// ---- Incremental recompute ----

struct IncrementalCase {
    const char* name;
    bool uniformX;
    int edgeOrder;
};

class IncrementalRecompute : public ::testing::TestWithParam<IncrementalCase> { };

TEST_P(IncrementalRecompute, EqualsFullRecomputeAndTouchesOnlyAffectedRows)
{
    const IncrementalCase param = GetParam();
    std::mt19937_64 rng(42);
    constexpr std::size_t n = 60;
    std::vector<double> x = randomIncreasing(rng, n);
    if (param.uniformX)
        for (std::size_t i = 0; i < n; ++i)
            x[i] = static_cast<double>(i) * 0.5;
    Document document;
    document.loadColumns(
        { numberColumn("x", x), numberColumn("a", randomValues(rng, n)), numberColumn("b", randomValues(rng, n)) }, {});
    DerivativeSettings s = document.settings();
    s.edgeOrder = param.edgeOrder;
    document.setSettings(s);

    QSignalSpy spy(&document, &Document::derivativesChanged);
    std::uniform_int_distribution<int> rowDist(0, static_cast<int>(n) - 1);
    std::uniform_int_distribution<int> columnDist(1, 2);
    std::normal_distribution<double> valueDist(0.0, 100.0);
    for (int edit = 0; edit < 200; ++edit) {
        const int row = edit < 4 ? std::vector<int> { 0, 1, 58, 59 }[static_cast<std::size_t>(edit)] : rowDist(rng);
        const int column = columnDist(rng);
        double value = edit % 17 == 5 ? kNaN : valueDist(rng);
        if (std::isnan(value) && std::isnan(document.value(row, column)))
            value = 1.0;
        spy.clear();
        document.setValue(row, column, value);

        // The rows recomputed are exactly those whose derivative depends on the cell.
        ASSERT_EQ(spy.count(), 1) << "edit " << edit;
        const auto [first, last] = affectedRows(static_cast<std::size_t>(row), n, param.edgeOrder);
        EXPECT_EQ(spy[0][0].toInt(), static_cast<int>(first));
        EXPECT_EQ(spy[0][1].toInt(), static_cast<int>(last) - 1);
        EXPECT_LE(last - first, static_cast<std::size_t>(param.edgeOrder + 2));

        Document fresh;
        fresh.loadColumns(document.columns(), {});
        fresh.setSettings(document.settings());
        ASSERT_EQ(fresh.derivatives().results().size(), document.derivatives().results().size());
        for (std::size_t k = 0; k < fresh.derivatives().results().size(); ++k)
            ASSERT_TRUE(sameBits(document.derivatives().results()[k].values, fresh.derivatives().results()[k].values))
                << "edit " << edit << " (row " << row << ", column " << column << ")";
    }
    // Undo replays the same path backwards and must land on the original derivatives.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    Document original;
    original.loadColumns(document.columns(), {});
    original.setSettings(document.settings());
    for (std::size_t k = 0; k < original.derivatives().results().size(); ++k)
        EXPECT_TRUE(sameBits(document.derivatives().results()[k].values, original.derivatives().results()[k].values));
}

INSTANTIATE_TEST_SUITE_P(Document, IncrementalRecompute,
    ::testing::Values(IncrementalCase { "NonUniformEdge1", false, 1 }, IncrementalCase { "NonUniformEdge2", false, 2 },
        IncrementalCase { "UniformEdge1", true, 1 }, IncrementalCase { "UniformEdge2", true, 2 }),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Document, InteriorEditRecomputesThreeRows)
{
    std::mt19937_64 rng(3);
    Document document;
    document.loadColumns(
        { numberColumn("x", randomIncreasing(rng, 1000)), numberColumn("y", randomValues(rng, 1000)) }, {});
    const std::vector<double> before = document.derivatives().resultFor(1)->values;
    QSignalSpy spy(&document, &Document::derivativesChanged);
    document.setValue(500, 1, 1e6);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].toInt(), 499);
    EXPECT_EQ(spy[0][1].toInt(), 501);
    const std::vector<double>& after = document.derivatives().resultFor(1)->values;
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (i >= 499 && i <= 501)
            EXPECT_NE(after[i], before[i]) << i;
        else
            EXPECT_TRUE(sameBits(after[i], before[i])) << i;
    }
}

TEST(Document, EditingXOrHigherOrderRecomputesEverything)
{
    std::mt19937_64 rng(5);
    Document document;
    document.loadColumns(
        { numberColumn("x", randomIncreasing(rng, 20)), numberColumn("y", randomValues(rng, 20)) }, {});
    QSignalSpy spy(&document, &Document::derivativesChanged);
    document.setValue(10, 0, document.value(10, 0) + 0.01);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].toInt(), 0);
    EXPECT_EQ(spy[0][1].toInt(), 19);
    EXPECT_TRUE(sameBits(
        document.derivatives().resultFor(1)->values, gradient(document.column(1).values, document.column(0).values)));

    DerivativeSettings s = document.settings();
    s.order = 2;
    document.setSettings(s);
    spy.clear();
    document.setValue(3, 1, 7.0);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].toInt(), 0);
    EXPECT_EQ(spy[0][1].toInt(), 19);
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values,
        derivative(document.column(1).values, Spacing::coordinates(document.column(0).values), 1, 2)));
}

TEST(Document, EditingAColumnThatIsNotDifferentiatedRecomputesNothing)
{
    Document document;
    document.loadColumns(
        { numberColumn("x", { 0, 1, 2 }), numberColumn("y", { 0, 1, 4 }), numberColumn("z", { 1, 1, 1 }) }, {});
    DerivativeSettings s = document.settings();
    s.yColumns = { 1 };
    document.setSettings(s);
    QSignalSpy spy(&document, &Document::derivativesChanged);
    QSignalSpy cells(&document, &Document::cellsChanged);
    document.setValue(1, 2, 5.0);
    EXPECT_EQ(spy.count(), 0);
    ASSERT_EQ(cells.count(), 1);
    EXPECT_EQ(cells[0], (QList<QVariant> { 1, 1, 2, 2 }));
}

TEST(Document, RowSignalsComeBeforeAndAfterTheChange)
{
    Document document;
    document.loadColumns({ numberColumn("x", { 0, 1, 2 }), numberColumn("y", { 0, 1, 4 }) }, {});
    int rowsBefore = -1;
    int rowsAfter = -1;
    QObject::connect(&document, &Document::rowsAboutToBeInserted, &document, [&] { rowsBefore = document.rowCount(); });
    QObject::connect(&document, &Document::rowsInserted, &document, [&] { rowsAfter = document.rowCount(); });
    document.insertRows(1, 2);
    EXPECT_EQ(rowsBefore, 3);
    EXPECT_EQ(rowsAfter, 5);
    EXPECT_EQ(document.derivatives().resultFor(1)->values.size(), 5U);
}

// ---- Texts ----

TEST(Document, NumpyCallDescribesTheComputation)
{
    Document document;
    document.loadColumns({ numberColumn("x", { 0, 1, 2 }), numberColumn("y", { 0, 1, 4 }) }, {});
    EXPECT_EQ(document.derivatives().numpyCall(), QStringLiteral("numpy.gradient(y, x)"));
    DerivativeSettings s = document.settings();
    s.edgeOrder = 2;
    document.setSettings(s);
    EXPECT_EQ(document.derivatives().numpyCall(), QStringLiteral("numpy.gradient(y, x, edge_order=2)"));
    s.xColumn = -1;
    s.dx = 0.5;
    s.edgeOrder = 1;
    document.setSettings(s);
    EXPECT_EQ(document.derivatives().numpyCall(), QStringLiteral("numpy.gradient(y, 0.5)"));
    s.order = 2;
    document.setSettings(s);
    EXPECT_EQ(document.derivatives().numpyCall(), QStringLiteral("numpy.gradient(numpy.gradient(y, 0.5), 0.5)"));
    s.xColumn = 0;
    s.edgeOrder = 2;
    s.order = 3;
    document.setSettings(s);
    EXPECT_EQ(document.derivatives().numpyCall(),
        QStringLiteral("numpy.gradient(numpy.gradient(numpy.gradient(y, x, edge_order=2), x, edge_order=2), x, "
                       "edge_order=2)"));
}

TEST(Document, DerivativeTitleUsesNamesAndUnits)
{
    Document document;
    document.loadColumns({ numberColumn("time", { 0, 1, 2 }, QStringLiteral("h")),
                             numberColumn("temp", { 0, 1, 4 }, QStringLiteral("°C")), numberColumn("n", { 1, 2, 3 }),
                             numberColumn("v", { 1, 2, 3 }, QStringLiteral("m/s")) },
        {});
    EXPECT_EQ(document.derivatives().derivativeTitle(1), QStringLiteral("d(temp)/d(time) [°C/h]"));
    EXPECT_EQ(document.derivatives().derivativeTitle(2), QStringLiteral("d(n)/d(time) [1/h]"));
    DerivativeSettings s = document.settings();
    s.order = 2;
    document.setSettings(s);
    EXPECT_EQ(document.derivatives().derivativeTitle(1), QStringLiteral("d2(temp)/d(time)2 [°C/h²]"));

    s.order = 1;
    s.xColumn = 3; // x with a compound unit
    document.setSettings(s);
    EXPECT_EQ(document.derivatives().derivativeTitle(1), QStringLiteral("d(temp)/d(v) [°C/(m/s)]"));

    s.xColumn = -1;
    document.setSettings(s);
    EXPECT_EQ(document.derivatives().derivativeTitle(1), QStringLiteral("d(temp)/d(x) [°C]"));
    EXPECT_EQ(document.derivatives().derivativeTitle(2), QStringLiteral("d(n)/d(x)"));
}

TEST(Document, TimeUnits)
{
    EXPECT_EQ(secondsPer(TimeUnit::Second), 1.0);
    EXPECT_EQ(secondsPer(TimeUnit::Minute), 60.0);
    EXPECT_EQ(secondsPer(TimeUnit::Hour), 3600.0);
    EXPECT_EQ(secondsPer(TimeUnit::Day), 86400.0);
    EXPECT_EQ(secondsPer(TimeUnit::Year), 31557600.0);
    EXPECT_EQ(timeUnitLabel(TimeUnit::Year), QStringLiteral("yr"));
    EXPECT_EQ(timeUnitLabel(TimeUnit::Minute), QStringLiteral("min"));
}

} // namespace
} // namespace tangent::ui
