#include "core/spacing.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace tangent {
namespace {

void findDecrease(std::span<const double> x, SpacingFacts& facts)
{
    std::optional<std::size_t> previous;
    std::size_t steps = 0;
    std::size_t decreasing = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]))
            continue;
        if (previous) {
            ++steps;
            if (x[i] < x[*previous]) {
                ++decreasing;
                if (!facts.firstDecrease)
                    facts.firstDecrease = SpacingFacts::Decrease { i, *previous };
            }
        }
        previous = i;
    }
    facts.decreasingThroughout = steps > 0 && decreasing == steps;
}

void measureSteps(std::span<const double> x, SpacingFacts& facts)
{
    if (x.size() < 2)
        return;
    const double first = x[1] - x[0];
    double smallest = first;
    double largest = first;
    bool exact = true;
    bool finite = std::isfinite(first);
    for (std::size_t i = 1; i + 1 < x.size(); ++i) {
        const double d = x[i + 1] - x[i];
        finite = finite && std::isfinite(d);
        // numpy's test: exact equality with the first step (so a NaN step fails it).
        exact = exact && d == first;
        smallest = std::min(smallest, d);
        largest = std::max(largest, d);
    }
    if (finite) {
        facts.smallestStep = smallest;
        facts.largestStep = largest;
    }
    if (exact)
        facts.uniformity = Uniformity::Exact;
    else if (evenlySpaced(x, facts.tolerance))
        facts.uniformity = Uniformity::Nearly;
    else
        facts.uniformity = Uniformity::Uneven;
}

} // namespace

SpacingFacts spacingFacts(std::span<const double> x, double tolerance)
{
    SpacingFacts facts;
    facts.tolerance = tolerance;
    findDecrease(x, facts);
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]))
            facts.gapRows.push_back(i);
        else if (i > 0 && x[i] == x[i - 1])
            facts.repeatedRows.push_back(i);
    }
    measureSteps(x, facts);
    return facts;
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
