// SPDX-License-Identifier: GPL-3.0-or-later
// The explain evaluator. Even first byte: any text evaluated against a few y values, which either
// gives a number or throws std::invalid_argument. Odd: the rest is y (and x) values; every
// explained line must evaluate to exactly the value it explains.
#include "core/classroom/explain.h"
#include "tests/fuzz/fuzzinput.h"

#include <cmath>
#include <cstring>
#include <span>
#include <vector>

namespace {

std::vector<double> doublesFrom(std::string_view bytes)
{
    std::vector<double> values(bytes.size() / sizeof(double));
    if (!values.empty())
        std::memcpy(values.data(), bytes.data(), values.size() * sizeof(double));
    return values;
}

bool sameValue(double a, double b)
{
    return std::isnan(a) ? std::isnan(b) : std::memcmp(&a, &b, sizeof(double)) == 0;
}

void checkExplained(std::uint8_t choice, std::string_view rest)
{
    const std::vector<double> values = doublesFrom(rest);
    const std::span<const double> all(values);
    const bool coordinates = (choice & 2U) != 0;
    const int edgeOrder = (choice & 4U) != 0 ? 2 : 1;
    // Uniform: the values are y, the last also the spacing. Coordinates: y, then as many x.
    const std::span<const double> y = coordinates ? all.first(all.size() / 2) : all;
    const std::span<const double> x = coordinates ? all.subspan(y.size(), y.size()) : all.first(0);
    const tangent::Spacing spacing = coordinates ? tangent::Spacing::coordinates({ x.begin(), x.end() })
                                                 : tangent::Spacing::uniform(values.empty() ? 1.0 : values.back());
    std::vector<tangent::ExplainedPoint> points;
    try {
        points = tangent::explainGradient(y, spacing, edgeOrder);
    } catch (const std::invalid_argument&) {
        return; // too few points, or coordinates of the wrong length: GradientError
    }
    for (const tangent::ExplainedPoint& point : points) {
        if (!sameValue(tangent::evaluateExpression(tangent::explainLine(point), y), point.value))
            __builtin_trap();
        if (!sameValue(tangent::evaluateExplained(point, y), point.value))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tangent::fuzz::FuzzInput input(data, size);
    const std::uint8_t choice = input.takeByte();
    if ((choice & 1U) != 0) {
        checkExplained(choice, input.rest());
        return 0;
    }
    static const std::vector<double> y = { 1.0, 2.0, 4.0, 7.0, 11.0, -0.5, 1e300, 0.1 };
    try {
        (void)tangent::evaluateExpression(input.rest(), y);
    } catch (const std::invalid_argument&) {
        // Rejected with a message naming the position.
    }
    return 0;
}
