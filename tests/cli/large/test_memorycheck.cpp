// SPDX-License-Identifier: GPL-3.0-or-later
// The in-memory path refuses, before any work, an input whose estimated memory exceeds what the
// system has available (faked here), with a message saying how much is needed and available.

#include "app/cli/csvjob.h"
#include "app/cli/memorycheck.h"
#include "core/errors.h"

#include <gtest/gtest.h>

#include <sstream>

namespace tangent {
namespace {

/// 10,000 rows of "x,y": x = row, y = 2·row; 20 bytes per line or fewer.
std::string table()
{
    std::string text = "x,y\n";
    for (int r = 0; r < 10000; ++r)
        text += std::to_string(r) + "," + std::to_string(2 * r) + ".5\n";
    return text;
}

/// Restores the real available memory when a test ends, pass or fail.
struct FakeAvailable {
    explicit FakeAvailable(std::size_t bytes) { setAvailableMemoryForTesting(bytes); }
    ~FakeAvailable() { setAvailableMemoryForTesting(std::nullopt); }
    FakeAvailable(const FakeAvailable&) = delete;
    FakeAvailable& operator=(const FakeAvailable&) = delete;
};

TEST(MemoryCheck, EstimateIsTheTextAndTheNumbersTimesTheMethodsFactor)
{
    const std::string text = table();
    Recipe spline;
    spline.smoothing.method = SmoothingMethod::Spline;
    // Rows estimated from the first 64 KB: lines per byte there times the text's bytes; 2 fields.
    const std::string_view sample = std::string_view(text).substr(0, 65536);
    const double rows = static_cast<double>(std::count(sample.begin(), sample.end(), '\n')) * text.size() / 65536.0;
    const double expected = static_cast<double>(text.size()) + rows * 2 * 8 * 13;
    EXPECT_NEAR(static_cast<double>(estimatedMemory(text, spline)), expected, 1.0);
    // A text shorter than the sample is small: just its bytes.
    EXPECT_EQ(estimatedMemory("x,y\n1,2\n", spline), 8U);
}

TEST(MemoryCheck, RefusedBeforeWorkWhenItWouldNotFit)
{
    const std::string text = table(); // about 190 KB of text, 160 KB of numbers: 2.3 MB for spline
    TableJob job;
    SmoothingCliOptions cli;
    cli.options.method = SmoothingMethod::Spline;
    cli.options.lam = 1.0;
    std::ostringstream out;
    std::ostringstream err;
    {
        const FakeAvailable available(std::size_t { 1 } << 20);
        try {
            runCsvJob(text, {}, job, {}, "big.csv", "-", out, err, nullptr, &cli);
            ADD_FAILURE() << "no error";
        } catch (const InputError& e) {
            const std::string message = e.what();
            EXPECT_NE(message.find("big.csv"), std::string::npos) << message;
            EXPECT_NE(message.find("computing --method spline in memory needs about 2.3 MB, but only 1.0 MB are free"),
                std::string::npos)
                << message;
        }
        EXPECT_EQ(out.str(), ""); // nothing written
    }
    const FakeAvailable plenty(std::size_t { 64 } << 20);
    runCsvJob(text, {}, job, {}, "big.csv", "-", out, err, nullptr, &cli);
    EXPECT_NE(out.str().find("# method: spline lam=1"), std::string::npos);
}

} // namespace
} // namespace tangent
