// SPDX-License-Identifier: GPL-3.0-or-later
// Dates and times: one cell of any text, in either date style. A parsed date must format.
#include "core/time/datetime.h"
#include "tests/fuzz/fuzzinput.h"

#include <cmath>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tangent::fuzz::FuzzInput input(data, size);
    const std::uint8_t choice = input.takeByte();
    const auto style = (choice & 1U) != 0 ? tangent::DateStyle::Compact : tangent::DateStyle::Auto;
    const std::optional<double> seconds = tangent::parseDateTime(input.rest(), style);
    if (!seconds)
        return 0;
    if (!std::isfinite(*seconds))
        __builtin_trap(); // a date is a point in time, never NaN or infinite
    const std::string text = tangent::formatDateTime(*seconds, (choice & 2U) != 0);
    if (text.empty())
        __builtin_trap();
    return 0;
}
