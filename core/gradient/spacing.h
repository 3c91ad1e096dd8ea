// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Facts about an x column that a user should hear about before trusting a derivative: where it
// stops increasing, where it repeats, where it has gaps, and whether it is evenly spaced (exactly,
// as numpy tests it, or only nearly). Both front ends word these; neither computes them.
// Also the spacing of one axis resolved once and owned (ResolvedSpacing).

#include "core/gradient/gradient.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace tangent {

/// The relative tolerance of "nearly uniform": every step within 1e-9 of the first step.
inline constexpr double kNearlyUniformTolerance = 1e-9;

/// How many repeated and gap rows SpacingFacts lists; beyond, they are only counted, so that a
/// column of any length is scanned in bounded memory.
inline constexpr std::size_t kSpacingRowsKept = 1000;

/// How evenly an x column is spaced.
enum class Uniformity {
    Exact, ///< every step equals the first exactly: numpy's uniform formulas apply
    Nearly, ///< every step within the tolerance of the first, but not exactly: numpy's non-uniform ones
    Uneven, ///< some step differs by more, or a step is not finite
};

/// What spacingFacts found in an x column. Rows are 0-based indexes into the column.
struct SpacingFacts {
    /// The first row whose value is below the previous non-NaN value, and that previous row.
    struct Decrease {
        std::size_t row = 0;
        std::size_t previousRow = 0;
        double value = 0.0; ///< x at row
        double previousValue = 0.0; ///< x at previousRow
    };
    std::optional<Decrease> firstDecrease;
    /// Every step between consecutive non-NaN values goes down (and there is at least one step).
    bool decreasingThroughout = false;
    /// The second row of each pair of adjacent equal values (a zero step), in order; only the
    /// first kSpacingRowsKept are kept, repeatedCount counts them all.
    std::vector<std::size_t> repeatedRows;
    std::size_t repeatedCount = 0;
    double firstRepeatedValue = 0.0; ///< x at repeatedRows.front()
    /// The rows holding NaN (empty cells), in order; the first kSpacingRowsKept, of gapCount.
    std::vector<std::size_t> gapRows;
    std::size_t gapCount = 0;
    Uniformity uniformity = Uniformity::Exact;
    double smallestStep = 0.0; ///< over all steps, when every step is finite; else 0
    double largestStep = 0.0;
    double tolerance = kNearlyUniformTolerance; ///< the relative tolerance Nearly was judged with
};

/// Computes SpacingFacts incrementally, for a column that arrives in pieces (a streamed file):
/// memory is constant apart from the kSpacingRowsKept rows listed. Feeding a column in any
/// split gives the facts of the whole.
class SpacingScan {
public:
    explicit SpacingScan(double tolerance = kNearlyUniformTolerance);
    /// The next values of the column, rows continuing from the previous call.
    void add(std::span<const double> x);
    [[nodiscard]] SpacingFacts facts() const;

private:
    void addOne(double v);

    SpacingFacts m_facts;
    std::size_t m_rows = 0;
    double m_last = 0.0; ///< the previous value (NaN included), for steps and repeats
    std::optional<std::size_t> m_lastNumberRow; ///< the previous non-NaN value's row, for decreases
    double m_lastNumber = 0.0;
    std::size_t m_numberSteps = 0; ///< steps between consecutive non-NaN values
    std::size_t m_decreasingSteps = 0;
    double m_first = 0.0; ///< the first step
    double m_smallest = 0.0;
    double m_largest = 0.0;
    bool m_finite = true;
    bool m_exact = true;
    bool m_nearly = true;
};

/// The facts about x coordinates `x` (numpy's uniform test for Exact; `tolerance` relative to the
/// first step for Nearly). Fewer than two values are Exact with no steps.
SpacingFacts spacingFacts(std::span<const double> x, double tolerance = kNearlyUniformTolerance);

/// True if every step of `x` is finite and within `tolerance` (relative) of the first step.
/// Fewer than three values are trivially evenly spaced.
bool evenlySpaced(std::span<const double> x, double tolerance = kNearlyUniformTolerance);

/// The spacing of one axis after numpy's checks and uniform test, owning its coordinates, so that
/// the view into them (axis()) can never outlive them. Copies are safe.
class ResolvedSpacing {
public:
    /// Applies resolveSpacing: throws GradientError (CoordinateLengthMismatch, CoordinatesTooShort).
    ResolvedSpacing(Spacing spacing, std::size_t length, int axis = 0);

    /// The spacing as given, except that coordinates which passed numpy's uniform test are kept
    /// as Spacing::uniform(h) (the same formulas, without a copy of the column).
    [[nodiscard]] const Spacing& spacing() const { return m_spacing; }
    /// The resolved view for the kernels; its coordinates point into this object.
    [[nodiscard]] AxisSpacing axis() const;
    /// numpy's uniform test passed (or the spacing was a scalar): formulas with step h().
    [[nodiscard]] bool uniform() const { return m_uniform; }
    [[nodiscard]] double h() const { return m_h; }

private:
    Spacing m_spacing;
    bool m_uniform = true;
    double m_h = 1.0;
};

} // namespace tangent
