#pragma once
// Dates and date-times in measurement files, as seconds since 1970-01-01 00:00 UTC.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tangent {

/// Which textual date forms to accept.
enum class DateStyle {
    Auto,     ///< ISO 8601 ("2010-01-01", "2010-01-01T12:30:00Z", "2010-01-01 12:30",
              ///< offsets like +02:00), "2010/01/01 00:00", "01/02/2010"? no: only Y/M/D with '/',
              ///< month names ("Jan 1 2000", "1 Jan 2000", "January 1, 2000", optional time)
    Compact,  ///< also "19580329" (YYYYMMDD) and "19580329 1230" / "195803291230" — only when asked
};

/// Parses one cell; times without an offset are taken as UTC. nullopt if it is not a date.
std::optional<double> parseDateTime(std::string_view text, DateStyle style = DateStyle::Auto);

/// True if every non-empty cell of `cells` (NA-like cells count as empty) parses as a date with
/// `style` and at least one cell is non-empty.
bool looksLikeDates(std::span<const std::string> cells, DateStyle style = DateStyle::Auto);

/// ISO 8601 text for seconds since the epoch: "2010-01-01" when the time is midnight and
/// `dateOnlyAtMidnight`, else "2010-01-01T12:30:00" (fractional seconds when present), UTC.
std::string formatDateTime(double secondsSinceEpoch, bool dateOnlyAtMidnight = true);

}  // namespace tangent
