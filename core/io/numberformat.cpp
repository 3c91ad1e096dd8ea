// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/numberformat.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace tangent {
namespace {

constexpr bool isSpace(char c) noexcept
{
    return c == ' ' || c == '\t';
}

constexpr bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

/// The value of well-formed decimal text that from_chars found out of range: +-infinity when the
/// magnitude is too large, +-0 when too small (as strtod would give, without its locale).
double saturate(std::string_view text)
{
    const bool negative = text.front() == '-';
    std::size_t i = (text.front() == '-' || text.front() == '+') ? 1 : 0;
    long long magnitude = 0; // decimal exponent of the first significant digit, plus one
    bool seenNonzero = false;
    bool afterPoint = false;
    for (; i < text.size() && (isDigit(text[i]) || text[i] == '.'); ++i) {
        if (text[i] == '.') {
            afterPoint = true;
        } else if (!seenNonzero && text[i] != '0') {
            seenNonzero = true;
            if (!afterPoint)
                ++magnitude;
        } else if (seenNonzero && !afterPoint) {
            ++magnitude;
        } else if (!seenNonzero && afterPoint) {
            --magnitude;
        }
    }
    long long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const bool negativeExponent = i < text.size() && text[i] == '-';
        if (i < text.size() && (text[i] == '-' || text[i] == '+'))
            ++i;
        for (; i < text.size() && isDigit(text[i]); ++i)
            exponent = std::min(exponent * 10 + (text[i] - '0'), 1'000'000'000LL);
        if (negativeExponent)
            exponent = -exponent;
    }
    const double result = (magnitude + exponent > 0) ? HUGE_VAL : 0.0;
    return negative ? -result : result;
}

/// Parses `text` (already trimmed, '.' as the decimal point) in full with std::from_chars.
std::optional<double> parsePlain(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    const char* begin = text.data();
    const char* end = begin + text.size();
    // from_chars rejects a leading '+'; accept exactly one, not followed by another sign.
    if (*begin == '+') {
        ++begin;
        if (begin == end || *begin == '+' || *begin == '-')
            return std::nullopt;
    }
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ptr != end)
        return std::nullopt;
    if (ec == std::errc::result_out_of_range)
        return saturate(std::string_view(begin, end));
    if (ec != std::errc())
        return std::nullopt;
    return value;
}

} // namespace

char* toChars(char* out, double value) noexcept
{
    if (std::isnan(value)) {
        *out++ = 'n'; // to_chars would write "-nan" for a negative NaN
        *out++ = 'a';
        *out++ = 'n';
        return out;
    }
    return shortestChars(out, value);
}

void appendDouble(std::string& out, double value)
{
    char buffer[kMaxDoubleChars];
    out.append(buffer, toChars(buffer, value));
}

std::string formatDouble(double value)
{
    std::string text;
    appendDouble(text, value);
    return text;
}

std::optional<double> parseDouble(std::string_view text, bool decimalComma)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    if (!decimalComma)
        return parsePlain(text);

    // Decimal comma: ',' becomes '.', and a '.' is not a number (it may be a thousands mark).
    std::string converted(text);
    for (char& c : converted) {
        if (c == '.')
            return std::nullopt;
        if (c == ',')
            c = '.';
    }
    return parsePlain(converted);
}

} // namespace tangent
