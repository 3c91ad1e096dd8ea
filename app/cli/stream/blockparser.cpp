// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/blockparser.h"

#include "core/errors.h"
#include "core/io/csvscanner.h"
#include "core/time/datetime.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace tangent {
namespace {

using csvdetail::Field;
using csvdetail::Scanner;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// What to do with each column of a record.
enum class Role : unsigned char { Skip, Number, Date };

[[noreturn]] void throwNotADate(const StreamLayout& layout, const Field& field, std::size_t column)
{
    throw InputError(layout.source, field.line, column + 1,
        "'" + field.text() + "' is not a date, but the column '" + layout.names[column]
            + "' held dates in the first block of the file, from which its layout was "
            + "detected; fix the cell, or write NA for a missing value");
}

[[noreturn]] void throwFieldCount(const StreamLayout& layout, std::size_t line, std::size_t found)
{
    throw InputError(layout.source, line, std::min(found, layout.columnCount) + 1,
        "this row has " + std::to_string(found) + " fields but the first block of the file has "
            + std::to_string(layout.columnCount)
            + "; check this row for a missing or extra separator, and put quotes around values "
              "that contain one");
}

double dateCell(const StreamLayout& layout, const Field& field, std::size_t column, RowBlock& block)
{
    const std::string text = field.text();
    block.xText += text;
    block.xTextEnd.push_back(block.xText.size());
    const std::string_view trimmed = csvdetail::trim(text);
    if (csvdetail::isNaToken(trimmed))
        return kNaN;
    if (const auto seconds = parseDateTime(trimmed))
        return *seconds / layout.secondsPerUnit;
    throwNotADate(layout, field, column);
}

constexpr std::size_t kNoSlot = std::numeric_limits<std::size_t>::max();

/// What each column of a record is read as, and for y columns where the value goes.
class RecordReader {
public:
    explicit RecordReader(const StreamLayout& layout)
        : m_layout(layout), m_role(layout.columnCount, Role::Skip), m_ySlot(layout.columnCount, kNoSlot)
    {
        if (layout.x)
            m_role[*layout.x] = layout.xIsDate ? Role::Date : Role::Number;
        for (std::size_t k = 0; k < layout.ys.size(); ++k) {
            m_role[layout.ys[k]] = Role::Number;
            m_ySlot[layout.ys[k]] = k;
        }
    }

    /// Reads one record (the scanner at its start) into `block`.
    void read(Scanner& scanner, RowBlock& block)
    {
        scanner.beginRecord();
        const std::size_t recordLine = scanner.line();
        for (std::size_t column = 0;; ++column) {
            if (column >= m_layout.columnCount)
                throwFieldCount(m_layout, recordLine, countRest(scanner, column));
            if (m_role[column] == Role::Number) {
                double value = 0.0;
                if (m_layout.decimalComma || !scanner.tryFastNumber(value)) {
                    scanner.readField(m_field, column + 1);
                    value = numberCell(column, block);
                }
                store(block, column, value);
            } else {
                scanner.readField(m_field, column + 1);
                if (m_role[column] == Role::Date)
                    block.x.push_back(dateCell(m_layout, m_field, column, block));
            }
            if (scanner.endField()) {
                if (column + 1 != m_layout.columnCount)
                    throwFieldCount(m_layout, recordLine, column + 1);
                break;
            }
        }
        ++block.rows;
    }

    /// A blank line of a one-column table: a missing value.
    void readBlank(RowBlock& block)
    {
        store(block, 0, kNaN);
        ++block.rows;
    }

private:
    /// The value of a number cell the fast path could not read: the core's decoding, or NaN and a
    /// note in the block (the first of its column) for a cell that is no number.
    double numberCell(std::size_t column, RowBlock& block)
    {
        if (const auto value = csvdetail::numberCellValue(m_field, m_layout.decimalComma))
            return *value;
        if (std::ranges::find(block.badCells, column, &BadCell::column) == block.badCells.end())
            block.badCells.push_back({ column, m_field.line, block.rows, m_field.text() });
        return kNaN;
    }

    /// A y column may also be x (--y naming the x column); the value goes to both.
    void store(RowBlock& block, std::size_t column, double value) const
    {
        if (column == m_layout.x)
            block.x.push_back(value);
        if (m_ySlot[column] != kNoSlot)
            block.ys[m_ySlot[column]].push_back(value);
    }

    /// The number of fields of an over-long record, for its message.
    std::size_t countRest(Scanner& scanner, std::size_t found)
    {
        for (bool ended = false; !ended; ++found) {
            scanner.readField(m_field, found + 1);
            ended = scanner.endField();
        }
        return found;
    }

    const StreamLayout& m_layout;
    std::vector<Role> m_role;
    std::vector<std::size_t> m_ySlot;
    Field m_field;
};

} // namespace

void RowBlock::clear(std::size_t yCount)
{
    rows = 0;
    x.clear();
    xText.clear();
    xTextEnd.clear();
    ys.resize(yCount);
    for (auto& y : ys)
        y.clear();
    badCells.clear();
}

std::size_t wholeRecordsEnd(std::string_view text) noexcept
{
    if (std::memchr(text.data(), '"', text.size()) == nullptr) {
        const std::size_t end = text.find_last_of('\n');
        if (end == std::string_view::npos)
            return text.find_last_of('\r') == std::string_view::npos ? 0 : text.find_last_of('\r') + 1;
        return end + 1;
    }
    bool quoted = false;
    std::size_t end = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"')
            quoted = !quoted;
        else if (text[i] == '\n' && !quoted)
            end = i + 1;
    }
    return end;
}

std::size_t parseBlock(
    std::string_view text, bool final, std::size_t& line, const StreamLayout& layout, RowBlock& block)
{
    RecordReader reader(layout);
    // Room for every record at once (at most a line each): no vector grows and copies as it fills.
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    if (layout.x)
        block.x.reserve(block.x.size() + lines);
    for (auto& y : block.ys)
        y.reserve(y.size() + lines);
    Scanner scanner(text, layout.delimiter, line, layout.source);
    const auto consumed = [&] { return text.size() - scanner.rest().size(); };
    std::size_t done = 0;
    while (!scanner.atEnd()) {
        if (!scanner.atBlankLine()) {
            reader.read(scanner, block);
        } else if (scanner.restIsBlank()) {
            // Blank to the end: the file's end, or (when more comes) a blank line inside it.
            if (final)
                done = text.size();
            break;
        } else if (layout.columnCount > 1) {
            throw InputError(layout.source, scanner.line(), 0,
                "this line is blank but the table has " + std::to_string(layout.columnCount)
                    + " columns; delete the line, or write NA for each missing value");
        } else {
            scanner.skipLine();
            reader.readBlank(block);
        }
        done = consumed();
    }
    line = scanner.line();
    return done;
}

void dropYColumns(StreamLayout& layout, std::vector<std::string>& names, const std::vector<std::size_t>& slots)
{
    const std::size_t first = layout.x ? 1 : 0;
    for (std::size_t k = slots.size(); k-- > 0;) { // from the last, so earlier positions hold
        const std::size_t slot = slots[k];
        layout.ys.erase(layout.ys.begin() + static_cast<std::ptrdiff_t>(slot));
        const auto name = names.begin() + static_cast<std::ptrdiff_t>(first + 2 * slot);
        names.erase(name, name + 2);
    }
}

const RowBlock& withoutYColumns(const RowBlock& block, const std::vector<std::size_t>& leftOut, RowBlock& scratch)
{
    if (leftOut.empty())
        return block;
    scratch.rows = block.rows;
    scratch.x = block.x;
    scratch.xText = block.xText;
    scratch.xTextEnd = block.xTextEnd;
    scratch.ys.clear();
    for (std::size_t slot = 0; slot < block.ys.size(); ++slot) {
        if (std::find(leftOut.begin(), leftOut.end(), slot) == leftOut.end())
            scratch.ys.push_back(block.ys[slot]);
    }
    return scratch;
}

} // namespace tangent
