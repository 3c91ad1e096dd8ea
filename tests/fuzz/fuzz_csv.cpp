// SPDX-License-Identifier: GPL-3.0-or-later
// CSV dialect detection and reading: any bytes, with any combination of the reader's overrides.
// The first byte chooses the options; the rest is the file. A result must be a well-formed table.
#include "core/errors.h"
#include "core/io/csv.h"
#include "core/time/datetime.h"
#include "tests/fuzz/csvoptions.h"
#include "tests/fuzz/fuzzinput.h"

#include <optional>

namespace {

using tangent::CsvReadOptions;

void checkTable(const tangent::CsvTable& table)
{
    if (table.rowCount == 0 || table.columns.empty())
        __builtin_trap();
    for (const tangent::CsvColumn& column : table.columns) {
        const std::size_t rows = column.numeric ? column.values.size() : column.text.size();
        if (rows != table.rowCount || column.name.empty())
            __builtin_trap();
        if (!column.numeric && column.firstTextRow < table.firstDataLine)
            __builtin_trap();
        if (!column.numeric)
            (void)tangent::looksLikeDates(column.text); // the window asks this of every text column
    }
    (void)table.findColumn(table.columns.back().name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tangent::fuzz::FuzzInput input(data, size);
    const CsvReadOptions options = tangent::fuzz::csvOptionsFrom(input.takeByte());
    try {
        checkTable(tangent::readCsv(input.rest(), options, "fuzz.csv"));
    } catch (const tangent::InputError&) {
        // Rejected with a message: what a bad file should get.
    }
    return 0;
}
