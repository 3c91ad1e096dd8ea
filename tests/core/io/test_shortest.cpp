// SPDX-License-Identifier: GPL-3.0-or-later
// shortestChars against std::to_chars (the shortest round trip, fixed or scientific), which it
// replaces in every writer: the same bytes on millions of random doubles of every exponent, on
// short decimals (where ties and shorter neighbours are decided), and on the edges of the format.

#include "core/io/numberformat.h"

#include <gtest/gtest.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>

namespace tangent {
namespace {

/// Counts the doubles on which shortestChars and std::to_chars differ, reporting the first few.
class Comparer {
public:
    void check(double value)
    {
        char ours[kMaxDoubleChars];
        char theirs[kMaxDoubleChars];
        const std::string_view a(ours, static_cast<std::size_t>(shortestChars(ours, value) - ours));
        const auto [end, ec] = std::to_chars(theirs, theirs + kMaxDoubleChars, value);
        ASSERT_EQ(ec, std::errc());
        const std::string_view b(theirs, static_cast<std::size_t>(end - theirs));
        ++m_checked;
        if (a != b && ++m_failures <= 10)
            ADD_FAILURE() << "bits 0x" << std::hex << std::bit_cast<std::uint64_t>(value) << ": " << a << " vs " << b;
    }
    void checkBits(std::uint64_t bits) { check(std::bit_cast<double>(bits)); }
    /// `value` and its neighbours on both sides.
    void checkAround(double value)
    {
        double below = value;
        double above = value;
        for (int i = 0; i < 3; ++i) {
            below = std::nextafter(below, -std::numeric_limits<double>::infinity());
            above = std::nextafter(above, std::numeric_limits<double>::infinity());
            check(below);
            check(above);
        }
        check(value);
        check(-value);
    }
    [[nodiscard]] std::size_t checked() const { return m_checked; }
    [[nodiscard]] std::size_t failures() const { return m_failures; }

private:
    std::size_t m_checked = 0;
    std::size_t m_failures = 0;
};

TEST(ShortestChars, MatchesToCharsOnRandomBitPatterns)
{
    Comparer comparer;
    std::mt19937_64 random(20261208);
    for (int i = 0; i < 1'000'000; ++i) {
        const std::uint64_t bits = random();
        if (std::isfinite(std::bit_cast<double>(bits)))
            comparer.checkBits(bits);
    }
    EXPECT_EQ(comparer.failures(), 0U) << "of " << comparer.checked();
}

TEST(ShortestChars, MatchesToCharsOnMeasurementLikeValues)
{
    Comparer comparer;
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double x = 0.0;
    for (int i = 0; i < 250'000; ++i) {
        x += 0.5e-3 + 1e-3 * unit(random);
        comparer.check(x);
        comparer.check(std::sin(x));
        comparer.check(std::cos(x) * 1e-3);
        comparer.check((unit(random) - 0.5) * std::pow(10.0, static_cast<int>(unit(random) * 40) - 20));
    }
    EXPECT_EQ(comparer.failures(), 0U) << "of " << comparer.checked();
}

TEST(ShortestChars, MatchesToCharsOnShortDecimals)
{
    // Values read from short decimal text: the shortest text is often one of several candidates.
    Comparer comparer;
    std::mt19937_64 random(11);
    for (int i = 0; i < 500'000; ++i) {
        const int digits = 1 + static_cast<int>(random() % 17);
        std::uint64_t mantissa = random() % 100'000'000'000'000'000ULL;
        for (int d = 17; d > digits; --d)
            mantissa /= 10;
        const int exponent = static_cast<int>(random() % 660) - 340;
        const std::string text = std::to_string(mantissa) + "e" + std::to_string(exponent);
        double value = 0.0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc() && std::isfinite(value))
            comparer.check(value);
    }
    EXPECT_EQ(comparer.failures(), 0U) << "of " << comparer.checked();
}

TEST(ShortestChars, MatchesToCharsOnTheEdges)
{
    Comparer comparer;
    comparer.check(0.0);
    comparer.check(-0.0);
    comparer.check(std::numeric_limits<double>::infinity());
    comparer.check(-std::numeric_limits<double>::infinity());
    comparer.checkAround(std::numeric_limits<double>::max());
    comparer.checkAround(std::numeric_limits<double>::min());
    comparer.checkAround(std::numeric_limits<double>::denorm_min());
    for (std::uint64_t bits = 1; bits < 2000; ++bits) // the smallest subnormals
        comparer.checkBits(bits);
    for (int e = -1074; e <= 1023; ++e) // every power of two, where the spacing below halves
        comparer.checkAround(std::ldexp(1.0, e));
    for (int e = -323; e <= 308; ++e) { // every power of ten, and a few short numbers at each scale
        const std::string text = "1e" + std::to_string(e);
        double value = 0.0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        comparer.checkAround(value);
        comparer.checkAround(value * 1.5);
        comparer.checkAround(value * 9.999999999999999);
    }
    for (int i = 0; i <= 100'000; ++i) { // integers, and halves, tenths and hundredths
        comparer.check(i);
        comparer.check(i + 0.5);
        comparer.check(i / 10.0);
        comparer.check(i / 100.0);
    }
    for (int e = 50; e <= 70; ++e) // integers around 2^53, where they stop being exact
        for (int i = -1000; i <= 1000; ++i)
            comparer.check(std::ldexp(1.0, e) + i * std::ldexp(1.0, e - 52));
    EXPECT_EQ(comparer.failures(), 0U) << "of " << comparer.checked();
}

} // namespace
} // namespace tangent
