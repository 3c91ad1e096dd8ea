// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipe/recipe.h"

#include <gtest/gtest.h>

#include <cstring>
#include <limits>
#include <random>

namespace tangent {
namespace {

using Args = std::vector<std::string>;

TEST(Recipe, DefaultFormatsAsNoArguments)
{
    EXPECT_TRUE(formatRecipe(Recipe {}).empty());
    EXPECT_EQ(parseRecipe({}), Recipe {});
}

TEST(Recipe, FormatIsTheCanonicalArgumentList)
{
    Recipe r;
    r.xColumn = "t";
    r.smoothing.method = SmoothingMethod::Savgol;
    r.smoothing.window = 21;
    r.smoothing.polyorder = 3;
    EXPECT_EQ(formatRecipe(r), (Args { "--x", "t", "--method", "savgol", "--window", "21", "--polyorder", "3" }));
}

TEST(Recipe, ParsesEveryOption)
{
    const Recipe r = parseRecipe(
        { "--dx", "0.5", "--y", "a,b", "--time-unit", "h", "--group", "site", "--edge-order", "2", "--order", "2",
            "--method", "kalman", "--ratio", "-1.5", "--smoothed", "--uncertainty", "--noise-sd", "0.25", "--strict" });
    EXPECT_EQ(r.dx, 0.5);
    EXPECT_EQ(r.yColumns, (Args { "a", "b" }));
    EXPECT_EQ(r.timeUnit, TimeUnit::Hour);
    EXPECT_EQ(r.group, "site");
    EXPECT_EQ(r.edgeOrder, 2);
    EXPECT_EQ(r.order, 2);
    EXPECT_EQ(r.smoothing.order, 2); // kept equal to the recipe's order
    EXPECT_EQ(r.smoothing.method, SmoothingMethod::Kalman);
    EXPECT_EQ(r.smoothing.ratio, -1.5);
    EXPECT_TRUE(r.smoothed);
    EXPECT_TRUE(r.uncertainty);
    EXPECT_EQ(r.noiseSd, 0.25);
    EXPECT_TRUE(r.strict);
}

TEST(Recipe, AcceptsInlineValues)
{
    EXPECT_EQ(parseRecipe({ "--x=date", "--lam=2.5", "--method=spline" }),
        parseRecipe({ "--x", "date", "--lam", "2.5", "--method", "spline" }));
}

TEST(Recipe, ParseOptionLeavesOtherArgumentsAlone)
{
    const Args args { "data.csv", "--window", "7", "-o", "out.csv" };
    Recipe r;
    std::size_t i = 0;
    EXPECT_FALSE(parseRecipeOption(args, i, r));
    EXPECT_EQ(i, 0U);
    i = 1;
    EXPECT_TRUE(parseRecipeOption(args, i, r));
    EXPECT_EQ(i, 3U); // past the value
    EXPECT_EQ(r.smoothing.window, 7);
    i = 3;
    EXPECT_FALSE(parseRecipeOption(args, i, r));
}

TEST(Recipe, BadValuesNameTheOption)
{
    const auto message = [](const Args& args) {
        try {
            parseRecipe(args);
        } catch (const RecipeError& e) {
            return std::string(e.what());
        }
        return std::string("(no error)");
    };
    EXPECT_NE(message({ "--edge-order", "3" }).find("--edge-order"), std::string::npos);
    EXPECT_NE(message({ "--order", "0" }).find("--order"), std::string::npos);
    EXPECT_NE(message({ "--window", "seven" }).find("--window"), std::string::npos);
    EXPECT_NE(message({ "--method", "magic" }).find("--method"), std::string::npos);
    EXPECT_NE(message({ "--time-unit", "fortnight" }).find("--time-unit"), std::string::npos);
    EXPECT_NE(message({ "--lam" }).find("--lam needs a value"), std::string::npos);
    EXPECT_NE(message({ "--noise-sd", "-1" }).find("--noise-sd"), std::string::npos);
    EXPECT_NE(message({ "--strict=yes" }).find("--strict"), std::string::npos);
    EXPECT_NE(message({ "-o", "x.csv" }).find("'-o' is not a recipe option"), std::string::npos);
}

TEST(Recipe, RoundTripsEveryField)
{
    Recipe r;
    r.xColumn = "time [s]";
    r.yColumns = { "2", "temp" };
    r.timeUnit = TimeUnit::Year;
    r.group = "site";
    r.edgeOrder = 2;
    r.order = 2;
    r.smoothing.order = 2;
    r.smoothing.method = SmoothingMethod::Tvr;
    r.smoothing.alpha = 0.1;
    r.smoothing.iterations = 35;
    r.smoothed = true;
    r.uncertainty = true;
    r.noiseSd = 1e-300;
    r.strict = true;
    EXPECT_EQ(parseRecipe(formatRecipe(r)), r);

    Recipe s;
    s.dx = 0.1;
    s.smoothing.method = SmoothingMethod::Savgol;
    s.smoothing.window = 11;
    s.smoothing.polyorder = 2;
    EXPECT_EQ(parseRecipe(formatRecipe(s)), s);
}

TEST(Recipe, NoiseSdPerColumn)
{
    const Recipe r = parseRecipe({ "--uncertainty", "--noise-sd", "temp=0.2,wind=1.5,a=b=3" });
    EXPECT_FALSE(r.noiseSd);
    // The σ follows the last '='; the order is kept.
    EXPECT_EQ(r.columnNoiseSd, (std::vector<ColumnNoise> { { "temp", 0.2 }, { "wind", 1.5 }, { "a=b", 3.0 } }));
    EXPECT_TRUE(r.givesNoiseSd());
    EXPECT_EQ(formatRecipe(r), (Args { "--uncertainty", "--noise-sd", "temp=0.2,wind=1.5,a=b=3" }));
    EXPECT_EQ(parseRecipe(formatRecipe(r)), r);
    // The last --noise-sd wins, in either form.
    EXPECT_EQ(parseRecipe({ "--noise-sd", "temp=0.2", "--noise-sd", "0.5" }).columnNoiseSd.size(), 0U);
    EXPECT_EQ(parseRecipe({ "--noise-sd", "0.5", "--noise-sd", "2=0.1" }).noiseSd, std::nullopt);
    EXPECT_FALSE(Recipe().givesNoiseSd());
}

TEST(Recipe, NoiseSdPerColumnRefusesBadPairs)
{
    const auto message = [](const Args& args) {
        try {
            parseRecipe(args);
        } catch (const RecipeError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message({ "--noise-sd", "temp=0.2,temp=0.3" }), "--noise-sd gives column 'temp' twice");
    EXPECT_EQ(message({ "--noise-sd", "temp=0" }), "--noise-sd expects a finite number above 0, not '0'");
    EXPECT_EQ(message({ "--noise-sd", "temp=x" }), "--noise-sd expects a number, not 'x'");
    EXPECT_EQ(message({ "--noise-sd", "temp=0.2,wind" }),
        "--noise-sd expects a number, or COLUMN=S pairs separated by commas, not 'wind'");
    EXPECT_EQ(message({ "--noise-sd", "=0.2" }),
        "--noise-sd expects a number, or COLUMN=S pairs separated by commas, not '=0.2'");
}

TEST(Recipe, DoublesRoundTripExactly)
{
    // Values whose shortest text is long, tiny, huge or negative, and random bit patterns.
    std::vector<double> values { 0.1, 1.0 / 3.0, 2.0 / 3.0, 5e-324, std::numeric_limits<double>::max(),
        std::numeric_limits<double>::min(), -123456.789e10, 1e23 };
    std::mt19937_64 random(16);
    while (values.size() < 500) {
        const std::uint64_t bits = random();
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        if (std::isfinite(v))
            values.push_back(v);
    }
    for (double v : values) {
        Recipe r;
        r.dx = v;
        r.smoothing.method = SmoothingMethod::Spline;
        r.smoothing.lam = std::abs(v);
        r.noiseSd = v > 0 ? std::optional<double>(v) : std::nullopt;
        if (v < 0)
            r.columnNoiseSd = { { "y", -v }, { "2", 1.0 } };
        const Recipe back = parseRecipe(formatRecipe(r));
        ASSERT_EQ(back, r) << formatRecipe(r)[1];
        EXPECT_EQ(std::memcmp(&*back.dx, &v, sizeof v), 0);
    }
}

} // namespace
} // namespace tangent
