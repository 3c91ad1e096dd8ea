// SPDX-License-Identifier: GPL-3.0-or-later
// The Explain panel's band section (ui/uncertainty/bandexplanation.h): numpy's and
// Savitzky–Golay's propagation written out (σ, the weights, Σ w², sd), where the others' band comes
// from, and why total variation has none; nothing while the band is off.

#include "tests/ui/uncertainty/bandtestsupport.h"
#include "ui/classroom/explainpanel.h"
#include "ui/document/document.h"
#include "ui/uncertainty/bandexplanation.h"

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

TEST(BandExplanation, NothingWhileTheBandIsOff)
{
    Document document;
    loadNoisySine(document);
    EXPECT_FALSE(explainBand(document, 1, 50).has_value());
}

TEST(BandExplanation, NumpyCentralDifferenceHasSumOfSquaresOneOverTwoHSquared)
{
    Document document;
    loadNoisySine(document);
    document.derivatives().setUncertaintyBand(true);
    const auto e = explainBand(document, 1, 50);
    ASSERT_TRUE(e.has_value());
    ASSERT_TRUE(e->linear);
    // (y[51] − y[49]) / 2h: weights ∓1/2h, Σ w² = 2 / (2h)² = 1 / (2h²). (t = i · 0.05 is not
    // exactly uniform in binary: numpy's uneven formula gives y[50] a weight of rounding size.)
    EXPECT_NEAR(e->sumOfSquares, 1.0 / (2.0 * kBandStep * kBandStep), 1e-6);
    EXPECT_TRUE(e->weights.contains(QStringLiteral("y[49]"))) << e->weights.toStdString();
    EXPECT_TRUE(e->weights.contains(QStringLiteral("y[51]")));
    const DerivativeResult& r = *document.derivatives().resultFor(1);
    EXPECT_NEAR(e->sd, r.bandSigma * std::sqrt(e->sumOfSquares), 1e-12);
    EXPECT_EQ(e->sd, r.sd[50]);
}

TEST(BandExplanation, TheFirstRowIsTheOneSidedDifference)
{
    Document document;
    loadNoisySine(document);
    document.derivatives().setUncertaintyBand(true);
    const auto e = explainBand(document, 1, 0);
    ASSERT_TRUE(e && e->linear);
    EXPECT_NEAR(e->sumOfSquares, 2.0 / (kBandStep * kBandStep), 1e-6);
}

TEST(BandExplanation, SavitzkyGolaySumsItsWindowsSquaredWeights)
{
    Document document;
    loadNoisySine(document);
    SmoothingOptions savgol;
    savgol.method = SmoothingMethod::Savgol;
    savgol.window = 11;
    savgol.polyorder = 2;
    document.setSmoothing(savgol);
    document.derivatives().setUncertaintyBand(true);
    const auto e = explainBand(document, 1, 100);
    ASSERT_TRUE(e && e->linear);
    // The quadratic's derivative over 11 uniform points is the least-squares slope:
    // weights j / (h Σ j²), j = −5..5, Σ j² = 110, so Σ w² = 1 / (110 h²).
    EXPECT_NEAR(e->sumOfSquares, 1.0 / (110.0 * kBandStep * kBandStep), 1e-6);
    EXPECT_NEAR(e->sd, e->sigma * std::sqrt(e->sumOfSquares), 1e-12);
}

TEST(BandExplanation, OtherMethodsSayWhereTheirBandComesFrom)
{
    Document document;
    loadNoisySine(document);
    SmoothingOptions kalman;
    kalman.method = SmoothingMethod::Kalman;
    document.setSmoothing(kalman);
    document.derivatives().setUncertaintyBand(true);
    const auto e = explainBand(document, 1, 100);
    ASSERT_TRUE(e.has_value());
    EXPECT_FALSE(e->linear);
    EXPECT_TRUE(e->available);
    EXPECT_TRUE(e->paragraph.contains(QStringLiteral("Kalman"))) << e->paragraph.toStdString();
}

TEST(BandExplanation, TotalVariationSaysWhy)
{
    Document document;
    loadNoisySine(document);
    SmoothingOptions tvr;
    tvr.method = SmoothingMethod::Tvr;
    document.setSmoothing(tvr);
    document.derivatives().setUncertaintyBand(true);
    const auto e = explainBand(document, 1, 100);
    ASSERT_TRUE(e.has_value());
    EXPECT_FALSE(e->available);
    EXPECT_EQ(e->paragraph, document.derivatives().resultFor(1)->bandError);
}

TEST(BandExplanation, ThePanelShowsTheSumOfSquares)
{
    Document document;
    loadNoisySine(document);
    ExplainPanel panel(&document);
    panel.setRow(50);
    panel.updateNow();
    EXPECT_FALSE(panel.displayedText().contains(QStringLiteral("Σ w²")));
    document.derivatives().setUncertaintyBand(true);
    panel.updateNow();
    const QString text = panel.displayedText();
    EXPECT_TRUE(text.contains(QStringLiteral("Uncertainty band"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Σ w² = 200"))) << text.toStdString(); // 1 / (2 · 0.05²)
    EXPECT_TRUE(text.contains(QStringLiteral("σ = "))) << text.toStdString();
}

} // namespace
} // namespace tangent::ui
