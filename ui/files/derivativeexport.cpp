// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/derivativeexport.h"

#include "core/engine/engine.h"
#include "core/io/numberformat.h"
#include "core/time/datetime.h"
#include "ui/document/document.h"

#include <cmath>
#include <map>
#include <sstream>

namespace tangent::ui {

Recipe recipeOf(const DerivativeSettings& settings)
{
    Recipe recipe;
    if (settings.xColumn >= 0)
        recipe.xColumn = std::to_string(settings.xColumn + 1);
    else
        recipe.dx = settings.dx;
    for (int column : settings.yColumns)
        recipe.yColumns.push_back(std::to_string(column + 1));
    if (settings.groupColumn >= 0)
        recipe.group = std::to_string(settings.groupColumn + 1);
    recipe.edgeOrder = settings.edgeOrder;
    recipe.order = settings.order;
    recipe.timeUnit = settings.timeUnit;
    recipe.smoothing = settings.smoothing;
    recipe.smoothing.order = settings.order;
    recipe.smoothing.smoothedCurve = Recipe {}.smoothing.smoothedCurve;
    return recipe;
}

Recipe documentRecipe(const Document& document)
{
    DerivativeSettings settings = document.settings();
    settings.xColumn = document.effectiveXColumn();
    settings.yColumns = document.derivatives().effectiveYColumns();
    settings.groupColumn = document.derivatives().effectiveGroupColumn();
    Recipe recipe = recipeOf(settings);
    recipe.uncertainty = document.derivatives().uncertaintyBand(); // View → Uncertainty Band: sd[...] columns
    if (recipe.uncertainty) {
        for (const int y : settings.yColumns) // the σ given in the band's settings, by 1-based index
            if (const std::optional<double> sd = document.derivatives().bandNoiseSd(y))
                recipe.columnNoiseSd.push_back({ std::to_string(y + 1), *sd });
    }
    return recipe;
}

std::span<const CliOnlyOption> cliOnlyOptions()
{
    static constexpr CliOnlyOption kOptions[] { { "smoothed", &Recipe::smoothed }, { "strict", &Recipe::strict } };
    return kOptions;
}

QString windowRefuses(const Recipe& recipe)
{
    for (const CliOnlyOption& option : cliOnlyOptions()) {
        if (recipe.*option.flag)
            return QObject::tr("%1 is tangent-cli's: the window does not take it (run tangent-cli FILE %1 for that "
                               "table)")
                .arg(QStringLiteral("--") + QString::fromLatin1(option.name));
    }
    return {};
}

DerivativeSettings settingsFor(const Document& document, const Recipe& recipe, std::map<int, double>* noiseSd)
{
    if (const QString refused = windowRefuses(recipe); !refused.isEmpty())
        throw RecipeError(plainMessage(refused.toStdString())); // already in the window's language
    const std::string source
        = document.filePath().isEmpty() ? std::string("(unsaved table)") : document.filePath().toStdString();
    const EnginePlan plan = planDerivative(documentTable(document), recipe, source);
    DerivativeSettings settings = document.settings();
    settings.xColumn = plan.axis.index ? static_cast<int>(*plan.axis.index) : -1;
    settings.dx = recipe.dx.value_or(1.0);
    settings.yColumns.clear();
    if (!recipe.yColumns.empty()) {
        for (std::size_t column : plan.yIndexes)
            settings.yColumns.append(static_cast<int>(column));
    }
    settings.groupColumn = plan.groupIndex ? static_cast<int>(*plan.groupIndex) : -1;
    if (noiseSd != nullptr) {
        for (std::size_t i = 0; i < plan.yIndexes.size(); ++i)
            if (plan.noiseSd[i])
                (*noiseSd)[static_cast<int>(plan.yIndexes[i])] = *plan.noiseSd[i];
    }
    settings.edgeOrder = recipe.edgeOrder;
    settings.order = recipe.order;
    settings.timeUnit = recipe.timeUnit;
    const bool curve = settings.smoothing.smoothedCurve; // the chart's, not the recipe's
    settings.smoothing = recipe.smoothing;
    settings.smoothing.order = recipe.order;
    settings.smoothing.smoothedCurve = curve;
    return settings;
}

void startWithRecipe(Document& document, const Recipe& recipe)
{
    std::map<int, double> noiseSd;
    const DerivativeSettings settings = settingsFor(document, recipe, &noiseSd);
    document.restoreColumns(document.columns(), document.filePath(), settings);
    for (const auto& [column, sd] : noiseSd) // --noise-sd: the band's σ, as Band Noise Levels sets it
        document.derivatives().setBandNoiseSd(column, sd);
    if (recipe.uncertainty)
        document.derivatives().setUncertaintyBand(true);
}

std::vector<std::string> columnText(const Column& column)
{
    std::vector<std::string> text;
    text.reserve(column.values.size());
    if (column.fromText) {
        for (const QString& cell : column.text)
            text.push_back(cell.toStdString());
        return text;
    }
    for (std::size_t row = 0; row < column.values.size(); ++row) {
        const double v = column.values[row];
        if (row < column.text.size() && !column.text[row].isEmpty())
            text.push_back(column.text[row].toStdString()); // a date as read
        else if (std::isnan(v))
            text.emplace_back();
        else if (column.kind == ColumnKind::DateTime)
            text.push_back(formatDateTime(v));
        else
            text.push_back(formatDouble(v));
    }
    return text;
}

CsvTable documentTable(const Document& document)
{
    CsvTable table;
    table.rowCount = static_cast<std::size_t>(document.rowCount());
    table.hasHeader = true;
    table.firstDataLine = 2;
    const int group = document.derivatives().effectiveGroupColumn();
    for (int c = 0; c < document.columnCount(); ++c) {
        const Column& source = document.column(c);
        CsvColumn column;
        column.name = document.columnTitle(c).toStdString();
        if (c == group) {
            column.numeric = false;
            column.text = document.derivatives().groupKeys();
        } else if (source.kind == ColumnKind::DateTime || source.fromText) {
            column.numeric = false;
            column.text = columnText(source);
        } else {
            column.values = source.values;
        }
        table.columns.push_back(std::move(column));
    }
    return table;
}

std::string derivativeCsv(const Document& document)
{
    const std::string source
        = document.filePath().isEmpty() ? std::string("(unsaved table)") : document.filePath().toStdString();
    const EnginePlan plan = planDerivative(documentTable(document), documentRecipe(document), source);
    const EngineResult result = computeDerivative(plan);
    std::ostringstream csv;
    writeDerivativeCsv(csv, plan, result);
    return std::move(csv).str();
}

} // namespace tangent::ui
