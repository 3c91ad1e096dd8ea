// SPDX-License-Identifier: GPL-3.0-or-later
// The document's smoothing methods (ui/document/derivatives/derivativessmoothing.cpp): the same numbers as the
// core, one undo step per change, computations in the background that never land stale, and the
// noise diagnostics.

#include "smoothingtestsupport.h"

#include "ui/document/smoothingrunner.h"

#include <QThreadPool>
#include <QUndoStack>

namespace tangent::ui {
namespace {

using namespace testing;

/// Lets every job on the pool end and their queued signals be handled.
void settle()
{
    ASSERT_TRUE(QThreadPool::globalInstance()->waitForDone(60000));
    QTest::qWait(50);
}

class MethodCase : public ::testing::TestWithParam<SmoothingOptions> { };

TEST_P(MethodCase, DocumentDerivativeEqualsCoreBitForBit)
{
    Document document;
    document.loadColumns(noisySine(201, 0.02), {});
    document.setSmoothing(GetParam());
    ASSERT_FALSE(document.derivatives().isComputing()); // 201 rows are computed at once
    const DerivativeResult* result = document.derivatives().resultFor(1);
    ASSERT_NE(result, nullptr);
    ASSERT_TRUE(result->error.isEmpty()) << result->error.toStdString();
    const SmoothingResult expected = coreResult(document, 1, GetParam());
    EXPECT_TRUE(sameBits(result->values, expected.derivative));
    EXPECT_TRUE(sameBits(result->smoothed, expected.smoothed));
    ASSERT_TRUE(result->used.has_value());
    EXPECT_EQ(*result->used, expected.used);
    EXPECT_EQ(result->provenance.toStdString(), expected.provenance());
}

TEST_P(MethodCase, UndoAndRedoOfTheMethodChange)
{
    Document document;
    document.loadColumns(noisySine(201, 0.02), {});
    const std::vector<double> numpy = document.derivatives().resultFor(1)->values;
    document.setSmoothing(GetParam());
    ASSERT_EQ(document.undoStack()->count(), 1);
    const std::vector<double> smoothed = document.derivatives().resultFor(1)->values;
    EXPECT_FALSE(sameBits(smoothed, numpy));

    document.undoStack()->undo();
    EXPECT_EQ(document.settings().smoothing.method, SmoothingMethod::Numpy);
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, numpy));
    EXPECT_TRUE(document.derivatives().resultFor(1)->smoothed.empty());
    EXPECT_FALSE(document.derivatives().resultFor(1)->used.has_value());

    document.undoStack()->redo();
    EXPECT_EQ(document.settings().smoothing.method, GetParam().method);
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, smoothed));
}

INSTANTIATE_TEST_SUITE_P(EveryMethod, MethodCase,
    ::testing::Values(
        savgol(21, 3), savgol(31), method(SmoothingMethod::Savgol), method(SmoothingMethod::Spline),
        [] {
            SmoothingOptions o = method(SmoothingMethod::Spline);
            o.lam = 0.01;
            return o;
        }(),
        method(SmoothingMethod::Tvr),
        [] {
            SmoothingOptions o = method(SmoothingMethod::Tvr);
            o.alpha = 0.05;
            return o;
        }(),
        method(SmoothingMethod::Kalman),
        [] {
            SmoothingOptions o = method(SmoothingMethod::Kalman);
            o.ratio = -3.0;
            return o;
        }(),
        method(SmoothingMethod::Auto)));

TEST(DocumentSmoothing, UniformSpacingAndSecondOrder)
{
    Document document;
    document.loadColumns({ noisySine(101, 0.01)[1] }, {});
    DerivativeSettings settings = document.settings();
    settings.dx = 0.05;
    settings.order = 2;
    document.setSettings(settings);
    document.setSmoothing(savgol(15, 4));
    EXPECT_EQ(document.settings().smoothing.order, 2);
    const SmoothingResult expected = coreResult(document, 0, savgol(15, 4));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(0)->values, expected.derivative));
}

TEST(DocumentSmoothing, DateXIsInTheTimeUnit)
{
    std::vector<Column> columns = noisySine(60, 0.01);
    columns[0].kind = ColumnKind::DateTime;
    for (double& t : columns[0].values)
        t = 1.7e9 + t * 3600.0 * 10.0; // one sample every 0.63 h
    Document document;
    document.loadColumns(std::move(columns), {}, { 1, TimeUnit::Hour });
    document.setSmoothing(savgol(11, 2));
    const SmoothingResult expected = coreResult(document, 1, savgol(11, 2));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, expected.derivative));
    EXPECT_NEAR(document.derivatives().xValues()[1] - document.derivatives().xValues()[0], 0.63, 1e-9);
}

TEST(DocumentSmoothing, ABadParameterIsAClearErrorAndNoCrash)
{
    Document document;
    document.loadColumns(noisySine(15, 0.01), {});
    document.setSmoothing(savgol(21, 3));
    const DerivativeResult* result = document.derivatives().resultFor(1);
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(result->error.contains(QStringLiteral("cannot smooth 'signal'"))) << result->error.toStdString();
    EXPECT_EQ(result->values.size(), 15U);
    EXPECT_TRUE(std::isnan(result->values[3]));
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("cannot smooth 'signal'")))
        << allDiagnostics(document).toStdString();
}

TEST(DocumentSmoothing, GapsInYAreLeftToTheCore)
{
    std::vector<Column> columns = noisySine(101, 0.02);
    columns[1].values[40] = kNaN;
    columns[1].values[41] = kNaN;
    Document document;
    document.loadColumns(std::move(columns), {});
    document.setSmoothing(savgol(11, 3));
    const SmoothingResult expected = coreResult(document, 1, savgol(11, 3));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, expected.derivative));
}

TEST(DocumentSmoothing, AnEditedCellRecomputesTheWholeFit)
{
    Document document;
    document.loadColumns(noisySine(101, 0.02), {});
    document.setSmoothing(savgol(11, 3));
    document.setValue(50, 1, 3.0);
    const SmoothingResult expected = coreResult(document, 1, savgol(11, 3));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, expected.derivative));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->smoothed, expected.smoothed));
}

TEST(DocumentSmoothing, ASliderGestureIsOneUndoStep)
{
    Document document;
    document.loadColumns(noisySine(201, 0.02), {});
    document.setSmoothing(method(SmoothingMethod::Savgol));
    for (int window : { 11, 13, 15, 17 })
        document.setSmoothing(savgol(window), 7);
    EXPECT_EQ(document.undoStack()->count(), 2);
    EXPECT_EQ(document.settings().smoothing.window, 17);
    document.undoStack()->undo();
    EXPECT_EQ(document.settings().smoothing, [] {
        SmoothingOptions o = method(SmoothingMethod::Savgol);
        o.order = 1;
        return o;
    }());
    document.undoStack()->redo();
    EXPECT_EQ(document.settings().smoothing.window, 17);

    // Another gesture, or none, is a step of its own.
    document.setSmoothing(savgol(19), 8);
    document.setSmoothing(savgol(21));
    document.setSmoothing(savgol(23));
    EXPECT_EQ(document.undoStack()->count(), 5);
}

TEST(DocumentSmoothing, AGestureBackToItsStartLeavesNoStep)
{
    Document document;
    document.loadColumns(noisySine(201, 0.02), {});
    document.setSmoothing(savgol(11));
    document.setSmoothing(savgol(13), 3);
    document.setSmoothing(savgol(11), 3);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.settings().smoothing.window, 11);
}

// ---- Background computation ----

constexpr std::size_t kLarge = 20000; // > SmoothingRunner::kBackgroundPoints

TEST(DocumentSmoothingBackground, LargeTablesComputeOffTheGuiThreadShowingThePreviousResult)
{
    static_assert(kLarge > SmoothingRunner::kBackgroundPoints);
    Document document;
    document.loadColumns(noisySine(kLarge, 0.02, 0.001), {});
    const std::vector<double> numpy = document.derivatives().resultFor(1)->values;
    QSignalSpy computing(&document, &Document::computingChanged);
    document.setSmoothing(savgol(41, 3));
    ASSERT_TRUE(document.derivatives().isComputing());
    // Meanwhile the previous (numpy) values are shown, as they are: nothing claims to be smoothed.
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, numpy));
    EXPECT_FALSE(document.derivatives().resultFor(1)->used.has_value());
    EXPECT_TRUE(document.derivatives().methodLabel(1).isEmpty());

    ASSERT_TRUE(waitUntilComputed(document));
    ASSERT_EQ(computing.count(), 2);
    EXPECT_TRUE(computing.at(0).at(0).toBool());
    EXPECT_FALSE(computing.at(1).at(0).toBool());
    const SmoothingResult expected = coreResult(document, 1, savgol(41, 3));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, expected.derivative));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->smoothed, expected.smoothed));
}

TEST(DocumentSmoothingBackground, AChangeArrivingWhileOneRunsSupersedesIt)
{
    Document document;
    document.loadColumns(noisySine(kLarge, 0.02, 0.001), {});
    // Every result that lands is recorded: the first change's must never be among them.
    std::vector<std::optional<int>> landed;
    QObject::connect(&document, &Document::derivativesChanged, [&document, &landed] {
        const DerivativeResult* r = document.derivatives().resultFor(1);
        landed.push_back(r && r->used ? r->used->window : std::nullopt);
    });
    document.setSmoothing(savgol(101, 3));
    ASSERT_TRUE(document.derivatives().isComputing());
    document.setSmoothing(savgol(21, 3));
    ASSERT_TRUE(waitUntilComputed(document));
    // The first job may still be finishing on the pool: let its (dropped) result arrive.
    settle();
    for (const auto& window : landed)
        EXPECT_NE(window, std::optional<int>(101));
    const SmoothingResult expected = coreResult(document, 1, savgol(21, 3));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, expected.derivative));
    EXPECT_EQ(document.undoStack()->count(), 2);
}

TEST(DocumentSmoothingBackground, BackToNumpyWhileOneRunsDropsIt)
{
    Document document;
    document.loadColumns(noisySine(kLarge, 0.02, 0.001), {});
    const std::vector<double> numpy = document.derivatives().resultFor(1)->values;
    document.setSmoothing(method(SmoothingMethod::Spline));
    ASSERT_TRUE(document.derivatives().isComputing());
    document.undoStack()->undo();
    EXPECT_FALSE(document.derivatives().isComputing());
    settle();
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, numpy));
    EXPECT_FALSE(document.derivatives().resultFor(1)->used.has_value());
}

TEST(DocumentSmoothingBackground, FinishComputingDeliversAtOnce)
{
    Document document;
    document.loadColumns(noisySine(kLarge, 0.02, 0.001), {});
    document.setSmoothing(savgol(31, 2));
    document.derivatives().finishComputing();
    EXPECT_FALSE(document.derivatives().isComputing());
    const SmoothingResult expected = coreResult(document, 1, savgol(31, 2));
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, expected.derivative));
}

TEST(DocumentSmoothingBackground, RowsInsertedWhileComputingKeepTheShownResultTheTablesLength)
{
    Document document;
    document.loadColumns(noisySine(kLarge, 0.02, 0.001), {});
    document.setSmoothing(savgol(31, 2));
    document.insertRows(10, 3);
    EXPECT_EQ(document.derivatives().resultFor(1)->values.size(), kLarge + 3);
    ASSERT_TRUE(waitUntilComputed(document));
    EXPECT_EQ(document.derivatives().resultFor(1)->values.size(), kLarge + 3);
}

// ---- Noise diagnostics ----

TEST(DocumentNoise, NoisyDataSuggestsASmoothingMethod)
{
    Document document;
    document.loadColumns(noisySine(201, 0.05), {});
    Diagnostic::Action action = Diagnostic::Action::None;
    ASSERT_TRUE(hasDiagnostic(document, QStringLiteral("mostly noise (SNR"), nullptr, &action))
        << allDiagnostics(document).toStdString();
    EXPECT_EQ(action, Diagnostic::Action::UseAutomatic);
    const auto level = document.derivatives().noiseLevel(1);
    ASSERT_TRUE(level.has_value());
    EXPECT_NEAR(level->sigma, 0.05, 0.01);
    EXPECT_NEAR(level->derivativeNoise, 0.05 / (std::sqrt(2.0) * 0.063), 0.15);

    document.setSmoothing(method(SmoothingMethod::Auto));
    EXPECT_FALSE(hasDiagnostic(document, QStringLiteral("mostly noise")));
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("Noise on 'signal': σ ≈")))
        << allDiagnostics(document).toStdString();
}

TEST(DocumentNoise, CleanDataGivesNoHint)
{
    Document document;
    document.loadColumns(noisySine(201, 0.0), {});
    EXPECT_FALSE(hasDiagnostic(document, QStringLiteral("mostly noise"))) << allDiagnostics(document).toStdString();
    document.loadColumns(noisySine(201, 0.0005), {});
    EXPECT_FALSE(hasDiagnostic(document, QStringLiteral("mostly noise"))) << allDiagnostics(document).toStdString();
}

} // namespace
} // namespace tangent::ui
