// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The cells of one sheet as the format readers (xlsxsheet.cpp, odssheet.cpp) find them, before
// they become a table (workbook.cpp).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tangent {

class ZipParts;

/// A rectangle larger than this (a cell at XFD1048576 and beyond) is no sheet a reader expects.
inline constexpr std::size_t kMaxSheetRows = std::size_t { 1 } << 24U;
inline constexpr std::size_t kMaxSheetColumns = std::size_t { 1 } << 14U;

enum class SheetCellKind { Number, Text, Date };

/// One non-empty cell; row and column are 0-based. Dates carry ISO 8601 text (formatDateTime).
struct SheetCell {
    std::size_t row = 0;
    std::size_t column = 0;
    SheetCellKind kind = SheetCellKind::Number;
    double number = 0;
    std::string text;
};

/// One sheet: its name and, when it was read, its non-empty cells.
struct SheetGrid {
    std::string name;
    std::size_t rows = 0; ///< 1 + the last row holding a non-empty cell; 0 for an empty sheet
    std::vector<SheetCell> cells;
};

/// Seconds since 1970 of Excel serial date `serial` (days since 1899-12-30 in the 1900 system,
/// where the serials below 60 count the 1900-02-29 that never was, so 60 reads as 1900-02-28 as
/// openpyxl does; days since 1904-01-01 in the 1904 system), to the microsecond.
double excelSerialToSeconds(double serial, bool system1904);

/// The sheets of a workbook. `wanted` says which sheets' cells to keep: the sheet named
/// `sheet` and the one at the 1-based position `sheet` spells, or the first for an empty `sheet`
/// (cells of the others are counted, not kept). `maxCells` bounds the cells kept.
struct SheetRequest {
    std::string sheet;
    std::size_t maxCells = 0;
    [[nodiscard]] bool wants(std::size_t index, const std::string& name) const;
};

/// Reads an .xlsx workbook's sheets (names and row counts; cells as requested).
std::vector<SheetGrid> readXlsxSheets(const ZipParts& parts, const SheetRequest& request, const std::string& source);

/// Reads an .ods workbook's sheets (content.xml) likewise.
std::vector<SheetGrid> readOdsSheets(const ZipParts& parts, const SheetRequest& request, const std::string& source);

/// Throws InputError naming `source` and `sheet` when a cell at (row, column) lies beyond
/// kMaxSheetRows or kMaxSheetColumns, or when keeping one more cell would pass `maxCells`.
void checkCellPlace(std::size_t row, std::size_t column, std::size_t cellsKept, std::size_t maxCells,
    const std::string& source, const std::string& sheet);

} // namespace tangent
