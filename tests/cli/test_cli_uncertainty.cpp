// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end runs of tangent-cli --uncertainty: the sd[...] columns, the provenance line, σ given
// or estimated, dates, groups, many files, big inputs, refusals. The numbers themselves are checked
// against numpy and scipy in tests/core/uncertainty; here each sd column is compared bit for bit
// with what core/uncertainty/uncertainty.h gives for the same column.

#include "tests/cli/clitestsupport.h"
#include "tests/core/sheets/sheettestsupport.h"

#include "core/io/numberformat.h"
#include "core/uncertainty/uncertainty.h"

#include <random>

namespace tangent::clitest {
namespace {

struct NoisyData {
    std::vector<double> x;
    std::vector<double> y;
    std::string csv;
};

NoisyData noisySine(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 0.05);
    NoisyData d;
    d.csv = "t,v\n";
    for (std::size_t i = 0; i < n; ++i) {
        d.x.push_back(0.25 * static_cast<double>(i));
        d.y.push_back(std::sin(0.1 * d.x.back()) + noise(rng));
        d.csv += formatDouble(d.x.back()) + "," + formatDouble(d.y.back()) + "\n";
    }
    return d;
}

/// The method's own "# " lines (after the general provenance every derivative CSV starts with).
std::vector<std::string> commentLines(const std::string& text)
{
    std::vector<std::string> lines;
    for (const std::string& line : textLines(withoutGeneralProvenance(text)))
        if (!line.empty() && line[0] == '#')
            lines.push_back(line);
    return lines;
}

SmoothingOptions usedOf(SmoothingMethod method)
{
    SmoothingOptions o;
    o.method = method;
    return o;
}

using CliUncertainty = CliTest;

TEST_F(CliUncertainty, NumpyAddsTheSdColumnAfterTheDerivativeWithTheGivenSigma)
{
    const NoisyData d = noisySine(60, 1);
    const CliRun run = this->run({ put("in.csv", d.csv), "--uncertainty", "--noise-sd", "0.5" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table table = parseTable(run.out, ',', true);
    EXPECT_EQ(table.names, (std::vector<std::string> { "t", "v", "d(v)/d(t)", "sd[d(v)/d(t)]" }));
    // (y[i+1] − y[i−1]) / 2h with h = 0.25: sd = σ / (√2 h) inside, √2 σ / h at the ends.
    EXPECT_NEAR(table.columns[3][30], 0.5 / (std::sqrt(2.0) * 0.25), 1e-12);
    EXPECT_NEAR(table.columns[3][0], std::sqrt(2.0) * 0.5 / 0.25, 1e-12);
    const std::vector<std::string> comments = commentLines(run.out);
    ASSERT_EQ(comments.size(), 1U);
    EXPECT_EQ(comments[0].rfind("# uncertainty: ", 0), 0U);
    EXPECT_NE(comments[0].find("numpy.gradient"), std::string::npos) << comments[0];
    EXPECT_NE(comments[0].find("sigma=0.5 (given by --noise-sd)"), std::string::npos) << comments[0];
}

TEST_F(CliUncertainty, NoiseSdPerColumnGivesSomeAndEstimatesTheOthers)
{
    const NoisyData a = noisySine(80, 4);
    const NoisyData b = noisySine(80, 5);
    std::string csv = "t,a,b\n";
    for (std::size_t i = 0; i < a.x.size(); ++i)
        csv += formatDouble(a.x[i]) + "," + formatDouble(a.y[i]) + "," + formatDouble(b.y[i]) + "\n";
    const std::string in = put("two.csv", csv);
    // Column b by its 1-based index.
    const CliRun run = this->run({ in, "--uncertainty", "--noise-sd", "3=0.5" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table table = parseTable(run.out, ',', true);
    ASSERT_EQ(table.names.size(), 7U);
    const SmoothingOptions numpy = usedOf(SmoothingMethod::Numpy);
    const DerivativeBand estimated = derivativeBand(Series { a.y, a.x, 1.0 }, numpy, 1, std::nullopt);
    expectSameBits(table.columns[3], estimated.sd, "a");
    expectSameBits(table.columns[6], derivativeBand(Series { b.y, b.x, 1.0 }, numpy, 1, 0.5).sd, "b");
    const std::string line = commentLines(run.out).back();
    EXPECT_NE(line.find("sigma per column: 'a' " + formatDouble(estimated.sigma)
                  + " (estimated from the data) 'b' 0.5 (given by --noise-sd)"),
        std::string::npos)
        << line;

    const CliRun unknown = this->run({ in, "--uncertainty", "--noise-sd", "b=0.5,wind=1.5" });
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("--noise-sd names column 'wind', which is not differentiated; the columns "
                               "differentiated are 'a', 'b'"),
        std::string::npos)
        << unknown.err;
    const CliRun notY = this->run({ in, "--uncertainty", "--y", "a", "--noise-sd", "b=0.5" });
    EXPECT_EQ(notY.status, 2);
    EXPECT_NE(notY.err.find("--noise-sd names column 'b', which is not differentiated"), std::string::npos) << notY.err;
    EXPECT_EQ(notY.out, "");
}

TEST_F(CliUncertainty, EstimatedSigmaIsNamedAndTheBandIsTheCores)
{
    const NoisyData d = noisySine(200, 2);
    for (const char* method : { "numpy", "savgol", "spline", "kalman" }) {
        SCOPED_TRACE(method);
        const CliRun run = this->run({ put("in.csv", d.csv), "--uncertainty", "--method", method });
        ASSERT_EQ(run.status, 0) << run.err;
        const Table table = parseTable(run.out, ',', true);
        ASSERT_EQ(table.names.size(), 4U);
        EXPECT_EQ(table.names[3], "sd[d(v)/d(t)]");
        const Series series { d.y, d.x, 1.0 };
        SmoothingOptions used = usedOf(*parseMethodName(method));
        if (used.method != SmoothingMethod::Numpy)
            used = smoothDerivative(series, used).used;
        const DerivativeBand band = derivativeBand(series, used, 1, std::nullopt);
        expectSameBits(table.columns[3], band.sd, method);
        const std::string line = commentLines(run.out).back();
        EXPECT_NE(line.find("sigma estimated from the data: 'v' " + formatDouble(band.sigma)), std::string::npos)
            << line;
    }
}

TEST_F(CliUncertainty, AutoGivesTheBandOfTheMethodItChose)
{
    const NoisyData d = noisySine(200, 3);
    const CliRun run = this->run({ put("in.csv", d.csv), "--uncertainty", "--method", "auto", "--noise-sd", "0.05" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table table = parseTable(run.out, ',', true);
    const SmoothingResult chosen = smoothDerivative(Series { d.y, d.x, 1.0 }, usedOf(SmoothingMethod::Auto));
    expectSameBits(table.columns[3], derivativeBand(Series { d.y, d.x, 1.0 }, chosen.used, 1, 0.05).sd, "auto");
}

TEST_F(CliUncertainty, TotalVariationIsRefusedAndNothingIsWritten)
{
    const NoisyData d = noisySine(100, 4);
    const std::string output = (work() / "out.csv").string();
    expectFailure(this->run({ put("in.csv", d.csv), "--uncertainty", "--method", "tvr", "-o", output }),
        { "no uncertainty band", "tvr" });
    EXPECT_FALSE(fs::exists(output));
}

TEST_F(CliUncertainty, OptionsThatCannotApplyAreRefused)
{
    const NoisyData d = noisySine(50, 5);
    const std::string input = put("in.csv", d.csv);
    expectFailure(this->run({ input, "--noise-sd", "0.1" }), { "--noise-sd", "--uncertainty" });
    expectFailure(this->run({ input, "--uncertainty", "--noise-sd", "-1" }), { "--noise-sd", "-1" });
    expectFailure(this->run({ input, "--uncertainty", "--explain" }), { "--uncertainty", "--explain" });
    expectFailure(this->run({ input, "--uncertainty", "--method", "spline", "--order", "2" }),
        { "d2(v)/d(t)2", "first derivative" });
    expectFailure(
        this->run({ put("few.csv", "t,v\n0,1\n1,2\n2,4\n3,5\n"), "--uncertainty" }), { "noise level", "--noise-sd" });
}

TEST_F(CliUncertainty, DatesNameTheUnitInsideTheBrackets)
{
    std::string csv = "day,v\n";
    for (int i = 1; i <= 25; ++i)
        csv += "2001-03-" + std::string(i < 10 ? "0" : "") + std::to_string(i) + "," + std::to_string(i * i % 7) + "\n";
    const CliRun run = this->run({ put("t.csv", csv), "--uncertainty", "--noise-sd", "1" });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(textLines(withoutGeneralProvenance(run.out))[1], "day,v,d(v)/d(day) [1/d],sd[d(v)/d(day) [1/d]]");
    // A day apart: (v[i+1] − v[i−1]) / 2 = (4 − 2) / 2, and sd = σ·√(0.5² + 0.5²) per day.
    EXPECT_EQ(textLines(withoutGeneralProvenance(run.out))[5], "2001-03-04,2,1," + formatDouble(std::sqrt(0.5)));
}

TEST_F(CliUncertainty, GroupsGetEachGroupsOwnBandAndShortGroupsStayEmpty)
{
    const NoisyData a = noisySine(30, 6);
    const NoisyData b = noisySine(30, 7);
    std::string csv = "g,t,v\n";
    for (std::size_t i = 0; i < 30; ++i) {
        csv += "A," + formatDouble(a.x[i]) + "," + formatDouble(a.y[i]) + "\n";
        csv += "B," + formatDouble(b.x[i] * 2.0) + "," + formatDouble(b.y[i]) + "\n";
    }
    csv += "C,0,1\n";
    const CliRun run
        = this->run({ put("g.csv", csv), "--group", "g", "--uncertainty", "--method", "savgol", "--window", "7" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table table = parseTable(run.out);
    EXPECT_EQ(table.names, (std::vector<std::string> { "g", "t", "v", "d(v)/d(t)", "sd[d(v)/d(t)]" }));
    SmoothingOptions used = usedOf(SmoothingMethod::Savgol);
    used.window = 7;
    used.polyorder = 3;
    const DerivativeBand bandA = derivativeBand(Series { a.y, a.x, 1.0 }, used, 1, std::nullopt);
    std::vector<double> bx;
    for (double x : b.x)
        bx.push_back(x * 2.0);
    const DerivativeBand bandB = derivativeBand(Series { b.y, bx, 1.0 }, used, 1, std::nullopt);
    for (std::size_t i = 0; i < 30; ++i) {
        EXPECT_EQ(table.columns[4][2 * i], bandA.sd[i]) << i;
        EXPECT_EQ(table.columns[4][2 * i + 1], bandB.sd[i]) << i;
    }
    EXPECT_TRUE(std::isnan(table.columns[4].back())); // group C: one row, empty cells
    const std::string line = commentLines(run.out).back();
    EXPECT_NE(line.find("'v' in 'A' " + formatDouble(bandA.sigma)), std::string::npos) << line;
    EXPECT_NE(line.find("'v' in 'B' " + formatDouble(bandB.sigma)), std::string::npos) << line;
}

TEST_F(CliUncertainty, ManyFilesEachGetTheirBand)
{
    const std::string one = put("one.csv", noisySine(40, 8).csv);
    const std::string two = put("two.csv", noisySine(50, 9).csv);
    const std::string folder = (work() / "out").string() + "/";
    const CliRun run = this->run({ one, two, "-o", folder, "--uncertainty", "--method", "kalman" });
    ASSERT_EQ(run.status, 0) << run.err;
    for (const char* name : { "one.csv", "two.csv" }) {
        const Table table = parseTable(readFile(work() / "out" / name), ',', true);
        EXPECT_EQ(table.names.back(), "sd[d(v)/d(t)]") << name;
    }
}

TEST_F(CliUncertainty, AnInputAboveTheStreamingThresholdIsBandedWithSigmaGiven)
{
    // Above the 1 MiB the CLI streams numpy.gradient, and its band with σ given (the bytes are
    // compared with the in-memory path's in tests/cli/test_equivalence.cpp).
    const NoisyData d = noisySine(60000, 10);
    ASSERT_GT(d.csv.size(), std::size_t { 1 } << 20);
    const CliRun run = this->run({ put("big.csv", d.csv), "--uncertainty", "--noise-sd", "0.5" });
    ASSERT_EQ(run.status, 0) << run.err;
    const Table table = parseTable(run.out, ',', true);
    ASSERT_EQ(table.columns.size(), 4U);
    ASSERT_EQ(table.columns[3].size(), 60000U);
    EXPECT_NEAR(table.columns[3][30000], 0.5 / (std::sqrt(2.0) * 0.25), 1e-12);
}

TEST_F(CliUncertainty, AWorkbookGivesTheBandOfTheEquivalentCsv)
{
    const std::vector<std::string> band { "--uncertainty", "--noise-sd", "0.5", "-q" };
    const CliRun fromSheet
        = run({ test::sheetsGolden("twosheets.xlsx"), "--sheet", "second", band[0], band[1], band[2], band[3] });
    const CliRun fromCsv
        = run({ test::sheetsGolden("twosheets.second.expected.csv"), band[0], band[1], band[2], band[3] });
    ASSERT_EQ(fromSheet.status, 0) << fromSheet.err;
    EXPECT_EQ(fromSheet.out, fromCsv.out);
    EXPECT_NE(fromSheet.out.find(",sd[d("), std::string::npos) << fromSheet.out;
    EXPECT_NE(fromSheet.out.find("# uncertainty: "), std::string::npos) << fromSheet.out;
}

TEST_F(CliUncertainty, NpyInputIsRefused)
{
    const std::string input = put("a.npy", std::string("\x93NUMPY", 6));
    expectFailure(this->run({ input, "--uncertainty" }), { "--uncertainty", ".npy" });
}

} // namespace
} // namespace tangent::clitest
