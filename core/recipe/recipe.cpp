// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/recipe/recipe.h"

#include "core/io/numberformat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string_view>

namespace tangent {
namespace {

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::size_t end = comma == std::string::npos ? text.size() : comma;
        if (end > start)
            items.push_back(text.substr(start, end - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return items;
}

std::string joinList(const std::vector<std::string>& items)
{
    std::string text;
    for (const std::string& item : items) {
        if (!text.empty())
            text += ',';
        text += item;
    }
    return text;
}

double parseNumber(const std::string& option, const std::string& text)
{
    const auto value = parseDouble(text);
    if (!value)
        throw RecipeError(Message { MessageId::OptionExpectsNumber, { option, text }, {} });
    return *value;
}

int parseWhole(const std::string& option, const std::string& text)
{
    const auto value = parseDouble(text);
    if (!value || *value != std::floor(*value) || std::abs(*value) > 1e9)
        throw RecipeError(Message { MessageId::OptionExpectsWholeNumber, { option, text }, {} });
    return static_cast<int>(*value);
}

/// Options that take a value; the rest are flags.
bool takesValue(const std::string& option)
{
    static const std::array<std::string_view, 15> withValue { "--x", "--dx", "--y", "--time-unit", "--group",
        "--edge-order", "--order", "--method", "--window", "--polyorder", "--lam", "--alpha", "--iterations", "--ratio",
        "--noise-sd" };
    return std::ranges::find(withValue, option) != withValue.end();
}

bool isFlag(const std::string& option)
{
    return option == "--smoothed" || option == "--uncertainty" || option == "--strict";
}

double parseSigma(const std::string& text)
{
    const double sd = parseNumber("--noise-sd", text);
    if (!(sd > 0.0 && std::isfinite(sd)))
        throw RecipeError(Message { MessageId::NoiseSdExpectsPositive, { text }, {} });
    return sd;
}

/// --noise-sd S (every column) or --noise-sd NAME=S,NAME=S (the columns named). A name may hold
/// '=': the σ is what follows the last one.
void parseNoiseSd(const std::string& value, Recipe& recipe)
{
    recipe.noiseSd.reset();
    recipe.columnNoiseSd.clear();
    if (value.find('=') == std::string::npos) {
        recipe.noiseSd = parseSigma(value);
        return;
    }
    for (const std::string& item : splitList(value)) {
        const std::size_t eq = item.rfind('=');
        if (eq == std::string::npos || eq == 0)
            throw RecipeError(Message { MessageId::NoiseSdExpectsPairsNot, { item }, {} });
        ColumnNoise noise { item.substr(0, eq), parseSigma(item.substr(eq + 1)) };
        if (std::ranges::any_of(recipe.columnNoiseSd, [&](const ColumnNoise& c) { return c.column == noise.column; }))
            throw RecipeError(Message { MessageId::NoiseSdColumnTwice, { noise.column }, {} });
        recipe.columnNoiseSd.push_back(std::move(noise));
    }
    if (recipe.columnNoiseSd.empty())
        throw RecipeError(Message { MessageId::NoiseSdExpectsPairs, {}, {} });
}

void apply(const std::string& option, const std::string& value, Recipe& recipe)
{
    SmoothingOptions& s = recipe.smoothing;
    if (option == "--x") {
        if (value.empty())
            throw RecipeError(Message { MessageId::XOptionExpectsColumn, {}, {} });
        recipe.xColumn = value;
    } else if (option == "--dx") {
        recipe.dx = parseNumber(option, value);
    } else if (option == "--y") {
        recipe.yColumns = splitList(value);
        if (recipe.yColumns.empty())
            throw RecipeError(Message { MessageId::YOptionExpectsColumns, {}, {} });
    } else if (option == "--time-unit") {
        const auto unit = parseTimeUnit(value);
        if (!unit)
            throw RecipeError(Message { MessageId::TimeUnitExpected, { value }, {} });
        recipe.timeUnit = *unit;
    } else if (option == "--group") {
        if (value.empty())
            throw RecipeError(Message { MessageId::GroupOptionExpectsColumn, {}, {} });
        recipe.group = value;
    } else if (option == "--edge-order") {
        recipe.edgeOrder = parseWhole(option, value);
        if (recipe.edgeOrder != 1 && recipe.edgeOrder != 2)
            throw RecipeError(Message { MessageId::EdgeOrderOneOrTwo, { value }, {} });
    } else if (option == "--order") {
        recipe.order = parseWhole(option, value);
        if (recipe.order < 1)
            throw RecipeError(Message { MessageId::OrderAtLeastOne, { value }, {} });
        s.order = recipe.order;
    } else if (option == "--method") {
        const auto method = parseMethodName(value);
        if (!method)
            throw RecipeError(Message { MessageId::MethodExpected, { value }, {} });
        s.method = *method;
    } else if (option == "--window") {
        s.window = parseWhole(option, value);
    } else if (option == "--polyorder") {
        s.polyorder = parseWhole(option, value);
    } else if (option == "--lam") {
        s.lam = parseNumber(option, value);
    } else if (option == "--alpha") {
        s.alpha = parseNumber(option, value);
    } else if (option == "--iterations") {
        s.iterations = parseWhole(option, value);
    } else if (option == "--ratio") {
        s.ratio = parseNumber(option, value);
    } else if (option == "--noise-sd") {
        parseNoiseSd(value, recipe);
    }
}

} // namespace

std::vector<std::string> formatRecipe(const Recipe& recipe)
{
    const Recipe defaults;
    std::vector<std::string> args;
    const auto add = [&args](const char* option, std::string value) {
        args.emplace_back(option);
        args.push_back(std::move(value));
    };
    if (recipe.xColumn)
        add("--x", *recipe.xColumn);
    if (recipe.dx)
        add("--dx", formatDouble(*recipe.dx));
    if (!recipe.yColumns.empty())
        add("--y", joinList(recipe.yColumns));
    if (recipe.timeUnit != defaults.timeUnit)
        add("--time-unit", std::string(timeUnitSymbol(recipe.timeUnit)));
    if (recipe.group)
        add("--group", *recipe.group);
    if (recipe.edgeOrder != defaults.edgeOrder)
        add("--edge-order", std::to_string(recipe.edgeOrder));
    if (recipe.order != defaults.order)
        add("--order", std::to_string(recipe.order));
    const SmoothingOptions& s = recipe.smoothing;
    if (s.method != SmoothingMethod::Numpy)
        add("--method", std::string(methodName(s.method)));
    if (s.window)
        add("--window", std::to_string(*s.window));
    if (s.polyorder)
        add("--polyorder", std::to_string(*s.polyorder));
    if (s.lam)
        add("--lam", formatDouble(*s.lam));
    if (s.alpha)
        add("--alpha", formatDouble(*s.alpha));
    if (s.iterations)
        add("--iterations", std::to_string(*s.iterations));
    if (s.ratio)
        add("--ratio", formatDouble(*s.ratio));
    if (recipe.smoothed)
        args.emplace_back("--smoothed");
    if (recipe.uncertainty)
        args.emplace_back("--uncertainty");
    if (recipe.noiseSd) {
        add("--noise-sd", formatDouble(*recipe.noiseSd));
    } else if (!recipe.columnNoiseSd.empty()) {
        std::vector<std::string> items;
        for (const ColumnNoise& c : recipe.columnNoiseSd)
            items.push_back(c.column + "=" + formatDouble(c.sd));
        add("--noise-sd", joinList(items));
    }
    if (recipe.strict)
        args.emplace_back("--strict");
    return args;
}

bool parseRecipeOption(const std::vector<std::string>& args, std::size_t& index, Recipe& recipe)
{
    std::string option = args.at(index);
    std::optional<std::string> inlineValue;
    if (option.rfind("--", 0) == 0) {
        if (const auto eq = option.find('='); eq != std::string::npos) {
            inlineValue = option.substr(eq + 1);
            option.resize(eq);
        }
    }
    if (isFlag(option)) {
        if (inlineValue)
            throw RecipeError(Message { MessageId::OptionTakesNoValue, { option }, {} });
        if (option == "--smoothed")
            recipe.smoothed = true;
        else if (option == "--uncertainty")
            recipe.uncertainty = true;
        else
            recipe.strict = true;
        ++index;
        return true;
    }
    if (!takesValue(option))
        return false;
    std::string value;
    if (inlineValue) {
        value = *inlineValue;
    } else {
        if (index + 1 >= args.size())
            throw RecipeError(Message { MessageId::OptionNeedsValue, { option }, {} });
        value = args[index + 1];
        ++index;
    }
    apply(option, value, recipe);
    ++index;
    return true;
}

Recipe parseRecipe(const std::vector<std::string>& args)
{
    Recipe recipe;
    std::size_t index = 0;
    while (index < args.size()) {
        if (!parseRecipeOption(args, index, recipe))
            throw RecipeError(Message { MessageId::NotARecipeOption, { args[index] }, {} });
    }
    return recipe;
}

} // namespace tangent
