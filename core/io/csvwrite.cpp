// SPDX-License-Identifier: GPL-3.0-or-later
// Writing tables as delimited text: csv.h's writeCsv, writeCsvString and quoteCsvField.
#include "core/io/csv.h"

#include "core/io/numberformat.h"

#include <algorithm>
#include <ostream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace tangent {
namespace {

/// Rows are formatted in blocks of about this many bytes, each handed on whole.
constexpr std::size_t kBlockBytes = std::size_t { 4 } << 20;

/// Below this many cells one thread formats everything; above it, blocks are formatted in parallel.
constexpr std::size_t kParallelCells = 200'000;

std::string headerText(std::span<const CsvOutColumn> columns, char delimiter, std::span<const std::string> comments)
{
    std::string text;
    for (const std::string& comment : comments) {
        // A comment with line breaks becomes several comment lines.
        std::size_t start = 0;
        for (;;) {
            const std::size_t end = comment.find('\n', start);
            std::string_view line = std::string_view(comment).substr(start, end - start);
            if (line.ends_with('\r'))
                line.remove_suffix(1);
            text += "# ";
            text += line;
            text += '\n';
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            text += delimiter;
        text += quoteCsvField(columns[i].name, delimiter);
    }
    text += '\n';
    return text;
}

/// Formats rows [first, last) into `out`, which has room for them; returns the length written.
std::size_t formatRows(
    std::span<const CsvOutColumn> columns, char delimiter, std::size_t first, std::size_t last, char* out) noexcept
{
    char* p = out;
    for (std::size_t r = first; r < last; ++r) {
        p = toChars(p, columns[0].values[r]);
        for (std::size_t c = 1; c < columns.size(); ++c) {
            *p++ = delimiter;
            p = toChars(p, columns[c].values[r]);
        }
        *p++ = '\n';
    }
    return static_cast<std::size_t>(p - out);
}

/// Formats rows [first, last) of a table that has text columns, appending to `out`.
void formatRowsWithText(
    std::span<const CsvOutColumn> columns, char delimiter, std::size_t first, std::size_t last, std::string& out)
{
    for (std::size_t r = first; r < last; ++r) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out += delimiter;
            if (columns[c].text.empty())
                appendDouble(out, columns[c].values[r]);
            else
                out += quoteCsvField(columns[c].text[r], delimiter);
        }
        out += '\n';
    }
}

/// Formats the rows block by block, several blocks at once on large tables, and passes each
/// finished block in order to `sink(const char* data, size_t size, size_t rows)`.
template <typename Sink> void writeRows(std::span<const CsvOutColumn> columns, char delimiter, Sink&& sink)
{
    if (columns.empty())
        return;
    const std::size_t rows = columns.front().rows();
    bool hasText = false;
    for (const CsvOutColumn& column : columns) {
        if (column.rows() != rows)
            throw std::invalid_argument("writeCsv: column '" + column.name + "' has a different length");
        hasText = hasText || !column.text.empty();
    }
    if (hasText) {
        // Text cells have no length bound, so these tables (the app's own saves) take a simple path.
        std::string block;
        formatRowsWithText(columns, delimiter, 0, rows, block);
        sink(block.data(), block.size(), std::max<std::size_t>(rows, 1));
        return;
    }
    const std::size_t maxRowChars = columns.size() * (kMaxDoubleChars + 1) + 1;
    const std::size_t blockRows = std::max<std::size_t>(1, kBlockBytes / maxRowChars);
    const std::size_t blocks = (rows + blockRows - 1) / blockRows;
    const std::size_t threads = rows * columns.size() < kParallelCells
        ? 1
        : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    // Buffers are allocated here, so the formatting threads never allocate or throw.
    std::vector<std::string> buffers(std::min(threads, std::max<std::size_t>(blocks, 1)));
    for (std::string& buffer : buffers)
        buffer.resize(blockRows * maxRowChars);
    std::vector<std::size_t> lengths(buffers.size());

    for (std::size_t block = 0; block < blocks; block += buffers.size()) {
        const std::size_t count = std::min(buffers.size(), blocks - block);
        auto format = [&](std::size_t i) {
            const std::size_t first = (block + i) * blockRows;
            lengths[i] = formatRows(columns, delimiter, first, std::min(first + blockRows, rows), buffers[i].data());
        };
        {
            std::vector<std::jthread> workers; // joined on leaving the scope, even by an exception
            for (std::size_t i = 1; i < count; ++i)
                workers.emplace_back(format, i);
            format(0);
        }
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t first = (block + i) * blockRows;
            sink(buffers[i].data(), lengths[i], std::min(first + blockRows, rows) - first);
        }
    }
}

} // namespace

void writeCsv(
    std::ostream& out, std::span<const CsvOutColumn> columns, char delimiter, std::span<const std::string> comments)
{
    const std::string header = headerText(columns, delimiter, comments);
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    writeRows(columns, delimiter, [&out](const char* data, std::size_t size, std::size_t) {
        out.write(data, static_cast<std::streamsize>(size));
    });
}

std::string writeCsvString(std::span<const CsvOutColumn> columns, char delimiter, std::span<const std::string> comments)
{
    std::string text = headerText(columns, delimiter, comments);
    const std::size_t rows = columns.empty() ? 0 : columns.front().rows();
    writeRows(columns, delimiter, [&text, rows](const char* data, std::size_t size, std::size_t blockRows) {
        if (text.capacity() - text.size() < size) {
            // Guess the total from the first block rather than doubling through the whole table.
            text.reserve(text.size() + size + size / blockRows * rows + size / 8);
        }
        text.append(data, size);
    });
    return text;
}

std::string quoteCsvField(std::string_view field, char delimiter)
{
    const bool whitespace = delimiter == ' ';
    const bool needsQuotes = field.find_first_of("\"\r\n") != std::string_view::npos
        || field.find(delimiter) != std::string_view::npos || (whitespace && field.find('\t') != std::string_view::npos)
        || field.starts_with('#') ||
        // Readers trim unquoted spaces at the ends of a field.
        (!field.empty()
            && (field.front() == ' ' || field.front() == '\t' || field.back() == ' ' || field.back() == '\t'));
    if (!needsQuotes)
        return std::string(field);
    std::string quoted = "\"";
    for (char c : field) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

} // namespace tangent
