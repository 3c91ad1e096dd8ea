// SPDX-License-Identifier: GPL-3.0-or-later
// The one provenance of a derivative CSV, worded from the plan so that tangent-cli (in memory and
// streamed), File → Export Derivative CSV and the batch export write the same "# " lines.

#include "core/engine/engine.h"
#include "core/io/numberformat.h"

#include <algorithm>

namespace tangent {
namespace {

/// numpy's own call for the plan: numpy.gradient(y, x) nested once per order.
std::string numpyCall(const EnginePlan& plan)
{
    std::string arguments = plan.axis.index ? std::string("x") : formatDouble(plan.recipe.dx.value_or(1.0));
    if (plan.recipe.edgeOrder != 1)
        arguments += ", edge_order=" + std::to_string(plan.recipe.edgeOrder);
    std::string call = "y";
    for (int k = 0; k < std::max(1, plan.recipe.order); ++k)
        call = std::string("numpy.gradient(").append(call).append(", ").append(arguments).append(")");
    return call;
}

} // namespace

std::vector<std::string> derivativeProvenance(const EnginePlan& plan, const EngineResult& result)
{
    const bool numpy = plan.recipe.smoothing.method == SmoothingMethod::Numpy;
    std::vector<std::string> lines {
        std::string("derivative computed by Tangent " TANGENT_VERSION)
            + (numpy ? " (numpy.gradient semantics)" : " (smoothing method, see docs/smoothing.md)"),
    };
    if (plan.axis.index) {
        std::string x = "x column: " + plan.table.columns[*plan.axis.index].name;
        if (plan.axis.isDate)
            x += " (dates; derivative per " + std::string(timeUnitSymbol(plan.axis.unit)) + ")";
        lines.push_back(x);
    } else {
        lines.push_back("spacing: uniform dx = " + formatDouble(plan.recipe.dx.value_or(1.0)));
    }
    if (numpy)
        lines.push_back("edge order: " + std::to_string(plan.recipe.edgeOrder));
    lines.push_back("derivative order: " + std::to_string(plan.recipe.order));
    if (numpy)
        lines.push_back("numpy equivalent: " + numpyCall(plan));
    lines.insert(lines.end(), result.provenance.begin(), result.provenance.end());
    if (plan.groupIndex)
        lines.push_back("grouped by: " + plan.table.columns[*plan.groupIndex].name
            + " (each group differentiated on its own rows, in file order)");
    return lines;
}

} // namespace tangent
