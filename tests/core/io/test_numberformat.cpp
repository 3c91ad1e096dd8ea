// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/numberformat.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

using tangent::appendDouble;
using tangent::formatDouble;
using tangent::parseDouble;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Formats `value` and reads it back, expecting the very same bits.
void expectRoundTrip(double value)
{
    const std::string text = formatDouble(value);
    const auto parsed = parseDouble(text);
    ASSERT_TRUE(parsed.has_value()) << text;
    EXPECT_EQ(std::bit_cast<std::uint64_t>(*parsed), std::bit_cast<std::uint64_t>(value)) << text;
}

} // namespace

TEST(NumberFormat, ShortestForm)
{
    EXPECT_EQ(formatDouble(0.1), "0.1");
    EXPECT_EQ(formatDouble(1.0), "1");
    EXPECT_EQ(formatDouble(-2.5), "-2.5");
    EXPECT_EQ(formatDouble(0.0), "0");
    EXPECT_EQ(formatDouble(-0.0), "-0");
    EXPECT_EQ(formatDouble(1e300), "1e+300");
    EXPECT_EQ(formatDouble(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(formatDouble(std::numeric_limits<double>::denorm_min()), "5e-324");
    EXPECT_EQ(formatDouble(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
}

TEST(NumberFormat, NonFiniteValues)
{
    EXPECT_EQ(formatDouble(std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(formatDouble(-std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(formatDouble(kInf), "inf");
    EXPECT_EQ(formatDouble(-kInf), "-inf");
}

TEST(NumberFormat, AppendDoubleAppends)
{
    std::string out = "x=";
    appendDouble(out, 1.5);
    out += ',';
    appendDouble(out, -kInf);
    EXPECT_EQ(out, "x=1.5,-inf");
}

TEST(NumberFormat, SpecialValuesRoundTrip)
{
    for (double value :
        { 0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3.0, 1e-310, -4.9e-324, 2.2250738585072014e-308, 2.2250738585072009e-308,
            std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(), kInf, -kInf })
        expectRoundTrip(value);
}

TEST(NumberFormat, RandomBitPatternsRoundTripExactly)
{
    std::mt19937_64 random(12345);
    for (int i = 0; i < 200'000; ++i) {
        const double value = std::bit_cast<double>(random());
        if (!std::isnan(value))
            expectRoundTrip(value);
    }
}

TEST(NumberFormat, RandomSubnormalsRoundTripExactly)
{
    std::mt19937_64 random(678);
    constexpr std::uint64_t kMantissa = (std::uint64_t { 1 } << 52) - 1;
    constexpr std::uint64_t kSign = std::uint64_t { 1 } << 63;
    for (int i = 0; i < 50'000; ++i) {
        const std::uint64_t bits = (random() & kMantissa) | (i % 2 == 0 ? kSign : 0);
        const double value = std::bit_cast<double>(bits);
        ASSERT_TRUE(value == 0.0 || std::fpclassify(value) == FP_SUBNORMAL);
        expectRoundTrip(value);
    }
}

TEST(NumberFormat, ParsesNumbersWithSpacesAndPlus)
{
    EXPECT_EQ(parseDouble("1.5"), 1.5);
    EXPECT_EQ(parseDouble("  -2e3 \t"), -2000.0);
    EXPECT_EQ(parseDouble("+7"), 7.0);
    EXPECT_EQ(parseDouble(".5"), 0.5);
    EXPECT_EQ(parseDouble("1E-2"), 0.01);
    EXPECT_TRUE(std::signbit(*parseDouble("-0")));
}

TEST(NumberFormat, ParsesNonFiniteInAnyCase)
{
    EXPECT_EQ(parseDouble("inf"), kInf);
    EXPECT_EQ(parseDouble("-inf"), -kInf);
    EXPECT_EQ(parseDouble("+Infinity"), kInf);
    EXPECT_EQ(parseDouble("INF"), kInf);
    EXPECT_TRUE(std::isnan(*parseDouble("nan")));
    EXPECT_TRUE(std::isnan(*parseDouble("NaN")));
}

TEST(NumberFormat, OutOfRangeSaturates)
{
    EXPECT_EQ(parseDouble("1e999"), kInf);
    EXPECT_EQ(parseDouble("-1e999"), -kInf);
    const auto tiny = parseDouble("1e-999");
    ASSERT_TRUE(tiny.has_value());
    EXPECT_EQ(*tiny, 0.0);
    EXPECT_FALSE(std::signbit(*tiny));
    EXPECT_TRUE(std::signbit(*parseDouble("-1e-400")));
    EXPECT_EQ(parseDouble("0.000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                          "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                          "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                          "0000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                          "00000000000000000000000000000000000000000000000001"),
        0.0);
}

TEST(NumberFormat, RejectsAnythingButAWholeNumber)
{
    for (const char* text : { "", " ", "abc", "1.5x", "1 2", "1,5", "+-1", "++1", "--1", "+", "-", "0x10", "1e", "1e+",
             "NA", "1.2.3", "e5" })
        EXPECT_FALSE(parseDouble(text).has_value()) << '"' << text << '"';
}

TEST(NumberFormat, DecimalComma)
{
    EXPECT_EQ(parseDouble("1,5", true), 1.5);
    EXPECT_EQ(parseDouble(" -2,25e1 ", true), -22.5);
    EXPECT_EQ(parseDouble("42", true), 42.0);
    EXPECT_FALSE(parseDouble("1.5", true).has_value()); // a point may be a thousands mark there
    EXPECT_FALSE(parseDouble("1,5,0", true).has_value());
    EXPECT_EQ(parseDouble("0,0000000000000000000001", true), 1e-22);
}
