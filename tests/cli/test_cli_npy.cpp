// End-to-end runs of tangent-cli on .npy input: inputs written with tangent::writeNpy, outputs
// read with tangent::readNpy and compared bit for bit with tangent::gradient.

#include "clitestsupport.h"

#include "core/gradient.h"
#include "core/npy.h"

#include <random>

namespace tangent::clitest {
namespace {

NdArray randomArray(std::vector<std::size_t> shape, unsigned seed, DType dtype = DType::Float64)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> value(-10.0, 10.0);
    std::vector<double> data(elementCount(shape));
    for (double& v : data)
        v = dtype == DType::Float32 ? static_cast<float>(value(random)) : value(random);
    return {std::move(shape), std::move(data), dtype};
}

/// Increasing, unevenly spaced coordinates.
NdArray coordinates(std::size_t n, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> step(0.5, 1.5);
    std::vector<double> x(n);
    for (std::size_t i = 1; i < n; ++i)
        x[i] = x[i - 1] + step(random);
    return {{n}, std::move(x)};
}

/// The results stacked as tangent-cli documents: one axis keeps the shape, several add a first axis.
NdArray expectedOutput(const NdArray& input, const GradientOptions& options)
{
    std::vector<NdArray> results = gradient(StridedView::of(input), options);
    NdArray stacked;
    if (results.size() > 1)
        stacked.shape.push_back(results.size());
    stacked.shape.insert(stacked.shape.end(), input.shape.begin(), input.shape.end());
    for (const NdArray& r : results)
        stacked.data.insert(stacked.data.end(), r.data.begin(), r.data.end());
    stacked.dtype = gradientOutputDType(input.dtype);
    if (stacked.dtype == DType::Float32) {
        for (double& v : stacked.data)
            v = static_cast<float>(v);
    }
    return stacked;
}

void expectSameArray(const NdArray& actual, const NdArray& expected)
{
    EXPECT_EQ(actual.shape, expected.shape);
    EXPECT_EQ(actual.dtype, expected.dtype);
    expectSameBits(actual.data, expected.data, "data");
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
        args.insert(args.end(), {"-o", output});
        const CliRun run = this->run(args);
        EXPECT_EQ(run.status, 0) << run.err;
        EXPECT_EQ(run.out, "");
        EXPECT_EQ(run.err, "");
        return readNpyFile(output);
    }
};

TEST_F(CliNpy, OneDimensionalNumpyDocExample)
{
    const std::string input = putNpy("f.npy", NdArray({5}, {1, 2, 4, 9, 16}));
    const NdArray out = runToArray({input});
    EXPECT_EQ(out.shape, (std::vector<std::size_t>{5}));
    EXPECT_EQ(out.dtype, DType::Float64);
    expectSameBits(out.data, {1, 1.5, 3.5, 6, 7}, "gradient");
}

TEST_F(CliNpy, ArrayLargerThanTheFirstBlockIsReadWhole)
{
    // 2.4 MB: past the 1 MB that is read before choosing a path, so the file is memory-mapped.
    const NdArray f = randomArray({300, 1000}, 4);
    GradientOptions options;
    options.spacing = {Spacing::uniform(0.5)};
    const std::string input = putNpy("big.npy", f);
    expectSameArray(runToArray({input, "--spacing", "0.5"}), expectedOutput(f, options));
    // And as standard input (-).
    const CliRun piped = this->run({"-", "--spacing", "0.5", "-o", (work() / "piped.npy").string()}, input);
    ASSERT_EQ(piped.status, 0) << piped.err;
    expectSameArray(readNpyFile((work() / "piped.npy").string()), expectedOutput(f, options));
}

TEST_F(CliNpy, NumberSpacingOnOneAxis)
{
    const NdArray f = randomArray({3, 4}, 1);
    GradientOptions options;
    options.axes = std::vector<int>{1};
    options.spacing = {Spacing::uniform(0.25)};
    expectSameArray(runToArray({putNpy("f.npy", f), "--axis", "1", "--spacing", "0.25"}), expectedOutput(f, options));
}

TEST_F(CliNpy, CoordinateFileSpacing)
{
    const NdArray f = randomArray({6, 3}, 2);
    const NdArray x = coordinates(6, 3);
    GradientOptions options;
    options.axes = std::vector<int>{0};
    options.spacing = {Spacing::coordinates(x.data)};
    const std::string coords = putNpy("x.npy", x);
    expectSameArray(runToArray({putNpy("f.npy", f), "--axis", "0", "--spacing", coords}), expectedOutput(f, options));

    options.edgeOrder = 2;
    expectSameArray(runToArray({putNpy("f.npy", f), "--axis=0", "--spacing=" + coords, "--edge-order", "2"}),
                    expectedOutput(f, options));
}

TEST_F(CliNpy, AllAxesAreStackedAlongANewFirstAxis)
{
    const NdArray f = randomArray({3, 4, 5}, 4);
    const NdArray out = runToArray({putNpy("f.npy", f)});
    EXPECT_EQ(out.shape, (std::vector<std::size_t>{3, 3, 4, 5}));
    expectSameArray(out, expectedOutput(f, GradientOptions{}));
}

TEST_F(CliNpy, SelectedAxesInTheOrderGivenWithOneSpacingEach)
{
    const NdArray f = randomArray({5, 4}, 5);
    const NdArray x = coordinates(5, 6);
    GradientOptions options;
    options.axes = std::vector<int>{-1, 0};
    options.spacing = {Spacing::uniform(0.5), Spacing::coordinates(x.data)};
    const NdArray out =
        runToArray({putNpy("f.npy", f), "--axis", "-1,0", "--spacing", "0.5", "--spacing", putNpy("x.npy", x)});
    EXPECT_EQ(out.shape, (std::vector<std::size_t>{2, 5, 4}));
    expectSameArray(out, expectedOutput(f, options));
}

TEST_F(CliNpy, OneSpacingForEveryAxis)
{
    const NdArray f = randomArray({4, 4}, 7);
    GradientOptions options;
    options.spacing = {Spacing::uniform(3.0)};
    expectSameArray(runToArray({putNpy("f.npy", f), "--spacing", "3"}), expectedOutput(f, options));
}

TEST_F(CliNpy, SecondOrderOnOneAxis)
{
    const NdArray f = randomArray({7}, 8);
    const NdArray x = coordinates(7, 9);
    const NdArray out = runToArray({putNpy("f.npy", f), "--spacing", putNpy("x.npy", x), "--order", "2"});
    expectSameBits(out.data, derivative(f.data, Spacing::coordinates(x.data), 1, 2), "second derivative");
}

TEST_F(CliNpy, Float32InputGivesFloat32Output)
{
    const NdArray f = randomArray({4, 6}, 10, DType::Float32);
    GradientOptions options;
    options.axes = std::vector<int>{1};
    const NdArray out = runToArray({putNpy("f.npy", f), "--axis", "1"});
    EXPECT_EQ(out.dtype, DType::Float32);
    EXPECT_NE(readFile(work() / "out.npy").find("'descr': '<f4'"), std::string::npos);
    expectSameArray(out, expectedOutput(f, options));
}

TEST_F(CliNpy, IntegerInputGivesFloat64Output)
{
    // int8 [-128, -1, 0, 1, 127], written by numpy; numpy.gradient gives float64.
    const NdArray out = runToArray({(kGolden / "npy" / "i1.npy").string()});
    EXPECT_EQ(out.dtype, DType::Float64);
    expectSameBits(out.data, {127, 64, 1, 63.5, 126}, "gradient");
}

TEST_F(CliNpy, StandardInputRecognisedByMagicAndStandardOutput)
{
    const NdArray f = randomArray({9}, 11);
    const std::string input = putNpy("f.bin", f);
    const CliRun run = this->run({"-", "-o", "-"}, input);
    ASSERT_EQ(run.status, 0) << run.err;
    expectSameArray(readNpy(run.out), expectedOutput(f, GradientOptions{}));
}

TEST_F(CliNpy, TruncatedFileExitsTwo)
{
    const std::string bytes = writeNpyString(randomArray({10}, 12));
    const std::string input = put("cut.npy", bytes.substr(0, bytes.size() - 5));
    expectFailure(this->run({input}), {"cut.npy"});
    expectFailure(this->run({put("header-cut.npy", bytes.substr(0, 20))}), {"header-cut.npy"});
}

TEST_F(CliNpy, GradientErrorsExitTwo)
{
    const std::string input = putNpy("f.npy", randomArray({3, 2}, 13));
    expectFailure(this->run({input, "--axis", "2"}), {"f.npy"});
    expectFailure(this->run({input, "--axis", "0,0"}), {"f.npy"});
    expectFailure(this->run({input, "--axis", "1", "--edge-order", "2"}), {"f.npy"});
    expectFailure(this->run({input, "--spacing", "1", "--spacing", "2", "--spacing", "3"}), {"f.npy"});
    expectFailure(this->run({input, "--axis", "0", "--spacing", putNpy("x.npy", coordinates(4, 1))}), {"f.npy"});
    expectFailure(this->run({input, "--order", "2"}), {"--order", "--axis"});
    expectFailure(this->run({input, "--axis", "0", "--spacing", (work() / "absent.npy").string()}), {"absent.npy"});
}

TEST_F(CliNpy, CsvOptionsOnNpyAreRejected)
{
    const std::string input = putNpy("f.npy", randomArray({4}, 14));
    expectFailure(this->run({input, "--x", "1"}), {"--x"});
    expectFailure(this->run({input, "--dx", "1"}), {"--dx"});
}

TEST_F(CliNpy, FailedRunLeavesAnExistingOutputUntouched)
{
    const std::string bytes = writeNpyString(randomArray({10}, 15));
    const std::string input = put("cut.npy", bytes.substr(0, bytes.size() - 1));
    const std::string precious = writeNpyString(randomArray({3}, 16));
    const std::string output = put("out.npy", precious);
    EXPECT_EQ(this->run({input, "-o", output}).status, 2);
    EXPECT_EQ(this->run({putNpy("f.npy", randomArray({4}, 17)), "--axis", "3", "-o", output}).status, 2);
    EXPECT_EQ(readFile(output), precious);
    EXPECT_EQ(workFiles(), (std::set<std::string>{"cut.npy", "f.npy", "out.npy"}));
}

}  // namespace
}  // namespace tangent::clitest
