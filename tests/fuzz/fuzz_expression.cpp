// SPDX-License-Identifier: GPL-3.0-or-later
// Function Lab expressions (muparser): any text. A bad one is an ExpressionError pointing inside
// the text; a good one evaluates (and is differentiated) without crashing.
#include "core/classroom/functionlab.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const tangent::Expression expression(text);
        for (const double x : { 0.0, -1.5, 2.0, 1e300 })
            (void)expression(x);
        (void)expression.derivative(0.5);
        const tangent::LabFunction function = tangent::expressionFunction(text);
        (void)function.value(3.0);
    } catch (const tangent::ExpressionError& error) {
        if (error.position() > text.size())
            __builtin_trap();
    }
    return 0;
}
