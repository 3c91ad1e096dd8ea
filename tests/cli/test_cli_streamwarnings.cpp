// SPDX-License-Identifier: GPL-3.0-or-later
// The x column's spacing warnings on a streamed input (over 1 MB): gathered block by block, they
// are the lines the in-memory path prints for the same rows.

#include "clitestsupport.h"

#include "app/cli/csvjob.h"
#include "core/io/numberformat.h"

#include <cmath>

namespace tangent::clitest {
namespace {

/// `rows` rows of x = row number, with a repeat (data row 10), a decrease (row 20), a gap (row 30)
/// early, and another repeat and gap near the end, so that the counts cross blocks too.
std::string flawedTable(std::size_t rows)
{
    std::string text = "t,y\n";
    for (std::size_t r = 0; r < rows; ++r) {
        const double t = static_cast<double>(r);
        std::string x = formatDouble(t);
        if (r == 10 || r == rows - 5)
            x = formatDouble(t - 1.0);
        else if (r == 20)
            x = "15.5";
        else if (r == 30 || r == rows - 10)
            x.clear();
        text += x + ',' + formatDouble(std::sin(t)) + '\n';
    }
    return text;
}

using CliStreamWarnings = CliTest;

TEST_F(CliStreamWarnings, BigFileWarnsLikeTheSameRowsInMemory)
{
    const std::string small = flawedTable(1000);
    const std::string big = flawedTable(120'000);
    ASSERT_LT(small.size(), kStreamHeadBytes);
    ASSERT_GT(big.size(), 2 * kStreamHeadBytes);
    // Same name for both, so that the lines can be compared whole.
    const CliRun inMemory = run({ put("t.csv", small) });
    const CliRun streamed = run({ put("t.csv", big) });
    ASSERT_EQ(inMemory.status, 0) << inMemory.err;
    ASSERT_EQ(streamed.status, 0) << streamed.err;
    const std::string prefix = "tangent-cli: warning: " + (work() / "t.csv").string();
    const std::string expected = prefix
        + ": row 12, column 1: x ('t') repeats (9 twice in a row, and in 1 more place(s))"
          ": the step there is 0, so the slopes next to it are infinite or NaN\n";
    EXPECT_NE(inMemory.err.find(expected), std::string::npos) << inMemory.err;
    EXPECT_NE(
        inMemory.err.find(": row 22, column 1: x ('t') is not increasing: 15.5 comes after 19"), std::string::npos)
        << inMemory.err;
    EXPECT_NE(inMemory.err.find(": row 32, column 1: x ('t') has 2 gap(s)"), std::string::npos) << inMemory.err;
    EXPECT_EQ(streamed.err, inMemory.err);

    // Through a pipe, streamed from the first byte on.
    const CliRun piped = run({ "-" }, (work() / "t.csv").string());
    ASSERT_EQ(piped.status, 0) << piped.err;
    EXPECT_NE(piped.err.find(": row 12, column 1: x ('t') repeats"), std::string::npos) << piped.err;
    EXPECT_EQ(std::count(piped.err.begin(), piped.err.end(), '\n'), 3) << piped.err;
}

/// Long format: `perSymbol` rows of x = 0, 1, ... for each of three symbols, one after another.
std::string longFormat(std::size_t perSymbol)
{
    std::string text = "symbol,t,price\n";
    for (const char* symbol : { "MSFT", "AMZN", "IBM" })
        for (std::size_t r = 0; r < perSymbol; ++r)
            text += std::string(symbol) + ',' + formatDouble(static_cast<double>(r)) + ',' + std::to_string(r % 11)
                + '\n';
    return text;
}

TEST_F(CliStreamWarnings, LongFormatDataAreOfferedTheirGroupColumn)
{
    // x steps back where the symbol changes: the advice is --group symbol, not only "sort".
    const std::string small = longFormat(10);
    const std::string big = longFormat(60'000);
    ASSERT_GT(big.size(), 2 * kStreamHeadBytes);
    const CliRun inMemory = run({ put("p.csv", small) });
    ASSERT_EQ(inMemory.status, 0) << inMemory.err;
    const std::string prefix = "tangent-cli: warning: " + (work() / "p.csv").string();
    EXPECT_EQ(inMemory.err,
        prefix
            + ": row 12, column 2: x ('t') is not increasing: 0 comes after 9; numpy.gradient does not sort, so the "
              "slopes across each step back are meaningless\n"
            + prefix
            + ": row 12, column 2: 'symbol' is a text column: if the file holds one series per symbol, one after "
              "another (long format), differentiate each on its own rows with --group symbol\n");
    const CliRun streamed = run({ put("p.csv", big) });
    ASSERT_EQ(streamed.status, 0) << streamed.err;
    EXPECT_NE(streamed.err.find(": row 60002, column 2: 'symbol' is a text column"), std::string::npos) << streamed.err;
    // Taken: nothing to say.
    const CliRun grouped = run({ put("p.csv", small), "--group", "symbol" });
    ASSERT_EQ(grouped.status, 0) << grouped.err;
    EXPECT_EQ(grouped.err, "");
}

TEST_F(CliStreamWarnings, NearlyUniformBigFileGivesTheInMemoryLine)
{
    std::string text = "x,y\n";
    for (int i = 0; i < 200'000; ++i)
        text += formatDouble(i * 0.1) + ',' + std::to_string(i % 7) + '\n';
    ASSERT_GT(text.size(), 2 * kStreamHeadBytes);
    const std::string input = put("n.csv", text);

    std::vector<std::string> expected;
    std::ostringstream out;
    std::ostringstream err;
    runCsvJob(text, {}, TableJob {}, SeriesOptions {}, input, "-", out, err, &expected);
    ASSERT_EQ(expected.size(), 1U);
    EXPECT_NE(expected.front().find("is evenly spaced to within 1e-09"), std::string::npos) << expected.front();

    const CliRun run = this->run({ input });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.err, "tangent-cli: warning: " + expected.front() + '\n');
    EXPECT_EQ(run.out, out.str());
    EXPECT_EQ(this->run({ input, "--quiet" }).err, "");
}

} // namespace
} // namespace tangent::clitest
