// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The CSV reader's overrides chosen by one fuzzer byte, shared by the harnesses that read CSV.

#include "core/io/csv.h"

#include <array>
#include <cstdint>

namespace tangent::fuzz {

/// Bits 0-2: the delimiter (0: detect); bits 3-4: the header (0: detect); bits 5-6: the decimal
/// comma (0: detect).
inline CsvReadOptions csvOptionsFrom(std::uint8_t choice)
{
    static constexpr std::array<char, 4> kDelimiters = { ',', '\t', ';', ' ' };
    CsvReadOptions options;
    if (const unsigned d = choice & 7U; d > 0 && d <= kDelimiters.size())
        options.delimiter = kDelimiters[d - 1];
    if (const unsigned h = (choice >> 3U) & 3U; h > 0)
        options.hasHeader = h == 1;
    if (const unsigned c = (choice >> 5U) & 3U; c > 0)
        options.decimalComma = c == 1;
    return options;
}

} // namespace tangent::fuzz
