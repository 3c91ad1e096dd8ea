// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers in cells, with a decimal point or a decimal comma. A number read must be written in a
// form that reads back to the same double (the writer's promise), and classify must agree.
#include "core/io/csvscanner.h"
#include "core/io/numberformat.h"
#include "tests/fuzz/fuzzinput.h"

#include <cmath>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tangent::fuzz::FuzzInput input(data, size);
    const bool decimalComma = (input.takeByte() & 1U) != 0;
    const std::string_view text = input.rest();
    const std::optional<double> value = tangent::parseDouble(text, decimalComma);
    const auto kind = tangent::csvdetail::classify(text, decimalComma);
    if (value && kind == tangent::csvdetail::CellKind::Text)
        __builtin_trap();
    if (!value)
        return 0;
    const std::string written = tangent::formatDouble(*value);
    const std::optional<double> back = tangent::parseDouble(written);
    if (!back)
        __builtin_trap();
    if (std::isnan(*value) ? !std::isnan(*back) : std::memcmp(&*back, &*value, sizeof(double)) != 0)
        __builtin_trap();
    return 0;
}
