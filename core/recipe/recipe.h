// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recipe: everything that determines a derivative, as one value. Its canonical text form is
// the tangent-cli argument list (formatRecipe), and parseRecipe(formatRecipe(r)) == r. tangent-cli,
// the window, sessions, the export's provenance lines and the equivalent call all hold or show it.

#include "core/smoothing/smoothing.h"
#include "core/time/timeunit.h"

#include "core/messages/message.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace tangent {

/// --noise-sd NAME=S: the noise level of one y column (a header name or 1-based index, as --y).
struct ColumnNoise {
    std::string column;
    double sd = 0.0;

    bool operator==(const ColumnNoise&) const = default;
};

/// What to differentiate and how; compared with == so that no-op changes can be recognised.
struct Recipe {
    std::optional<std::string> xColumn; ///< --x: header name or 1-based index; exclusive with dx
    std::optional<double> dx; ///< --dx: a uniform spacing; neither set: tangent-cli's default x
    std::vector<std::string> yColumns; ///< --y: names or 1-based indexes; empty: every numeric column but x
    TimeUnit timeUnit = TimeUnit::Day; ///< --time-unit, for a date x column
    std::optional<std::string> group; ///< --group COL: differentiate each group's rows on their own
    int edgeOrder = 1; ///< --edge-order: numpy's edge_order (numpy method only)
    int order = 1; ///< --order: derivative order k
    /// --method and its parameters (--window --polyorder --lam --alpha --iterations --ratio); its
    /// `order` is kept equal to `order` above. Method Numpy is numpy.gradient.
    SmoothingOptions smoothing = [] {
        SmoothingOptions numpy;
        numpy.method = SmoothingMethod::Numpy;
        return numpy;
    }();
    bool smoothed = false; ///< --smoothed: write the smoothed curve after each y column
    bool uncertainty = false; ///< --uncertainty: write sd[...] after each derivative column
    std::optional<double> noiseSd; ///< --noise-sd S: the noise level of every column instead of the estimate
    /// --noise-sd NAME=S,NAME=S: the noise level of the columns named (the others estimated), in the
    /// order given; exclusive with noiseSd (the last --noise-sd wins).
    std::vector<ColumnNoise> columnNoiseSd;
    bool strict = false; ///< --strict: a bad cell or a too-short group is an error, not a warning

    bool operator==(const Recipe&) const = default;

    /// Whether any noise level is given (--noise-sd in either form).
    [[nodiscard]] bool givesNoiseSd() const { return noiseSd || !columnNoiseSd.empty(); }
};

/// A recipe option that is unknown, lacks its value or has a bad one. what() names the option.
class RecipeError : public std::invalid_argument, public MessageCarrier {
public:
    explicit RecipeError(Message message) : std::invalid_argument(message.english()), MessageCarrier(std::move(message))
    {
    }
};

/// The canonical argument list of `recipe`: only what differs from the defaults, in a fixed
/// order, e.g. {"--x", "t", "--method", "savgol", "--window", "21", "--polyorder", "3"}.
std::vector<std::string> formatRecipe(const Recipe& recipe);

/// If args[index] is a recipe option, reads it (and its value, advancing `index` past it) into
/// `recipe` and returns true; returns false for any other argument. Throws RecipeError.
bool parseRecipeOption(const std::vector<std::string>& args, std::size_t& index, Recipe& recipe);

/// Reads a whole argument list of recipe options. Throws RecipeError for anything else.
Recipe parseRecipe(const std::vector<std::string>& args);

} // namespace tangent
