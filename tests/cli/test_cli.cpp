// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end runs of the tangent-cli executable on CSV input: results, options, messages, exit
// status, and what happens to the output file when a run fails. (.npy input: test_cli_npy.cpp.)

#include "tests/cli/clitestsupport.h"

#include "core/gradient/gradient.h"

#include <cstdio>
#include <random>

namespace tangent::clitest {
namespace {

constexpr const char* kTextColumnCsv = "t,label,y\n0,a,0\n1,b,1\n2,c,4\n3,d,9\n";
constexpr const char* kRaggedCsv = "x,y\n1,2\n2,3,4\n3,5\n";

std::string sample(const char* name)
{
    return (kSamples / name).string();
}

/// The sample's own columns, read independently of tangent's CSV reader.
Table readSample(const char* name)
{
    return parseTable(readFile(kSamples / name));
}

using CliCsv = CliTest;

TEST_F(CliCsv, NumpyDocUniformUsesSpacingOne)
{
    const CliRun run = this->run({ sample("numpy-doc-uniform.csv") });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.err, "");
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "y", "d(y)/d(x)" }));
    ASSERT_EQ(out.columns.size(), 2U);
    expectSameBits(out.columns[0], { 1, 2, 4, 9, 16 }, "y");
    expectSameBits(out.columns[1], { 1, 1.5, 3.5, 6, 7 }, "dy");
}

TEST_F(CliCsv, NumpyDocNonuniformMatchesGradientBitForBit)
{
    const CliRun run = this->run({ sample("numpy-doc-nonuniform.csv") });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "x", "y", "d(y)/d(x)" }));
    ASSERT_EQ(out.columns.size(), 3U);
    const std::vector<double> x = { 5, 10, 20, 30 };
    const std::vector<double> y = { 1, 2, 4, 9 };
    expectSameBits(out.columns[0], x, "x");
    expectSameBits(out.columns[1], y, "y");
    expectSameBits(out.columns[2], gradient(y, x), "dy");
    // numpy's documented answer, which the non-uniform formula meets only to rounding.
    const double documented[] = { 0.2, 0.2, 0.35, 0.5 };
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(out.columns[2][i], documented[i], 1e-15);
}

TEST_F(CliCsv, HeaderNamesTheColumnsDifferentiated)
{
    const CliRun run = this->run({ sample("noisy-sine.csv") });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "t [s]", "signal [V]", "d(signal [V])/d(t [s])" }));
}

TEST_F(CliCsv, EveryNumberWrittenParsesBackToTheComputedDouble)
{
    const Table in = readSample("noisy-sine.csv");
    const CliRun run = this->run({ sample("noisy-sine.csv") });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    ASSERT_EQ(out.columns.size(), 3U);
    expectSameBits(out.columns[0], in.columns[0], "t");
    expectSameBits(out.columns[1], in.columns[1], "signal");
    expectSameBits(out.columns[2], gradient(in.columns[1], in.columns[0]), "derivative");
}

TEST_F(CliCsv, AwkwardValuesRoundTrip)
{
    // Values whose shortest text needs all 17 digits, tiny and huge magnitudes, subnormals.
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> step(0.1, 3.0);
    std::uniform_real_distribution<double> value(-1.0, 1.0);
    std::vector<double> x = { 0.0 };
    std::vector<double> y = { 0.1 };
    for (int i = 1; i < 200; ++i) {
        x.push_back(x.back() + step(random) * (i % 7 == 0 ? 1e-9 : 1.0));
        y.push_back(value(random) * (i % 5 == 0 ? 1e300 : (i % 11 == 0 ? 4.9e-324 : 1.0)));
    }
    std::string csv = "x,y\n";
    for (std::size_t i = 0; i < x.size(); ++i) {
        char line[64];
        std::snprintf(line, sizeof line, "%.17g,%.17g\n", x[i], y[i]);
        csv += line;
    }
    const CliRun run = this->run({ put("awkward.csv", csv) });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    ASSERT_EQ(out.columns.size(), 3U);
    expectSameBits(out.columns[0], x, "x");
    expectSameBits(out.columns[1], y, "y");
    expectSameBits(out.columns[2], gradient(y, x), "dy");
}

TEST_F(CliCsv, EmptyAndNaCellsBecomeNan)
{
    const Table in = readSample("measurement-gaps.csv");
    const CliRun run = this->run({ sample("measurement-gaps.csv"), "--dx", "1" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    // The date column is text, so it is left out; dx 1 makes x "x".
    EXPECT_EQ(
        out.names, (std::vector<std::string> { "co2 [ppm]", "d(co2 [ppm])/d(x)", "temp (°C)", "d(temp (°C))/d(x)" }));
    ASSERT_EQ(out.columns.size(), 4U);
    expectSameBits(out.columns[0], in.columns[1], "co2");
    expectSameBits(out.columns[1], gradient(in.columns[1], 1.0), "dco2");
    expectSameBits(out.columns[3], gradient(in.columns[2], 1.0), "dtemp");
    EXPECT_NE(run.out.find("nan"), std::string::npos);
}

TEST_F(CliCsv, DxGivesUniformSpacing)
{
    const CliRun run = this->run({ sample("numpy-doc-uniform.csv"), "--dx", "0.5" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "y", "d(y)/d(x)" }));
    ASSERT_EQ(out.columns.size(), 2U);
    expectSameBits(out.columns[1], { 2, 3, 7, 12, 14 }, "dy");
}

TEST_F(CliCsv, DxOnAWideTableDifferentiatesEveryColumn)
{
    const CliRun run = this->run({ sample("numpy-doc-nonuniform.csv"), "--dx=2" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "x", "d(x)/d(x)", "y", "d(y)/d(x)" }));
    ASSERT_EQ(out.columns.size(), 4U);
    expectSameBits(out.columns[1], gradient(std::vector<double> { 5, 10, 20, 30 }, 2.0), "dx/dx");
    expectSameBits(out.columns[3], gradient(std::vector<double> { 1, 2, 4, 9 }, 2.0), "dy/dx");
}

TEST_F(CliCsv, XColumnByNameOrIndex)
{
    const std::string input = put("abc.csv", "a,b,c\n1,0,5\n4,1,3\n9,3,8\n16,4,1\n");
    const std::vector<double> a = { 1, 4, 9, 16 }, b = { 0, 1, 3, 4 }, c = { 5, 3, 8, 1 };
    for (const char* x : { "b", "2" }) {
        const CliRun run = this->run({ input, "--x", x });
        ASSERT_EQ(run.status, 0) << run.err;
        const Table out = parseTable(run.out, ',', true);
        EXPECT_EQ(out.names, (std::vector<std::string> { "b", "a", "d(a)/d(b)", "c", "d(c)/d(b)" })) << x;
        ASSERT_EQ(out.columns.size(), 5U);
        expectSameBits(out.columns[2], gradient(a, b), "da");
        expectSameBits(out.columns[4], gradient(c, b), "dc");
    }
}

TEST_F(CliCsv, YColumnsSelectAndOrder)
{
    const std::string input = put("abc.csv", "a,b,c\n1,0,5\n4,1,3\n9,3,8\n16,4,1\n");
    const CliRun run = this->run({ input, "--y", "c,b" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "a", "c", "d(c)/d(a)", "b", "d(b)/d(a)" }));
    ASSERT_EQ(out.columns.size(), 5U);
    expectSameBits(
        out.columns[2], gradient(std::vector<double> { 5, 3, 8, 1 }, std::vector<double> { 1, 4, 9, 16 }), "dc");
}

TEST_F(CliCsv, EdgeOrderTwoIsExactForXSquared)
{
    const Table in = readSample("x-squared-nonuniform.csv");
    const CliRun run = this->run({ sample("x-squared-nonuniform.csv"), "--edge-order", "2" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "x", "x^2", "d(x^2)/d(x)" }));
    ASSERT_EQ(out.columns.size(), 3U);
    expectSameBits(out.columns[2], gradient(in.columns[1], in.columns[0], 2), "d(x^2)");
    for (std::size_t i = 0; i < in.columns[0].size(); ++i)
        EXPECT_NEAR(out.columns[2][i], 2 * in.columns[0][i], 1e-9) << "x = " << in.columns[0][i];
}

TEST_F(CliCsv, SecondOrderDerivative)
{
    const Table in = readSample("x-squared-nonuniform.csv");
    const CliRun run = this->run({ sample("x-squared-nonuniform.csv"), "--order", "2", "--edge-order", "2" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "x", "x^2", "d2(x^2)/d(x)2" }));
    ASSERT_EQ(out.columns.size(), 3U);
    expectSameBits(out.columns[2], derivative(in.columns[1], Spacing::coordinates(in.columns[0]), 2, 2), "d2");
    expectSameBits(out.columns[2], gradient(gradient(in.columns[1], in.columns[0], 2), in.columns[0], 2), "twice");
}

TEST_F(CliCsv, DelimiterOptionAndCommaOutput)
{
    const std::string expected = this->run({ sample("numpy-doc-nonuniform.csv") }).out;
    const std::string semicolon = put("semi.csv", "x;y\n5;1\n10;2\n20;4\n30;9\n");
    const std::string tab = put("tab.tsv", "x\ty\n5\t1\n10\t2\n20\t4\n30\t9\n");
    const std::string pipe = put("pipe.txt", "x|y\n5|1\n10|2\n20|4\n30|9\n");
    const std::string space = put("space.txt", "x  y\n5   1\n10  2\n20  4\n30  9\n");
    for (const auto& [file, delimiter] : std::vector<std::pair<std::string, std::string>> {
             { semicolon, ";" }, { tab, "tab" }, { tab, "\\t" }, { pipe, "|" }, { space, "space" } }) {
        const CliRun run = this->run({ file, "--delimiter", delimiter });
        EXPECT_EQ(run.status, 0) << delimiter << ": " << run.err;
        EXPECT_EQ(run.out, expected) << delimiter;
    }
}

TEST_F(CliCsv, UnknownDelimiterIsAUsageError)
{
    expectFailure(this->run({ sample("numpy-doc-uniform.csv"), "--delimiter", "#" }), { "--delimiter", "'#'" });
}

TEST_F(CliCsv, StandardInputAndStandardOutput)
{
    const CliRun fromFile = this->run({ sample("noisy-sine.csv") });
    const CliRun fromStdin = this->run({ "-", "-o", "-" }, sample("noisy-sine.csv"));
    ASSERT_EQ(fromStdin.status, 0) << fromStdin.err;
    EXPECT_EQ(fromStdin.out, fromFile.out);
    EXPECT_EQ(fromStdin.err, "");
}

TEST_F(CliCsv, OutputFileGetsTheResult)
{
    const std::string expected = this->run({ sample("noisy-sine.csv") }).out;
    const std::string output = (work() / "out.csv").string();
    const CliRun run = this->run({ sample("noisy-sine.csv"), "-o", output });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(readFile(output), expected);
    EXPECT_EQ(workFiles(), (std::set<std::string> { "out.csv" }));
}

TEST_F(CliCsv, SuccessReplacesAnExistingOutput)
{
    const std::string output = put("out.csv", "old contents, longer than the new ones will be.......\n");
    const CliRun run = this->run({ sample("numpy-doc-uniform.csv"), "--output", output });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(withoutGeneralProvenance(readFile(output)), "y,d(y)/d(x)\n1,1\n2,1.5\n4,3.5\n9,6\n16,7\n");
    EXPECT_EQ(workFiles(), (std::set<std::string> { "out.csv" }));
}

TEST_F(CliCsv, TextColumnsAreLeftOutByDefault)
{
    const CliRun run = this->run({ put("labels.csv", kTextColumnCsv) });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table out = parseTable(run.out, ',', true);
    EXPECT_EQ(out.names, (std::vector<std::string> { "t", "y", "d(y)/d(t)" }));
    ASSERT_EQ(out.columns.size(), 3U);
    expectSameBits(out.columns[2], { 1, 2, 4, 5 }, "dy");
}

TEST_F(CliCsv, AskingForATextColumnNamesFileRowAndColumn)
{
    expectFailure(this->run({ put("labels.csv", kTextColumnCsv), "--y", "label" }),
        { "labels.csv", "row 2", "column 2", "'label'", "'a'" });
    expectFailure(this->run({ put("labels.csv", kTextColumnCsv), "--x", "label" }),
        { "labels.csv", "row 2", "column 2", "'label'" });
}

TEST_F(CliCsv, MissingColumn)
{
    expectFailure(this->run({ put("labels.csv", kTextColumnCsv), "--x", "nope" }), { "labels.csv", "'nope'", "'t'" });
    expectFailure(this->run({ put("labels.csv", kTextColumnCsv), "--y", "9" }), { "labels.csv", "'9'" });
}

TEST_F(CliCsv, RaggedRowNamesTheLine)
{
    expectFailure(this->run({ put("ragged.csv", kRaggedCsv) }), { "ragged.csv", "row 3", "3 fields" });
}

TEST_F(CliCsv, UnterminatedQuote)
{
    expectFailure(this->run({ put("quote.csv", "x,y\n1,\"2\n2,3\n") }), { "quote.csv", "row 2", "quote" });
}

TEST_F(CliCsv, EmptyFile)
{
    expectFailure(this->run({ put("empty.csv", "") }), { "empty.csv", "empty" });
}

TEST_F(CliCsv, HeaderOnly)
{
    expectFailure(this->run({ put("header.csv", "x,y\n") }), { "header.csv", "no data rows" });
}

TEST_F(CliCsv, NonNumberInX)
{
    expectFailure(
        this->run({ put("bad-x.csv", "x,y\n1,2\nabc,3\n3,4\n") }), { "bad-x.csv", "row 3", "column 1", "'abc'" });
}

TEST_F(CliCsv, TooFewRowsForTheEdgeOrder)
{
    expectFailure(this->run({ put("two.csv", "x,y\n1,2\n2,3\n"), "--edge-order", "2" }), { "two.csv" });
}

TEST_F(CliCsv, MissingInputFile)
{
    expectFailure(this->run({ (work() / "absent.csv").string() }), { "absent.csv" });
}

TEST_F(CliCsv, NpyOptionsOnCsvAreRejected)
{
    expectFailure(this->run({ sample("numpy-doc-uniform.csv"), "--axis", "0" }), { "--axis" });
}

using CliArguments = CliTest;

TEST_F(CliArguments, HelpExitsZero)
{
    for (const char* option : { "--help", "-h" }) {
        const CliRun run = this->run({ option });
        EXPECT_EQ(run.status, 0) << option;
        EXPECT_EQ(run.out.rfind("Usage: tangent-cli", 0), 0U) << run.out;
        EXPECT_NE(run.out.find("--edge-order"), std::string::npos);
        EXPECT_EQ(run.err, "");
    }
}

TEST_F(CliArguments, VersionExitsZero)
{
    const CliRun run = this->run({ "--version" });
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.out, std::string("tangent-cli ") + TANGENT_VERSION + "\n");
    EXPECT_EQ(run.err, "");
}

TEST_F(CliArguments, UnknownOptionExitsTwo)
{
    expectFailure(this->run({ sample("numpy-doc-uniform.csv"), "--bogus" }), { "'--bogus'", "--help" });
}

TEST_F(CliArguments, BadValuesExitTwo)
{
    const std::string input = sample("numpy-doc-uniform.csv");
    expectFailure(this->run({ input, "--edge-order", "3" }), { "--edge-order" });
    expectFailure(this->run({ input, "--edge-order", "one" }), { "--edge-order", "'one'" });
    expectFailure(this->run({ input, "--order", "0" }), { "--order" });
    expectFailure(this->run({ input, "--dx", "abc" }), { "--dx", "'abc'" });
    expectFailure(this->run({ input, "--dx", "0" }), { "dx" });
    expectFailure(this->run({ input, "--dx" }), { "--dx", "needs a value" });
    expectFailure(this->run({ input, "--x", "1", "--dx", "1" }), { "dx" });
}

TEST_F(CliArguments, NeedsAnInputAndAFolderForSeveral)
{
    expectFailure(this->run({}), { "no input file" });
    // Several inputs are many-file mode, which needs a folder to write into.
    expectFailure(this->run({ sample("numpy-doc-uniform.csv"), sample("noisy-sine.csv") }), { "-o FOLDER/" });
}

using CliOutputSafety = CliTest;

TEST_F(CliOutputSafety, FailedRunCreatesNoOutputFile)
{
    const std::string input = put("ragged.csv", kRaggedCsv);
    const std::string output = (work() / "out.csv").string();
    expectFailure(this->run({ input, "-o", output }), { "ragged.csv" });
    EXPECT_FALSE(fs::exists(output));
    EXPECT_EQ(workFiles(), (std::set<std::string> { "ragged.csv" }));
}

TEST_F(CliOutputSafety, FailedRunLeavesAnExistingOutputUntouched)
{
    const std::string precious = "x,y,d(y)/d(x)\nthe results of yesterday's long run\n";
    const std::string input = put("ragged.csv", kRaggedCsv);
    const std::string labels = put("labels.csv", kTextColumnCsv);
    const std::string output = put("out.csv", precious);
    const std::vector<std::vector<std::string>> failures = {
        { input, "-o", output },
        { labels, "--y", "label", "-o", output },
        { labels, "--x", "missing", "-o", output },
        { labels, "--edge-order", "5", "-o", output },
        { put("two.csv", "x,y\n1,2\n2,3\n"), "--edge-order", "2", "-o", output },
    };
    for (const auto& args : failures) {
        const CliRun run = this->run(args);
        EXPECT_EQ(run.status, 2) << args[1];
        EXPECT_EQ(readFile(output), precious) << args[1];
    }
    EXPECT_EQ(workFiles(), (std::set<std::string> { "ragged.csv", "labels.csv", "out.csv", "two.csv" }));
}

TEST_F(CliOutputSafety, UnwritableOutputIsAnError)
{
    const std::string input = sample("numpy-doc-uniform.csv");
    expectFailure(this->run({ input, "-o", (work() / "no-such-folder" / "out.csv").string() }), { "out.csv" });
    fs::create_directory(work() / "folder");
    const CliRun run = this->run({ input, "-o", (work() / "folder").string() });
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(fs::is_directory(work() / "folder"));
    EXPECT_TRUE(fs::is_empty(work() / "folder"));
    EXPECT_EQ(workFiles(), (std::set<std::string> { "folder" }));
}

} // namespace
} // namespace tangent::clitest
