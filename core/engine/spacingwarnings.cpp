// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/spacingwarnings.h"

#include "core/errors.h"
#include "core/gradient/spacing.h"
#include "core/io/numberformat.h"

namespace tangent {

std::vector<InputError> spacingWarningMessages(
    const CsvTable& table, std::optional<std::size_t> xIndex, const std::string& source)
{
    if (!xIndex)
        return {};
    const CsvColumn& x = table.columns[*xIndex];
    return spacingWarningMessages(spacingFacts(x.values), x.name, *xIndex, table.firstDataLine, source);
}

std::vector<InputError> spacingWarningMessages(const SpacingFacts& facts, const std::string& xName, std::size_t xIndex,
    std::size_t firstDataLine, const std::string& source)
{
    std::vector<InputError> lines;
    const auto at = [&](std::size_t row, MessageId id, std::vector<MessageArg> args) {
        args.insert(args.begin(), xName);
        lines.emplace_back(source, firstDataLine + row, xIndex + 1, Message { id, std::move(args), {} });
    };
    if (facts.decreasingThroughout) {
        at(0, MessageId::XDecreases, {});
    } else if (facts.firstDecrease) {
        const SpacingFacts::Decrease& decrease = *facts.firstDecrease;
        at(decrease.row, MessageId::XNotIncreasing,
            { MessageArg::real(decrease.value), MessageArg::real(decrease.previousValue) });
    }
    if (!facts.repeatedRows.empty()) {
        const std::size_t row = facts.repeatedRows.front();
        const std::size_t more = facts.repeatedCount - 1;
        if (more > 0)
            at(row, MessageId::XRepeatsMore, { MessageArg::real(facts.firstRepeatedValue), MessageArg::integer(more) });
        else
            at(row, MessageId::XRepeats, { MessageArg::real(facts.firstRepeatedValue) });
    }
    if (!facts.gapRows.empty()) {
        at(facts.gapRows.front(), MessageId::XGaps, { MessageArg::integer(facts.gapCount) });
    } else if (facts.uniformity == Uniformity::Nearly) {
        at(0, MessageId::XNearlyUniform,
            { MessageArg::real(facts.tolerance), MessageArg::real(facts.smallestStep),
                MessageArg::real(facts.largestStep) });
    }
    return lines;
}

std::vector<std::string> spacingWarnings(
    const CsvTable& table, std::optional<std::size_t> xIndex, const std::string& source)
{
    return warningLines(spacingWarningMessages(table, xIndex, source));
}

std::vector<std::string> spacingWarnings(const SpacingFacts& facts, const std::string& xName, std::size_t xIndex,
    std::size_t firstDataLine, const std::string& source)
{
    return warningLines(spacingWarningMessages(facts, xName, xIndex, firstDataLine, source));
}

std::vector<std::string> warningLines(const std::vector<InputError>& warnings)
{
    std::vector<std::string> lines;
    lines.reserve(warnings.size());
    for (const InputError& warning : warnings)
        lines.emplace_back(warning.what());
    return lines;
}

} // namespace tangent
