// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Dates and date-times in measurement files, as seconds since 1970-01-01 00:00 UTC.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tangent {

/// Which textual date forms to accept.
enum class DateStyle {
    Auto, ///< ISO 8601 ("2010-01-01", "2010-01-01T12:30:00Z", "2010-01-01 12:30", offsets
          ///< like +02:00), year-first with '/' ("2010/01/01 00:00"), and month names
          ///< ("Jan 1 2000", "1 Jan 2000", "January 1, 2000", each with an optional time).
          ///< Ambiguous day/month orders such as "01/02/2010" are not dates.
    Compact, ///< also "19580329" (YYYYMMDD) and "19580329 1230" / "195803291230" — only when asked
};

/// Parses one cell; times without an offset are taken as UTC. nullopt if it is not a date.
std::optional<double> parseDateTime(std::string_view text, DateStyle style = DateStyle::Auto);

/// True if every non-empty cell of `cells` (NA-like cells count as empty) parses as a date with
/// `style` and at least one cell is non-empty.
bool looksLikeDates(std::span<const std::string> cells, DateStyle style = DateStyle::Auto);

/// ISO 8601 text for seconds since the epoch: "2010-01-01" when the time is midnight and
/// `dateOnlyAtMidnight`, else "2010-01-01T12:30:00" (fractional seconds when present), UTC.
std::string formatDateTime(double secondsSinceEpoch, bool dateOnlyAtMidnight = true);

} // namespace tangent
