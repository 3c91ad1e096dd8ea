// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sheets/xlsxwrite.h"

#include "core/errors.h"
#include "core/io/atomicfile.h"
#include "core/io/csv.h"
#include "core/io/fileio.h"
#include "core/sheets/zipparts.h"
#include "core/time/datetime.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>

#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

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
            throw InputError({}, 0, 0, Message { MessageId::WorkbookNoTemporaryFile, {}, {} });
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

/// What libxlsxwriter's `error` says, as a message: an id for the errors writing a file gives,
/// the library's text for the rest.
Message xlsxReason(lxw_error error)
{
    switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return Message { MessageId::XlsxOutOfMemory, {}, {} };
    case LXW_ERROR_CREATING_XLSX_FILE:
        return Message { MessageId::XlsxCannotCreateFile, {}, {} };
    case LXW_ERROR_CREATING_TMPFILE:
        return Message { MessageId::XlsxCannotCreateTemporary, {}, {} };
    case LXW_ERROR_READING_TMPFILE:
        return Message { MessageId::XlsxCannotReadTemporary, {}, {} };
    case LXW_ERROR_ZIP_FILE_OPERATION:
        return Message { MessageId::XlsxZipFileOperation, {}, {} };
    case LXW_ERROR_ZIP_FILE_ADD:
        return Message { MessageId::XlsxZipAddFile, {}, {} };
    case LXW_ERROR_ZIP_CLOSE:
        return Message { MessageId::XlsxZipClose, {}, {} };
    default:
        return plainMessage(lxw_strerror(error));
    }
}

void check(lxw_error error, const std::string& path)
{
    if (error != LXW_NO_ERROR)
        throw InputError(path, 0, 0, Message { MessageId::CannotWriteWorkbook, {}, { xlsxReason(error) } });
}

/// Every number written to sheet 1, in the order written (row by row), for exactNumbers.
using WrittenNumbers = std::vector<double>;

void writeSheets(lxw_workbook* book, const CsvTable& table, const std::string& path, WrittenNumbers& written)
{
    lxw_worksheet* data = workbook_add_worksheet(book, "derivative");
    lxw_worksheet* provenance = workbook_add_worksheet(book, "provenance");
    lxw_format* dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format* dateTimeFormat = workbook_add_format(book);
    format_set_num_format(dateTimeFormat, "yyyy-mm-dd hh:mm:ss");
    if (data == nullptr || provenance == nullptr || dateFormat == nullptr || dateTimeFormat == nullptr)
        throw InputError(path, 0, 0, Message { MessageId::WorkbookOutOfMemory, {}, {} });

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
                if (std::isfinite(value)) {
                    check(worksheet_write_number(data, row, col, value, nullptr), path);
                    written.push_back(value);
                } else if (!std::isnan(value))
                    check(worksheet_write_string(data, row, col, value > 0 ? "inf" : "-inf", nullptr), path);
            } else if (column.format != nullptr) {
                if (!std::isnan(column.serials[r])) {
                    check(worksheet_write_number(data, row, col, column.serials[r], column.format), path);
                    written.push_back(column.serials[r]);
                }
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

std::string shortest(double value)
{
    std::array<char, 32> buffer {};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return { buffer.data(), result.ptr };
}

/// libxlsxwriter 1.1 prints numbers with "%.16G", one digit short of a double's 17: 0.1 + 0.2
/// would read back as 0.3, and the largest double as infinity. This rewrites each number of
/// sheet 1's XML (the n-th <v> is the n-th number written; text is inline, without <v>) in its
/// shortest round-trip form, so the workbook holds exactly the values of the CSV output.
void exactNumbers(const std::string& workbookPath, const WrittenNumbers& written, const std::string& path)
{
    int error = 0;
    zip_t* archive = zip_open(workbookPath.c_str(), 0, &error);
    if (archive == nullptr)
        throw InputError(path, 0, 0, Message { MessageId::WorkbookCannotReopen, {}, {} });
    const auto fail = [&](Message what) {
        zip_discard(archive);
        throw InputError(path, 0, 0, Message { MessageId::CannotWriteWorkbook, {}, { std::move(what) } });
    };
    const auto failBecause = [&](MessageId id) { fail(Message { id, {}, {} }); };
    const char* part = "xl/worksheets/sheet1.xml";
    const zip_int64_t index = zip_name_locate(archive, part, 0);
    zip_stat_t stat;
    zip_file_t* file = index < 0 ? nullptr : zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
    if (file == nullptr || zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
        if (file != nullptr)
            zip_fclose(file);
        failBecause(MessageId::WrittenSheetMissing);
    }
    std::string xml(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t got = zip_fread(file, xml.data(), xml.size());
    zip_fclose(file);
    if (got != static_cast<zip_int64_t>(xml.size()))
        failBecause(MessageId::WrittenSheetUnreadable);

    std::string fixed;
    fixed.reserve(xml.size() + written.size() * 2);
    std::size_t from = 0;
    std::size_t n = 0;
    for (std::size_t open = xml.find("<v>"); open != std::string::npos; open = xml.find("<v>", from)) {
        const std::size_t close = xml.find("</v>", open);
        if (close == std::string::npos || n >= written.size())
            failBecause(MessageId::WrittenSheetNumbersDiffer);
        fixed.append(xml, from, open + 3 - from).append(shortest(written[n++]));
        from = close;
    }
    if (n != written.size())
        failBecause(MessageId::WrittenSheetNumbersDiffer);
    fixed.append(xml, from);

    // The buffer must outlive zip_close, which is when libzip reads it.
    zip_source_t* source = zip_source_buffer(archive, fixed.data(), fixed.size(), 0);
    if (source == nullptr || zip_file_replace(archive, static_cast<zip_uint64_t>(index), source, 0) != 0) {
        if (source != nullptr)
            zip_source_free(source);
        fail(zipReason(zip_get_error(archive)));
    }
    if (zip_close(archive) != 0)
        fail(zipReason(zip_get_error(archive)));
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
            Message { MessageId::ResultTooManyRows,
                { MessageArg::integer(table.rowCount), MessageArg::integer(kMaxXlsxRows - 1) }, {} });
    if (table.columns.size() > kMaxXlsxColumns)
        throw InputError(path, 0, 0,
            Message { MessageId::ResultTooManyColumns,
                { MessageArg::integer(table.columns.size()), MessageArg::integer(kMaxXlsxColumns) }, {} });

    const TemporaryFile temporary;
    WrittenNumbers written;
    {
        lxw_workbook_options bookOptions {};
        bookOptions.constant_memory = LXW_TRUE;
        Workbook workbook;
        workbook.book = workbook_new_opt(temporary.path().c_str(), &bookOptions);
        if (workbook.book == nullptr)
            throw InputError(path, 0, 0, Message { MessageId::WorkbookOutOfMemory, {}, {} });
        writeSheets(workbook.book, table, path, written);
        const lxw_error closed = workbook_close(workbook.book);
        workbook.book = nullptr;
        check(closed, path);
    }
    exactNumbers(temporary.path(), written, path);
    const std::string bytes = readWholeFile(temporary.path());
    writeFileAtomically(path, [&](std::ostream& out) { out << bytes; });
}

} // namespace tangent
