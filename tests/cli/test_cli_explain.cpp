// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end runs of `tangent-cli --explain`: the exact lines for numpy's documented examples,
// several y columns, options, errors, and that every printed line evaluates to the derivative.

#include "core/classroom/explain.h"
#include "core/gradient/gradient.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace {

namespace fs = std::filesystem;

struct ExplainRun {
    int status = -1; // exit status, -1 if the process did not exit normally
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}

std::string quoted(const std::string& arg)
{
    std::string q = "'";
    for (char c : arg) {
        if (c == '\'')
            q += "'\\''";
        else
            q += c;
    }
    q += '\'';
    return q;
}

std::string sample(const char* name)
{
    return (fs::path(TANGENT_SAMPLES_DIR) / name).string();
}

std::vector<std::string> linesOf(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

/// A scratch folder per test; run() starts tangent-cli with stdout and stderr captured there.
class CliExplain : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::string pattern = (fs::temp_directory_path() / "tangent-explain-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
    }
    void TearDown() override
    {
        std::error_code ignored;
        fs::remove_all(m_dir, ignored);
    }

    [[nodiscard]] std::string file(const std::string& name, const std::string& contents) const
    {
        std::ofstream(m_dir / name, std::ios::binary) << contents;
        return (m_dir / name).string();
    }

    [[nodiscard]] fs::path dir() const { return m_dir; }

    [[nodiscard]] ExplainRun run(const std::vector<std::string>& args) const
    {
        std::string command = quoted(TANGENT_CLI_PATH);
        for (const std::string& arg : args) {
            command += ' ';
            command += quoted(arg);
        }
        command += " </dev/null >";
        command += quoted((m_dir / "stdout").string());
        command += " 2>";
        command += quoted((m_dir / "stderr").string());
        const int raw = std::system(command.c_str());
        ExplainRun result;
        result.status = raw != -1 && WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
        result.out = slurp(m_dir / "stdout");
        result.err = slurp(m_dir / "stderr");
        return result;
    }

    /// Exit status 2, nothing on stdout, one line on stderr containing `fragment`.
    void expectUsageError(const ExplainRun& r, const std::string& fragment) const
    {
        EXPECT_EQ(r.status, 2);
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(linesOf(r.err).size(), 1U) << r.err;
        EXPECT_NE(r.err.find(fragment), std::string::npos) << r.err;
    }

private:
    fs::path m_dir;
};

TEST_F(CliExplain, NumpyDocUniformExactLines)
{
    const ExplainRun r = run({ sample("numpy-doc-uniform.csv"), "--explain" });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out,
        "(y[1] - y[0]) / 1 = 1.0\n"
        "(y[2] - y[0]) / 2 = 1.5\n"
        "(y[3] - y[1]) / 2 = 3.5\n"
        "(y[4] - y[2]) / 2 = 6.0\n"
        "(y[4] - y[3]) / 1 = 7.0\n");
}

TEST_F(CliExplain, NumpyDocNonuniformShowsNumpysWeights)
{
    // x = [5, 10, 20, 30]: row 1 has p = 5, q = 10, so a = -10/75, b = 5/50, c = 5/150;
    // row 2 has p = q = 10, so a = -0.05, b = 0.0, c = 0.05. The edges divide by 5 and 10.
    const ExplainRun r = run({ sample("numpy-doc-nonuniform.csv"), "--explain" });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out,
        "(y[1] - y[0]) / 5 = 0.2\n"
        "-0.13333333333333333 * y[0] + 0.1 * y[1] + 0.03333333333333333 * y[2] = 0.2\n"
        "-0.05 * y[1] + 0.0 * y[2] + 0.05 * y[3] = 0.35\n"
        "(y[3] - y[2]) / 10 = 0.5\n");
}

TEST_F(CliExplain, SecondOrderEdgesAndExplicitColumns)
{
    const ExplainRun r
        = run({ sample("numpy-doc-nonuniform.csv"), "--explain", "--x", "x", "--y", "y", "--edge-order", "2" });
    ASSERT_EQ(r.status, 0) << r.err;
    const std::vector<std::string> lines = linesOf(r.out);
    ASSERT_EQ(lines.size(), 4U);
    EXPECT_EQ(lines[0], "-0.26666666666666666 * y[0] + 0.3 * y[1] + -0.03333333333333333 * y[2] = 0.19999999999999998");
    EXPECT_EQ(lines[3], "0.05 * y[1] + -0.2 * y[2] + 0.15 * y[3] = 0.6499999999999998");
}

TEST_F(CliExplain, UniformSpacingDx)
{
    const ExplainRun r = run({ sample("numpy-doc-uniform.csv"), "--explain", "--dx", "0.5", "--edge-order", "2" });
    ASSERT_EQ(r.status, 0) << r.err;
    const std::vector<std::string> lines = linesOf(r.out);
    ASSERT_EQ(lines.size(), 5U);
    // A = -1.5 / 0.5 = -3, B = 2 / 0.5 = 4, C = -0.5 / 0.5 = -1: -3 + 8 - 4 = 1.
    EXPECT_EQ(lines[0], "-3.0 * y[0] + 4.0 * y[1] + -1.0 * y[2] = 1.0");
    EXPECT_EQ(lines[1], "(y[2] - y[0]) / 1 = 3.0");
}

TEST_F(CliExplain, SeveralYColumnsGetHeadedBlocks)
{
    const std::string input = file("two.csv", "t,a,b\n0,1,2\n1,2,4\n3,4,8\n");
    const ExplainRun r = run({ input, "--explain" });
    ASSERT_EQ(r.status, 0) << r.err;
    // t = [0, 1, 3]: row 1 has p = 1, q = 2: a = -2/3, b = 1/2, c = 1/6.
    EXPECT_EQ(r.out,
        "# y column: a\n"
        "(y[1] - y[0]) / 1 = 1.0\n"
        "-0.6666666666666666 * y[0] + 0.5 * y[1] + 0.16666666666666666 * y[2] = 1.0\n"
        "(y[2] - y[1]) / 2 = 1.0\n"
        "# y column: b\n"
        "(y[1] - y[0]) / 1 = 2.0\n"
        "-0.6666666666666666 * y[0] + 0.5 * y[1] + 0.16666666666666666 * y[2] = 2.0\n"
        "(y[2] - y[1]) / 2 = 2.0\n");
}

TEST_F(CliExplain, EveryLineEvaluatesToTheDerivative)
{
    const std::vector<double> x { 0, 0.3, 0.7, 1.6, 2.0, 2.25, 3.5 };
    const std::vector<double> y { 1.5, -0.25, 3.125, 2.0, -7.5, 0.1, 4.0 };
    std::string csv = "x,y\n";
    for (std::size_t i = 0; i < x.size(); ++i)
        csv += tangent::formatPythonFloat(x[i]) + "," + tangent::formatPythonFloat(y[i]) + "\n";
    const std::string input = file("data.csv", csv);
    for (int edgeOrder : { 1, 2 }) {
        const ExplainRun r = run({ input, "--explain", "--edge-order", std::to_string(edgeOrder) });
        ASSERT_EQ(r.status, 0) << r.err;
        const std::vector<std::string> lines = linesOf(r.out);
        const std::vector<double> expected = tangent::gradient(y, x, edgeOrder);
        ASSERT_EQ(lines.size(), expected.size());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const double value = tangent::evaluateExpression(lines[i], y);
            EXPECT_EQ(std::bit_cast<std::uint64_t>(value), std::bit_cast<std::uint64_t>(expected[i])) << lines[i];
        }
    }
}

TEST_F(CliExplain, LongColumnAcrossBlocks)
{
    // 10,000 rows on uneven x: explained in blocks, every line still evaluates to the derivative.
    std::vector<double> x(10000);
    std::vector<double> y(10000);
    std::string csv = "x,y\n";
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = static_cast<double>(i) + 0.25 * std::sin(static_cast<double>(i));
        y[i] = std::cos(0.01 * x[i]);
        csv += tangent::formatPythonFloat(x[i]) + "," + tangent::formatPythonFloat(y[i]) + "\n";
    }
    const ExplainRun r = run({ file("long.csv", csv), "--explain", "--edge-order", "2" });
    ASSERT_EQ(r.status, 0) << r.err;
    const std::vector<std::string> lines = linesOf(r.out);
    const std::vector<double> expected = tangent::gradient(y, x, 2);
    ASSERT_EQ(lines.size(), expected.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        ASSERT_EQ(std::bit_cast<std::uint64_t>(tangent::evaluateExpression(lines[i], y)),
            std::bit_cast<std::uint64_t>(expected[i]))
            << i << ": " << lines[i];
    EXPECT_NE(lines[4096].find(" * y[4095] + "), std::string::npos) << lines[4096];
}

TEST_F(CliExplain, WritesToOutputFile)
{
    const std::string output = (dir() / "explained.txt").string();
    const ExplainRun r = run({ sample("numpy-doc-uniform.csv"), "--explain", "-o", output });
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(linesOf(slurp(output)).at(1), "(y[2] - y[0]) / 2 = 1.5");
}

TEST_F(CliExplain, HigherOrderIsRefused)
{
    expectUsageError(run({ sample("numpy-doc-uniform.csv"), "--explain", "--order", "2" }), "first derivatives only");
}

TEST_F(CliExplain, NpyInputIsRefused)
{
    // A minimal .npy v1.0 file holding a 2-element float64 array; the header is padded with spaces
    // so that magic, version, length and header end on a multiple of 64 bytes.
    std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }";
    header.append(63 - (10 + header.size()) % 64, ' ');
    header += '\n';
    std::string bytes = "\x93NUMPY";
    bytes += '\x01';
    bytes += '\x00';
    bytes += static_cast<char>(header.size());
    bytes += '\x00';
    bytes += header;
    bytes.append(16, '\0');
    expectUsageError(run({ file("a.npy", bytes), "--explain" }), "--explain applies to CSV input");
}

TEST_F(CliExplain, BadColumnIsReportedAsUsual)
{
    const ExplainRun r = run({ sample("numpy-doc-uniform.csv"), "--explain", "--y", "nope" });
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("nope"), std::string::npos) << r.err;
}

TEST_F(CliExplain, HelpMentionsExplain)
{
    const ExplainRun r = run({ "--help" });
    ASSERT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("--explain"), std::string::npos);
}

} // namespace
