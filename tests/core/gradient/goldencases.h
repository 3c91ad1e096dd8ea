// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The golden cases of tests/golden/gradient/*.txt (written by numpy.gradient; the format is
// described in tests/golden/make_gradient_golden.py), read once for the parity tests.

#include "core/gradient/gradient.h"
#include "core/gradient/ndarray.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tangent::golden {

using tangent::DType;

struct SpacingArg {
    std::string kind; // h, h0d, x, a2
    DType dtype = DType::Float64;
    std::vector<std::size_t> shape;
    std::vector<double> values;
};

struct GoldenCase {
    std::string name;
    std::string where; // file:line of the "case" record
    std::string note;
    DType dtype = DType::Float64;
    std::vector<std::size_t> shape;
    std::string layout = "C";
    std::vector<double> f;
    std::optional<std::vector<int>> axes;
    int edge = 1;
    std::vector<SpacingArg> spacing;
    std::vector<std::vector<double>> outputs;
    std::string errorKind; // empty for a value case
    std::string numpyText;
};

struct GoldenSet {
    std::vector<GoldenCase> cases;
    std::string error; // why the files could not be read; empty if they could
};

/// Every case, read once; `error` says why the files could not be read.
const GoldenSet& goldenSet();
/// Stands in for the cases when the files cannot be read, so that the failure shows in ctest.
inline constexpr const char* kUnreadable = "golden_files_unreadable";
/// The names of the error cases (errors) or of the value cases.
std::vector<std::string> caseNames(bool errors);
/// The case called `name`, or nullptr.
const GoldenCase* findCase(const std::string& name);

} // namespace tangent::golden
