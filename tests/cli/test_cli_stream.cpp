// SPDX-License-Identifier: GPL-3.0-or-later
// tangent-cli on inputs longer than its first block (1 MB), which it streams: the output is the
// in-memory path's byte for byte, from a file or a pipe; -o stays atomic; an error after output
// to stdout has begun exits 2 with the message.

#include "tests/cli/clitestsupport.h"

#include "app/cli/csvjob.h"
#include "core/io/numberformat.h"
#include "core/time/datetime.h"

#include <cmath>
#include <random>

namespace tangent::clitest {
namespace {

/// About 2.5 MB: x with random gaps (or daily dates), two y columns, a few NA cells.
std::string bigTable(std::size_t rows, bool dates)
{
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::string text = dates ? "day,a,b\n" : "x,a,b\n";
    double x = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
        x += 0.5 + unit(random);
        if (dates) {
            // Every day from 1900-01-01: a uniform x, so every row is held back to the end.
            text += formatDateTime(-2208988800.0 + 86400.0 * static_cast<double>(r));
        } else {
            text += formatDouble(x);
        }
        text += ',';
        text += formatDouble(std::sin(x));
        text += ',';
        text += r % 1000 == 7 ? std::string("NA") : formatDouble(unit(random));
        text += '\n';
    }
    return text;
}

std::string inMemory(const std::string& text, const std::vector<std::string>& extra = {})
{
    TableJob job;
    if (!extra.empty())
        job.edgeOrder = 2;
    std::ostringstream out;
    std::ostringstream err;
    runCsvJob(text, {}, job, SeriesOptions {}, "in.csv", "-", out, err);
    return out.str();
}

using CliStream = CliTest;

TEST_F(CliStream, BigFileAndPipeGiveTheInMemoryBytes)
{
    const std::string text = bigTable(100'000, false);
    ASSERT_GT(text.size(), std::size_t { 2 } << 20);
    const std::string input = put("big.csv", text);
    const std::string expected = inMemory(text);

    const CliRun fromFile = this->run({ input, "-o", (work() / "out.csv").string() });
    ASSERT_EQ(fromFile.status, 0) << fromFile.err;
    EXPECT_TRUE(readFile(work() / "out.csv") == expected);

    const CliRun fromPipe = this->run({ "-", "--edge-order", "2" }, input);
    ASSERT_EQ(fromPipe.status, 0) << fromPipe.err;
    EXPECT_TRUE(fromPipe.out == inMemory(text, { "--edge-order", "2" }));
}

TEST_F(CliStream, BigDateFileGivesTheInMemoryBytes)
{
    const std::string text = bigTable(100'000, true);
    const CliRun run = this->run({ put("days.csv", text) });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_TRUE(run.out == inMemory(text));
    const std::string table = withoutGeneralProvenance(run.out);
    EXPECT_EQ(table.substr(0, table.find('\n')), "day,a,d(a)/d(day) [1/d],b,d(b)/d(day) [1/d]");
}

TEST_F(CliStream, LateBadRowLeavesNoOutputFile)
{
    // With --strict a bad cell is an error (without, its column is left out: test_equivalence.cpp).
    std::string text = bigTable(100'000, false);
    const std::size_t rows = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    text += "1e9,1,oops\n";
    const std::string input = put("late.csv", text);
    const std::string output = (work() / "out.csv").string();
    const CliRun run = this->run({ input, "-o", output, "--strict" });
    std::string row = "row ";
    row += std::to_string(rows + 1);
    expectFailure(run, { "late.csv", row, "column 3", "'oops'" });
    EXPECT_FALSE(fs::exists(output));
    EXPECT_EQ(workFiles(), (std::set<std::string> { "late.csv" }));
}

TEST_F(CliStream, LateBadRowToStdoutExitsTwoAfterOutputBegan)
{
    std::string text = bigTable(100'000, false);
    text += "1e9,1\n";
    // y named: no column can be left out, so rows are written as they are computed.
    const CliRun run = this->run({ put("late.csv", text), "--y", "a,b" });
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(withoutGeneralProvenance(run.out).rfind("x,a,d(a)/d(x),b,d(b)/d(x)\n", 0), 0U); // begun...
    EXPECT_LT(run.out.size(), inMemory(bigTable(100'000, false)).size()); // ...not finished
    EXPECT_NE(run.err.find("late.csv: row 100002"), std::string::npos) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1);
}

} // namespace
} // namespace tangent::clitest
