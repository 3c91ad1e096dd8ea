// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli's spreadsheets: a workbook input (.xlsx, .ods) and --sheet read into the CSV path,
// and -o out.xlsx.

#include "core/io/csv.h"

#include <optional>
#include <string>

namespace tangent {

/// A sheet of a workbook as the CSV text the rest of tangent-cli reads, so that a workbook gives
/// exactly what the equivalent CSV file gives.
struct SheetText {
    std::string csv;
    std::string source; ///< "FILE (sheet NAME)", for messages
    CsvReadOptions options; ///< how to read `csv`
};

/// Reads the sheet `sheet` (a name or 1-based position; the first sheet when unset) of the
/// workbook at `path`, or nullopt when `path` is no workbook (.xlsx, .ods) and no sheet was
/// asked for. Throws InputError for --sheet on other input, for --delimiter or --decimal-comma
/// on a workbook (they apply to CSV text), and for a bad workbook. --header and --no-header
/// (in `csv`) say whether the sheet's first row is a header.
std::optional<SheetText> readSheetInput(
    const std::string& path, const std::optional<std::string>& sheet, const CsvReadOptions& csv);

/// True when `output` names an .xlsx workbook; throws InputError for .ods, .xls and .xlsm,
/// which tangent-cli does not write (rather than writing CSV text under such a name).
bool isWorkbookOutput(const std::string& output);

/// The help lines for --sheet and -o .xlsx.
std::string sheetUsage();

} // namespace tangent
