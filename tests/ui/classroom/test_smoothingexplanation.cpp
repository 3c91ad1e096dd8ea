// SPDX-License-Identifier: GPL-3.0-or-later
// The Explain panel for smoothed derivatives: the Savitzky–Golay weights at the selected row are
// the core's, they reproduce the derivative, and the rows they read are highlighted in the table
// and on the chart; the other methods get their paragraph and equivalent call.

#include "ui/classroom/smoothingexplanation.h"

#include "tests/ui/document/smoothedresults.h"
#include "tests/ui/uitestsupport.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/classroom/explainpanel.h"
#include "ui/classroom/methodtext.h"
#include "ui/document/document.h"
#include "ui/mainwindow.h"
#include "ui/table/tablemodel.h"

#include <QApplication>
#include <QClipboard>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

using testing::ensureSmoothed;
using testing::numberColumn;

/// 120 samples of a noisy sine at x = 0, 0.1, ... (noise from a fixed formula).
std::vector<Column> noisySine()
{
    std::vector<double> x(120);
    std::vector<double> y(120);
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = 0.1 * static_cast<double>(i);
        y[i] = std::sin(x[i]) + 0.05 * std::sin(57.0 * x[i] + 1.0);
    }
    return { numberColumn("x", x), numberColumn("y", y) };
}

class SmoothingExplanationTest : public ::testing::Test {
protected:
    void useMethod(const SmoothingOptions& options)
    {
        document()->loadColumns(noisySine(), {});
        DerivativeSettings settings = document()->settings();
        settings.smoothing = options;
        document()->setSettings(settings);
        ensureSmoothed(*document());
        panel()->setYColumn(1);
        panel()->updateNow();
    }
    Document* document() { return window.document(); }
    ExplainPanel* panel() { return window.explainPanel(); }

    MainWindow window;
};

SmoothingOptions savgol(int window, int polyorder)
{
    SmoothingOptions o;
    o.method = SmoothingMethod::Savgol;
    o.window = window;
    o.polyorder = polyorder;
    return o;
}

TEST_F(SmoothingExplanationTest, SavgolWeightsAreTheCoresAndReproduceTheValue)
{
    useMethod(savgol(11, 3));
    const Column& x = document()->column(0);
    const Column& y = document()->column(1);
    const std::vector<SavgolRowWeights> core
        = savgolExplain(Series { y.values, x.values }, *document()->derivatives().resultFor(1)->used);
    for (const int row : { 0, 3, 5, 60, 114, 119 }) {
        SCOPED_TRACE(row);
        panel()->setRow(row);
        const SmoothingRowExplanation* e = panel()->smoothingExplanation();
        ASSERT_NE(e, nullptr);
        ASSERT_TRUE(e->weights.has_value());
        const SavgolRowWeights& expected = core[static_cast<std::size_t>(row)];
        EXPECT_EQ(e->weights->rows, expected.rows);
        EXPECT_TRUE(testing::sameBits(e->weights->weights, expected.weights));
        ASSERT_EQ(e->weightValues.size(), expected.rows.size());

        // Σ wⱼ·yⱼ against the derivative the window shows. The filter sums the same products in
        // another order (folded about the centre in the interior), so they agree to rounding: the
        // error of summing W terms in any order is at most (W − 1)·ε·Σ|wⱼ·yⱼ|; twice that is the
        // tolerance.
        double sum = 0.0;
        double magnitude = 0.0;
        for (std::size_t j = 0; j < expected.rows.size(); ++j) {
            const double product = e->weights->weights[j] * y.values[expected.rows[j]];
            sum += product;
            magnitude += std::abs(product);
        }
        const double eps = std::numeric_limits<double>::epsilon();
        const double value = document()->derivatives().resultFor(1)->values[static_cast<std::size_t>(row)];
        EXPECT_EQ(e->value, value);
        EXPECT_NEAR(sum, value, 2.0 * 10.0 * eps * magnitude);
        EXPECT_GT(magnitude, 0.0);
    }
}

TEST_F(SmoothingExplanationTest, SavgolRowsAreHighlightedInTableAndChart)
{
    useMethod(savgol(11, 3));
    panel()->setRow(60);
    QList<int> window11;
    for (int k = 55; k <= 65; ++k)
        window11 << k;
    EXPECT_EQ(panel()->highlightedRows(), window11);
    EXPECT_EQ(window.tableModel()->highlightedRows(), window11);
    EXPECT_EQ(window.chartView()->overlays()->highlightedRows(), window11);
    // At the start the window is the first 11 rows, fitted once (scipy's mode='interp').
    panel()->setRow(2);
    QList<int> first11;
    for (int k = 0; k <= 10; ++k)
        first11 << k;
    EXPECT_EQ(panel()->highlightedRows(), first11);
    const QString text = panel()->displayedText();
    EXPECT_TRUE(text.contains(QStringLiteral("Savitzky–Golay"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("f′[i] = Σ cⱼ · y[i+j]")));
    EXPECT_TRUE(text.contains(QStringLiteral("scipy.signal.savgol_filter(y, 11, 3, deriv=1, delta=0.1)")));
}

/// Long columns: each row's weights come from its window alone; they must equal the whole
/// column's, bit for bit, for a uniform dx, an evenly spaced x column and an uneven one.
TEST(SmoothingExplainer, LongColumnWeightsFromTheWindowEqualTheWholeColumns)
{
    const std::size_t n = SmoothingExplainer::kMaxWeightRows + 1;
    std::vector<double> y(n);
    std::vector<double> even(n);
    std::vector<double> uneven(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto t = static_cast<double>(i);
        y[i] = std::sin(t * 1e-3) + 0.01 * std::sin(7.0 * t);
        even[i] = 0.5 * t;
        uneven[i] = t + 0.3 * std::sin(t);
    }
    for (const int spacing : { 0, 1, 2 }) {
        SCOPED_TRACE(spacing);
        Document document;
        if (spacing == 0)
            document.loadColumns({ numberColumn("y", y) }, {});
        else
            document.loadColumns({ numberColumn("x", spacing == 1 ? even : uneven), numberColumn("y", y) }, {});
        DerivativeSettings settings = document.settings();
        if (spacing == 0) {
            settings.xColumn = -1;
            settings.dx = 0.25;
        }
        settings.smoothing = savgol(9, 3);
        document.setSettings(settings);
        ensureSmoothed(document);
        const int yColumn = spacing == 0 ? 0 : 1;
        const std::vector<double> x = spacing == 0 ? std::vector<double> {} : document.derivatives().xValues();
        const std::vector<SavgolRowWeights> whole = savgolExplain(
            Series { document.column(yColumn).values, x, 0.25 }, *document.derivatives().resultFor(yColumn)->used);
        SmoothingExplainer explainer(&document);
        for (const int row : { 0, 3, 4, 5, 100'000, 199'995, 199'996, 200'000 }) {
            SCOPED_TRACE(row);
            const std::optional<SmoothingRowExplanation> e = explainer.explain(yColumn, row);
            ASSERT_TRUE(e.has_value());
            ASSERT_TRUE(e->weights.has_value()) << e->weightsMessage.toStdString();
            const SavgolRowWeights& expected = whole[static_cast<std::size_t>(row)];
            EXPECT_EQ(e->weights->row, expected.row);
            EXPECT_EQ(e->weights->rows, expected.rows);
            EXPECT_TRUE(testing::sameBits(e->weights->weights, expected.weights));
        }
    }
}

TEST_F(SmoothingExplanationTest, CopyGivesTheWeightedSum)
{
    useMethod(savgol(5, 2));
    panel()->setRow(10);
    const SmoothingRowExplanation* e = panel()->smoothingExplanation();
    ASSERT_NE(e, nullptr);
    panel()->copyRow();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(weightedSumText(*e->weights))) << copied.toStdString();
    EXPECT_TRUE(weightedSumText(*e->weights).endsWith(QStringLiteral(" * y[12]")));
    EXPECT_TRUE(weightedSumText(*e->weights).contains(QStringLiteral(" * y[8] + ")));
}

TEST_F(SmoothingExplanationTest, SplineTvrKalmanExplainWhatWasMinimised)
{
    SmoothingOptions spline;
    spline.method = SmoothingMethod::Spline;
    spline.lam = 0.06;
    useMethod(spline);
    panel()->setRow(40);
    QString text = panel()->displayedText();
    EXPECT_TRUE(text.contains(QStringLiteral("λ = 0.06"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("set by hand")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("scipy.interpolate.make_smoothing_spline(x, y, lam=0.06).derivative()(x)")));
    EXPECT_TRUE(panel()->highlightedRows().isEmpty());
    // The derivative column's header says the same, and the whole computation (numpy's formulas)
    // is not offered for a smoothed column.
    // (After the whole header, which a narrow column elides.)
    EXPECT_TRUE(window.tableModel()
                    ->headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral(
                        "\nComputed as scipy.interpolate.make_smoothing_spline(x, y, lam=0.06).derivative()(x)")));
    EXPECT_EQ(panel()->showWholeComputation(), nullptr);

    SmoothingOptions tvr;
    tvr.method = SmoothingMethod::Tvr;
    useMethod(tvr);
    panel()->setRow(40);
    text = panel()->displayedText();
    EXPECT_TRUE(text.contains(QStringLiteral("cross-validation"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("tangent-cli FILE.csv --x x --y y --method tvr --alpha ")));

    SmoothingOptions kalman;
    kalman.method = SmoothingMethod::Kalman;
    useMethod(kalman);
    panel()->setRow(40);
    text = panel()->displayedText();
    EXPECT_TRUE(text.contains(QStringLiteral("maximum likelihood"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("--method kalman --ratio ")));
}

TEST_F(SmoothingExplanationTest, AutoNamesWhatItChose)
{
    SmoothingOptions automatic;
    automatic.method = SmoothingMethod::Auto;
    useMethod(automatic);
    panel()->setRow(30);
    const SmoothingRowExplanation* e = panel()->smoothingExplanation();
    ASSERT_NE(e, nullptr);
    const QString chosen = methodTitle(e->used.method);
    const QString text = panel()->displayedText();
    EXPECT_TRUE(text.contains(QStringLiteral("Automatic chose %1").arg(chosen))) << text.toStdString();
    EXPECT_TRUE(e->chosenByAuto);
    EXPECT_TRUE(e->automatic);
}

TEST_F(SmoothingExplanationTest, NumpyKeepsNumpysExplanation)
{
    document()->loadColumns(noisySine(), {});
    panel()->setYColumn(1);
    panel()->setRow(5);
    EXPECT_EQ(panel()->smoothingExplanation(), nullptr);
    ASSERT_NE(panel()->explainedPoint(), nullptr);
    // x = 0.1·i is not exactly evenly spaced in binary, so numpy weights rows 4, 5 and 6.
    EXPECT_EQ(panel()->highlightedRows(), (QList<int> { 4, 5, 6 }));
}

} // namespace
} // namespace tangent::ui
