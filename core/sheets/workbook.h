// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading spreadsheets (.xlsx, .ods) into the same table the CSV reader gives.

#include "core/io/csv.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// A declared uncompressed size above this, for any one part of a workbook, is taken for a zip
/// bomb and refused before anything is inflated.
inline constexpr std::size_t kMaxWorkbookPartBytes = std::size_t { 512 } << 20U; ///< 512 MiB

/// How to read a workbook.
struct WorkbookReadOptions {
    /// The sheet: its name, or its 1-based position written as digits; empty for the first sheet.
    std::string sheet;
    /// Whether the sheet's first non-empty row is a header; unset: a header when every cell of
    /// that row is text.
    std::optional<bool> hasHeader;
    std::size_t maxPartBytes = kMaxWorkbookPartBytes; ///< see kMaxWorkbookPartBytes
    /// Cells of the table's rectangle (rows x columns); a sheet past it is refused naming its size.
    std::size_t maxCells = std::size_t { 400 } << 20U;
};

/// One sheet of a workbook, for a chooser.
struct SheetInfo {
    std::string name;
    std::size_t rows = 0; ///< rows up to the last non-empty one, header included
};

/// True when `path` ends in .xlsx or .ods (any case): a file read by readWorkbook, not as CSV.
bool isWorkbookPath(std::string_view path);

/// The sheets of the workbook `bytes` (an .xlsx or .ods file), in order, with their row counts.
/// Throws InputError naming `source` for a file that is not a workbook (not a zip, an encrypted
/// workbook, a zip bomb, damaged parts).
std::vector<SheetInfo> listSheets(std::string_view bytes, const std::string& source);

/// The chosen sheet of the workbook `bytes` as CSV text: a header row when the sheet has one,
/// then one line per row with ',' between fields. Numbers are written in their shortest
/// round-trip form, dates (Excel serial dates in the 1900 or 1904 system with a date format,
/// ODS date cells) as ISO 8601 text, strings quoted where needed, empty cells as empty fields,
/// formulas as their cached values. `sheetName`, when given, receives the sheet's name. Throws
/// InputError naming `source` and the sheet: as listSheets, and for a missing sheet (listing
/// the sheets there are) or a sheet with no cells.
std::string readSheetAsCsv(std::string_view bytes, const WorkbookReadOptions& options, const std::string& source,
    std::string* sheetName = nullptr, bool* hasHeader = nullptr);

/// The chosen sheet read as readCsv reads the CSV text of readSheetAsCsv, so that a workbook
/// behaves exactly as the equivalent CSV file. Errors name "`source` (sheet NAME)".
CsvTable readSheet(std::string_view bytes, const WorkbookReadOptions& options, const std::string& source);

/// Reads the file at `path` and calls readSheet.
CsvTable readSheetFile(const std::string& path, const WorkbookReadOptions& options);

/// "FILE (sheet NAME)": how messages name a sheet of a workbook.
std::string sheetSource(const std::string& file, const std::string& sheet);

} // namespace tangent
