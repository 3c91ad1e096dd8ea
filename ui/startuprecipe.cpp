// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startuprecipe.h"

#include "ui/document/document.h"
#include "ui/files/derivativeexport.h"
#include "ui/files/filecontroller.h"
#include "ui/i18n/coremessages.h"
#include "ui/mainwindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <memory>
#include <string>
#include <vector>

namespace tangent::ui {
namespace {

struct RecipeText {
    Q_DECLARE_TR_FUNCTIONS(StartupRecipe)
};

/// A recipe option as the window declares it; an empty value name makes a flag.
struct RecipeOption {
    const char* name;
    const char* valueName;
    QString description;
};

std::vector<RecipeOption> recipeOptions()
{
    return {
        { "x", "col", RecipeText::tr("x from column COL (header name or 1-based index), as in tangent-cli.") },
        { "dx", "h", RecipeText::tr("A uniform spacing H instead of an x column.") },
        { "y", "cols",
            RecipeText::tr("The columns to differentiate, comma-separated (default: every numeric column).") },
        { "time-unit", "s|min|h|d|y", RecipeText::tr("The unit a derivative over a date x is per (default d).") },
        { "group", "col",
            RecipeText::tr("Long-format data: differentiate the rows of each value of column COL on their own "
                           "(the Derivative dock's Group by).") },
        { "edge-order", "1|2", RecipeText::tr("numpy's edge order (default 1).") },
        { "order", "k", RecipeText::tr("Derivative order (default 1).") },
        { "method", "numpy|savgol|spline|tvr|kalman|auto",
            RecipeText::tr("Derivative method: numpy (default, exactly numpy.gradient), savgol, spline, tvr, kalman "
                           "or auto, as tangent-cli --method.") },
        { "window", "w", RecipeText::tr("savgol: odd window in points.") },
        { "polyorder", "p", RecipeText::tr("savgol: polynomial order.") },
        { "lam", "l", RecipeText::tr("spline: lambda > 0.") },
        { "alpha", "a", RecipeText::tr("tvr: alpha > 0.") },
        { "iterations", "n", RecipeText::tr("tvr: iterations.") },
        { "ratio", "r", RecipeText::tr("kalman: log10(q/r).") },
        { "uncertainty", "",
            RecipeText::tr("Shade each derivative's 95% uncertainty band, and export its sd columns, as --band.") },
        { "noise-sd", "s|col=s,...",
            RecipeText::tr("The band's noise level: S for every column, or COL=S for the columns named (the others "
                           "estimated from the data), as View > Band Noise Levels.") },
    };
}

/// Every recipe option given, in the order of recipeOptions(), as tangent-cli arguments.
std::vector<std::string> givenArguments(const QCommandLineParser& parser)
{
    std::vector<std::string> args;
    for (const RecipeOption& option : recipeOptions()) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        if (*option.valueName == '\0') {
            args.push_back("--" + std::string(option.name));
            continue;
        }
        for (const QString& value : parser.values(name)) {
            args.push_back("--" + std::string(option.name));
            args.push_back(value.toStdString());
        }
    }
    for (const CliOnlyOption& option : cliOnlyOptions()) {
        if (parser.isSet(QString::fromLatin1(option.name)))
            args.push_back("--" + std::string(option.name));
    }
    return args;
}

} // namespace

void StartupRecipe::declare(QCommandLineParser& parser)
{
    for (const RecipeOption& option : recipeOptions()) {
        if (*option.valueName == '\0')
            parser.addOption({ QString::fromLatin1(option.name), option.description });
        else
            parser.addOption(
                { QString::fromLatin1(option.name), option.description, QString::fromLatin1(option.valueName) });
    }
    for (const CliOnlyOption& cliOnly : cliOnlyOptions()) {
        QCommandLineOption option(QString::fromLatin1(cliOnly.name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

StartupRecipe StartupRecipe::read(const QCommandLineParser& parser)
{
    StartupRecipe result;
    const std::vector<std::string> args = givenArguments(parser);
    const bool exporting = parser.optionNames().contains(QStringLiteral("export-derivatives"));
    result.given = !args.empty() || exporting;
    result.m_exitOnProblem = !exporting;
    try {
        result.recipe = parseRecipe(args);
        if (const QString refused = windowRefuses(result.recipe); !refused.isEmpty()) {
            result.problem = refused;
            return result;
        }
        // The method's parameters on their own, as tangent-cli checks them before reading the file
        // (those that need the data, such as a window longer than the table, wait for it).
        checkSmoothingOptions(result.recipe.smoothing);
    } catch (const std::exception& e) {
        result.problem = translateException(e);
    }
    return result;
}

void StartupRecipe::applyOnLoad(MainWindow& window) const
{
    if (!given || !problem.isEmpty())
        return;
    Document* document = window.document();
    const auto applied = std::make_shared<bool>(false);
    const auto apply = [document, applied, recipe = recipe, loadProblem = m_loadProblem, exit = m_exitOnProblem] {
        if (*applied || document->columnCount() == 0)
            return;
        *applied = true;
        try {
            // Opening with a recipe is part of opening: nothing to undo, nothing unsaved.
            startWithRecipe(*document, recipe);
        } catch (const std::exception& e) {
            *loadProblem = translateException(e);
            std::fprintf(stderr, "tangent: %s\n", qPrintable(*loadProblem));
            if (exit)
                QCoreApplication::exit(2);
        }
    };
    // A sample is there by the next pass of the event loop; a file when its load finishes.
    QObject::connect(window.files(), &FileController::loadFinished, &window, [apply](bool ok) {
        if (ok)
            apply();
    });
    QTimer::singleShot(0, &window, apply);
}

} // namespace tangent::ui
