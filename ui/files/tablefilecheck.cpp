// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/tablefilecheck.h"

#include "core/errors.h"
#include "core/time/datetime.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace tangent::ui {
namespace {

/// Length of the UTF-8 sequence starting at text[i], or 0 if it is not valid UTF-8 (stray
/// continuation bytes, overlong forms, surrogates and code points past U+10FFFF included).
std::size_t utf8Length(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80; // allowed range of the second byte
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    return length;
}

std::string hexByte(unsigned char b)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    return std::string("0x") + kDigits[b >> 4] + kDigits[b & 0xF];
}

/// True if `text` is 7-bit ASCII without a zero byte: nothing in it needs a closer look.
bool plainAscii(std::string_view text)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101U;
    constexpr std::uint64_t kHigh = 0x8080808080808080U;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + i, 8);
        // A byte with its high bit set, or a zero byte (the classic has-zero-byte test).
        if ((word & kHigh) != 0 || ((word - kOnes) & ~word & kHigh) != 0)
            return false;
    }
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0 || c >= 0x80)
            return false;
    }
    return true;
}

/// Checks one line (without its line break) character by character: zero bytes and bad UTF-8.
void checkCharacters(std::string_view content, std::size_t line, const std::string& path)
{
    std::size_t character = 1;
    for (std::size_t i = 0; i < content.size(); ++character) {
        const char c = content[i];
        if (c == '\0')
            throw InputError(path, line, 0,
                "character " + std::to_string(character) + " is a zero byte: this is binary data, not a text table");
        const std::size_t length = utf8Length(content, i);
        if (length == 0)
            throw InputError(path, line, 0,
                "character " + std::to_string(character) + " (byte " + hexByte(static_cast<unsigned char>(c))
                    + ") is not UTF-8 text; save the file with UTF-8 encoding and open it again");
        i += length;
    }
}

void checkLineLength(std::size_t bytes, std::size_t line, const std::string& path)
{
    if (bytes > kMaxLineBytes)
        throw InputError(path, line, 0,
            "this line is " + std::to_string(bytes >> 20) + " MB long; Tangent reads lines of up to "
                + std::to_string(kMaxLineBytes >> 20) + " MB, so this is not a table it can show");
}

} // namespace

void checkOpenable(const std::string& path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error || !std::filesystem::exists(status))
        return; // the reader names the system's reason
    if (std::filesystem::is_directory(status))
        throw InputError(path, 0, 0, "this is a folder, not a file; choose a CSV or .npy file inside it");
    if (!std::filesystem::is_regular_file(status))
        throw InputError(
            path, 0, 0, "this is not a regular file (a pipe, socket or device); save the data to a file and open that");
}

void checkText(std::string_view text, const std::string& path, const std::function<void(std::size_t)>& checked)
{
    // Spreadsheets' "Unicode text" is UTF-16: say so rather than call it binary.
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
        throw InputError(path, 1, 0, "this is UTF-16 text; save the file with UTF-8 encoding and open it again");
    constexpr std::size_t kReportBytes = std::size_t { 16 } << 20;
    std::size_t reported = 0;
    std::size_t line = 1;
    for (std::size_t lineStart = 0; lineStart < text.size(); ++line) {
        const auto* newline
            = static_cast<const char*>(std::memchr(text.data() + lineStart, '\n', text.size() - lineStart));
        const std::size_t end = newline == nullptr ? text.size() : static_cast<std::size_t>(newline - text.data());
        checkLineLength(end - lineStart, line, path);
        const std::string_view content = text.substr(lineStart, end - lineStart);
        if (!plainAscii(content))
            checkCharacters(content, line, path);
        lineStart = end + 1;
        if (checked && lineStart - reported >= kReportBytes) {
            reported = std::min(lineStart, text.size());
            checked(reported);
        }
    }
    if (checked)
        checked(text.size());
}

void checkTable(const CsvTable& table, const std::string& path)
{
    if (table.rowCount == 0 || table.columns.empty())
        throw InputError(path, 0, 0, "there are no values to show: the table has no data rows");
    const bool plottable = std::any_of(table.columns.begin(), table.columns.end(),
        [](const CsvColumn& column) { return column.numeric || looksLikeDates(column.text); });
    if (!plottable)
        throw InputError(path, 0, 0,
            "no column holds numbers or dates, so there is nothing to differentiate; the columns are "
                + std::to_string(table.columns.size()) + " of text");
}

} // namespace tangent::ui
