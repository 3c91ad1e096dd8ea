// SPDX-License-Identifier: GPL-3.0-or-later
// Pasted clipboard blocks: any text, with any of the first 8 columns read as dates, in a locale
// with a decimal point or comma (whose own reading here accepts '\'' as a group separator, as a
// stand-in for QLocale's). A parsed block holds every cell; a failure names a real cell.
#include "core/io/numberformat.h"
#include "core/io/pasteblock.h"
#include "tests/fuzz/fuzzinput.h"

#include <array>
#include <string>

namespace {

std::optional<double> withGroupMarks(std::string_view text)
{
    std::string digits;
    for (const char c : text) {
        if (c != '\'')
            digits += c;
    }
    return tangent::parseDouble(digits);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tangent::fuzz::FuzzInput input(data, size);
    const std::uint8_t dateMask = input.takeByte();
    const std::uint8_t localeChoice = input.takeByte();
    std::array<bool, 8> dateColumns {};
    for (std::size_t c = 0; c < dateColumns.size(); ++c)
        dateColumns[c] = ((dateMask >> c) & 1U) != 0;
    tangent::PasteLocale locale;
    locale.decimalComma = (localeChoice & 1U) != 0;
    if ((localeChoice & 2U) != 0)
        locale.localeNumber = withGroupMarks;

    const std::string_view text = input.rest();
    const auto cells = tangent::splitPastedText(text);
    const tangent::PastedBlock block = tangent::parsePastedBlock(text, dateColumns, locale);
    if (block.ok()) {
        if (block.rows.size() != cells.size())
            __builtin_trap();
        for (std::size_t r = 0; r < cells.size(); ++r) {
            if (block.rows[r].size() != cells[r].size())
                __builtin_trap();
        }
    } else if (block.errorRow >= cells.size() || block.errorColumn >= cells[block.errorRow].size()
        || block.errorCell != tangent::trimPastedCell(cells[block.errorRow][block.errorColumn])) {
        __builtin_trap();
    }
    return 0;
}
