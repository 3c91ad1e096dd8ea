// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/spacingwarnings.h"

#include "core/errors.h"
#include "core/gradient/spacing.h"
#include "core/io/numberformat.h"

namespace tangent {

std::vector<std::string> spacingWarnings(
    const CsvTable& table, std::optional<std::size_t> xIndex, const std::string& source)
{
    if (!xIndex)
        return {};
    const CsvColumn& x = table.columns[*xIndex];
    return spacingWarnings(spacingFacts(x.values), x.name, *xIndex, table.firstDataLine, source);
}

std::vector<std::string> spacingWarnings(const SpacingFacts& facts, const std::string& xName, std::size_t xIndex,
    std::size_t firstDataLine, const std::string& source)
{
    std::vector<std::string> lines;
    const std::string name = "x ('" + xName + "')";
    const auto at = [&](std::size_t row, const std::string& message) {
        lines.emplace_back(InputError(source, firstDataLine + row, xIndex + 1, message).what());
    };
    if (facts.decreasingThroughout) {
        at(0, name + " decreases throughout; the derivatives are still correct");
    } else if (facts.firstDecrease) {
        const SpacingFacts::Decrease& decrease = *facts.firstDecrease;
        at(decrease.row,
            name + " is not increasing: " + formatDouble(decrease.value) + " comes after "
                + formatDouble(decrease.previousValue)
                + "; numpy.gradient does not sort, so the slopes across each step back are meaningless");
    }
    if (!facts.repeatedRows.empty()) {
        const std::size_t row = facts.repeatedRows.front();
        const std::size_t more = facts.repeatedCount - 1;
        at(row,
            name + " repeats (" + formatDouble(facts.firstRepeatedValue) + " twice in a row"
                + (more > 0 ? ", and in " + std::to_string(more) + " more place(s)" : std::string())
                + "): the step there is 0, so the slopes next to it are infinite or NaN");
    }
    if (!facts.gapRows.empty()) {
        at(facts.gapRows.front(),
            name + " has " + std::to_string(facts.gapCount)
                + " gap(s) (empty or NaN cells), the first here: the derivatives next to them are NaN");
    } else if (facts.uniformity == Uniformity::Nearly) {
        at(0,
            name + " is evenly spaced to within " + formatDouble(facts.tolerance)
                + " (relative) but not exactly (steps from " + formatDouble(facts.smallestStep) + " to "
                + formatDouble(facts.largestStep)
                + "): numpy then uses its non-uniform formula, and so does tangent-cli");
    }
    return lines;
}

} // namespace tangent
