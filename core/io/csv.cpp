// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv.h"

#include "core/errors.h"
#include "core/io/csvdetect.h"
#include "core/io/csvscanner.h"
#include "core/io/fileio.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <thread>

#include <sys/stat.h>

namespace tangent {
namespace {

using csvdetail::Detection;
using csvdetail::Field;
using csvdetail::Scanner;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Skips a UTF-8 byte order mark, then leading blank lines and '#' comment lines (collected
/// without the '#' and one following space). Advances `line` past what it skipped.
std::string_view skipPreamble(
    std::string_view text, std::size_t& line, std::vector<std::string>& comments, const std::string& source)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    while (!text.empty()) {
        std::size_t end = text.find_first_of("\r\n");
        std::string_view content = text.substr(0, end);
        const bool comment = content.starts_with('#');
        if (!comment && !csvdetail::trim(content).empty())
            break;
        if (comment && content.size() > kMaxCsvRowBytes) {
            throw InputError(source, line, 0,
                Message { MessageId::CommentLineTooLong, { MessageArg::integer(kMaxCsvRowBytes >> 20U) }, {} });
        }
        if (comment) {
            content.remove_prefix(content.starts_with("# ") ? 2 : 1);
            comments.emplace_back(content);
        }
        if (end == std::string_view::npos) {
            end = text.size();
        } else {
            end += (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1;
            ++line;
        }
        text.remove_prefix(end);
    }
    return text;
}

/// A guess at the number of rows left, from the length of the next few lines.
std::size_t estimateRows(std::string_view rest)
{
    std::size_t lines = 0;
    std::size_t pos = 0;
    while (lines < 16 && pos < rest.size()) {
        const std::size_t end = rest.find('\n', pos);
        pos = end == std::string_view::npos ? rest.size() : end + 1;
        ++lines;
    }
    return lines == 0 ? 0 : rest.size() / std::max<std::size_t>(pos / lines, 1) + 16;
}

/// The value of a cell that the fast path could not read; sets `isText` if it is no number.
double slowCellValue(const Field& field, bool decimalComma, bool& isText)
{
    if (const auto value = csvdetail::numberCellValue(field, decimalComma))
        return *value;
    isText = true;
    return kNaN;
}

[[noreturn]] void throwRagged(Scanner& scanner, const std::string& source, std::size_t recordLine, std::size_t found,
    bool ended, const Detection& detection, std::size_t expected, std::size_t firstLine)
{
    // Count the rest of an over-long record so the message can say how many fields it has.
    Field field;
    while (!ended) {
        scanner.readField(field, found + 1);
        ++found;
        ended = scanner.endField();
    }
    const std::string delimiter = csvdetail::describeDelimiter(detection.delimiter);
    const Message reference { detection.hasHeader ? MessageId::HeaderAtLine : MessageId::FirstRowAtLine,
        { MessageArg::integer(firstLine) }, {} };
    Message message = found == 1
        ? Message { MessageId::RaggedRowOneField, { MessageArg::integer(expected), delimiter }, { reference } }
        : Message { MessageId::RaggedRowFields,
              { MessageArg::integer(found), MessageArg::integer(expected), delimiter }, { reference } };
    throw InputError(source, recordLine, std::min(found, expected) + 1, std::move(message));
}

[[noreturn]] void throwBlankLine(const std::string& source, std::size_t line, std::size_t columns)
{
    throw InputError(source, line, 0, Message { MessageId::BlankLineInTable, { MessageArg::integer(columns) }, {} });
}

/// Everything the row loops need to know, shared by the numeric and the text pass.
struct Layout {
    const std::string& source;
    const Detection& detection;
    std::size_t columnCount;
    std::size_t firstLine; ///< the line the field count was taken from
    const CsvReadOptions& options; ///< for its progress callback and finished hook
    const char* base; ///< the start of the text readCsv was given, for the finished hook's offsets
};

constexpr std::size_t kRowsPerReport = 65536;

/// Called by readNumbers every kRowsPerReport rows and at the end, with its scanner.
using ReportFn = std::function<void(const Scanner&)>;

/// Tells options.finished that the text from `from` up to the scanner's position is read.
void reportFinished(const Layout& layout, const char*& from, const Scanner& scanner)
{
    const char* to = scanner.rest().data();
    if (layout.options.finished && to > from) {
        layout.options.finished(
            static_cast<std::size_t>(from - layout.base), static_cast<std::size_t>(to - layout.base));
        from = to;
    }
}

/// Tells options.progress how far the read is; throws ReadCancelled if it says stop.
void reportProgress(const Layout& layout, std::size_t done, std::size_t total)
{
    if (layout.options.progress && !layout.options.progress(done, total))
        throw ReadCancelled();
}

/// Reads every data row as numbers; a cell that is no number marks its column as text (by line).
std::size_t readNumbers(Scanner& scanner, const Layout& layout, std::vector<std::vector<double>>& values,
    std::vector<std::size_t>& firstTextLine, const ReportFn& report)
{
    const bool fast = !layout.detection.decimalComma;
    const std::size_t columnCount = layout.columnCount;
    std::size_t rows = 0;
    Field field;
    while (!scanner.atEnd()) {
        if (scanner.atBlankLine()) {
            if (scanner.restIsBlank())
                break;
            if (columnCount > 1)
                throwBlankLine(layout.source, scanner.line(), columnCount);
            scanner.skipLine();
            values[0].push_back(kNaN);
            ++rows;
            continue;
        }
        scanner.beginRecord();
        const std::size_t recordLine = scanner.line();
        for (std::size_t column = 0;; ++column) {
            double value = 0.0;
            if (!fast || !scanner.tryFastNumber(value)) {
                scanner.readField(field, column + 1);
                scanner.checkRecordLength(column + 1);
                bool isText = false;
                value = slowCellValue(field, layout.detection.decimalComma, isText);
                if (isText && firstTextLine[column] == 0)
                    firstTextLine[column] = field.line;
            }
            values[column].push_back(value);
            const bool ended = scanner.endField();
            if (ended != (column + 1 == columnCount)) {
                throwRagged(scanner, layout.source, recordLine, column + 1, ended, layout.detection, columnCount,
                    layout.firstLine);
            }
            if (ended)
                break;
        }
        if (++rows % kRowsPerReport == 0)
            report(scanner);
    }
    report(scanner);
    return rows;
}

/// The number pass in one thread over the rest of `scanner`.
std::size_t readNumbersSerially(Scanner& scanner, const Layout& layout, std::vector<std::vector<double>>& values,
    std::vector<std::size_t>& firstTextLine)
{
    const std::size_t total = scanner.rest().size();
    const char* from = scanner.rest().data();
    return readNumbers(scanner, layout, values, firstTextLine, [&](const Scanner& s) {
        reportFinished(layout, from, s);
        reportProgress(layout, total - s.rest().size(), total);
    });
}

/// Where the second half of the rows starts: just past the first line break after the middle; 0
/// when the text is smaller than `parallelBytes` or the machine has one core.
std::size_t splitPoint(std::string_view rows, std::size_t parallelBytes)
{
    if (rows.size() < parallelBytes || std::thread::hardware_concurrency() < 2)
        return 0;
    const std::size_t end = rows.find('\n', rows.size() / 2);
    return end == std::string_view::npos || end + 1 == rows.size() ? 0 : end + 1;
}

/// The second half of the rows, parsed on a helper thread with line numbers counted from 1.
struct HelperHalf {
    std::vector<std::vector<double>> values;
    std::vector<std::size_t> firstTextLine;
    std::size_t rows = 0;
    std::exception_ptr error;
    std::atomic<std::size_t> done { 0 }; ///< bytes parsed, for the progress
    std::atomic<bool> stop { false }; ///< set by the first half to abandon this one
    std::atomic<bool> ended { false };
};

void readHelperHalf(std::string_view text, const Layout& layout, HelperHalf& half)
{
    try {
        Scanner scanner(text, layout.detection.delimiter, 1, layout.source);
        const char* from = text.data();
        half.rows = readNumbers(scanner, layout, half.values, half.firstTextLine, [&](const Scanner& s) {
            reportFinished(layout, from, s);
            half.done.store(text.size() - s.rest().size(), std::memory_order_relaxed);
            if (half.stop.load(std::memory_order_relaxed))
                throw ReadCancelled();
        });
    } catch (...) {
        half.error = std::current_exception();
    }
    half.ended.store(true);
}

/// Appends the helper's columns to `values` (freeing each as it goes, so that the whole table
/// never exists twice) and its text-cell lines, now that the line the half starts on is known.
void appendHalf(HelperHalf& half, std::size_t startLine, std::vector<std::vector<double>>& values,
    std::vector<std::size_t>& firstTextLine)
{
    for (std::size_t c = 0; c < values.size(); ++c) {
        values[c].insert(values[c].end(), half.values[c].begin(), half.values[c].end());
        std::vector<double>().swap(half.values[c]);
        if (firstTextLine[c] == 0 && half.firstTextLine[c] != 0)
            firstTextLine[c] = half.firstTextLine[c] - 1 + startLine;
    }
}

/// The number pass, on two threads when the rows are big: this thread reads the first half while a
/// helper reads the second. The halves are joined only when the first one ended cleanly exactly at
/// the split (so the split was a record boundary: not inside a quoted field, not in trailing blank
/// lines); otherwise everything is read again in one pass. If only the helper failed, the second
/// half is read again after the first, so that its message names the right line.
std::size_t readAllNumbers(Scanner& scanner, const Layout& layout, std::vector<std::vector<double>>& values,
    std::vector<std::size_t>& firstTextLine)
{
    const std::string_view rows = scanner.rest();
    const std::size_t split = splitPoint(rows, layout.options.parallelBytes);
    if (split == 0)
        return readNumbersSerially(scanner, layout, values, firstTextLine);

    HelperHalf half;
    half.values.resize(layout.columnCount);
    half.firstTextLine.assign(layout.columnCount, 0);
    for (auto& column : half.values)
        column.reserve(estimateRows(rows.substr(split)));
    std::jthread helper([&] { readHelperHalf(rows.substr(split), layout, half); });

    Scanner first(rows.substr(0, split), layout.detection.delimiter, scanner.line(), layout.source);
    const char* from = rows.data();
    const auto report = [&](const Scanner& s) {
        reportFinished(layout, from, s);
        reportProgress(layout, split - s.rest().size() + half.done.load(std::memory_order_relaxed), rows.size());
    };
    std::size_t count = 0;
    bool clean = false;
    try {
        try {
            count = readNumbers(first, layout, values, firstTextLine, report);
            clean = first.atEnd();
        } catch (const InputError&) {
            clean = false; // maybe only because of the split; the one-pass read decides
        }
        half.stop.store(!clean);
        while (clean && !half.ended.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            report(first); // progress (and a chance to cancel) while the helper finishes
        }
    } catch (...) {
        half.stop.store(true);
        throw;
    }
    helper.join();

    if (!clean) {
        for (std::vector<double>& column : values)
            column.clear();
        firstTextLine.assign(layout.columnCount, 0);
        return readNumbersSerially(scanner, layout, values, firstTextLine);
    }
    if (half.error) {
        Scanner second(rows.substr(split), layout.detection.delimiter, first.line(), layout.source);
        return count + readNumbersSerially(second, layout, values, firstTextLine);
    }
    appendHalf(half, first.line(), values, firstTextLine);
    return count + half.rows;
}

/// Second pass for tables with text columns: the text of every cell of those columns.
void readTexts(Scanner scanner, const Layout& layout, std::vector<CsvColumn>& columns)
{
    Field field;
    while (!scanner.atEnd()) {
        if (scanner.atBlankLine()) {
            if (scanner.restIsBlank())
                break;
            scanner.skipLine();
            columns[0].text.emplace_back(); // only a single-column table gets here
            continue;
        }
        scanner.beginRecord();
        for (std::size_t column = 0; column < layout.columnCount; ++column) {
            scanner.readField(field, column + 1);
            if (!columns[column].numeric)
                columns[column].text.push_back(field.text());
            scanner.endField();
        }
    }
}

/// Column names from the header record, "column N" where there is none or it is empty.
std::vector<std::string> columnNames(const std::vector<Field>& header, std::size_t columnCount)
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < columnCount; ++i) {
        std::string name = i < header.size() ? header[i].text() : std::string();
        names.push_back(name.empty() ? "column " + std::to_string(i + 1) : name);
    }
    return names;
}

} // namespace

std::optional<std::size_t> CsvTable::findColumn(std::string_view nameOrIndex) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].name == nameOrIndex)
            return i;
    }
    std::size_t index = 0;
    const char* end = nameOrIndex.data() + nameOrIndex.size();
    const auto [ptr, ec] = std::from_chars(nameOrIndex.data(), end, index);
    if (nameOrIndex.empty() || ec != std::errc() || ptr != end || index == 0 || index > columns.size())
        return std::nullopt;
    return index - 1;
}

CsvTable readCsv(std::string_view text, const CsvReadOptions& options, const std::string& source)
{
    const char* const base = text.data();
    CsvTable table;
    std::size_t line = 1;
    text = skipPreamble(text, line, table.comments, source);
    if (text.empty()) {
        throw InputError(
            source, 0, 0, Message { table.comments.empty() ? MessageId::FileEmpty : MessageId::OnlyComments, {}, {} });
    }

    const Detection detection = csvdetail::detectFormat(text, line, options, source);
    table.delimiter = detection.delimiter;
    table.decimalComma = detection.decimalComma;
    table.delimiterCertain = detection.delimiterCertain;
    table.hasHeader = detection.hasHeader;
    table.headerCertain = detection.headerCertain;

    Scanner scanner(text, detection.delimiter, line, source);
    std::vector<Field> firstRecord;
    {
        Scanner probe = scanner;
        probe.readRecord(firstRecord);
        if (detection.hasHeader)
            scanner = probe;
    }
    const std::size_t columnCount = firstRecord.size();
    const std::vector<std::string> names
        = columnNames(detection.hasHeader ? firstRecord : std::vector<Field> {}, columnCount);
    table.firstDataLine = scanner.line();

    const Layout layout { source, detection, columnCount, line, options, base };
    std::vector<std::vector<double>> values(columnCount);
    const std::size_t expectedRows = estimateRows(scanner.rest());
    checkFitsInMemory(source, static_cast<std::uint64_t>(expectedRows) * columnCount * sizeof(double),
        columnCount == 1 ? Message { MessageId::MemoryRowsOfOneColumn, { MessageArg::integer(expectedRows) }, {} }
                         : Message { MessageId::MemoryRowsOfColumns,
                             { MessageArg::integer(expectedRows), MessageArg::integer(columnCount) }, {} });
    for (auto& column : values)
        column.reserve(expectedRows);
    std::vector<std::size_t> firstTextLine(columnCount, 0);
    const Scanner dataStart = scanner;
    table.rowCount = readAllNumbers(scanner, layout, values, firstTextLine);
    if (table.rowCount == 0) {
        throw InputError(source, line, 0, Message { MessageId::HeaderWithoutRows, {}, {} });
    }

    bool anyText = false;
    table.columns.resize(columnCount);
    for (std::size_t i = 0; i < columnCount; ++i) {
        CsvColumn& column = table.columns[i];
        column.name = names[i];
        column.numeric = firstTextLine[i] == 0;
        column.firstTextRow = firstTextLine[i];
        if (column.numeric)
            column.values = std::move(values[i]);
        anyText = anyText || !column.numeric;
    }
    if (anyText) {
        const auto textColumns = static_cast<std::size_t>(
            std::count_if(table.columns.begin(), table.columns.end(), [](const CsvColumn& c) { return !c.numeric; }));
        checkFitsInMemory(source, static_cast<std::uint64_t>(table.rowCount) * textColumns * sizeof(std::string),
            Message { MessageId::MemoryTextColumns, { MessageArg::integer(textColumns) }, {} });
        readTexts(dataStart, layout, table.columns);
    }
    return table;
}

CsvTable readCsvFile(const std::string& path, const CsvReadOptions& options)
{
    const bool useStdin = path == "-";
    const std::string source = useStdin ? "<stdin>" : path;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(
        useStdin ? stdin : std::fopen(path.c_str(), "rb"), useStdin ? [](std::FILE*) { return 0; } : &std::fclose);
    if (!file)
        throw InputError(source, 0, 0, Message { MessageId::CannotOpenFile, {}, { systemReason(errno) } });

    // Regular files are read in one go; pipes and stdin grow the buffer as they go.
    struct stat info { };
    const bool sized = ::fstat(::fileno(file.get()), &info) == 0 && S_ISREG(info.st_mode);
    if (sized)
        checkFitsInMemory(
            source, static_cast<std::uint64_t>(info.st_size), Message { MessageId::MemoryReadingIt, {}, {} });
    std::string text(sized ? static_cast<std::size_t>(info.st_size) + 1 : std::size_t { 1 } << 16, '\0');
    std::size_t size = 0;
    for (;;) {
        if (size == text.size())
            text.resize(text.size() * 2);
        const std::size_t got = std::fread(text.data() + size, 1, text.size() - size, file.get());
        size += got;
        if (got == 0)
            break;
    }
    if (std::ferror(file.get()))
        throw InputError(source, 0, 0, Message { MessageId::CannotReadFile, {}, { systemReason(errno) } });
    text.resize(size);
    return readCsv(text, options, source);
}

} // namespace tangent
