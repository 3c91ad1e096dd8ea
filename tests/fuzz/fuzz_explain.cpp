// The explain evaluator. Even first byte: any text evaluated against a few y values, which either
// gives a number or throws std::invalid_argument. Odd: the rest is y (and x) values; every
// explained line must evaluate to exactly the value it explains.
#include "core/explain.h"
#include "tests/fuzz/fuzzinput.h"

#include <cmath>
#include <cstring>
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
    std::vector<double> values = doublesFrom(rest);
    const bool coordinates = (choice & 2U) != 0;
    const int edgeOrder = (choice & 4U) != 0 ? 2 : 1;
    std::vector<double> y(
        values.begin(), values.begin() + static_cast<long>(coordinates ? values.size() / 2 : values.size()));
    tangent::Spacing spacing = tangent::Spacing::uniform(values.empty() ? 1.0 : values.back());
    if (coordinates)
        spacing = tangent::Spacing::coordinates(std::vector<double>(
            values.begin() + static_cast<long>(y.size()), values.begin() + static_cast<long>(2 * y.size())));
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
