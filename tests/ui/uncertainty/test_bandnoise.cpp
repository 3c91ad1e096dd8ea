// SPDX-License-Identifier: GPL-3.0-or-later
// The band's σ given per column in the window (DocumentDerivatives::setBandNoiseSd, View → Band Noise
// Levels…): the sd follows the σ given, clearing it estimates again, the dialog refuses what is not
// a σ, and the equivalent call names it.

#include "tests/ui/uncertainty/bandtestsupport.h"
#include "ui/document/document.h"
#include "ui/document/equivalentcall.h"
#include "ui/uncertainty/bandnoisedialog.h"

#include <QLabel>
#include <QLineEdit>

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

TEST(BandNoise, TheSdFollowsTheSigmaGivenForTheColumn)
{
    Document document;
    loadNoisySine(document, 200, 2);
    document.derivatives().setUncertaintyBand(true);
    const double estimated = document.derivatives().resultFor(2)->bandSigma;
    document.derivatives().setBandNoiseSd(1, 0.5);
    EXPECT_EQ(document.derivatives().bandNoiseSd(1), 0.5);
    const DerivativeResult& given = *document.derivatives().resultFor(1);
    EXPECT_EQ(given.bandSigma, 0.5);
    for (std::size_t i = 0; i < 200; ++i)
        EXPECT_NEAR(given.sd[i], numpySd(0.5, i, 200), 1e-12) << "row " << i;
    EXPECT_EQ(document.derivatives().resultFor(2)->bandSigma, estimated); // the other column: still estimated
    EXPECT_FALSE(document.isModified());

    document.derivatives().setBandNoiseSd(1, 0.0); // not a σ: ignored
    EXPECT_EQ(document.derivatives().bandNoiseSd(1), 0.5);
    document.derivatives().setBandNoiseSd(1, std::nullopt);
    EXPECT_FALSE(document.derivatives().bandNoiseSd(1));
    EXPECT_NEAR(document.derivatives().resultFor(1)->bandSigma, 0.05, 0.015);
}

TEST(BandNoise, DialogGivesClearsAndRefuses)
{
    Document document;
    loadNoisySine(document, 200, 2);
    document.derivatives().setBandNoiseSd(2, 0.3);
    BandNoiseDialog dialog(document, nullptr);
    auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("bandNoise-1"));
    auto* second = dialog.findChild<QLineEdit*>(QStringLiteral("bandNoise-2"));
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->text(), QString());
    EXPECT_EQ(second->text(), QStringLiteral("0.3"));
    first->setText(QStringLiteral("-1"));
    second->clear();
    EXPECT_FALSE(dialog.apply());
    EXPECT_EQ(document.derivatives().bandNoiseSd(2), 0.3); // nothing changed
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("bandNoiseProblem"))->text().contains(QStringLiteral("'y'")));
    first->setText(QStringLiteral("0.25"));
    EXPECT_TRUE(dialog.apply());
    EXPECT_EQ(document.derivatives().bandNoiseSd(1), 0.25);
    EXPECT_FALSE(document.derivatives().bandNoiseSd(2));
}

TEST(BandNoise, TheEquivalentCallNamesTheBandAndItsSigma)
{
    Document document;
    loadNoisySine(document, 200, 1);
    EXPECT_FALSE(
        equivalentCall(document, *document.derivatives().resultFor(1)).text.contains(QStringLiteral("--uncertainty")));
    SmoothingOptions kalman; // no scipy equivalent: the call is tangent-cli's
    kalman.method = SmoothingMethod::Kalman;
    document.setSmoothing(kalman);
    document.derivatives().setUncertaintyBand(true);
    document.derivatives().setBandNoiseSd(1, 0.5);
    document.derivatives().finishComputing();
    const QString text = equivalentCall(document, *document.derivatives().resultFor(1)).text;
    EXPECT_TRUE(text.endsWith(QStringLiteral("--uncertainty --noise-sd 0.5"))) << text.toStdString();
}

} // namespace
} // namespace tangent::ui
