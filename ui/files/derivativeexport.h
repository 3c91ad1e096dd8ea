// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Export Derivative CSV on the engine (core/engine/engine.h): the document's table and
// settings handed over as a CsvTable and a Recipe, so that the window writes what tangent-cli and
// Export Derivatives of Several Files write for the same recipe.

#include "core/io/csv.h"
#include "core/recipe/recipe.h"

#include <QString>

#include <map>
#include <span>

#include <string>
#include <vector>

namespace tangent::ui {

class Document;
struct Column;
struct DerivativeSettings;

/// `settings` as the engine's recipe (columns as 1-based indexes; a uniform dx when x is -1).
Recipe recipeOf(const DerivativeSettings& settings);

/// The document's recipe: its settings with x, the y columns and the group as it uses them, and
/// the uncertainty band when View → Uncertainty Band is on.
Recipe documentRecipe(const Document& document);

/// The settings that compute `recipe` on `document`'s table: its x, y and group columns found
/// as tangent-cli finds them (planDerivative: by name or 1-based index, x settled by its rule),
/// the rest as given. The inverse of documentRecipe. Throws InputError or SmoothingError, in
/// tangent-cli's words, when the recipe does not fit the table; RecipeError for what
/// windowRefuses names. `noiseSd`, if given, receives the band's σ the recipe gives (--noise-sd),
/// by column index.
DerivativeSettings settingsFor(
    const Document& document, const Recipe& recipe, std::map<int, double>* noiseSd = nullptr);

/// A recipe option tangent-cli takes and the window cannot hold: its name (without "--") and the
/// recipe's flag it sets.
struct CliOnlyOption {
    const char* name;
    bool Recipe::*flag;
};

/// The one list of those options (--smoothed, --strict): the window's command line declares them
/// to refuse them by name, and windowRefuses tests their flags.
std::span<const CliOnlyOption> cliOnlyOptions();

/// What of `recipe` the window cannot hold (a flag of cliOnlyOptions set), in a sentence naming
/// the option, or empty.
QString windowRefuses(const Recipe& recipe);

/// Starts `document` with `recipe` (tangent FILE --method ...): its settings as settingsFor gives
/// them, no undo step; the band's σ as --noise-sd gives it; with recipe.uncertainty, the band on.
/// Throws as settingsFor.
void startWithRecipe(Document& document, const Recipe& recipe);

/// The document's table as the engine reads it: headers as "name [unit]", dates and text as
/// text, the values as edited; the group column as its keys.
CsvTable documentTable(const Document& document);

/// Text of every value of `column` as the table CSV writes it: text as it is, dates as they were
/// read (as tangent-cli writes them; ISO 8601 for a date typed in the window), gaps empty.
std::vector<std::string> columnText(const Column& column);

/// The derivative CSV of the document's recipe, as tangent-cli writes it: the "# ..." provenance
/// lines (derivativeProvenance), then the table. Throws InputError or SmoothingError when the
/// derivative cannot be computed.
std::string derivativeCsv(const Document& document);

} // namespace tangent::ui
