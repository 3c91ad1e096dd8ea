// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Blocks of cells pasted from a spreadsheet (tab-separated rows): splitting them and reading each
// cell as a number or a date. Qt-free so that the parsing can be fuzzed; ui/table/clipboardtable.h
// adapts it to QString and QLocale.

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// How the user's locale writes numbers.
struct PasteLocale {
    bool decimalComma = false; ///< the locale's decimal separator is ','
    /// The locale's own reading of a trimmed cell (group separators and all); may be empty.
    std::function<std::optional<double>(std::string_view)> localeNumber;
};

/// A parsed block. Rows may differ in length when the source dropped trailing empty cells.
struct PastedBlock {
    std::vector<std::vector<double>> rows; ///< empty when a cell failed
    bool failed = false;
    std::size_t errorRow = 0; ///< 0-based row of the first bad cell within the block
    std::size_t errorColumn = 0; ///< 0-based column of the first bad cell within the block
    bool errorIsDate = false; ///< the bad cell was in a date column
    std::string errorCell; ///< the bad cell's text, trimmed

    [[nodiscard]] bool ok() const { return !failed; }
};

/// Splits UTF-8 text into rows (by \n or \r\n; a final line break adds no row) and cells (by \t).
std::vector<std::vector<std::string_view>> splitPastedText(std::string_view text);

/// `cell` (UTF-8) without leading and trailing white space, Unicode's included (as
/// QString::trimmed: tab to carriage return, space, U+0085, no-break and other Unicode spaces).
std::string_view trimPastedCell(std::string_view cell);

/// True for a gap: empty or NA-like ("NA", "N/A", "#N/A", "nan", "null", in any case).
bool isPastedGap(std::string_view trimmedCell);

/// One cell as a number: a gap is NaN. Accepts a decimal point, the decimal comma when the locale
/// uses one, the locale's own format, and "1,5" with a single comma that cannot be a thousands
/// separator. nullopt if the cell is not a number.
std::optional<double> parsePastedNumber(std::string_view cell, const PasteLocale& locale);

/// Parses a pasted block (UTF-8). Column j is read as a date where dateColumns[j] is true (missing
/// entries are numbers). Stops at the first bad cell and names it.
PastedBlock parsePastedBlock(std::string_view text, std::span<const bool> dateColumns, const PasteLocale& locale);

} // namespace tangent
