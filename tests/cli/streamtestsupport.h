// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For the tests that hold a streamed path against the in-memory one: the in-memory run, a byte
// source over a string, and a noisy table with gaps.

#include "app/cli/csvjob.h"
#include "app/cli/smoothingcli.h"
#include "app/cli/stream/streamcsv.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace tangent::streamtest {

/// What a run wrote, or the error it threw.
struct Outcome {
    std::string out;
    std::string error;
    std::vector<std::string> warnings;
};

/// runCsvJob on `text` in memory (`cli`: the smoothing method's options, or null for numpy).
inline Outcome inMemory(const std::string& text, const TableJob& job, const SeriesOptions& series = {},
    const SmoothingCliOptions* cli = nullptr)
{
    Outcome outcome;
    std::ostringstream out;
    std::ostringstream err;
    try {
        runCsvJob(text, {}, job, series, "in.csv", "-", out, err, &outcome.warnings, cli);
    } catch (const std::exception& e) {
        outcome.error = e.what();
    }
    outcome.out = out.str();
    return outcome;
}

/// Reads `text` from byte `at` on, advancing `at` (which must outlive the source).
inline ByteSource readFrom(const std::string& text, std::size_t& at)
{
    return [&text, &at](char* buffer, std::size_t size) {
        const std::size_t n = std::min(size, text.size() - at);
        std::copy_n(text.data() + at, n, buffer);
        at += n;
        return n;
    };
}

/// x (uniform or uneven, or none), y = sin x with noise, and z with NaN cells: single ones, a run,
/// and rows at both ends, so that the fits leave rows out and the band fills them in.
inline std::string noisyTable(std::size_t rows, bool uniformX, bool withX, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> noise(-1.0, 1.0);
    std::string text = withX ? "x,y,z\n" : "y,z\n";
    double x = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
        x += uniformX ? 0.25 : 0.15 + 0.1 * std::fabs(noise(random));
        const bool gap = r < 3 || r % 23 == 7 || (r > 100 && r < 120) || r + 2 > rows;
        if (withX)
            text += std::to_string(x) + ",";
        text += std::to_string(std::sin(x) + 0.05 * noise(random)) + ","
            + (gap ? std::string("NA") : std::to_string(std::cos(x) + 0.05 * noise(random))) + "\n";
    }
    return text;
}

} // namespace tangent::streamtest
