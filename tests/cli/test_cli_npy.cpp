// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end runs of tangent-cli on .npy input. The results are compared with numpy.gradient's own
// output (tests/golden/cli-npy, written by numpy); the error and safety cases use arrays written
// with tangent::writeNpy.

#include "tests/cli/clitestsupport.h"

#include "core/io/npy.h"

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <random>

namespace tangent::clitest {
namespace {

NdArray randomArray(std::vector<std::size_t> shape, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> value(-10.0, 10.0);
    std::vector<double> data(elementCount(shape));
    for (double& v : data)
        v = value(random);
    return { std::move(shape), std::move(data) };
}

/// Increasing, unevenly spaced coordinates.
NdArray coordinates(std::size_t n, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> step(0.5, 1.5);
    std::vector<double> x(n);
    for (std::size_t i = 1; i < n; ++i)
        x[i] = x[i - 1] + step(random);
    return { { n }, std::move(x) };
}

/// tests/golden/cli-npy/NAME.npy, as a path.
std::string golden(const std::string& name)
{
    return (kGolden / "cli-npy" / (name + ".npy")).string();
}

/// Floats mapped onto integers that count float ulps, in order over -inf .. +inf.
std::int64_t orderedFloat(float value)
{
    const auto bits = static_cast<std::int64_t>(std::bit_cast<std::uint32_t>(value));
    return bits & 0x80000000 ? 0x80000000 - bits : bits;
}

/// float64: bit for bit. float32: within 4 float ulps, because Tangent computes float32 input in
/// double and rounds once, where numpy 1.24 computes this N-D case in float32 (docs/numpy-gradient.md §4).
void expectNumpyOutput(const NdArray& actual, const std::string& name)
{
    const NdArray expected = readNpyFile(golden(name));
    EXPECT_EQ(actual.shape, expected.shape) << name;
    EXPECT_EQ(actual.dtype, expected.dtype) << name;
    if (expected.dtype != DType::Float32) {
        expectSameBits(actual.data, expected.data, name);
        return;
    }
    ASSERT_EQ(actual.data.size(), expected.data.size()) << name;
    for (std::size_t i = 0; i < actual.data.size(); ++i) {
        const auto ulps = std::abs(
            orderedFloat(static_cast<float>(actual.data[i])) - orderedFloat(static_cast<float>(expected.data[i])));
        EXPECT_LE(ulps, 4) << name << " [" << i << "]: " << actual.data[i] << " vs " << expected.data[i];
    }
}

class CliNpy : public CliTest {
protected:
    /// Writes `array` to work()/name with tangent::writeNpy.
    [[nodiscard]] std::string putNpy(const std::string& name, const NdArray& array) const
    {
        return put(name, writeNpyString(array));
    }

    /// Runs with `args` plus "-o out.npy"; expects success and returns the array written.
    NdArray runToArray(std::vector<std::string> args)
    {
        const std::string output = (work() / "out.npy").string();
        args.insert(args.end(), { "-o", output });
        const CliRun run = this->run(args);
        EXPECT_EQ(run.status, 0) << run.err;
        EXPECT_EQ(run.out, "");
        EXPECT_EQ(run.err, "");
        return readNpyFile(output);
    }
};

TEST_F(CliNpy, OneDimensionalNumpyDocExample)
{
    const std::string input = putNpy("f.npy", NdArray({ 5 }, { 1, 2, 4, 9, 16 }));
    const NdArray out = runToArray({ input });
    EXPECT_EQ(out.shape, (std::vector<std::size_t> { 5 }));
    EXPECT_EQ(out.dtype, DType::Float64);
    expectSameBits(out.data, { 1, 1.5, 3.5, 6, 7 }, "gradient");
}

TEST_F(CliNpy, ArrayLargerThanTheFirstBlockIsReadWhole)
{
    // 2.4 MB: past the 1 MB that is read before choosing a path, so the file is memory-mapped.
    // f[i][j] = 3i + j with spacing 0.5 has the exact gradient 6 along axis 0 and 2 along axis 1,
    // at the edges too (edge order 1), so every output value is known without running numpy.
    const std::size_t rows = 300;
    const std::size_t cols = 1000;
    std::vector<double> values(rows * cols);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j)
            values[i * cols + j] = 3.0 * static_cast<double>(i) + static_cast<double>(j);
    const std::string input = putNpy("big.npy", NdArray({ rows, cols }, values));
    const auto expectExact = [&](const NdArray& out) {
        ASSERT_EQ(out.shape, (std::vector<std::size_t> { 2, rows, cols }));
        for (std::size_t k = 0; k < rows * cols; ++k) {
            ASSERT_EQ(out.data[k], 6.0) << "axis 0, element " << k;
            ASSERT_EQ(out.data[rows * cols + k], 2.0) << "axis 1, element " << k;
        }
    };
    expectExact(runToArray({ input, "--spacing", "0.5" }));
    // And as standard input (-).
    const CliRun piped = this->run({ "-", "--spacing", "0.5", "-o", (work() / "piped.npy").string() }, input);
    ASSERT_EQ(piped.status, 0) << piped.err;
    expectExact(readNpyFile((work() / "piped.npy").string()));
}

// The cases below run tangent-cli on arrays written by numpy and compare with numpy.gradient's own
// output for the same options (tests/golden/make_cli_npy_golden.py, which lists them).

TEST_F(CliNpy, NumberSpacingOnOneAxis)
{
    expectNumpyOutput(
        runToArray({ golden("axis1_spacing.in"), "--axis", "1", "--spacing", "0.25" }), "axis1_spacing.out");
}

TEST_F(CliNpy, CoordinateFileSpacing)
{
    const std::string coords = golden("axis0_coords.x0");
    expectNumpyOutput(
        runToArray({ golden("axis0_coords.in"), "--axis", "0", "--spacing", coords }), "axis0_coords.out");
    expectNumpyOutput(runToArray({ golden("axis0_coords.in"), "--axis=0", "--spacing=" + coords, "--edge-order", "2" }),
        "axis0_coords.out2");
}

TEST_F(CliNpy, AllAxesAreStackedAlongANewFirstAxis)
{
    const NdArray out = runToArray({ golden("all_axes.in") });
    EXPECT_EQ(out.shape, (std::vector<std::size_t> { 3, 3, 4, 5 }));
    expectNumpyOutput(out, "all_axes.out");
}

TEST_F(CliNpy, SelectedAxesInTheOrderGivenWithOneSpacingEach)
{
    const NdArray out = runToArray({ golden("axes_reordered.in"), "--axis", "-1,0", "--spacing", "0.5", "--spacing",
        golden("axes_reordered.x0") });
    EXPECT_EQ(out.shape, (std::vector<std::size_t> { 2, 5, 4 }));
    expectNumpyOutput(out, "axes_reordered.out");
}

TEST_F(CliNpy, OneSpacingForEveryAxis)
{
    expectNumpyOutput(runToArray({ golden("one_spacing.in"), "--spacing", "3" }), "one_spacing.out");
}

TEST_F(CliNpy, SecondOrderOnOneAxis)
{
    expectNumpyOutput(runToArray({ golden("second_order.in"), "--spacing", golden("second_order.x0"), "--order", "2" }),
        "second_order.out");
}

TEST_F(CliNpy, Float32InputGivesFloat32Output)
{
    const NdArray out = runToArray({ golden("float32_axis1.in"), "--axis", "1" });
    EXPECT_EQ(out.dtype, DType::Float32);
    EXPECT_NE(readFile(work() / "out.npy").find("'descr': '<f4'"), std::string::npos);
    expectNumpyOutput(out, "float32_axis1.out");

    const NdArray all = runToArray({ golden("float32_all_axes_edge2.in"), "--edge-order", "2" });
    EXPECT_EQ(all.shape, (std::vector<std::size_t> { 3, 3, 4, 5 }));
    expectNumpyOutput(all, "float32_all_axes_edge2.out");
}

TEST_F(CliNpy, IntegerInputGivesFloat64Output)
{
    // int8 [-128, -1, 0, 1, 127], written by numpy; numpy.gradient gives float64.
    const NdArray out = runToArray({ (kGolden / "npy" / "i1.npy").string() });
    EXPECT_EQ(out.dtype, DType::Float64);
    expectSameBits(out.data, { 127, 64, 1, 63.5, 126 }, "gradient");
}

TEST_F(CliNpy, StandardInputRecognisedByMagicAndStandardOutput)
{
    // A name without .npy, read from standard input: recognised by its magic bytes.
    const std::string input = put("f.bin", readFile(golden("axis1_spacing.in")));
    const CliRun run = this->run({ "-", "-o", "-", "--axis", "1", "--spacing", "0.25" }, input);
    ASSERT_EQ(run.status, 0) << run.err;
    expectNumpyOutput(readNpy(run.out), "axis1_spacing.out");
}

TEST_F(CliNpy, TruncatedFileExitsTwo)
{
    const std::string bytes = writeNpyString(randomArray({ 10 }, 12));
    const std::string input = put("cut.npy", bytes.substr(0, bytes.size() - 5));
    expectFailure(this->run({ input }), { "cut.npy" });
    expectFailure(this->run({ put("header-cut.npy", bytes.substr(0, 20)) }), { "header-cut.npy" });
}

TEST_F(CliNpy, GradientErrorsExitTwo)
{
    const std::string input = putNpy("f.npy", randomArray({ 3, 2 }, 13));
    expectFailure(this->run({ input, "--axis", "2" }), { "f.npy" });
    expectFailure(this->run({ input, "--axis", "0,0" }), { "f.npy" });
    expectFailure(this->run({ input, "--axis", "1", "--edge-order", "2" }), { "f.npy" });
    expectFailure(this->run({ input, "--spacing", "1", "--spacing", "2", "--spacing", "3" }), { "f.npy" });
    expectFailure(this->run({ input, "--axis", "0", "--spacing", putNpy("x.npy", coordinates(4, 1)) }), { "f.npy" });
    expectFailure(this->run({ input, "--order", "2" }), { "--order", "--axis" });
    expectFailure(this->run({ input, "--axis", "0", "--spacing", (work() / "absent.npy").string() }), { "absent.npy" });
}

TEST_F(CliNpy, CsvOptionsOnNpyAreRejected)
{
    const std::string input = putNpy("f.npy", randomArray({ 4 }, 14));
    expectFailure(this->run({ input, "--x", "1" }), { "--x" });
    expectFailure(this->run({ input, "--dx", "1" }), { "--dx" });
}

TEST_F(CliNpy, FailedRunLeavesAnExistingOutputUntouched)
{
    const std::string bytes = writeNpyString(randomArray({ 10 }, 15));
    const std::string input = put("cut.npy", bytes.substr(0, bytes.size() - 1));
    const std::string precious = writeNpyString(randomArray({ 3 }, 16));
    const std::string output = put("out.npy", precious);
    EXPECT_EQ(this->run({ input, "-o", output }).status, 2);
    EXPECT_EQ(this->run({ putNpy("f.npy", randomArray({ 4 }, 17)), "--axis", "3", "-o", output }).status, 2);
    EXPECT_EQ(readFile(output), precious);
    EXPECT_EQ(workFiles(), (std::set<std::string> { "cut.npy", "f.npy", "out.npy" }));
}

} // namespace
} // namespace tangent::clitest
