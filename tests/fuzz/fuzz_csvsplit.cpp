// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader's two-thread path (rows of 4 MB and more, parsed in two halves): any bytes, with
// the threshold lowered (CsvReadOptions::parallelBytes) so that small inputs are split anywhere.
// The first byte chooses the reader's overrides, the second the threshold; the rest is the file.
// The table, or the message, must be that of one pass over the same bytes.
#include "core/errors.h"
#include "core/io/csv.h"
#include "tests/fuzz/csvoptions.h"
#include "tests/fuzz/fuzzinput.h"

#include <bit>
#include <cstdint>
#include <optional>
#include <string>

namespace {

using tangent::CsvReadOptions;
using tangent::CsvTable;

/// The table read, or the message it was refused with.
struct Outcome {
    std::optional<CsvTable> table;
    std::string error;
};

Outcome read(std::string_view text, const CsvReadOptions& options)
{
    Outcome outcome;
    try {
        outcome.table = tangent::readCsv(text, options, "fuzz.csv");
    } catch (const tangent::InputError& e) {
        outcome.error = e.what();
    }
    return outcome;
}

bool sameValues(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i]))
            return false;
    return true;
}

bool sameTable(const CsvTable& a, const CsvTable& b)
{
    if (a.rowCount != b.rowCount || a.columns.size() != b.columns.size() || a.firstDataLine != b.firstDataLine
        || a.delimiter != b.delimiter || a.hasHeader != b.hasHeader || a.decimalComma != b.decimalComma)
        return false;
    for (std::size_t c = 0; c < a.columns.size(); ++c) {
        const tangent::CsvColumn& x = a.columns[c];
        const tangent::CsvColumn& y = b.columns[c];
        if (x.name != y.name || x.numeric != y.numeric || x.firstTextRow != y.firstTextRow || x.text != y.text
            || !sameValues(x.values, y.values))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tangent::fuzz::FuzzInput input(data, size);
    CsvReadOptions options = tangent::fuzz::csvOptionsFrom(input.takeByte());
    const std::size_t threshold = input.takeByte();
    const std::string_view text = input.rest();

    CsvReadOptions onePass = options;
    onePass.parallelBytes = text.size() + 1;
    const Outcome reference = read(text, onePass);
    options.parallelBytes = threshold;
    const Outcome split = read(text, options);
    if (split.error != reference.error || split.table.has_value() != reference.table.has_value())
        __builtin_trap();
    if (split.table && !sameTable(*split.table, *reference.table))
        __builtin_trap();
    return 0;
}
