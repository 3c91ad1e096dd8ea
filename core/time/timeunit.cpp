// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/time/timeunit.h"

#include <algorithm>
#include <array>

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

std::string perTimeUnitSuffix(TimeUnit unit, int order)
{
    std::string suffix = " [1/";
    suffix += timeUnitSymbol(unit);
    if (order > 1)
        suffix += std::to_string(order);
    return suffix + "]";
}

} // namespace tangent
