// SPDX-License-Identifier: GPL-3.0-or-later
// numpy parity: runs every case of tests/golden/gradient/*.txt (written by numpy.gradient, see
// tests/golden/make_gradient_golden.py for the format) through tangent::gradient.
// float64 results must match numpy bit for bit; float32 input within 4 float ulps (the core
// computes in double, numpy 1.24 partly in float32); error cases must throw the mapped kind.

#include "core/gradient/gradient.h"
#include "core/gradient/ndarray.h"
#include "tests/core/gradient/goldencases.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using namespace tangent::golden;
using tangent::DType;
using tangent::GradientError;
using tangent::GradientErrorKind;
using tangent::GradientOptions;
using tangent::NdArray;
using tangent::Spacing;
using tangent::StridedView;

constexpr int kFloatUlps = 4;
constexpr int kMaxReportedMismatches = 5;

// ---- Feeding a case to the API ---------------------------------------------------------------

// f stored in the case's layout and viewed as the logical array numpy saw.
class GoldenInput {
public:
    explicit GoldenInput(const GoldenCase& c) : m_array(c.shape, c.f, c.dtype)
    {
        if (c.layout == "C") {
            m_view = StridedView::of(m_array);
        } else if (c.layout == "F") {
            m_storage.resize(c.f.size());
            std::vector<std::size_t> index(c.shape.size(), 0);
            for (const double v : c.f) { // logical row-major order
                std::size_t offset = 0;
                std::size_t stride = 1;
                for (std::size_t k = 0; k < c.shape.size(); ++k) {
                    offset += index[k] * stride;
                    stride *= c.shape[k];
                }
                m_storage[offset] = v;
                for (std::size_t k = c.shape.size(); k-- > 0;) {
                    if (++index[k] < c.shape[k]) {
                        break;
                    }
                    index[k] = 0;
                }
            }
            m_view = StridedView::fortranOrder(m_storage.data(), c.shape);
        } else {
            // Reversing every axis of a row-major array reverses its buffer.
            m_storage.assign(c.f.rbegin(), c.f.rend());
            m_view.data = m_storage.data() + (m_storage.empty() ? 0 : m_storage.size() - 1);
            m_view.shape = c.shape;
            m_view.strides = tangent::cOrderStrides(c.shape);
            for (auto& s : m_view.strides) {
                s = -s;
            }
        }
    }
    GoldenInput(const GoldenInput&) = delete;
    GoldenInput& operator=(const GoldenInput&) = delete;

    [[nodiscard]] const StridedView& view() const { return m_view; }

private:
    NdArray m_array;
    std::vector<double> m_storage;
    StridedView m_view;
};

Spacing makeSpacing(const SpacingArg& s)
{
    if (s.kind == "h") {
        return Spacing::uniform(s.values[0]);
    }
    if (s.kind == "h0d") {
        return Spacing::fromArray(NdArray({}, s.values));
    }
    if (s.kind == "x" && s.dtype == DType::Float64) {
        return Spacing::coordinates(s.values);
    }
    return Spacing::fromArray(NdArray(s.shape, s.values, s.dtype)); // integer x, or a2
}

GradientOptions makeOptions(const GoldenCase& c)
{
    GradientOptions options;
    options.axes = c.axes;
    options.edgeOrder = c.edge;
    for (const auto& s : c.spacing) {
        options.spacing.push_back(makeSpacing(s));
    }
    return options;
}

// The 1-D overloads apply to a 1-D f with all axes and at most one scalar or coordinate spacing.
bool fitsOneDimensionalOverload(const GoldenCase& c)
{
    const bool allAxes = !c.axes || *c.axes == std::vector<int> { 0 } || *c.axes == std::vector<int> { -1 };
    return c.shape.size() == 1 && allAxes && c.spacing.size() <= 1 && (c.spacing.empty() || c.spacing[0].kind != "a2");
}

std::vector<double> oneDimensionalOverload(const GoldenCase& c)
{
    if (!c.spacing.empty() && c.spacing[0].kind == "x") {
        return tangent::gradient(std::span<const double>(c.f), std::span<const double>(c.spacing[0].values), c.edge);
    }
    const double h = c.spacing.empty() ? 1.0 : c.spacing[0].values[0];
    return tangent::gradient(std::span<const double>(c.f), h, c.edge);
}

const char* kindName(GradientErrorKind kind)
{
    switch (kind) {
    case GradientErrorKind::AxisOutOfRange:
        return "AxisOutOfRange";
    case GradientErrorKind::RepeatedAxis:
        return "RepeatedAxis";
    case GradientErrorKind::InvalidSpacingCount:
        return "InvalidSpacingCount";
    case GradientErrorKind::SpacingRankTooHigh:
        return "SpacingRankTooHigh";
    case GradientErrorKind::CoordinateLengthMismatch:
        return "CoordinateLengthMismatch";
    case GradientErrorKind::CoordinatesTooShort:
        return "CoordinatesTooShort";
    case GradientErrorKind::BadEdgeOrder:
        return "BadEdgeOrder";
    case GradientErrorKind::TooFewPoints:
        return "TooFewPoints";
    case GradientErrorKind::BadDerivativeOrder:
        return "BadDerivativeOrder";
    }
    return "(unknown GradientErrorKind)";
}

// ---- Comparison --------------------------------------------------------------------------------

std::string show(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a (%.17g)", v, v);
    return buf;
}

std::string multiIndex(std::size_t flat, const std::vector<std::size_t>& shape)
{
    std::vector<std::size_t> index(shape.size());
    for (std::size_t k = shape.size(); k-- > 0;) {
        index[k] = flat % shape[k];
        flat /= shape[k];
    }
    std::string text = "[";
    for (std::size_t k = 0; k < index.size(); ++k) {
        text += (k ? ", " : "") + std::to_string(index[k]);
    }
    return text + "]";
}

bool sameFloat64(double expected, double got)
{
    if (std::isnan(expected) || std::isnan(got)) {
        return std::isnan(expected) && std::isnan(got);
    }
    return std::bit_cast<std::uint64_t>(expected) == std::bit_cast<std::uint64_t>(got);
}

// Floats mapped onto integers that count ulps, monotonically over -inf .. +inf.
std::int64_t orderedFloat(float v)
{
    const auto bits = static_cast<std::int64_t>(std::bit_cast<std::int32_t>(v));
    return bits < 0 ? std::int64_t { INT32_MIN } - bits : bits;
}

bool closeFloat32(double expectedWide, double got, std::int64_t* ulps)
{
    const auto expected = static_cast<float>(expectedWide); // exact: numpy's float32 output
    const auto rounded = static_cast<float>(got); // what a caller stores for f4 input
    *ulps = 0;
    if (std::isnan(expected) || std::isnan(rounded)) {
        return std::isnan(expected) && std::isnan(rounded);
    }
    if (std::isinf(expected) || std::isinf(rounded)) {
        return expected == rounded;
    }
    *ulps = std::abs(orderedFloat(expected) - orderedFloat(rounded));
    return *ulps <= kFloatUlps;
}

// Compares one result array with numpy's; returns the number of mismatches reported.
int compareOutput(const GoldenCase& c, const std::string& label, const std::vector<double>& expected,
    const std::vector<double>& got, int budget)
{
    if (got.size() != expected.size()) {
        ADD_FAILURE() << c.name << " " << label << ": " << got.size() << " values, numpy has " << expected.size();
        return 1;
    }
    int reported = 0;
    for (std::size_t i = 0; i < expected.size() && reported < budget; ++i) {
        std::int64_t ulps = 0;
        const bool ok
            = c.dtype == DType::Float32 ? closeFloat32(expected[i], got[i], &ulps) : sameFloat64(expected[i], got[i]);
        if (!ok) {
            ++reported;
            ADD_FAILURE() << c.name << " (" << c.where << ") " << label << " index " << i << " "
                          << multiIndex(i, c.shape) << ": expected " << show(expected[i]) << ", got " << show(got[i])
                          << (c.dtype == DType::Float32 ? ", " + std::to_string(ulps) + " float ulps" : "");
        }
    }
    return reported;
}

std::string axisLabel(const GoldenCase& c, std::size_t k)
{
    if (c.axes) {
        return "output " + std::to_string(k) + " (axis " + std::to_string((*c.axes)[k]) + ")";
    }
    return "output " + std::to_string(k) + " (axis " + std::to_string(k) + ")";
}

// ---- The tests ---------------------------------------------------------------------------------

std::string paramName(const testing::TestParamInfo<std::string>& info)
{
    return info.param;
}

class GoldenValues : public testing::TestWithParam<std::string> { };
class GoldenErrors : public testing::TestWithParam<std::string> { };

TEST_P(GoldenValues, MatchesNumpy)
{
    ASSERT_TRUE(goldenSet().error.empty()) << goldenSet().error;
    const GoldenCase* found = findCase(GetParam());
    ASSERT_NE(found, nullptr);
    const GoldenCase& c = *found;
    SCOPED_TRACE(c.where + (c.note.empty() ? "" : ": " + c.note));

    const GoldenInput input(c);
    std::vector<NdArray> results;
    try {
        results = tangent::gradient(input.view(), makeOptions(c));
    } catch (const std::exception& e) {
        FAIL() << c.name << ": threw where numpy returned " << c.outputs.size() << " arrays: " << e.what();
    }
    ASSERT_EQ(results.size(), c.outputs.size()) << c.name << ": number of outputs";
    int budget = kMaxReportedMismatches;
    for (std::size_t k = 0; k < results.size() && budget > 0; ++k) {
        EXPECT_EQ(results[k].shape, c.shape) << c.name << " " << axisLabel(c, k) << ": shape";
        budget -= compareOutput(c, axisLabel(c, k), c.outputs[k], results[k].data, budget);
    }

    if (fitsOneDimensionalOverload(c) && budget > 0) {
        std::vector<double> got;
        try {
            got = oneDimensionalOverload(c);
        } catch (const std::exception& e) {
            FAIL() << c.name << ": the 1-D overload threw: " << e.what();
        }
        compareOutput(c, "1-D overload", c.outputs[0], got, budget);
    }
}

TEST_P(GoldenErrors, ThrowsLikeNumpy)
{
    ASSERT_TRUE(goldenSet().error.empty()) << goldenSet().error;
    const GoldenCase* found = findCase(GetParam());
    ASSERT_NE(found, nullptr);
    const GoldenCase& c = *found;
    SCOPED_TRACE(c.where + (c.note.empty() ? "" : ": " + c.note) + "; numpy: " + c.numpyText);

    const auto expectThrows = [&c](const std::string& how, const auto& call) {
        try {
            call();
            ADD_FAILURE() << c.name << " (" << how << "): nothing thrown, expected GradientError " << c.errorKind;
        } catch (const GradientError& e) {
            EXPECT_EQ(kindName(e.kind()), c.errorKind) << c.name << " (" << how << "): " << e.what();
            EXPECT_GT(std::strlen(e.what()), 0U) << c.name << " (" << how << "): empty what()";
        } catch (const std::exception& e) {
            ADD_FAILURE() << c.name << " (" << how << "): threw something other than GradientError: " << e.what();
        }
    };
    expectThrows("N-D", [&c] {
        const GoldenInput input(c);
        (void)tangent::gradient(input.view(), makeOptions(c));
    });
    if (fitsOneDimensionalOverload(c)) {
        expectThrows("1-D overload", [&c] { (void)oneDimensionalOverload(c); });
    }
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenValues, testing::ValuesIn(caseNames(false)), paramName);
INSTANTIATE_TEST_SUITE_P(Golden, GoldenErrors, testing::ValuesIn(caseNames(true)), paramName);

// The golden data must stay a real test: enough cases, every kind of error present.
TEST(GoldenData, CoversEveryCaseKind)
{
    ASSERT_TRUE(goldenSet().error.empty()) << goldenSet().error;
    std::set<std::string> kinds;
    std::set<std::string> layouts;
    std::set<DType> dtypes;
    std::size_t values = 0;
    for (const auto& c : goldenSet().cases) {
        if (c.errorKind.empty()) {
            ++values;
            layouts.insert(c.layout);
            dtypes.insert(c.dtype);
        } else {
            kinds.insert(c.errorKind);
        }
    }
    EXPECT_GE(values, 150U);
    EXPECT_EQ(layouts.size(), 3U);
    EXPECT_EQ(dtypes.size(), 10U);
    for (const char* kind : { "AxisOutOfRange", "RepeatedAxis", "InvalidSpacingCount", "SpacingRankTooHigh",
             "CoordinateLengthMismatch", "CoordinatesTooShort", "BadEdgeOrder", "TooFewPoints" }) {
        EXPECT_TRUE(kinds.count(kind)) << "no golden case for " << kind;
    }
}

} // namespace
