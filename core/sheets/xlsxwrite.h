// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing a result table as an .xlsx workbook (libxlsxwriter).

#include <cstddef>
#include <string>
#include <string_view>

namespace tangent {

/// The rows a worksheet holds, header included (Excel's limit).
inline constexpr std::size_t kMaxXlsxRows = 1'048'576;

/// Writes the CSV text `csv` (as tangent-cli and Export Derivative write a result: '#' comment
/// lines, a header row, then the rows, ',' between fields) to the workbook `path`, atomically
/// (a failure leaves `path` as it was). Sheet 1 ("derivative") holds the header and the columns:
/// numbers as numbers, NaN as an empty cell, a date column (ISO 8601 text, as looksLikeDates
/// says) as Excel dates in the 1900 system with a date format, other text as text. Sheet 2
/// ("provenance") holds the comment lines, one per row, each as written ("# method: ..."); it is
/// there, empty, when there are none. Throws InputError naming `path` for a table past Excel's limits
/// (kMaxXlsxRows rows, 16,384 columns) and for a failed write.
void writeCsvAsXlsx(std::string_view csv, const std::string& path);

} // namespace tangent
