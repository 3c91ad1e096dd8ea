#include "core/cli/blockparser.h"

#include "core/csvscanner.h"
#include "core/datetime.h"
#include "core/errors.h"
#include "core/numberformat.h"

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

[[noreturn]] void throwContradiction(
    const StreamLayout& layout, const Field& field, std::size_t column, const char* expected)
{
    throw InputError(layout.source, field.line, column + 1,
        "'" + field.text() + "' is not " + expected + ", but the column '" + layout.names[column] + "' held " + expected
            + "s in the first block of the file, from which its layout was "
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

double numberCell(const StreamLayout& layout, const Field& field, std::size_t column)
{
    std::string unescaped;
    std::string_view text = field.raw;
    if (field.escapedQuotes) {
        unescaped = field.text();
        text = unescaped;
    }
    text = csvdetail::trim(text);
    if (csvdetail::isNaToken(text))
        return kNaN;
    if (const auto value = parseDouble(text, layout.decimalComma))
        return *value;
    throwContradiction(layout, field, column, "a number");
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
    throwContradiction(layout, field, column, "a date");
}

std::vector<Role> roles(const StreamLayout& layout, std::vector<std::size_t>& ySlot)
{
    std::vector<Role> out(layout.columnCount, Role::Skip);
    ySlot.assign(layout.columnCount, 0);
    if (layout.x)
        out[*layout.x] = layout.xIsDate ? Role::Date : Role::Number;
    for (std::size_t k = 0; k < layout.ys.size(); ++k) {
        out[layout.ys[k]] = Role::Number;
        ySlot[layout.ys[k]] = k;
    }
    return out;
}

/// A y column may also be x (--y naming the x column); the value goes to both.
void store(const StreamLayout& layout, RowBlock& block, std::size_t column, std::size_t slot, double value)
{
    if (column == layout.x)
        block.x.push_back(value);
    if (slot != std::numeric_limits<std::size_t>::max())
        block.ys[slot].push_back(value);
}

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
    std::vector<std::size_t> ySlot;
    const std::vector<Role> role = roles(layout, ySlot);
    for (std::size_t c = 0; c < layout.columnCount; ++c)
        if (role[c] == Role::Number && std::find(layout.ys.begin(), layout.ys.end(), c) == layout.ys.end())
            ySlot[c] = std::numeric_limits<std::size_t>::max();
    const bool fast = !layout.decimalComma;
    const std::size_t columnCount = layout.columnCount;
    Scanner scanner(text, layout.delimiter, line, layout.source);
    Field field;
    const char* consumed = text.data();
    while (!scanner.atEnd()) {
        if (scanner.atBlankLine()) {
            if (scanner.restIsBlank() && !final)
                break; // the file's end, or a blank line inside it: the next block tells
            if (scanner.restIsBlank())
                return text.size();
            if (columnCount > 1)
                throw InputError(layout.source, scanner.line(), 0,
                    "this line is blank but the table has " + std::to_string(columnCount)
                        + " columns; delete the line, or write NA for each missing value");
            // Only a one-column table gets here: its blank line is a missing value.
            scanner.skipLine();
            store(layout, block, 0, ySlot[0], kNaN);
            ++block.rows;
            consumed = text.data() + (text.size() - scanner.rest().size());
            continue;
        }
        scanner.beginRecord();
        const std::size_t recordLine = scanner.line();
        for (std::size_t column = 0;; ++column) {
            if (column >= columnCount) {
                std::size_t found = column;
                for (bool ended = false; !ended; ++found) {
                    scanner.readField(field, found + 1);
                    ended = scanner.endField();
                }
                throwFieldCount(layout, recordLine, found);
            }
            const Role r = role[column];
            double value = 0.0;
            if (r == Role::Number) {
                if (!fast || !scanner.tryFastNumber(value)) {
                    scanner.readField(field, column + 1);
                    value = numberCell(layout, field, column);
                }
                store(layout, block, column, ySlot[column], value);
            } else {
                scanner.readField(field, column + 1);
                if (r == Role::Date)
                    block.x.push_back(dateCell(layout, field, column, block));
            }
            if (scanner.endField()) {
                if (column + 1 != columnCount)
                    throwFieldCount(layout, recordLine, column + 1);
                break;
            }
        }
        ++block.rows;
        consumed = text.data() + (text.size() - scanner.rest().size());
    }
    line = scanner.line();
    return static_cast<std::size_t>(consumed - text.data());
}

} // namespace tangent
