// SPDX-License-Identifier: GPL-3.0-or-later
// The document's uncertainty band (ui/document/derivatives/derivativesband.cpp): each derivative's sd computed
// with it while the band is on, for numpy and the smoothing methods (in the background too), none
// made up for total variation, and turning it on is a view setting, not an edit.

#include "tests/ui/uncertainty/bandtestsupport.h"
#include "ui/document/document.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

SmoothingOptions method(SmoothingMethod m)
{
    SmoothingOptions options;
    options.method = m;
    return options;
}

TEST(DocumentBand, OffByDefaultAndWithoutSd)
{
    Document document;
    loadNoisySine(document);
    EXPECT_FALSE(document.derivatives().uncertaintyBand());
    ASSERT_EQ(document.derivatives().results().size(), 1U);
    EXPECT_TRUE(document.derivatives().results().front().sd.empty());
}

TEST(DocumentBand, NumpySdIsSigmaTimesTheRootSumOfSquaredWeights)
{
    Document document;
    loadNoisySine(document);
    QSignalSpy changed(&document, &Document::derivativesChanged);
    document.derivatives().setUncertaintyBand(true);
    EXPECT_FALSE(changed.isEmpty());
    const DerivativeResult& r = document.derivatives().results().front();
    const std::size_t rows = r.values.size();
    ASSERT_EQ(r.sd.size(), rows);
    EXPECT_TRUE(r.bandError.isEmpty());
    // σ is estimated from the data: near the noise's 0.05.
    EXPECT_NEAR(r.bandSigma, 0.05, 0.015);
    for (std::size_t i = 0; i < rows; ++i)
        EXPECT_NEAR(r.sd[i], numpySd(r.bandSigma, i, rows), 1e-12 * numpySd(r.bandSigma, i, rows)) << "row " << i;
}

TEST(DocumentBand, IsAViewSettingNotAnEdit)
{
    Document document;
    loadNoisySine(document);
    QSignalSpy toggled(&document, &Document::uncertaintyBandChanged);
    document.derivatives().setUncertaintyBand(true);
    document.derivatives().setUncertaintyBand(true);
    EXPECT_EQ(toggled.size(), 1);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
    document.derivatives().setUncertaintyBand(false);
    EXPECT_TRUE(document.derivatives().results().front().sd.empty());
}

TEST(DocumentBand, FollowsAnEditedCell)
{
    Document document;
    loadNoisySine(document);
    document.derivatives().setUncertaintyBand(true);
    const double before = document.derivatives().results().front().bandSigma;
    // A spike raises the noise estimate of the whole column: every row's sd follows at once.
    for (int row = 20; row < 180; row += 4)
        document.setValue(row, 1, document.value(row, 1) + 0.5);
    const DerivativeResult& r = document.derivatives().results().front();
    EXPECT_GT(r.bandSigma, before);
    EXPECT_NEAR(r.sd[100], numpySd(r.bandSigma, 100, r.values.size()), 1e-12);
}

TEST(DocumentBand, SmoothingMethodsInTheBackgroundCarryTheirBand)
{
    Document document;
    loadNoisySine(document, 3000); // above the runner's background threshold
    document.derivatives().setUncertaintyBand(true);
    document.setSmoothing(method(SmoothingMethod::Savgol));
    document.derivatives().finishComputing();
    const DerivativeResult& r = document.derivatives().results().front();
    ASSERT_EQ(r.sd.size(), 3000U);
    EXPECT_TRUE(r.bandError.isEmpty());
    // A Savitzky–Golay window averages: far narrower than numpy's central difference.
    EXPECT_GT(r.sd[1500], 0.0);
    EXPECT_LT(r.sd[1500], numpySd(r.bandSigma, 1500, 3000) / 3.0);
}

TEST(DocumentBand, TurningItOffWhileComputingDropsTheShownBand)
{
    Document document;
    loadNoisySine(document, 3000);
    document.derivatives().setUncertaintyBand(true);
    document.setSmoothing(method(SmoothingMethod::Savgol));
    document.derivatives().finishComputing();
    document.derivatives().setUncertaintyBand(false);
    EXPECT_TRUE(document.derivatives().results().front().sd.empty()); // also while the new job runs
    document.derivatives().finishComputing();
    EXPECT_TRUE(document.derivatives().results().front().sd.empty());
}

TEST(DocumentBand, EverySmoothingMethodButTotalVariationHasOne)
{
    for (const SmoothingMethod m :
        { SmoothingMethod::Savgol, SmoothingMethod::Spline, SmoothingMethod::Kalman, SmoothingMethod::Auto }) {
        Document document;
        loadNoisySine(document);
        document.derivatives().setUncertaintyBand(true);
        document.setSmoothing(method(m));
        document.derivatives().finishComputing();
        const DerivativeResult& r = document.derivatives().results().front();
        EXPECT_EQ(r.sd.size(), r.values.size()) << methodName(m);
        EXPECT_TRUE(r.bandError.isEmpty()) << methodName(m) << ": " << r.bandError.toStdString();
    }
}

TEST(DocumentBand, TotalVariationSaysItHasNoBand)
{
    Document document;
    loadNoisySine(document);
    document.derivatives().setUncertaintyBand(true);
    document.setSmoothing(method(SmoothingMethod::Tvr));
    document.derivatives().finishComputing();
    const DerivativeResult& r = document.derivatives().results().front();
    EXPECT_TRUE(r.sd.empty());
    EXPECT_FALSE(r.bandError.isEmpty());
    Diagnostic::Severity severity {};
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("No uncertainty band"), &severity))
        << allDiagnostics(document).toStdString();
    EXPECT_EQ(severity, Diagnostic::Severity::Warning);
}

TEST(DocumentBand, SaysWhatTheBandIs)
{
    Document document;
    loadNoisySine(document);
    EXPECT_FALSE(hasDiagnostic(document, QStringLiteral("95%")));
    document.derivatives().setUncertaintyBand(true);
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("±1.96 sd"))) << allDiagnostics(document).toStdString();
}

} // namespace
} // namespace tangent::ui
