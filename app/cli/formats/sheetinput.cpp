// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/formats/sheetinput.h"

#include "core/errors.h"
#include "core/io/fileio.h"
#include "core/sheets/workbook.h"

#include <algorithm>
#include <cctype>

namespace tangent {
namespace {

bool endsWithNoCase(const std::string& text, std::string_view suffix)
{
    if (text.size() < suffix.size())
        return false;
    return std::equal(suffix.begin(), suffix.end(), text.end() - static_cast<std::ptrdiff_t>(suffix.size()),
        [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
}

} // namespace

std::optional<SheetText> readSheetInput(
    const std::string& path, const std::optional<std::string>& sheet, const CsvReadOptions& csv)
{
    if (!isWorkbookPath(path)) {
        if (sheet)
            throw InputError(path, 0, 0, "--sheet applies to .xlsx and .ods workbooks, and this is not one");
        return std::nullopt;
    }
    if (csv.delimiter || csv.decimalComma)
        throw InputError(
            path, 0, 0, "--delimiter and --decimal-comma apply to CSV text; a workbook's cells are read as stored");
    WorkbookReadOptions options;
    options.sheet = sheet.value_or("");
    options.hasHeader = csv.hasHeader;
    SheetText text;
    std::string name;
    bool header = false;
    text.csv = readSheetAsCsv(readWholeFile(path), options, path, &name, &header);
    text.source = sheetSource(path, name);
    text.options = csv;
    text.options.delimiter = ',';
    text.options.hasHeader = header;
    text.options.decimalComma = false;
    return text;
}

bool isWorkbookOutput(const std::string& output)
{
    if (endsWithNoCase(output, ".xlsx"))
        return true;
    for (const char* other : { ".ods", ".xls", ".xlsm", ".xlsb" })
        if (endsWithNoCase(output, other))
            throw InputError(output, 0, 0, "tangent-cli writes workbooks as .xlsx only; name the output .xlsx or .csv");
    return false;
}

std::string sheetUsage()
{
    return R"(
Spreadsheets:
  INPUT ending .xlsx or .ods is read as a workbook: numbers, dates (as date columns), text,
  empty cells as gaps, formulas by their cached values; the first row is a header when all text.
  --sheet NAME|N     the sheet to read, by name or 1-based position (default: the first)
  -o FILE.xlsx       write the result as a workbook: sheet "derivative" holds the columns of the
                     CSV output (a date x as Excel dates), sheet "provenance" its '#' lines
)";
}

} // namespace tangent
