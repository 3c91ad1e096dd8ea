// SPDX-License-Identifier: GPL-3.0-or-later
// --method savgol and kalman streamed against the in-memory engine: with tiny blocks, a tiny
// in-memory limit for the held rows (so that they go to the temporary file) and a few samples
// computed at a time, so that every halo and block edge is crossed, the output must be the same
// bytes, and an error the same message.

#include "app/cli/csvjob.h"
#include "app/cli/smoothingcli.h"
#include "app/cli/stream/methodstream.h"
#include "tests/cli/large/streamtestsupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace tangent {
namespace {

using streamtest::noisyTable;
using streamtest::Outcome;

Outcome inMemory(const std::string& text, const TableJob& job, const SmoothingOptions& options)
{
    SmoothingCliOptions cli;
    cli.options = options;
    return streamtest::inMemory(text, job, {}, &cli);
}

Outcome streamed(const std::string& text, const TableJob& job, SmoothingOptions options, std::size_t chunk)
{
    std::size_t at = std::min<std::size_t>(200, text.size());
    const ByteSource read = streamtest::readFrom(text, at);
    StreamSettings settings;
    settings.chunkBytes = chunk;
    settings.splitBytes = 8; // chunks parsed in halves on two threads
    settings.sampleBytes = 200;
    settings.pendingBytes = 512; // most rows in the temporary file
    settings.methodBatch = 13; // many stretches, each with its halo
    SmoothingCliOptions cli;
    cli.options = options;
    Outcome outcome;
    std::ostringstream out;
    try {
        outcome.warnings
            = streamMethodCsv(text.substr(0, at), read, {}, recipeOf(job, {}, &cli), "in.csv", out, settings);
    } catch (const std::exception& e) {
        outcome.error = e.what();
    }
    outcome.out = out.str();
    return outcome;
}

void expectSame(const std::string& text, const TableJob& job, const SmoothingOptions& options)
{
    const Outcome reference = inMemory(text, job, options);
    for (std::size_t chunk : { std::size_t { 64 }, std::size_t { 4096 } }) {
        const Outcome got = streamed(text, job, options, chunk);
        EXPECT_EQ(got.error, reference.error) << "chunk " << chunk;
        EXPECT_EQ(got.warnings, reference.warnings) << "chunk " << chunk;
        EXPECT_TRUE(got.out == reference.out) << "chunk " << chunk << "\n"
                                              << got.out.substr(0, 300) << "\nvs\n"
                                              << reference.out.substr(0, 300);
    }
}

SmoothingOptions method(SmoothingMethod which)
{
    SmoothingOptions options;
    options.method = which;
    return options;
}

TEST(MethodStream, SavgolMatchesTheInMemoryPath)
{
    // Given and chosen windows; uniform x, uneven x and no x (--dx); rows left out in z.
    for (const bool uniform : { true, false }) {
        SmoothingOptions given = method(SmoothingMethod::Savgol);
        given.window = 9;
        TableJob job;
        expectSame(noisyTable(260, uniform, true, 5), job, given);
        expectSame(noisyTable(260, uniform, true, 5), job, method(SmoothingMethod::Savgol));
    }
    TableJob second;
    second.dx = 0.5;
    second.order = 2;
    SmoothingOptions quadratic = method(SmoothingMethod::Savgol);
    quadratic.window = 11;
    quadratic.polyorder = 2;
    expectSame(noisyTable(200, true, false, 6), second, quadratic);
}

TEST(MethodStream, KalmanMatchesTheInMemoryPath)
{
    // log10(q/r) given and by maximum likelihood (a pass per likelihood), orders 1 and 2.
    SmoothingOptions given = method(SmoothingMethod::Kalman);
    given.ratio = -1.5;
    TableJob job;
    expectSame(noisyTable(180, false, true, 7), job, given);
    job.order = 2;
    expectSame(noisyTable(180, true, true, 8), job, method(SmoothingMethod::Kalman));
    TableJob noX;
    noX.dx = 0.25;
    expectSame(noisyTable(150, true, false, 9), noX, given);
}

TEST(MethodStream, ErrorsAreTheInMemoryMessages)
{
    // x not increasing at one row, and a window longer than a column's samples.
    std::string text = noisyTable(120, true, true, 10);
    const std::size_t row60 = [&] {
        std::size_t at = 0;
        for (int line = 0; line < 61; ++line)
            at = text.find('\n', at) + 1;
        return at;
    }();
    text.replace(row60, text.find(',', row60) - row60, "1.0");
    const TableJob job;
    const Outcome reference = inMemory(text, job, method(SmoothingMethod::Kalman));
    ASSERT_NE(reference.error.find("row 62, column 1"), std::string::npos) << reference.error;
    expectSame(text, job, method(SmoothingMethod::Kalman));
    SmoothingOptions wide = method(SmoothingMethod::Savgol);
    wide.window = 501;
    const Outcome tooLong = inMemory(noisyTable(120, true, true, 10), job, wide);
    ASSERT_NE(tooLong.error, "");
    expectSame(noisyTable(120, true, true, 10), job, wide);
}

TEST(MethodStream, ABadCellFollowsTheEnginesRule)
{
    // A cell that is no number far down a default y column: the column is left out with the
    // engine's warning (x, y and z remain: y's derivative alone, not "for column"); with --y
    // naming it, or with --strict, it is the engine's error.
    std::string text = noisyTable(220, true, true, 11);
    const std::size_t row150 = [&] {
        std::size_t at = 0;
        for (int line = 0; line < 151; ++line)
            at = text.find('\n', at) + 1;
        return at;
    }();
    const std::size_t zCell = text.rfind(',', text.find('\n', row150)) + 1;
    text.replace(zCell, text.find('\n', row150) - zCell, "oops");
    SmoothingOptions savgol = method(SmoothingMethod::Savgol);
    savgol.window = 7;
    const TableJob job;
    const Outcome reference = inMemory(text, job, savgol);
    ASSERT_EQ(reference.error, "");
    ASSERT_EQ(reference.warnings.size(), 1U);
    EXPECT_NE(reference.warnings[0].find("oops"), std::string::npos) << reference.warnings[0];
    EXPECT_EQ(reference.out.find("for column"), std::string::npos);
    expectSame(text, job, savgol);
    TableJob named;
    named.yColumns = { "y", "z" };
    ASSERT_NE(inMemory(text, named, savgol).error, "");
    expectSame(text, named, savgol);
}

} // namespace
} // namespace tangent
