// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gradient/spacing.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace tangent {
SpacingScan::SpacingScan(double tolerance)
{
    m_facts.tolerance = tolerance;
}

void SpacingScan::add(std::span<const double> x)
{
    for (const double v : x)
        addOne(v);
}

void SpacingScan::addOne(double v)
{
    const std::size_t row = m_rows++;
    if (std::isnan(v)) {
        if (m_facts.gapCount++ < kSpacingRowsKept)
            m_facts.gapRows.push_back(row);
    } else {
        if (row > 0 && v == m_last) {
            if (m_facts.repeatedCount++ == 0)
                m_facts.firstRepeatedValue = v;
            if (m_facts.repeatedRows.size() < kSpacingRowsKept)
                m_facts.repeatedRows.push_back(row);
        }
        // Decreases look back past gaps to the previous number.
        if (m_lastNumberRow) {
            ++m_numberSteps;
            if (v < m_lastNumber) {
                ++m_decreasingSteps;
                if (!m_facts.firstDecrease)
                    m_facts.firstDecrease = SpacingFacts::Decrease { row, *m_lastNumberRow, v, m_lastNumber };
            }
        }
        m_lastNumberRow = row;
        m_lastNumber = v;
    }
    if (row > 0) {
        // Steps include NaN ones, as numpy's uniform test sees them.
        const double d = v - m_last;
        if (row == 1) {
            m_first = m_smallest = m_largest = d;
        } else {
            // numpy's test: exact equality with the first step (so a NaN step fails it).
            m_exact = m_exact && d == m_first;
            // Written so that a NaN or infinite step fails.
            m_nearly = m_nearly && std::abs(d - m_first) <= m_facts.tolerance * std::abs(m_first);
            m_smallest = std::min(m_smallest, d);
            m_largest = std::max(m_largest, d);
        }
        m_finite = m_finite && std::isfinite(d);
    }
    m_last = v;
}

SpacingFacts SpacingScan::facts() const
{
    SpacingFacts facts = m_facts;
    facts.decreasingThroughout = m_numberSteps > 0 && m_decreasingSteps == m_numberSteps;
    if (m_rows < 2)
        return facts;
    if (m_finite) {
        facts.smallestStep = m_smallest;
        facts.largestStep = m_largest;
    }
    if (m_exact)
        facts.uniformity = Uniformity::Exact;
    else if (m_nearly)
        facts.uniformity = Uniformity::Nearly;
    else
        facts.uniformity = Uniformity::Uneven;
    return facts;
}

SpacingFacts spacingFacts(std::span<const double> x, double tolerance)
{
    SpacingScan scan(tolerance);
    scan.add(x);
    return scan.facts();
}

bool evenlySpaced(std::span<const double> x, double tolerance)
{
    if (x.size() < 3)
        return true;
    const double first = x[1] - x[0];
    for (std::size_t i = 2; i < x.size(); ++i) {
        // Written so that a NaN or infinite step fails.
        if (!(std::abs((x[i] - x[i - 1]) - first) <= tolerance * std::abs(first)))
            return false;
    }
    return true;
}

ResolvedSpacing::ResolvedSpacing(Spacing spacing, std::size_t length, int axis) : m_spacing(std::move(spacing))
{
    const AxisSpacing resolved = resolveSpacing(m_spacing, length, axis);
    m_uniform = resolved.uniform;
    m_h = resolved.h;
    // Coordinates that passed numpy's uniform test are used only through h from here on; a big
    // column is not worth keeping a copy of.
    if (m_uniform && m_spacing.isCoordinates())
        m_spacing = Spacing::uniform(m_h);
}

AxisSpacing ResolvedSpacing::axis() const
{
    AxisSpacing axis;
    axis.uniform = m_uniform;
    axis.h = m_h;
    if (!m_uniform)
        axis.x = m_spacing.coords();
    return axis;
}

} // namespace tangent
