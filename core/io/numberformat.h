// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shortest round-trip text for doubles and fast, strict number parsing.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tangent {

/// The shortest decimal text that reads back to exactly `value` ("nan", "inf", "-inf" for
/// non-finite values). Appends to `out`; returns nothing so hot loops can reuse one buffer.
void appendDouble(std::string& out, double value);

/// Room enough for any text toChars writes ("-2.2250738585072014e-308" is 24 characters).
inline constexpr std::size_t kMaxDoubleChars = 32;

/// Writes appendDouble's text for `value` at `out`, which must have kMaxDoubleChars of room;
/// returns the end of what it wrote. For writers that fill their own buffers.
char* toChars(char* out, double value) noexcept;

/// The shortest decimal text that reads back to exactly `value`, byte for byte what
/// std::to_chars(out, out + kMaxDoubleChars, value) writes ("-nan" for a negative NaN), faster
/// (core/io/shortest.cpp).
char* shortestChars(char* out, double value) noexcept;

/// As appendDouble, returning a new string.
std::string formatDouble(double value);

/// Parses the whole of `text` (surrounding spaces allowed, a leading '+' allowed) as a double.
/// Accepts "nan", "inf", "-inf", "infinity" in any case. With decimalComma, ',' is the decimal
/// separator. Returns nullopt if `text` is not entirely a number.
std::optional<double> parseDouble(std::string_view text, bool decimalComma = false);

} // namespace tangent
