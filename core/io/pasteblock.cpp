// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/pasteblock.h"

#include "core/io/numberformat.h"
#include "core/time/datetime.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace tangent {
namespace {

/// The code point of the UTF-8 sequence of `length` bytes at `p` (no validation beyond length).
char32_t decode(const unsigned char* p, std::size_t length)
{
    static constexpr std::array<unsigned, 5> kLeadMask = { 0, 0x7FU, 0x1FU, 0x0FU, 0x07U };
    char32_t code = p[0] & kLeadMask[length];
    for (std::size_t i = 1; i < length; ++i)
        code = (code << 6U) | (p[i] & 0x3FU);
    return code;
}

/// White space as QChar::isSpace has it: Unicode's separators plus tab to carriage return and NEL.
bool isUnicodeSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/// Length of a well-formed 1-3 byte UTF-8 sequence starting at text[i], or 0 (spaces above U+FFFF
/// do not exist, so longer and malformed sequences are never spaces).
std::size_t sequenceLength(std::string_view text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80U ? 1 : (lead & 0xE0U) == 0xC0U ? 2 : (lead & 0xF0U) == 0xE0U ? 3 : 0;
    if (length == 0 || i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0U) != 0x80U)
            return 0;
    }
    return length;
}

/// Length of the white space character that ends at text[end - 1], or 0.
std::size_t spaceBefore(std::string_view text, std::size_t end)
{
    for (std::size_t length = 1; length <= 3 && length <= end; ++length) {
        const std::size_t start = end - length;
        if (sequenceLength(text, start) == length) {
            const auto* p = reinterpret_cast<const unsigned char*>(text.data() + start);
            return isUnicodeSpace(decode(p, length)) ? length : 0;
        }
    }
    return 0;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// "1,5" or "12,25": one comma, no point, and not exactly three digits after the comma (which
/// would read as a thousands separator, "1,500").
bool commaCanOnlyBeDecimal(std::string_view cell)
{
    const std::size_t comma = cell.find(',');
    if (comma == std::string_view::npos || cell.find(',', comma + 1) != std::string_view::npos
        || cell.find('.') != std::string_view::npos)
        return false;
    std::size_t digits = 0;
    for (std::size_t i = comma + 1; i < cell.size() && cell[i] >= '0' && cell[i] <= '9'; ++i)
        ++digits;
    return digits != 3;
}

} // namespace

std::vector<std::vector<std::string_view>> splitPastedText(std::string_view text)
{
    std::vector<std::vector<std::string_view>> rows;
    if (text.ends_with("\r\n"))
        text.remove_suffix(2);
    else if (text.ends_with('\n'))
        text.remove_suffix(1);
    if (text.empty())
        return rows;
    for (;;) {
        const std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        if (newline != std::string_view::npos && line.ends_with('\r'))
            line.remove_suffix(1);
        auto& cells = rows.emplace_back();
        for (std::size_t tab = line.find('\t'); tab != std::string_view::npos; tab = line.find('\t')) {
            cells.push_back(line.substr(0, tab));
            line.remove_prefix(tab + 1);
        }
        cells.push_back(line);
        if (newline == std::string_view::npos)
            return rows;
        text.remove_prefix(newline + 1);
    }
}

std::string_view trimPastedCell(std::string_view cell)
{
    for (std::size_t length = 0; !cell.empty() && (length = sequenceLength(cell, 0)) != 0;) {
        if (!isUnicodeSpace(decode(reinterpret_cast<const unsigned char*>(cell.data()), length)))
            break;
        cell.remove_prefix(length);
    }
    while (const std::size_t length = spaceBefore(cell, cell.size()))
        cell.remove_suffix(length);
    return cell;
}

bool isPastedGap(std::string_view trimmedCell)
{
    static constexpr std::array<std::string_view, 5> kGaps = { "na", "n/a", "#n/a", "nan", "null" };
    if (trimmedCell.empty())
        return true;
    return std::any_of(kGaps.begin(), kGaps.end(), [trimmedCell](std::string_view gap) {
        return gap.size() == trimmedCell.size()
            && std::equal(
                gap.begin(), gap.end(), trimmedCell.begin(), [](char a, char b) { return a == asciiLower(b); });
    });
}

std::optional<double> parsePastedNumber(std::string_view cell, const PasteLocale& locale)
{
    const std::string_view text = trimPastedCell(cell);
    if (isPastedGap(text))
        return std::numeric_limits<double>::quiet_NaN();
    if (auto value = parseDouble(text, locale.decimalComma))
        return value;
    if (locale.localeNumber) {
        if (auto value = locale.localeNumber(text))
            return value;
    }
    if (locale.decimalComma)
        return parseDouble(text, false);
    if (commaCanOnlyBeDecimal(text))
        return parseDouble(text, true);
    return std::nullopt;
}

PastedBlock parsePastedBlock(std::string_view text, std::span<const bool> dateColumns, const PasteLocale& locale)
{
    PastedBlock block;
    const auto cells = splitPastedText(text);
    block.rows.reserve(cells.size());
    for (std::size_t r = 0; r < cells.size(); ++r) {
        std::vector<double> row;
        row.reserve(cells[r].size());
        for (std::size_t c = 0; c < cells[r].size(); ++c) {
            const std::string_view cell = trimPastedCell(cells[r][c]);
            const bool date = c < dateColumns.size() && dateColumns[c];
            const std::optional<double> value
                = date && !isPastedGap(cell) ? parseDateTime(cell) : parsePastedNumber(cell, locale);
            if (!value) {
                block.rows.clear();
                block.failed = true;
                block.errorRow = r;
                block.errorColumn = c;
                block.errorIsDate = date;
                block.errorCell = std::string(cell);
                return block;
            }
            row.push_back(*value);
        }
        block.rows.push_back(std::move(row));
    }
    return block;
}

} // namespace tangent
