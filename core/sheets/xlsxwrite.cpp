// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sheets/xlsxwrite.h"

#include "core/errors.h"
#include "core/io/atomicfile.h"
#include "core/io/csv.h"
#include "core/io/fileio.h"
#include "core/time/datetime.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>

#include <unistd.h>
#include <xlsxwriter.h>

namespace tangent {
namespace {

constexpr std::size_t kMaxXlsxColumns = 16'384;
constexpr double kExcelEpochDays = 25569.0; ///< 1970-01-01 as an Excel 1900-system serial
constexpr double kFirstTrueSerial = 61.0; ///< 1900-03-01: serials below it count 1900-02-29

/// A temporary file for libxlsxwriter to build the workbook in, removed on destruction.
class TemporaryFile {
public:
    TemporaryFile()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "tangent-xlsx-XXXXXX").string();
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0)
            throw InputError("cannot create a temporary file for the workbook");
        ::close(fd);
        m_path = pattern;
    }
    ~TemporaryFile() { std::remove(m_path.c_str()); }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

/// Excel serial (1900 system) of seconds since 1970, or nullopt before 1900-03-01 where the
/// serials are off by the 1900-02-29 that never was.
std::optional<double> excelSerial(double seconds)
{
    const double serial = seconds / 86400.0 + kExcelEpochDays;
    if (!(serial >= kFirstTrueSerial))
        return std::nullopt;
    return serial;
}

struct Workbook {
    lxw_workbook* book = nullptr;
    ~Workbook()
    {
        // Closing writes the file; an unclosed workbook after an error is freed by closing too.
        if (book != nullptr)
            workbook_close(book);
    }
};

void check(lxw_error error, const std::string& path)
{
    if (error != LXW_NO_ERROR)
        throw InputError(path, 0, 0, std::string("cannot write the workbook: ") + lxw_strerror(error));
}

void writeSheets(lxw_workbook* book, const CsvTable& table, const std::string& path)
{
    lxw_worksheet* data = workbook_add_worksheet(book, "derivative");
    lxw_worksheet* provenance = workbook_add_worksheet(book, "provenance");
    lxw_format* dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format* dateTimeFormat = workbook_add_format(book);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm:ss");
    if (data == nullptr || provenance == nullptr || dateFormat == nullptr || dateTimeFormat == nullptr)
        throw InputError(path, 0, 0, "cannot write the workbook: out of memory");

    // Dates become serials only when every one can; a column with a date before 1900-03-01
    // stays text, as Excel has no serial for it.
    struct Column {
        const CsvColumn* source;
        std::vector<double> serials;
        lxw_format* format = nullptr;
    };
    std::vector<Column> columns;
    for (const CsvColumn& column : table.columns) {
        Column out { &column, {}, nullptr };
        if (!column.numeric && looksLikeDates(column.text)) {
            bool ok = true;
            bool withTime = false;
            for (const std::string& cell : column.text) {
                const std::optional<double> seconds = parseDateTime(cell);
                if (!seconds) {
                    out.serials.push_back(std::nan(""));
                    continue;
                }
                const std::optional<double> serial = excelSerial(*seconds);
                ok = ok && serial.has_value();
                withTime = withTime || std::fmod(*seconds, 86400.0) != 0;
                out.serials.push_back(serial.value_or(0));
            }
            if (ok)
                out.format = withTime ? dateTimeFormat : dateFormat;
            else
                out.serials.clear();
        }
        columns.push_back(std::move(out));
    }

    // constant_memory mode wants cells row by row.
    for (std::size_t c = 0; c < columns.size(); ++c)
        check(
            worksheet_write_string(data, 0, static_cast<lxw_col_t>(c), columns[c].source->name.c_str(), nullptr), path);
    for (std::size_t r = 0; r < table.rowCount; ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const Column& column = columns[c];
            const auto col = static_cast<lxw_col_t>(c);
            if (column.source->numeric) {
                const double value = column.source->values[r];
                if (std::isfinite(value))
                    check(worksheet_write_number(data, row, col, value, nullptr), path);
                else if (!std::isnan(value))
                    check(worksheet_write_string(data, row, col, value > 0 ? "inf" : "-inf", nullptr), path);
            } else if (column.format != nullptr) {
                if (!std::isnan(column.serials[r]))
                    check(worksheet_write_number(data, row, col, column.serials[r], column.format), path);
            } else if (!column.source->text[r].empty()) {
                check(worksheet_write_string(data, row, col, column.source->text[r].c_str(), nullptr), path);
            }
        }
    }
    for (std::size_t i = 0; i < table.comments.size(); ++i)
        check(worksheet_write_string(
                  provenance, static_cast<lxw_row_t>(i), 0, ("# " + table.comments[i]).c_str(), nullptr),
            path);
}

} // namespace

void writeCsvAsXlsx(std::string_view csv, const std::string& path)
{
    CsvReadOptions options;
    options.delimiter = ',';
    options.hasHeader = true;
    options.decimalComma = false;
    const CsvTable table = readCsv(csv, options, path);
    if (table.rowCount + 1 > kMaxXlsxRows)
        throw InputError(path, 0, 0,
            "the result has " + std::to_string(table.rowCount) + " rows; a worksheet holds "
                + std::to_string(kMaxXlsxRows - 1) + " below its header (write CSV instead)");
    if (table.columns.size() > kMaxXlsxColumns)
        throw InputError(path, 0, 0,
            "the result has " + std::to_string(table.columns.size()) + " columns; a worksheet holds "
                + std::to_string(kMaxXlsxColumns) + " (write CSV instead)");

    const TemporaryFile temporary;
    {
        lxw_workbook_options bookOptions {};
        bookOptions.constant_memory = LXW_TRUE;
        Workbook workbook;
        workbook.book = workbook_new_opt(temporary.path().c_str(), &bookOptions);
        if (workbook.book == nullptr)
            throw InputError(path, 0, 0, "cannot write the workbook: out of memory");
        writeSheets(workbook.book, table, path);
        const lxw_error closed = workbook_close(workbook.book);
        workbook.book = nullptr;
        check(closed, path);
    }
    const std::string bytes = readWholeFile(temporary.path());
    writeFileAtomically(path, [&](std::ostream& out) { out << bytes; });
}

} // namespace tangent
