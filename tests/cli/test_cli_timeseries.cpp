// SPDX-License-Identifier: GPL-3.0-or-later
// tangent-cli on time series: date x columns with a time unit, the default x rule, and --group
// on long-format tables, checked against pandas + numpy.gradient golden data
// (tests/golden/make_timeseries_golden.py writes the inputs and the expected outputs).

#include "tests/cli/clitestsupport.h"

#include <cstdlib>

namespace tangent::clitest {
namespace {

const fs::path kSeries = kGolden / "timeseries";

bool isNumberCell(const std::string& field)
{
    return field.starts_with("0x") || field.starts_with("-0x") || field == "nan" || field == "inf" || field == "-inf";
}

/// Compares tangent-cli's output with an expected file: text cells verbatim, numbers bit for bit.
void expectMatchesGolden(const std::string& out, const fs::path& expectedPath)
{
    const std::vector<std::string> expected = textLines(readFile(expectedPath));
    const std::vector<std::string> actual = textLines(withoutGeneralProvenance(out));
    ASSERT_GE(expected.size(), 2U);
    ASSERT_EQ(actual.size(), expected.size() - 1) << "rows differ from " << expectedPath;
    EXPECT_EQ(actual[0], expected[1]) << "header";
    for (std::size_t row = 1; row < actual.size(); ++row) {
        const std::vector<std::string> want = splitFields(expected[row + 1], ',');
        const std::vector<std::string> got = splitFields(actual[row], ',');
        ASSERT_EQ(got.size(), want.size()) << "line " << row + 1 << ": " << actual[row];
        for (std::size_t c = 0; c < want.size(); ++c) {
            const std::string where = "line " + std::to_string(row + 1) + ", column " + std::to_string(c + 1);
            if (!isNumberCell(want[c])) {
                EXPECT_EQ(got[c], want[c]) << where;
                continue;
            }
            const double wanted = std::strtod(want[c].c_str(), nullptr);
            expectSameBits({ parseNumber(got[c]) }, { wanted }, where);
        }
    }
}

/// The arguments recorded in an expected file's first line, the input resolved in kSeries.
std::vector<std::string> recordedArgs(const fs::path& expectedPath)
{
    const std::string first = textLines(readFile(expectedPath)).front();
    std::vector<std::string> args = splitFields(first.substr(std::string("# args: ").size()), ' ');
    args[0] = (kSeries / args[0]).string();
    return args;
}

using CliTimeSeries = CliTest;

TEST_F(CliTimeSeries, MatchesPandasAndNumpyOnEveryGoldenCase)
{
    for (const char* name : { "weather.expected.csv", "weather-y-edge2.expected.csv", "prices.expected.csv",
             "prices-y-edge2.expected.csv" }) {
        SCOPED_TRACE(name);
        const CliRun run = this->run(recordedArgs(kSeries / name));
        ASSERT_EQ(run.status, 0) << run.err;
        expectMatchesGolden(run.out, kSeries / name);
    }
}

TEST_F(CliTimeSeries, DatesAreWrittenBackAsReadWithTheUnitInTheHeader)
{
    const std::string input = put("t.csv",
        "when,level\n2020-01-01T00:00:00Z,1\n2020-01-01T06:00:00Z,4\n"
        "2020-01-01T12:00:00Z,10\n");
    const CliRun run = this->run({ input, "--time-unit", "h" });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(withoutGeneralProvenance(run.out),
        "when,level,d(level)/d(when) [1/h]\n"
        "2020-01-01T00:00:00Z,1,0.5\n2020-01-01T06:00:00Z,4,0.75\n2020-01-01T12:00:00Z,10,1\n");
}

TEST_F(CliTimeSeries, DefaultUnitIsTheDayAndOrderTwoNamesTheSquare)
{
    const std::string input = put("t.csv", "day,v\n2001-03-01,0\n2001-03-02,1\n2001-03-03,4\n2001-03-04,9\n");
    const CliRun run = this->run({ input, "--order", "2" });
    ASSERT_EQ(run.status, 0) << run.err;
    const std::vector<std::string> out = textLines(withoutGeneralProvenance(run.out));
    ASSERT_EQ(out.size(), 5U);
    EXPECT_EQ(out[0], "day,v,d2(v)/d(day)2 [1/d2]");
    // By hand: numpy.gradient([0, 1, 4, 9]) is [1, 2, 4, 5], and its gradient
    // is [1, 1.5, 1.5, 1] (per day: the dates are a day apart).
    EXPECT_EQ(out[1], "2001-03-01,0,1");
    EXPECT_EQ(out[2], "2001-03-02,1,1.5");
    EXPECT_EQ(out[4], "2001-03-04,9,1");
}

TEST_F(CliTimeSeries, FirstTextColumnIsPassedOverForTheFirstNumericOne)
{
    const std::string input = put("t.csv", "station,t,v\nA,0,0\nA,2,4\nA,4,16\n");
    const CliRun run = this->run({ input });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(textLines(withoutGeneralProvenance(run.out))[0], "t,v,d(v)/d(t)");
    EXPECT_EQ(textLines(withoutGeneralProvenance(run.out))[2], "2,4,4");
}

TEST_F(CliTimeSeries, UnknownTimeUnitIsAUsageError)
{
    const std::string input = put("t.csv", "d,v\n2001-03-01,0\n2001-03-02,1\n");
    expectFailure(this->run({ input, "--time-unit", "fortnight" }), { "--time-unit", "fortnight" });
}

TEST_F(CliTimeSeries, TextThatIsNotDatesIsStillRefusedAsX)
{
    const std::string input = put("t.csv", "name,v\nfoo,1\nbar,2\n");
    expectFailure(this->run({ input, "--x", "name" }), { "'name' is not numeric", "row 2", "column 1" });
}

TEST_F(CliTimeSeries, ShortGroupGetsEmptyCellsAndAWarningNamingIt)
{
    const std::string input = put("g.csv", "k,t,v\na,0,0\nb,0,5\na,1,2\nc,7,7\na,2,6\nb,1,6\n");
    const CliRun run = this->run({ input, "--group", "k" });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(
        withoutGeneralProvenance(run.out), "k,t,v,d(v)/d(t)\na,0,0,2\nb,0,5,1\na,1,2,3\nc,7,7,\na,2,6,4\nb,1,6,1\n");
    EXPECT_NE(run.err.find("warning: group 'c' has 1 row"), std::string::npos) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
}

TEST_F(CliTimeSeries, StrictMakesAShortGroupAnErrorAndWritesNothing)
{
    const std::string input = put("g.csv", "k,t,v\na,0,0\na,1,2\nc,7,7\na,2,6\n");
    const std::string output = (work() / "out.csv").string();
    const CliRun run = this->run({ input, "--group", "k", "--strict", "-o", output });
    expectFailure(run, { "g.csv", "row 4", "column 1", "group 'c'" });
    EXPECT_FALSE(fs::exists(output));
}

TEST_F(CliTimeSeries, EdgeOrderTwoNeedsThreeRowsPerGroup)
{
    const std::string input = put("g.csv", "k,t,v\na,0,0\nb,0,1\na,1,1\nb,1,3\na,2,4\n");
    const CliRun run = this->run({ input, "--group", "k", "--edge-order", "2" });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(withoutGeneralProvenance(run.out), "k,t,v,d(v)/d(t)\na,0,0,0\nb,0,1,\na,1,1,2\nb,1,3,\na,2,4,4\n");
    EXPECT_NE(run.err.find("group 'b' has 2 rows, too few for edge order 2 (needs 3)"), std::string::npos);
}

TEST_F(CliTimeSeries, MissingGroupColumnIsNamed)
{
    const std::string input = put("g.csv", "k,t,v\na,0,0\na,1,2\n");
    expectFailure(this->run({ input, "--group", "sym" }), { "no column 'sym'", "'k'" });
}

} // namespace
} // namespace tangent::clitest
