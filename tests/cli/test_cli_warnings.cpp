// SPDX-License-Identifier: GPL-3.0-or-later
// tangent-cli's warnings about the x column on stderr: the same facts the window's diagnostics
// word (core/gradient/spacing.h), after a successful run only, and silenced by --quiet.

#include "tests/cli/clitestsupport.h"

#include "core/io/numberformat.h"

namespace tangent::clitest {
namespace {

using CliWarnings = CliTest;

/// The stderr lines of a run.
std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        result.push_back(line);
    return result;
}

void expectWarning(const std::vector<std::string>& warnings, const std::vector<std::string>& fragments)
{
    bool found = false;
    for (const std::string& line : warnings) {
        bool all = line.rfind("tangent-cli: warning: ", 0) == 0;
        for (const std::string& fragment : fragments)
            all = all && line.find(fragment) != std::string::npos;
        found = found || all;
    }
    std::string joined;
    for (const std::string& line : warnings)
        joined += line + '\n';
    EXPECT_TRUE(found) << "no warning with every fragment in:\n" << joined;
}

TEST_F(CliWarnings, NotIncreasingNamesTheFileLineAndValues)
{
    // Line 1 is the header, so data row 3 (x = 1.5) is line 5.
    const std::string input = put("t.csv", "t,y\n0,0\n1,1\n2,2\n1.5,3\n3,4\n");
    const CliRun run = this->run({ input });
    ASSERT_EQ(run.status, 0) << run.err;
    const auto warnings = lines(run.err);
    ASSERT_EQ(warnings.size(), 1U) << run.err;
    expectWarning(warnings, { "t.csv: row 5, column 1", "x ('t') is not increasing", "1.5 comes after 2" });
    EXPECT_NE(run.out.find("d(y)/d(t)"), std::string::npos) << "the result is still written";
}

TEST_F(CliWarnings, DecreasingThroughout)
{
    const CliRun run = this->run({ put("d.csv", "t,y\n4,0\n3,1\n1,2\n0,3\n") });
    ASSERT_EQ(run.status, 0) << run.err;
    expectWarning(lines(run.err), { "x ('t') decreases throughout" });
}

TEST_F(CliWarnings, RepeatedValuesAndGaps)
{
    const CliRun run = this->run({ put("r.csv", "t,y\n0,0\n1,1\n1,2\n,3\n4,4\n5,5\n5,6\n") });
    ASSERT_EQ(run.status, 0) << run.err;
    const auto warnings = lines(run.err);
    EXPECT_EQ(warnings.size(), 2U) << run.err;
    // Data row 2 (the second 1) is line 4; the empty cell is data row 3, line 5.
    expectWarning(warnings, { "row 4, column 1", "x ('t') repeats", "1 twice in a row", "1 more place" });
    expectWarning(warnings, { "row 5, column 1", "x ('t') has 1 gap(s)" });
}

TEST_F(CliWarnings, NearlyUniformSpacing)
{
    std::string csv = "x,y\n";
    for (int i = 0; i <= 10; ++i) {
        const double x = i * 0.1;
        csv += tangent::formatDouble(x) + "," + std::to_string(i * i) + "\n";
    }
    const CliRun run = this->run({ put("n.csv", csv) });
    ASSERT_EQ(run.status, 0) << run.err;
    expectWarning(lines(run.err), { "x ('x') is evenly spaced to within 1e-09", "non-uniform formula" });
}

TEST_F(CliWarnings, ExplainWarnsToo)
{
    const CliRun run = this->run({ put("t.csv", "t,y\n0,0\n1,1\n2,2\n1.5,3\n3,4\n"), "--explain" });
    ASSERT_EQ(run.status, 0) << run.err;
    expectWarning(lines(run.err), { "is not increasing" });
}

TEST_F(CliWarnings, QuietSilencesThemButNotErrors)
{
    const std::string input = put("t.csv", "t,y\n0,0\n1,1\n2,2\n1.5,3\n3,4\n");
    const CliRun loud = this->run({ input });
    for (const char* quiet : { "--quiet", "-q" }) {
        const CliRun run = this->run({ input, quiet });
        EXPECT_EQ(run.status, 0) << run.err;
        EXPECT_EQ(run.err, "");
        EXPECT_EQ(run.out, loud.out);
    }
    expectFailure(this->run({ input, "--quiet", "--y", "nope" }), { "nope" });
}

TEST_F(CliWarnings, CleanDataAndUniformSpacingSayNothing)
{
    const CliRun clean = this->run({ put("c.csv", "x,y\n0,0\n1,1\n3,9\n4,16\n") });
    EXPECT_EQ(clean.status, 0);
    EXPECT_EQ(clean.err, "");
    // With --dx there is no x column to warn about.
    const CliRun dx = this->run({ put("u.csv", "y\n0\n1\n4\n"), "--dx", "0.5" });
    EXPECT_EQ(dx.status, 0);
    EXPECT_EQ(dx.err, "");
}

TEST_F(CliWarnings, FailedRunStaysOneLine)
{
    // Not increasing, and a y column that does not exist: only the error is printed.
    expectFailure(this->run({ put("t.csv", "t,y\n0,0\n2,1\n1,2\n"), "--y", "missing" }), { "missing" });
}

} // namespace
} // namespace tangent::clitest
