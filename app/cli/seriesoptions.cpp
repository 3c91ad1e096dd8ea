// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/seriesoptions.h"

#include <charconv>
#include <stdexcept>

namespace tangent {

bool parseSeriesOption(const std::string& option, const std::function<std::string()>& value, SeriesOptions& series)
{
    if (option == "--jobs" || option == "-j") {
        const std::string text = value();
        int jobs = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), jobs);
        if (ec != std::errc() || end != text.data() + text.size() || jobs < 1)
            throw std::invalid_argument("--jobs expects a whole number of 1 or more, not '" + text + "'");
        series.jobs = jobs;
    } else {
        return false;
    }
    return true;
}

std::string_view seriesOptionsUsage()
{
    return R"(Dates and groups (CSV):
  --time-unit s|min|h|d|y
                     a date x column's derivative is per second, minute, hour, day or year
                     (365.25 d); default d, as in the window. The x column is written back as read and the
                     derivative header names the unit, e.g. d(temp)/d(date) [1/d]
  --group COL        long-format data: differentiate within the rows of each value of COL
                     (rows of groups may interleave; output keeps the input's row order);
                     combines with every --method, each group smoothed on its own rows
  --strict           a numeric column with a bad cell, or a group too short for the edge order
                     (or the method), is an error; without it the column is left out (or the
                     group's cells left empty) with a warning naming the row and the cell
Many files:
  tangent-cli A.csv B.csv ... -o DIR/   one output per input, DIR/<name without extension>.csv
                     (.npy for .npy input); a summary goes to stderr; exit 2 if any file failed
  --jobs N, -j N     differentiate N files at once (default 1)
)";
}

} // namespace tangent
