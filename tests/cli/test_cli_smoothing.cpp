// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end runs of tangent-cli with --method other than numpy: options, provenance lines, the
// auto report, --explain, --smoothed, N-D .npy along --axis, exit codes and no partial output.
// The numbers themselves are checked against core::smoothDerivative (itself checked against scipy
// in tests/core), so this file checks what the CLI adds.

#include "tests/cli/clitestsupport.h"

#include "core/io/npy.h"
#include "core/io/numberformat.h"
#include "core/smoothing/smoothing.h"

#include <algorithm>
#include <random>

namespace tangent::clitest {
namespace {

struct NoisyData {
    std::vector<double> x;
    std::vector<double> y;
    std::string csv;
};

NoisyData noisySine(std::size_t n, unsigned seed, bool withGap = false)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 0.05);
    NoisyData d;
    d.csv = "t,v\n";
    for (std::size_t i = 0; i < n; ++i) {
        d.x.push_back(0.03 * static_cast<double>(i));
        d.y.push_back(std::sin(d.x.back()) + noise(rng));
        if (withGap && i >= n / 2 && i < n / 2 + 3)
            d.y.back() = std::nan("");
        d.csv += formatDouble(d.x.back()) + "," + formatDouble(d.y.back()) + "\n";
    }
    return d;
}

/// The method's own "# " lines (after the general provenance every derivative CSV starts with).
std::vector<std::string> commentLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(withoutGeneralProvenance(text));
    std::string line;
    while (std::getline(in, line))
        if (!line.empty() && line[0] == '#')
            lines.push_back(line);
    return lines;
}

using CliSmoothing = CliTest;

TEST_F(CliSmoothing, SavgolWritesProvenanceThenTheTableWithTheSameColumnNames)
{
    const NoisyData d = noisySine(120, 1);
    const CliRun run = this->run({ put("in.csv", d.csv), "--method", "savgol", "--window", "15", "--polyorder", "2" });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_EQ(commentLines(run.out), (std::vector<std::string> { "# method: savgol window=15 polyorder=2" }));
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "t", "v", "d(v)/d(t)" }));
    SmoothingOptions o;
    o.method = SmoothingMethod::Savgol;
    o.window = 15;
    o.polyorder = 2;
    const SmoothingResult expected = smoothDerivative(Series { d.y, d.x, 1.0 }, o);
    expectSameBits(out.columns[2], expected.derivative, "derivative");
}

TEST_F(CliSmoothing, SmoothedColumnFollowsY)
{
    const NoisyData d = noisySine(80, 2);
    const CliRun run = this->run({ put("in.csv", d.csv), "--method", "savgol", "--window", "9", "--smoothed" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "t", "v", "smooth(v)", "d(v)/d(t)" }));
}

TEST_F(CliSmoothing, AutomaticParametersAreMarkedInTheProvenance)
{
    const NoisyData d = noisySine(300, 3);
    const CliRun run = this->run({ put("in.csv", d.csv), "--method", "savgol" });
    ASSERT_EQ(run.status, 0) << run.err;
    const std::vector<std::string> comments = commentLines(run.out);
    ASSERT_EQ(comments.size(), 1U);
    EXPECT_EQ(comments[0].rfind("# method: savgol window=", 0), 0U) << comments[0];
    EXPECT_NE(comments[0].find("polyorder=3 (chosen automatically)"), std::string::npos) << comments[0];
}

TEST_F(CliSmoothing, SecondDerivativeIsNamedAsTheNumpyPathNamesIt)
{
    const NoisyData d = noisySine(100, 4);
    const CliRun run = this->run({ put("in.csv", d.csv), "--method", "savgol", "--window", "21", "--order", "2" });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(parseTable(run.out).names, (std::vector<std::string> { "t", "v", "d2(v)/d(t)2" }));
    EXPECT_NE(commentLines(run.out).at(0).find("order=2"), std::string::npos);
}

TEST_F(CliSmoothing, ExplainPrintsTheSavgolWeightsOfEveryRow)
{
    const NoisyData d = noisySine(30, 5);
    const CliRun run = this->run({ put("in.csv", d.csv), "--method", "savgol", "--window", "5", "--explain" });
    ASSERT_EQ(run.status, 0) << run.err;
    std::istringstream lines(run.out);
    std::string line;
    std::size_t rows = 0;
    while (std::getline(lines, line)) {
        if (line[0] == '#')
            continue;
        EXPECT_EQ(line.rfind("row " + std::to_string(rows) + ": ", 0), 0U) << line;
        EXPECT_NE(line.find(" * y["), std::string::npos) << line;
        ++rows;
    }
    EXPECT_EQ(rows, 30U);
}

TEST_F(CliSmoothing, ExplainSaysWhatBecomesOfGapRows)
{
    const CliRun run = this->run({ put("in.csv", "x,y\n0,nan\n1,2\n2,nan\n3,3\n4,5\n5,6\n6,8\n"), "--method", "savgol",
        "--window", "3", "--polyorder", "1", "--explain" });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("row 0: y is NaN; left NaN"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("row 2: y is NaN; interpolated in x between rows 1 and 3"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("row 3: "), std::string::npos) << run.out;
}

TEST_F(CliSmoothing, GapRowsStayRowsAndDoNotSpread)
{
    const NoisyData d = noisySine(200, 6, true);
    const CliRun run = this->run({ put("in.csv", d.csv), "--method", "savgol", "--window", "11" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    ASSERT_EQ(out.columns[2].size(), 200U);
    for (double v : out.columns[2])
        EXPECT_TRUE(std::isfinite(v));
}

TEST_F(CliSmoothing, OptionsOfAnotherMethodAreRefusedWithoutOutput)
{
    const NoisyData d = noisySine(50, 7);
    const std::string in = put("in.csv", d.csv);
    const std::string out = (work() / "out.csv").string();
    expectFailure(
        this->run({ in, "--method", "savgol", "--lam", "1", "-o", out }), { "--lam belongs to --method spline" });
    expectFailure(this->run({ in, "--window", "5", "-o", out }), { "--window belongs to --method savgol", "numpy" });
    expectFailure(this->run({ in, "--smoothed", "-o", out }), { "--smoothed needs a --method" });
    expectFailure(this->run({ in, "--method", "savgol", "--edge-order", "2", "-o", out }), { "--edge-order belongs" });
    expectFailure(this->run({ in, "--method", "fourier", "-o", out }), { "--method expects" });
    EXPECT_EQ(workFiles(), (std::set<std::string> { "in.csv" }));
}

TEST_F(CliSmoothing, BadWindowsAreRefusedWithoutOutput)
{
    const NoisyData d = noisySine(50, 8);
    const std::string in = put("in.csv", d.csv);
    const std::string out = (work() / "out.csv").string();
    expectFailure(
        this->run({ in, "--method", "savgol", "--window", "51", "-o", out }), { "in.csv", "longer than the data" });
    expectFailure(this->run({ in, "--method", "savgol", "--window", "10", "-o", out }), { "must be odd" });
    expectFailure(this->run({ in, "--method", "savgol", "--window", "5", "--polyorder", "5", "-o", out }),
        { "less than the window" });
    expectFailure(
        this->run({ in, "--method", "savgol", "--window", "5", "--polyorder", "1", "--order", "2", "-o", out }),
        { "no derivative of order 2" });
    expectFailure(
        this->run({ in, "--method", "savgol", "--window", "x", "-o", out }), { "--window expects a whole number" });
    EXPECT_EQ(workFiles(), (std::set<std::string> { "in.csv" }));
}

TEST_F(CliSmoothing, XThatGoesBackIsReportedAtItsRowAndColumn)
{
    const std::string in = put("in.csv", "x,y\n0,1\n1,2\n2,3\n1.5,4\n4,5\n5,6\n6,7\n");
    expectFailure(
        this->run({ in, "--method", "savgol", "--window", "3" }), { "row 5, column 1", "strictly increasing" });
}

TEST_F(CliSmoothing, NpyIsDifferentiatedAlongTheGivenAxis)
{
    const NoisyData a = noisySine(40, 9);
    const NoisyData b = noisySine(40, 10);
    std::vector<double> data;
    for (std::size_t i = 0; i < 40; ++i) {
        data.push_back(a.y[i]);
        data.push_back(b.y[i]);
    }
    const NdArray input({ 40, 2 }, data);
    const std::string out = (work() / "out.npy").string();
    const CliRun run = this->run({ put("in.npy", writeNpyString(input)), "--method", "savgol", "--window", "7",
        "--axis", "0", "--spacing", "0.03", "-o", out });
    ASSERT_EQ(run.status, 0) << run.err;
    const NdArray result = readNpyFile(out);
    ASSERT_EQ(result.shape, input.shape);
    SmoothingOptions o;
    o.method = SmoothingMethod::Savgol;
    o.window = 7;
    const SmoothingResult expected = smoothDerivative(Series { b.y, {}, 0.03 }, o);
    for (std::size_t i = 0; i < 40; ++i)
        EXPECT_EQ(result.data[2 * i + 1], expected.derivative[i]) << i;
    expectFailure(this->run({ put("in2.npy", writeNpyString(input)), "--method", "savgol", "--window", "7" }),
        { "exactly one with --axis" });
}

TEST_F(CliSmoothing, AutoReportsItsChoiceOnStderrAndInTheProvenance)
{
    const NoisyData d = noisySine(300, 11);
    const CliRun run = this->run({ put("in.csv", d.csv), "--method", "auto" });
    ASSERT_EQ(run.status, 0) << run.err;
    const std::vector<std::string> comments = commentLines(run.out);
    ASSERT_EQ(comments.size(), 1U);
    EXPECT_NE(comments[0].find("(method and parameters chosen automatically)"), std::string::npos) << comments[0];
    const std::string chosen = comments[0].substr(std::string("# method: ").size());
    EXPECT_EQ(run.err, "tangent-cli: auto chose " + chosen + " for 'v'\n");
    EXPECT_EQ(parseTable(run.out, ',', true).names, (std::vector<std::string> { "t", "v", "d(v)/d(t)" }));
}

TEST_F(CliSmoothing, EveryMethodRunsAndNamesItsParameters)
{
    const NoisyData d = noisySine(150, 12);
    const std::string in = put("in.csv", d.csv);
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        { { "--method", "spline", "--lam", "0.5" }, "# method: spline lam=0.5" },
        { { "--method", "tvr", "--alpha", "0.01", "--iterations", "5" }, "# method: tvr alpha=0.01 iterations=5" },
        { { "--method", "kalman", "--ratio", "3" }, "# method: kalman ratio=3" },
        { { "--method", "kalman", "--ratio", "3", "--order", "2" }, "# method: kalman ratio=3 order=2" },
    };
    for (const auto& [args, provenance] : cases) {
        std::vector<std::string> all = { in };
        all.insert(all.end(), args.begin(), args.end());
        const CliRun run = this->run(all);
        ASSERT_EQ(run.status, 0) << run.err;
        EXPECT_EQ(commentLines(run.out), (std::vector<std::string> { provenance }));
        const Table out = parseTable(run.out, ',', true);
        ASSERT_EQ(out.columns.size(), 3U);
        EXPECT_EQ(out.columns[2].size(), 150U);
    }
}

TEST_F(CliSmoothing, ExplainSaysInOneLineWhatWasMinimised)
{
    const NoisyData d = noisySine(100, 13);
    const CliRun run = this->run({ put("in.csv", d.csv), "--method", "spline", "--lam", "0.25", "--explain" });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 1);
    EXPECT_NE(run.out.find("lam=0.25"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("minimising"), std::string::npos) << run.out;
}

TEST_F(CliSmoothing, BadParametersOfEachMethodAreRefused)
{
    const NoisyData d = noisySine(40, 14);
    const std::string in = put("in.csv", d.csv);
    expectFailure(this->run({ in, "--method", "spline", "--lam", "0" }), { "--lam must be a finite number above 0" });
    expectFailure(this->run({ in, "--method", "spline", "--lam", "-2" }), { "--lam must be" });
    expectFailure(this->run({ in, "--method", "tvr", "--alpha", "0" }), { "--alpha must be" });
    expectFailure(this->run({ in, "--method", "tvr", "--order", "2" }), { "up to order 1" });
    expectFailure(this->run({ in, "--method", "kalman", "--ratio", "nan" }), { "--ratio" });
    expectFailure(this->run({ in, "--method", "kalman", "--window", "5" }), { "--window belongs to --method savgol" });
    expectFailure(this->run({ in, "--method", "auto", "--lam", "1" }), { "auto chooses" });
    // With --group too (each group is smoothed on its own rows): checked before any group runs.
    expectFailure(this->run({ in, "--method", "kalman", "--window", "5", "--group", "t" }),
        { "--window belongs to --method savgol" });
    expectFailure(this->run({ put("short.csv", "x,y\n0,1\n1,2\n2,3\n"), "--method", "spline", "--lam", "1" }),
        { "at least 5 points" });
}

TEST_F(CliSmoothing, FailureLeavesAnExistingOutputUntouched)
{
    const NoisyData d = noisySine(40, 15);
    const std::string out = put("out.csv", "precious\n");
    const CliRun run = this->run({ put("in.csv", d.csv), "--method", "savgol", "--window", "99", "-o", out });
    expectFailure(run, { "longer than the data" });
    EXPECT_EQ(readFile(out), "precious\n");
}

TEST_F(CliSmoothing, NumpyDefaultIsUnchangedByTheNewOptions)
{
    // --method numpy is the default spelled out: the same bytes as no option at all.
    const NoisyData d = noisySine(60, 16);
    const std::string in = put("in.csv", d.csv);
    const CliRun plain = this->run({ in });
    const CliRun spelled = this->run({ in, "--method", "numpy" });
    ASSERT_EQ(plain.status, 0);
    EXPECT_EQ(spelled.out, plain.out);
    EXPECT_EQ(withoutGeneralProvenance(plain.out).find('#'), std::string::npos); // no method line
}

} // namespace
} // namespace tangent::clitest
