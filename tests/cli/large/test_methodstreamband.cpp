// SPDX-License-Identifier: GPL-3.0-or-later
// --method savgol and kalman with --uncertainty, streamed against the in-memory engine: with σ
// given for every column the band streams (tangent-cli run in process with the streaming threshold
// and every block size lowered through the test hook, so that every halo, stretch and block of
// the backward pass is crossed), and the output, warnings included, must be the in-memory path's
// bytes; with σ estimated the input stays in memory and gives the same output as before.

#include "app/cli/cli.h"
#include "app/cli/csvjob.h"
#include "core/recipe/recipe.h"
#include "tests/cli/large/streamtestsupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace tangent {
namespace {

namespace fs = std::filesystem;
using streamtest::noisyTable;

/// What runCli wrote and returned.
struct Printed {
    int status = -1;
    std::string out;
    std::string err;
    bool operator==(const Printed&) const = default;
};

Printed run(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    Printed printed;
    printed.status = runCli(args, out, err);
    printed.out = out.str();
    printed.err = err.str();
    return printed;
}

/// runCli with the input streamed in tiny pieces: a 64-byte threshold, blocks of a few rows, the
/// held rows in the temporary file, 13 samples computed at a time.
Printed runStreamed(const std::vector<std::string>& args, std::size_t chunk)
{
    StreamSizes small;
    small.headBytes = 64;
    small.blocks.chunkBytes = chunk;
    small.blocks.splitBytes = 8; // chunks parsed in halves on two threads
    small.blocks.sampleBytes = 200;
    small.blocks.pendingBytes = 512;
    small.blocks.windowRows = 4;
    small.blocks.methodBatch = 13;
    const StreamSizes saved = setStreamSizes(small);
    Printed printed;
    try {
        printed = run(args);
    } catch (...) {
        setStreamSizes(saved);
        throw;
    }
    setStreamSizes(saved);
    return printed;
}

class MethodStreamBand : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("tangent-bandstream-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    /// Runs `recipe` on `text` in memory and streamed (two block sizes), and expects the same
    /// status, output and messages; `streams` says whether the streamed run really streams.
    void expectSame(const std::string& text, const std::vector<std::string>& recipe, bool streams) const
    {
        const fs::path input = m_dir / "in.csv";
        std::ofstream(input, std::ios::binary) << text;
        std::vector<std::string> args { input.string() };
        args.insert(args.end(), recipe.begin(), recipe.end());
        std::string label;
        for (const std::string& word : recipe)
            label += " " + word;
        SCOPED_TRACE(label);
        EXPECT_EQ(streamable(parseRecipe(recipe)), streams);
        const Printed memory = run(args);
        ASSERT_EQ(memory.status, 0) << memory.err;
        ASSERT_NE(memory.out.find(",sd[d"), std::string::npos);
        ASSERT_NE(memory.out.find("\n# uncertainty: "), std::string::npos);
        for (const std::size_t chunk : { std::size_t { 64 }, std::size_t { 4096 } }) {
            const Printed streamed = runStreamed(args, chunk);
            EXPECT_TRUE(streamed == memory) << "chunk " << chunk << ", streamed:\n"
                                            << streamed.out.substr(0, 1500) << streamed.err << "\nin memory:\n"
                                            << memory.out.substr(0, 1500) << memory.err;
        }
    }

    fs::path m_dir;
};

TEST_F(MethodStreamBand, SavgolWithSigmaGivenStreamsTheInMemoryBand)
{
    // Uniform and uneven x, a given and a chosen window, one σ for all and σ per column, --dx
    // without x, orders 1 and 2; z's rows left out get their sd interpolated as in memory.
    for (const bool uniform : { true, false }) {
        const std::string text = noisyTable(260, uniform, true, 21);
        expectSame(text, { "--method", "savgol", "--window", "9", "--uncertainty", "--noise-sd", "0.05" }, true);
        expectSame(text, { "--method", "savgol", "--y", "z,y", "--uncertainty", "--noise-sd", "y=0.05,z=0.2" }, true);
        expectSame(text,
            { "--method", "savgol", "--window", "11", "--order", "2", "--uncertainty", "--noise-sd", "0.05" }, true);
    }
    expectSame(noisyTable(200, true, false, 22),
        { "--method", "savgol", "--dx", "0.5", "--window", "11", "--polyorder", "2", "--order", "2", "--uncertainty",
            "--noise-sd", "0.1" },
        true);
}

TEST_F(MethodStreamBand, KalmanWithSigmaGivenStreamsTheInMemoryBand)
{
    // The smoothed covariance carried through the backward pass over blocks of 13 samples: ratio
    // given and by maximum likelihood, orders 1 and 2, σ for all and per column, --dx without x.
    const std::string uneven = noisyTable(180, false, true, 23);
    expectSame(uneven, { "--method", "kalman", "--ratio", "-1.5", "--uncertainty", "--noise-sd", "0.05" }, true);
    expectSame(noisyTable(180, true, true, 24),
        { "--method", "kalman", "--order", "2", "--uncertainty", "--noise-sd", "y=0.05,z=0.2", "--y", "y,z" }, true);
    expectSame(uneven, { "--method", "kalman", "--uncertainty", "--noise-sd", "0.02" }, true);
    expectSame(noisyTable(150, true, false, 25),
        { "--method", "kalman", "--dx", "0.25", "--ratio", "-1", "--order", "2", "--uncertainty", "--noise-sd", "0.1" },
        true);
}

TEST_F(MethodStreamBand, SigmaEstimatedStaysInMemory)
{
    // σ estimated for some column (a median over the whole column): read in memory, as numpy's
    // band is, with the same output whatever the threshold.
    const std::string text = noisyTable(200, false, true, 26);
    expectSame(text, { "--method", "savgol", "--window", "9", "--uncertainty" }, false);
    expectSame(text, { "--method", "kalman", "--ratio", "-1", "--uncertainty" }, false);
    expectSame(text, { "--method", "savgol", "--window", "9", "--uncertainty", "--noise-sd", "z=0.2" }, false);
    expectSame(
        text, { "--method", "kalman", "--ratio", "-1", "--y", "y,z", "--uncertainty", "--noise-sd", "z=0.2" }, false);
}

TEST_F(MethodStreamBand, ABadCellAndErrorsAreTheInMemoryOnes)
{
    // A cell that is no number far down default y column z: z is left out with the engine's
    // warning, and the band's line names y alone. An x out of order far down: the same error.
    std::string text = noisyTable(220, true, true, 27);
    const auto lineStart = [&text](int line) {
        std::size_t at = 0;
        for (int i = 0; i < line; ++i)
            at = text.find('\n', at) + 1;
        return at;
    };
    std::string bad = text;
    const std::size_t end150 = bad.find('\n', lineStart(151));
    const std::size_t zCell = bad.rfind(',', end150) + 1;
    bad.replace(zCell, end150 - zCell, "oops");
    expectSame(bad, { "--method", "savgol", "--window", "7", "--uncertainty", "--noise-sd", "0.05" }, true);
    expectSame(bad, { "--method", "kalman", "--ratio", "-1", "--uncertainty", "--noise-sd", "0.05" }, true);

    const fs::path input = m_dir / "in.csv";
    std::string backwards = text;
    const std::size_t row60 = lineStart(61);
    backwards.replace(row60, backwards.find(',', row60) - row60, "1.0");
    std::ofstream(input, std::ios::binary) << backwards;
    const std::vector<std::string> args { input.string(), "--method", "kalman", "--uncertainty", "--noise-sd", "0.1" };
    const Printed memory = run(args);
    ASSERT_EQ(memory.status, kCliErrorStatus);
    EXPECT_NE(memory.err.find("row 62, column 1"), std::string::npos) << memory.err;
    EXPECT_TRUE(runStreamed(args, 64) == memory);
}

} // namespace
} // namespace tangent
