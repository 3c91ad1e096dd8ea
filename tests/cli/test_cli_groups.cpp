// SPDX-License-Identifier: GPL-3.0-or-later
// tangent-cli --group with every --method: savgol against scipy's savgol_filter per group (golden
// data from tests/golden/make_timeseries_golden.py), the other methods against the core run on
// each group's rows alone, provenance lines, short groups and strictness.

#include "app/cli/cli.h"
#include "tests/cli/clitestsupport.h"

#include "core/gradient/groups.h"
#include "core/smoothing/smoothing.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include <unistd.h>

namespace tangent::clitest {
namespace {

const fs::path kSeries = kGolden / "timeseries";

/// The rows of a table as fields, comment lines dropped.
std::vector<std::vector<std::string>> rowsOf(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    for (const std::string& line : textLines(text))
        if (!line.starts_with('#'))
            rows.push_back(splitFields(line, ','));
    return rows;
}

using CliGroups = CliTest;

TEST_F(CliGroups, SavgolPerGroupMatchesScipyOnEachGroup)
{
    const fs::path expectedPath = kSeries / "sensors-savgol.expected.csv";
    const std::string expectedText = readFile(expectedPath);
    std::vector<std::string> args = splitFields(textLines(expectedText).front().substr(8), ' ');
    args[0] = (kSeries / args[0]).string();
    const CliRun run = this->run(args);
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.err.find("group 'spare' has 4 rows, too few for savgol (needs 7)"), std::string::npos) << run.err;
    EXPECT_EQ(textLines(withoutGeneralProvenance(run.out)).front(), "# method: savgol window=7 polyorder=2");

    const auto want = rowsOf(expectedText);
    const auto got = rowsOf(run.out);
    ASSERT_EQ(got.size(), want.size());
    EXPECT_EQ(got[0], want[0]);
    // Tolerance relative to each group's largest |derivative|, as the smoothing golden test.
    std::map<std::string, double> scale;
    for (std::size_t r = 1; r < want.size(); ++r)
        if (!want[r][3].empty())
            scale[want[r][0]] = std::max(scale[want[r][0]], std::abs(std::strtod(want[r][3].c_str(), nullptr)));
    for (std::size_t r = 1; r < want.size(); ++r) {
        ASSERT_EQ(got[r].size(), 4U) << r;
        EXPECT_EQ(got[r][0], want[r][0]) << "row " << r;
        EXPECT_EQ(parseNumber(got[r][2]), std::strtod(want[r][2].c_str(), nullptr)) << "row " << r;
        if (want[r][3].empty()) {
            EXPECT_EQ(got[r][3], "") << "row " << r;
            continue;
        }
        const double expected = std::strtod(want[r][3].c_str(), nullptr);
        EXPECT_NEAR(parseNumber(got[r][3]), expected, 1e-10 * scale[want[r][0]]) << "row " << r;
    }
}

/// Each sensor of sensors.csv on its own, as the core sees one series.
struct SplitSeries {
    std::vector<std::string> order;
    std::map<std::string, std::vector<double>> t;
    std::map<std::string, std::vector<double>> value;
};

SplitSeries splitSensors()
{
    SplitSeries s;
    const auto rows = rowsOf(readFile(kSeries / "sensors.csv"));
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const std::string& key = rows[r][0];
        if (!s.t.contains(key))
            s.order.push_back(key);
        s.t[key].push_back(parseNumber(rows[r][1]));
        s.value[key].push_back(parseNumber(rows[r][2]));
    }
    return s;
}

TEST_F(CliGroups, EveryMethodEqualsTheCoreOnEachGroupsRowsAlone)
{
    const SplitSeries split = splitSensors();
    for (const char* method : { "spline", "tvr", "kalman", "auto" }) {
        SCOPED_TRACE(method);
        const CliRun run
            = this->run({ (kSeries / "sensors.csv").string(), "--group", "sensor", "--method", method, "--smoothed" });
        ASSERT_EQ(run.status, 0) << run.err;
        const auto rows = rowsOf(run.out);
        ASSERT_EQ(rows[0], (std::vector<std::string> { "sensor", "t", "value", "smooth(value)", "d(value)/d(t)" }));
        GroupOptions grouped;
        grouped.smoothing.method = *parseMethodName(method);
        const SmoothingOptions& options = grouped.smoothing;
        std::map<std::string, std::size_t> next;
        std::map<std::string, SmoothingResult> expected;
        for (const std::string& key : split.order)
            if (split.t.at(key).size() >= minimumGroupRows(grouped))
                expected[key] = smoothDerivative(Series { split.value.at(key), split.t.at(key), 1.0 }, options);
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const std::string& key = rows[r][0];
            const std::size_t k = next[key]++;
            if (!expected.contains(key)) {
                EXPECT_EQ(rows[r][4], "") << "row " << r;
                continue;
            }
            expectSameBits({ parseNumber(rows[r][3]), parseNumber(rows[r][4]) },
                { expected[key].smoothed[k], expected[key].derivative[k] }, "row " + std::to_string(r));
        }
        if (std::string(method) != "auto")
            continue;
        for (const auto& [key, result] : expected) {
            const std::string line = "auto chose " + result.provenance() + " for 'value' in group '" + key + "'";
            EXPECT_NE(run.err.find(line), std::string::npos) << run.err;
        }
    }
}

TEST_F(CliGroups, MethodLinesNameTheGroupWhenGroupsDiffer)
{
    const CliRun run = this->run({ (kSeries / "sensors.csv").string(), "--group", "sensor", "--method", "spline" });
    ASSERT_EQ(run.status, 0) << run.err;
    const std::vector<std::string> out = textLines(withoutGeneralProvenance(run.out));
    // lam is chosen from each group's data, so the three long sensors each get a line.
    for (const char* key : { "north", "south", "east" })
        EXPECT_TRUE(std::any_of(out.begin(), out.begin() + 3, [&](const std::string& line) {
            return line.starts_with("# method: spline lam=") && line.ends_with("in group '" + std::string(key) + "'");
        })) << key;
    EXPECT_EQ(out[3], "sensor,t,value,d(value)/d(t)");
}

TEST_F(CliGroups, StrictWithAMethodNamesTheShortGroupAndItsFirstRow)
{
    const std::string output = (work() / "out.csv").string();
    const CliRun run = this->run({ (kSeries / "sensors.csv").string(), "--group", "sensor", "--method", "savgol",
        "--window", "7", "--strict", "-o", output });
    // spare's first row is the file's fifth line (header, then north, south, east, spare).
    expectFailure(run, { "sensors.csv", "row 5", "column 1", "group 'spare'", "savgol (needs 7)" });
    EXPECT_FALSE(fs::exists(output));
}

TEST_F(CliGroups, XGoingBackInsideAGroupIsNamedWithTheGroup)
{
    const std::string input = put("g.csv",
        "k,t,v\na,0,0\nb,0,1\na,1,1\nb,2,3\na,0.5,4\nb,3,5\na,3,1\nb,4,2\na,4,0\n"
        "b,5,1\na,5,2\nb,6,3\n");
    const CliRun run = this->run({ input, "--group", "k", "--method", "spline" });
    expectFailure(run, { "g.csv", "column 2", "group 'a'" });
}

TEST(CliGroupsExplain, ExplainNamesTheGroupAndTheRowWithinIt)
{
    // Interleaved groups, each differentiated on its own rows. A: x 0,1,2, y 0,1,4 (numpy: 1, 2,
    // 3); B: x 0,1,3, y 10,12,18 (uneven: (12-10)/1 = 2; then numpy's three-point weights at row 1,
    // hs = 1 behind, hd = 2 ahead: -hd/(hs(hs+hd)) = -2/3, (hd-hs)/(hs hd) = 1/2,
    // hs/(hd(hs+hd)) = 1/6, so -20/3 + 6 + 3 = 7/3; end (18-12)/2 = 3).
    const std::string path
        = (fs::temp_directory_path() / ("tangent-groupexplain-" + std::to_string(::getpid()))).string();
    std::ofstream(path) << "g,x,y\nA,0,0\nB,0,10\nA,1,1\nB,1,12\nA,2,4\nB,3,18\n";
    std::ostringstream out;
    std::ostringstream err;
    ASSERT_EQ(runCli({ path, "--group", "g", "--explain" }, out, err), 0) << err.str();
    fs::remove(path);
    const std::string text = out.str();
    EXPECT_EQ(text.substr(0, text.find("# group 'B'")),
        "# group 'A': 3 rows\n"
        "group 'A' row 0 (table row 0): (y[1] - y[0]) / 1 = 1.0\n"
        "group 'A' row 1 (table row 2): (y[2] - y[0]) / 2 = 2.0\n"
        "group 'A' row 2 (table row 4): (y[2] - y[1]) / 1 = 3.0\n")
        << text;
    EXPECT_NE(text.find("# group 'B': 3 rows\ngroup 'B' row 0 (table row 1): "), std::string::npos) << text;
    EXPECT_NE(text.find("group 'B' row 1 (table row 3): -0.6666666666666666 * y[0] + 0.5 * y[1] + "
                        "0.16666666666666666 * y[2] = 2.33333333333333"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find("group 'B' row 2 (table row 5): (y[2] - y[1]) / 2 = 3.0\n"), std::string::npos) << text;
}

#ifdef TANGENT_GUI_PATH
TEST_F(CliGroups, WindowRefusesAGroupColumnThatIsNotThereWithStatusTwo)
{
    const std::string input = put("g.csv", "k,t,v\na,0,0\na,1,1\nb,0,4\nb,1,5\n");
    const std::string home = (work() / "home").string();
    std::string command = "env QT_QPA_PLATFORM=offscreen TANGENT_NO_DIALOGS=1 HOME=" + shellQuote(home)
        + " XDG_CONFIG_HOME=" + shellQuote(home) + " XDG_DATA_HOME=" + shellQuote(home) + " ";
    command += shellQuote(TANGENT_GUI_PATH);
    const CliRun run = runCommand(command, { input, "--group", "sym" });
    EXPECT_EQ(run.status, 2) << run.err;
    // The engine's words, as tangent-cli says them for the same recipe.
    EXPECT_NE(run.err.find("g.csv: there is no column 'sym'; the columns are 1 'k', 2 't', 3 'v'"), std::string::npos)
        << run.err;
}
#endif

} // namespace
} // namespace tangent::clitest
