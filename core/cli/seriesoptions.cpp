#include "core/cli/seriesoptions.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <stdexcept>

namespace tangent {
namespace {

struct UnitSpelling {
    std::string_view text;
    TimeUnit unit;
};

constexpr std::array<UnitSpelling, 17> kSpellings = { {
    { "s", TimeUnit::Second },
    { "sec", TimeUnit::Second },
    { "second", TimeUnit::Second },
    { "seconds", TimeUnit::Second },
    { "min", TimeUnit::Minute },
    { "minute", TimeUnit::Minute },
    { "minutes", TimeUnit::Minute },
    { "h", TimeUnit::Hour },
    { "hour", TimeUnit::Hour },
    { "hours", TimeUnit::Hour },
    { "d", TimeUnit::Day },
    { "day", TimeUnit::Day },
    { "days", TimeUnit::Day },
    { "y", TimeUnit::Year },
    { "yr", TimeUnit::Year },
    { "year", TimeUnit::Year },
    { "years", TimeUnit::Year },
} };

} // namespace

double secondsPer(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Second:
        return 1.0;
    case TimeUnit::Minute:
        return 60.0;
    case TimeUnit::Hour:
        return 3600.0;
    case TimeUnit::Day:
        return 86400.0;
    case TimeUnit::Year:
        return 365.25 * 86400.0;
    }
    return 1.0;
}

std::string_view timeUnitSymbol(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Second:
        return "s";
    case TimeUnit::Minute:
        return "min";
    case TimeUnit::Hour:
        return "h";
    case TimeUnit::Day:
        return "d";
    case TimeUnit::Year:
        return "yr";
    }
    return "s";
}

std::optional<TimeUnit> parseTimeUnit(std::string_view text)
{
    const auto* found
        = std::find_if(kSpellings.begin(), kSpellings.end(), [text](const UnitSpelling& s) { return s.text == text; });
    if (found == kSpellings.end())
        return std::nullopt;
    return found->unit;
}

bool parseSeriesOption(const std::string& option, const std::function<std::string()>& value, SeriesOptions& series)
{
    if (option == "--time-unit") {
        const std::string text = value();
        const auto unit = parseTimeUnit(text);
        if (!unit)
            throw std::invalid_argument("--time-unit expects s, min, h, d or y, not '" + text + "'");
        series.timeUnit = *unit;
    } else if (option == "--group") {
        series.group = value();
    } else if (option == "--strict") {
        series.strict = true;
    } else if (option == "--jobs" || option == "-j") {
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
  --time-unit U      a date x column's derivative is per U: s, min, h, d or y (365.25 d);
                     default d, as in the window. The x column is written back as read and the
                     derivative header names the unit, e.g. d(temp)/d(date) [1/d]
  --group COL        long-format data: differentiate within the rows of each value of COL
                     (rows of groups may interleave; output keeps the input's row order)
  --strict           a group too short for the edge order is an error, not a warning
Many files:
  tangent-cli A.csv B.csv ... -o DIR/   one output per input, DIR/<name without extension>.csv
                     (.npy for .npy input); a summary goes to stderr; exit 2 if any file failed
  --jobs N, -j N     differentiate N files at once (default 1)
)";
}

} // namespace tangent
