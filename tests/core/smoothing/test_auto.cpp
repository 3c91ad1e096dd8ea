// SPDX-License-Identifier: GPL-3.0-or-later
// `auto` (core/smoothing/autochoice.cpp): it reports what it chose, the report reproduces the
// result, it respects what each method can do, and it beats the raw gradient on noise.

#include "tests/core/smoothing/smoothingtestsupport.h"

#include "core/gradient/gradient.h"

#include <random>

namespace tangent::smoothtest {
namespace {

SmoothingOptions autoMethod(int order = 1)
{
    return options(SmoothingMethod::Auto, order);
}

struct Noisy {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> truth;
};

Noisy noisy(double (*f)(double), double (*df)(double), std::size_t n, double noise, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> e(0.0, noise);
    std::uniform_real_distribution<double> jitter(-0.3, 0.3);
    Noisy d;
    const double h = 10.0 / static_cast<double>(n - 1);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = h * (static_cast<double>(i) + (i > 0 && i + 1 < n ? jitter(rng) : 0.0));
        d.x.push_back(t);
        d.y.push_back(f(t) + e(rng));
        d.truth.push_back(df(t));
    }
    return d;
}

double sine(double t)
{
    return std::sin(t);
}
double cosine(double t)
{
    return std::cos(t);
}
double kinked(double t)
{
    return std::abs(t - 5.3);
}
double step(double t)
{
    return t < 5.3 ? -1.0 : 1.0;
}

TEST(Auto, ReportsItsChoiceAndTheChoiceReproducesTheResult)
{
    const Noisy d = noisy(sine, cosine, 400, 0.05, 1);
    const SmoothingResult result = run(d.y, d.x, autoMethod());
    EXPECT_TRUE(result.chosenByAuto);
    EXPECT_NE(result.used.method, SmoothingMethod::Auto);
    EXPECT_NE(result.provenance().find("(method and parameters chosen automatically)"), std::string::npos);
    EXPECT_NE(result.objective.find("auto: chose"), std::string::npos) << result.objective;
    SmoothingOptions again = result.used;
    EXPECT_EQ(run(d.y, d.x, again).derivative, result.derivative) << result.provenance();
}

TEST(Auto, BeatsTheRawGradientByFarOnNoise)
{
    const Noisy d = noisy(sine, cosine, 1000, 0.05, 2);
    const SmoothingResult result = run(d.y, d.x, autoMethod());
    const std::vector<double> raw = gradient(d.y, d.x);
    EXPECT_LT(relativeRms(result.derivative, d.truth), 0.1 * relativeRms(raw, d.truth)) << result.provenance();
}

TEST(Auto, ChoosesTotalVariationForAKink)
{
    const Noisy d = noisy(kinked, step, 500, 0.01, 3);
    const SmoothingResult result = run(d.y, d.x, autoMethod());
    EXPECT_EQ(result.used.method, SmoothingMethod::Tvr) << result.objective;
}

TEST(Auto, SecondDerivativesNeverUseTotalVariation)
{
    const Noisy d = noisy(kinked, step, 300, 0.01, 4);
    const SmoothingResult result = run(d.y, d.x, autoMethod(2));
    EXPECT_NE(result.used.method, SmoothingMethod::Tvr);
    EXPECT_EQ(result.used.order, 2);
    EXPECT_THROW(run(d.y, d.x, autoMethod(3)), SmoothingError);
}

TEST(Auto, ShortSeriesGiveAResultOrASmoothingErrorNeverAnotherException)
{
    // Cross-validation halves the data: with few samples a half is shorter than some candidates
    // accept (total variation on two samples once threw std::length_error).
    for (std::size_t n = 4; n <= 12; ++n) {
        std::vector<double> y;
        for (std::size_t i = 0; i < n; ++i)
            y.push_back(std::sin(0.7 * static_cast<double>(i)) + 0.1 * static_cast<double>(i % 3));
        for (int order : { 1, 2 }) {
            try {
                const SmoothingResult result = runUniform(y, 0.5, autoMethod(order));
                EXPECT_EQ(result.derivative.size(), n) << n << " samples, order " << order;
            } catch (const SmoothingError& e) {
                EXPECT_NE(std::string(e.what()), "") << n << " samples, order " << order;
            }
        }
    }
}

} // namespace
} // namespace tangent::smoothtest
