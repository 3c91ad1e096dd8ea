// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the CSV reader: guessing the delimiter, decimal comma and header from a sample.

#include "core/io/csv.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace tangent::csvdetail {

/// What the reader decided about the layout of a table, and how sure it is.
struct Detection {
    char delimiter = ',';
    bool delimiterCertain = true;
    bool decimalComma = false;
    bool hasHeader = false;
    bool headerCertain = true;
};

/// Looks at the first records of `text` (which starts at the first record, on `firstLine`) and
/// settles what `options` leaves open. Never throws for malformed text; the full read reports it.
Detection detectFormat(
    std::string_view text, std::size_t firstLine, const CsvReadOptions& options, const std::string& source);

} // namespace tangent::csvdetail
