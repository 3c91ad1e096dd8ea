// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/spacingwarnings.h"

#include "core/engine/xaxis.h"
#include "core/errors.h"
#include "core/gradient/spacing.h"
#include "core/io/numberformat.h"

#include <algorithm>
#include <cctype>

namespace tangent {

std::vector<InputError> spacingWarningMessages(
    const CsvTable& table, std::optional<std::size_t> xIndex, const std::string& source)
{
    if (!xIndex)
        return {};
    const CsvColumn& x = table.columns[*xIndex];
    const std::optional<std::size_t> group = groupCandidate(table, xIndex);
    return spacingWarningMessages(spacingFacts(x.values), x.name, *xIndex, table.firstDataLine, source,
        group ? std::optional<std::string>(table.columns[*group].name) : std::nullopt);
}

std::optional<std::size_t> groupCandidate(const CsvTable& table, std::optional<std::size_t> xIndex)
{
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c != xIndex && xRoleOf(table.columns[c], table.decimalComma) == XRole::Text)
            return c;
    }
    return std::nullopt;
}

namespace {

/// `name` as one shell word: quoted when it holds anything but letters, digits and _ . -
std::string shellWord(const std::string& name)
{
    const bool plain = !name.empty() && std::ranges::all_of(name, [](unsigned char c) {
        return std::isalnum(c) != 0 || c == '_' || c == '.' || c == '-';
    });
    if (plain)
        return name;
    std::string quoted = "'";
    for (const char c : name)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

} // namespace

std::vector<InputError> spacingWarningMessages(const SpacingFacts& facts, const std::string& xName, std::size_t xIndex,
    std::size_t firstDataLine, const std::string& source, const std::optional<std::string>& groupCandidate)
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
        if (groupCandidate) {
            // Worded about the text column, not x: at() puts x's name first, so it is dropped.
            lines.emplace_back(source, firstDataLine + decrease.row, xIndex + 1,
                Message { MessageId::XNotIncreasingGroupHint,
                    { *groupCandidate, "--group " + shellWord(*groupCandidate) }, {} });
        }
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
