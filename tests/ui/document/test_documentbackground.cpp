// SPDX-License-Identifier: GPL-3.0-or-later
// numpy.gradient computed off the GUI thread on a very large table (DocumentDerivatives'
// background path, reached here on small tables through setNumpyBackgroundPoints): the same
// numbers as the core, the spacing resolved with them, an edit made meanwhile never lost, and a
// stale job never landing.

#include "smoothingtestsupport.h"

#include "core/gradient/gradient.h"
#include "core/gradient/spacing.h"
#include "ui/document/smoothingrunner.h"

#include <QThreadPool>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

namespace tangent::ui {
namespace {

using namespace testing;

constexpr std::size_t kRows = 500;

/// Lets every job on the pool end and their queued signals be handled.
void settle()
{
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(60000));
    QTest::qWait(50);
}

/// t unevenly spaced (numpy's non-uniform formulas) and y = sin(t).
std::vector<Column> unevenSine(std::size_t n)
{
    std::vector<double> x(n);
    std::vector<double> y(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = 0.01 * static_cast<double>(i) + 0.003 * std::sin(static_cast<double>(i));
        y[i] = std::sin(x[i]);
    }
    return { numberColumn("t", std::move(x), "s"), numberColumn("y", std::move(y), "m") };
}

/// A document that computes numpy.gradient in the background from `points` points on.
void useBackground(Document& document, std::size_t points = 10)
{
    document.derivatives().setNumpyBackgroundPoints(points);
}

bool allGaps(const std::vector<double>& values)
{
    return std::ranges::none_of(values, [](double v) { return std::isfinite(v); });
}

TEST(DocumentNumpyBackground, LandsWithTheCoreNumbersAndTheSpacing)
{
    for (const bool uneven : { false, true }) {
        for (const int edgeOrder : { 1, 2 }) {
            for (const int order : { 1, 2 }) {
                Document document;
                useBackground(document);
                LoadPreferences preferences;
                preferences.edgeOrder = edgeOrder;
                document.loadColumns(uneven ? unevenSine(kRows) : noisySine(kRows, 0.01), {}, preferences);
                DerivativeSettings settings = document.settings();
                settings.order = order;
                document.setSettings(settings);
                ASSERT_TRUE(document.derivatives().isComputing());
                // Meanwhile: gaps for a new table, and no spacing to explain with.
                EXPECT_TRUE(allGaps(document.derivatives().resultFor(1)->values));
                EXPECT_EQ(document.derivatives().resolvedSpacing(), nullptr);
                QSignalSpy changed(&document, &Document::derivativesChanged);
                ASSERT_TRUE(waitUntilComputed(document));
                EXPECT_EQ(changed.count(), 1);

                const std::vector<double>& x = document.column(0).values;
                const std::vector<double> expected
                    = derivative(document.column(1).values, Spacing::coordinates(x), edgeOrder, order);
                EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, expected));
                ASSERT_NE(document.derivatives().resolvedSpacing(), nullptr);
                EXPECT_EQ(document.derivatives().resolvedSpacing()->uniform(),
                    spacingFacts(x).uniformity == Uniformity::Exact);
            }
        }
    }
}

TEST(DocumentNumpyBackground, EqualsTheSynchronousComputationWithTheBand)
{
    Document synchronous;
    synchronous.loadColumns(noisySine(kRows, 0.05), {});
    synchronous.derivatives().setUncertaintyBand(true);
    ASSERT_FALSE(synchronous.derivatives().isComputing());

    Document background;
    useBackground(background);
    background.loadColumns(noisySine(kRows, 0.05), {});
    background.derivatives().setUncertaintyBand(true);
    ASSERT_TRUE(background.derivatives().isComputing());
    background.derivatives().finishComputing();
    EXPECT_FALSE(background.derivatives().isComputing());

    const DerivativeResult* expected = synchronous.derivatives().resultFor(1);
    const DerivativeResult* actual = background.derivatives().resultFor(1);
    ASSERT_NE(actual, nullptr);
    ASSERT_FALSE(expected->sd.empty());
    EXPECT_TRUE(sameBits(actual->values, expected->values));
    EXPECT_TRUE(sameBits(actual->sd, expected->sd));
    EXPECT_EQ(actual->bandSigma, expected->bandSigma);
    EXPECT_EQ(allDiagnostics(background), allDiagnostics(synchronous));
}

TEST(DocumentNumpyBackground, ASpacingErrorLandsAsTheSynchronousOne)
{
    // One row: numpy needs at least edge_order + 1 coordinates.
    const std::vector<Column> one { numberColumn("t", { 0.0 }), numberColumn("y", { 1.0 }) };
    Document synchronous;
    synchronous.loadColumns(one, {});
    Document background;
    useBackground(background, 0);
    background.loadColumns(one, {});
    ASSERT_TRUE(background.derivatives().isComputing());
    ASSERT_TRUE(waitUntilComputed(background));
    const DerivativeResult* expected = synchronous.derivatives().resultFor(1);
    const DerivativeResult* actual = background.derivatives().resultFor(1);
    ASSERT_FALSE(expected->error.isEmpty());
    EXPECT_EQ(actual->error, expected->error);
    EXPECT_TRUE(sameBits(actual->values, expected->values));
    EXPECT_EQ(background.derivatives().resolvedSpacing(), nullptr);
}

TEST(DocumentNumpyBackground, AnEditWhileComputingWins)
{
    Document document;
    useBackground(document);
    document.loadColumns(noisySine(kRows, 0.01), {});
    ASSERT_TRUE(document.derivatives().isComputing());
    // Every result that lands is recorded (meanwhile the rows show gaps): the unedited table's
    // must never be among them.
    std::vector<double> landedAtEdit;
    QObject::connect(&document, &Document::derivativesChanged, [&document, &landedAtEdit] {
        const double value = document.derivatives().resultFor(1)->values.at(100);
        if (!std::isnan(value))
            landedAtEdit.push_back(value);
    });
    document.setValue(100, 1, 5.0);
    EXPECT_EQ(document.value(100, 1), 5.0);
    ASSERT_TRUE(document.derivatives().isComputing());
    ASSERT_TRUE(waitUntilComputed(document));
    settle(); // the first job's (dropped) result, had it been queued
    const std::vector<double> expected
        = derivative(document.column(1).values, Spacing::coordinates(document.column(0).values), 1, 1);
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, expected));
    ASSERT_FALSE(landedAtEdit.empty());
    for (const double value : landedAtEdit)
        EXPECT_TRUE(sameBits(value, expected[100]));
    // And undo brings the unedited table's derivative back, in the background again.
    document.undoStack()->undo();
    document.derivatives().finishComputing();
    const std::vector<double> unedited
        = derivative(document.column(1).values, Spacing::coordinates(document.column(0).values), 1, 1);
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, unedited));
}

TEST(DocumentNumpyBackground, GroupingWhileComputingDropsTheUngroupedJob)
{
    std::vector<Column> columns = noisySine(kRows, 0.01);
    std::vector<double> group(kRows);
    for (std::size_t i = 0; i < kRows; ++i)
        group[i] = i < kRows / 2 ? 1.0 : 2.0;
    columns.push_back(numberColumn("g", std::move(group)));
    Document grouped;
    grouped.loadColumns(columns, {});
    grouped.setSettings(grouped.derivatives().groupedSettings(2));

    Document document;
    useBackground(document);
    document.loadColumns(columns, {});
    ASSERT_TRUE(document.derivatives().isComputing());
    document.setSettings(document.derivatives().groupedSettings(2));
    EXPECT_FALSE(document.derivatives().isComputing());
    settle();
    ASSERT_FALSE(grouped.derivatives().groups().names.empty());
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, grouped.derivatives().resultFor(1)->values));
}

TEST(DocumentNumpyBackground, ADocumentMayGoWhileItsJobRuns)
{
    // The job copies the columns on its worker: the document waits for a copy under way, and a
    // job not copying yet never reads them (SmoothingRunner::releaseSources).
    for (int i = 0; i < 20; ++i) {
        auto document = std::make_unique<Document>();
        useBackground(*document);
        document->loadColumns(noisySine(kRows, 0.01), {});
        ASSERT_TRUE(document->derivatives().isComputing());
        if (i % 2 == 1)
            document->setValue(3, 1, 1.0); // and a change of the columns while it runs
        document.reset();
    }
    settle();
}

} // namespace
} // namespace tangent::ui
