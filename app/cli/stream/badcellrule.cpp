// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/badcellrule.h"

#include <algorithm>
#include <cmath>

namespace tangent {

BadCellRule::BadCellRule(const StreamLayout& layout, bool defaultY, bool strict, std::vector<InputError> leftOut)
    : m_layout(layout), m_defaultY(defaultY), m_strict(strict), m_leftOut(std::move(leftOut)), m_ys(layout.ys.size())
{
}

void BadCellRule::note(const RowBlock& block)
{
    for (const BadCell& cell : block.badCells) {
        if (cell.column == m_layout.x) {
            if (!m_xBad)
                m_xBad = cell;
            continue;
        }
        const auto at = std::ranges::find(m_layout.ys, cell.column);
        if (at == m_layout.ys.end())
            continue;
        const auto slot = static_cast<std::size_t>(at - m_layout.ys.begin());
        Seen& seen = m_ys[slot];
        if (seen.bad)
            continue;
        const std::vector<double>& values = block.ys[slot];
        seen.bad = cell;
        seen.afterNumber = seen.sawNumber
            || std::any_of(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(cell.row),
                [](double v) { return !std::isnan(v); });
    }
    for (std::size_t slot = 0; slot < m_ys.size(); ++slot) {
        Seen& seen = m_ys[slot];
        if (!seen.sawNumber)
            seen.sawNumber = std::ranges::any_of(block.ys[slot], [](double v) { return !std::isnan(v); });
    }
}

bool BadCellRule::failing() const
{
    if (m_xBad)
        return true;
    return std::ranges::any_of(
        m_ys, [&](const Seen& seen) { return seen.bad && (!m_defaultY || (m_strict && seen.afterNumber)); });
}

InputError BadCellRule::notNumeric(const BadCell& cell, const char* role) const
{
    return { m_layout.source, cell.line, cell.column + 1,
        Message { MessageId::ColumnNotNumericCell, { role, m_layout.names[cell.column], cell.text }, {} } };
}

std::vector<std::size_t> BadCellRule::finish() const
{
    if (m_xBad)
        throw notNumeric(*m_xBad, "x");
    std::vector<std::size_t> leftOut;
    for (std::size_t slot = 0; slot < m_ys.size(); ++slot) {
        const Seen& seen = m_ys[slot];
        if (!seen.bad)
            continue;
        if (!m_defaultY || (m_strict && seen.afterNumber))
            throw notNumeric(*seen.bad, "y");
        leftOut.push_back(slot);
    }
    if (leftOut.size() == m_ys.size())
        throw InputError(m_layout.source, 0, 0, Message { MessageId::NoNumericColumn, {}, {} });
    return leftOut;
}

std::vector<InputError> BadCellRule::warnings() const
{
    std::vector<InputError> warnings = m_leftOut;
    for (const Seen& seen : m_ys) {
        if (leftOutWithWarning(seen)) {
            const BadCell& cell = *seen.bad;
            warnings.emplace_back(m_layout.source, cell.line, cell.column + 1,
                Message { MessageId::ColumnLeftOut, { m_layout.names[cell.column], cell.text }, {} });
        }
    }
    std::ranges::stable_sort(warnings, {}, &InputError::column);
    return warnings;
}

} // namespace tangent
