// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The units a derivative over a date x column can be expressed per, shared by both front ends.

#include <optional>
#include <string>
#include <string_view>

namespace tangent {

/// The unit a derivative over a date x column is expressed per.
enum class TimeUnit { Second, Minute, Hour, Day, Year };

/// Seconds in one unit; a year is 365.25 days.
double secondsPer(TimeUnit unit);

/// "s", "min", "h", "d", "yr": the symbol written in derivative headers and axis titles, e.g. "[1/d]".
std::string_view timeUnitSymbol(TimeUnit unit);

/// Parses "s", "min", "h", "d", "y" or "yr" (also spelled out: "second", "days", ...). nullopt otherwise.
std::optional<TimeUnit> parseTimeUnit(std::string_view text);

/// " [1/d]" for order 1, " [1/d2]" for order 2, ...: appended to a derivative's name over dates,
/// by tangent-cli and by the window's derivative export alike.
std::string perTimeUnitSuffix(TimeUnit unit, int order);

} // namespace tangent
