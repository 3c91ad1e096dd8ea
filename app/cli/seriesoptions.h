// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli's options for time series and long-format tables: the time unit of a date x column,
// grouping, strictness, and how many files run at once. Parsed here so cli.cpp stays one dispatch.

#include "core/time/timeunit.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace tangent {

/// The series options of one tangent-cli run. The time unit, group and strictness are the
/// recipe's (core/recipe/recipe.h, parsed there); they stay here for recipeOf's older callers.
struct SeriesOptions {
    TimeUnit timeUnit = TimeUnit::Day; ///< the window's default
    std::optional<std::string> group; ///< --group COL: differentiate within each group's rows
    bool strict = false; ///< --strict: a bad cell or a group too short is an error
    int jobs = 1; ///< --jobs N: files differentiated at once (many-file mode)
};

/// If `option` is --jobs (or -j), stores it in `series` (calling
/// `value` for its argument) and returns true; returns false for any other option. Throws
/// std::invalid_argument with a message for a bad value.
bool parseSeriesOption(const std::string& option, const std::function<std::string()>& value, SeriesOptions& series);

/// The --help lines for these options.
std::string_view seriesOptionsUsage();

} // namespace tangent
