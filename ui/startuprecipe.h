// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent's recipe options (--x --dx --y --time-unit --group --edge-order --order --method
// --window --polyorder --lam --alpha --iterations --ratio --uncertainty): the recipe the first
// table opens with, read by tangent-cli's own parser (core/recipe/recipe.h), so that the window
// takes the same options, with the same messages, as tangent-cli.

#include "core/recipe/recipe.h"

#include <QString>

#include <memory>

class QCommandLineParser;

namespace tangent::ui {

class MainWindow;

/// What the command line asked for: a recipe (given when any recipe option was), or a problem to
/// report (exit 2).
struct StartupRecipe {
    Recipe recipe;
    bool given = false; ///< a recipe option was given, or --export-derivatives asks for the recipe as is
    QString problem;

    /// Declares the options on `parser`.
    static void declare(QCommandLineParser& parser);
    /// Reads and checks the options after `parser` processed the arguments: each through
    /// parseRecipeOption, then the method's parameters as tangent-cli checks them.
    static StartupRecipe read(const QCommandLineParser& parser);

    /// Starts the first table that `window` loads with the recipe (part of opening it, not an undo
    /// step). A recipe that does not fit the table (no such column, x not numbers) is printed with
    /// tangent-cli's words and loadProblem() keeps it; the application then exits with status 2,
    /// or, with --export-derivatives, leaves that to the export.
    void applyOnLoad(MainWindow& window) const;
    /// Why the recipe could not start the loaded table, or empty.
    [[nodiscard]] QString loadProblem() const { return *m_loadProblem; }

private:
    std::shared_ptr<QString> m_loadProblem = std::make_shared<QString>();
    bool m_exitOnProblem = true;
};

} // namespace tangent::ui
