// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sheets/workbook.h"

#include "core/errors.h"
#include "core/io/fileio.h"
#include "core/sheets/sheetgrid.h"
#include "core/sheets/zipparts.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace tangent {
namespace {

/// Days from 1899-12-30 (Excel's day 0 in the 1900 system) to 1970-01-01.
constexpr double kExcelEpochDays = 25569.0;
/// Days from 1899-12-30 to 1904-01-01, day 0 of the 1904 system.
constexpr double k1904OffsetDays = 1462.0;

std::vector<SheetGrid> readGrids(
    std::string_view bytes, const SheetRequest& request, const std::string& source, std::size_t maxPartBytes)
{
    const ZipParts parts(bytes, source, maxPartBytes);
    if (parts.read("xl/workbook.xml"))
        return readXlsxSheets(parts, request, source);
    if (parts.read("content.xml"))
        return readOdsSheets(parts, request, source);
    throw InputError(source, 0, 0, Message { MessageId::ZipNotAWorkbook, {}, {} });
}

std::string sheetList(const std::vector<SheetGrid>& grids)
{
    std::string list;
    for (std::size_t i = 0; i < grids.size(); ++i)
        list += (i > 0 ? ", " : "") + std::to_string(i + 1) + " '" + grids[i].name + "'";
    return list;
}

std::optional<std::size_t> positionOf(const std::string& sheet)
{
    std::size_t n = 0;
    const auto [ptr, ec] = std::from_chars(sheet.data(), sheet.data() + sheet.size(), n);
    if (ec != std::errc() || ptr != sheet.data() + sheet.size() || n == 0)
        return std::nullopt;
    return n;
}

/// The sheet `request` names: a sheet of that name first, else the 1-based position.
const SheetGrid& chooseSheet(const std::vector<SheetGrid>& grids, const std::string& sheet, const std::string& source)
{
    if (grids.empty())
        throw InputError(source, 0, 0, Message { MessageId::WorkbookHasNoSheets, {}, {} });
    if (sheet.empty())
        return grids.front();
    for (const SheetGrid& grid : grids)
        if (grid.name == sheet)
            return grid;
    if (const auto n = positionOf(sheet); n && *n <= grids.size())
        return grids[*n - 1];
    throw InputError(source, 0, 0,
        grids.size() == 1
            ? Message { MessageId::NoSuchSheetOfOne, { sheet, sheetList(grids) }, {} }
            : Message { MessageId::NoSuchSheet, { sheet, MessageArg::integer(grids.size()), sheetList(grids) }, {} });
}

std::string shortestNumber(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    std::array<char, 32> buffer {};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return { buffer.data(), result.ptr };
}

} // namespace

bool SheetRequest::wants(std::size_t index, const std::string& name) const
{
    if (sheet.empty())
        return index == 0;
    const auto n = positionOf(sheet);
    return name == sheet || (n && *n == index + 1);
}

double excelSerialToSeconds(double serial, bool system1904)
{
    double days = system1904 ? serial + k1904OffsetDays : serial;
    // Lotus 1-2-3 counted 1900 as a leap year and Excel kept it: serials 1-59 are one day early
    // against the real calendar. openpyxl (and so pandas) shifts them and reads 60, the day that
    // never was, as 1900-02-28.
    if (!system1904 && days > 0 && days < 60)
        days += 1;
    const double microseconds = std::round((days - kExcelEpochDays) * 86400e6);
    return microseconds / 1e6;
}

void checkCellPlace(std::size_t row, std::size_t column, std::size_t cellsKept, std::size_t maxCells,
    const std::string& source, const std::string& sheet)
{
    if (row >= kMaxSheetRows || column >= kMaxSheetColumns)
        throw InputError(source, 0, 0,
            Message { MessageId::SheetCellBeyondLimits,
                { sheet, MessageArg::integer(row + 1), MessageArg::integer(column + 1),
                    MessageArg::integer(kMaxSheetRows), MessageArg::integer(kMaxSheetColumns) },
                {} });
    if (cellsKept >= maxCells)
        throw InputError(
            source, 0, 0, Message { MessageId::SheetTooManyCells, { sheet, MessageArg::integer(maxCells) }, {} });
}

bool isWorkbookPath(std::string_view path)
{
    const auto endsWith = [&](std::string_view suffix) {
        return path.size() >= suffix.size()
            && std::equal(suffix.begin(), suffix.end(), path.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
    };
    return endsWith(".xlsx") || endsWith(".ods");
}

std::string sheetSource(const std::string& file, const std::string& sheet)
{
    return file + " (sheet " + sheet + ")";
}

std::vector<SheetInfo> listSheets(std::string_view bytes, const std::string& source)
{
    SheetRequest request;
    request.sheet = "\n"; // no sheet has this name: count rows, keep no cells
    request.maxCells = std::numeric_limits<std::size_t>::max();
    std::vector<SheetInfo> sheets;
    for (const SheetGrid& grid : readGrids(bytes, request, source, kMaxWorkbookPartBytes))
        sheets.push_back({ grid.name, grid.rows });
    return sheets;
}

std::string readSheetAsCsv(std::string_view bytes, const WorkbookReadOptions& options, const std::string& source,
    std::string* sheetName, bool* hasHeader)
{
    SheetRequest request;
    request.sheet = options.sheet;
    request.maxCells = options.maxCells;
    const std::vector<SheetGrid> grids = readGrids(bytes, request, source, options.maxPartBytes);
    const SheetGrid& grid = chooseSheet(grids, options.sheet, source);
    if (sheetName)
        *sheetName = grid.name;
    if (grid.cells.empty())
        throw InputError(source, 0, 0, Message { MessageId::SheetEmpty, { grid.name }, {} });

    std::size_t firstRow = std::numeric_limits<std::size_t>::max();
    std::size_t lastRow = 0;
    std::size_t columnCount = 0;
    for (const SheetCell& cell : grid.cells) {
        firstRow = std::min(firstRow, cell.row);
        lastRow = std::max(lastRow, cell.row);
        columnCount = std::max(columnCount, cell.column + 1);
    }
    const std::size_t rowCount = lastRow - firstRow + 1;
    if (rowCount > options.maxCells / columnCount)
        throw InputError(source, 0, 0,
            Message { MessageId::SheetTooLarge,
                { grid.name, MessageArg::integer(rowCount), MessageArg::integer(columnCount),
                    MessageArg::integer(options.maxCells) },
                {} });
    checkFitsInMemory(source, static_cast<std::uint64_t>(rowCount) * columnCount * sizeof(std::uintptr_t),
        Message { MessageId::MemorySheet, { grid.name }, {} });
    std::vector<const SheetCell*> table(rowCount * columnCount, nullptr);
    for (const SheetCell& cell : grid.cells)
        table[(cell.row - firstRow) * columnCount + cell.column] = &cell;

    // A header when every cell of the first row is text and there is a row below it, as pandas'
    // default header=0 reads a sheet whose first row names the columns.
    bool header = options.hasHeader.value_or(false);
    if (!options.hasHeader) {
        header = rowCount > 1;
        for (std::size_t c = 0; c < columnCount && header; ++c)
            header = table[c] == nullptr || table[c]->kind == SheetCellKind::Text;
    }
    if (hasHeader)
        *hasHeader = header;
    std::string csv;
    for (std::size_t r = 0; r < rowCount; ++r) {
        for (std::size_t c = 0; c < columnCount; ++c) {
            if (c > 0)
                csv += ',';
            const SheetCell* cell = table[r * columnCount + c];
            if (cell == nullptr)
                continue;
            if (cell->kind == SheetCellKind::Number) {
                csv += shortestNumber(cell->number);
            } else {
                // Text is always quoted, so that a text cell "1.5" or "nan" stays text.
                std::string quoted = "\"";
                for (char ch : cell->text) {
                    quoted += ch;
                    if (ch == '"')
                        quoted += '"';
                }
                csv += quoted + '"';
            }
        }
        csv += '\n';
    }
    return csv;
}

CsvTable readSheet(std::string_view bytes, const WorkbookReadOptions& options, const std::string& source)
{
    std::string name;
    bool header = false;
    const std::string csv = readSheetAsCsv(bytes, options, source, &name, &header);
    CsvReadOptions csvOptions;
    csvOptions.delimiter = ',';
    csvOptions.hasHeader = header;
    csvOptions.decimalComma = false;
    return readCsv(csv, csvOptions, sheetSource(source, name));
}

CsvTable readSheetFile(const std::string& path, const WorkbookReadOptions& options)
{
    return readSheet(readWholeFile(path), options, path);
}

} // namespace tangent
