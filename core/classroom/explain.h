// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Show how every derivative value is computed": for each row of a 1-D gradient, the formula numpy
// uses there, the rows and coefficients it reads, and the arithmetic written out with numbers.
// The explanation is produced by running gradient's own kernels (core/gradient/gradientkernels.h) on a
// recording number type, so its text and its value cannot disagree with gradient()'s.

#include "core/gradient/gradient.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// Which of numpy's formulas gives a row (docs/numpy-gradient.md §3).
enum class FormulaKind {
    InteriorUniform, ///< (y[i+1] - y[i-1]) / (2h)
    InteriorNonUniform, ///< a * y[i-1] + b * y[i] + c * y[i+1], weights from the gaps p, q
    EdgeFirstOrder, ///< (y[1] - y[0]) / h or / (x[1] - x[0]); likewise at the right end
    EdgeSecondOrderUniform, ///< A * y[0] + B * y[1] + C * y[2] with A = -1.5 / h, ...
    EdgeSecondOrderNonUniform, ///< A * y[0] + B * y[1] + C * y[2], weights from the gaps p, q
};

/// Where a row lies: the first row, the last row, or between them.
enum class Side { Left, Interior, Right };

/// A number a coefficient was computed from or is: symbol, how it was computed (numpy's
/// operation order; empty for a given spacing or coordinate difference), and its value.
struct ExplainedQuantity {
    std::string symbol; ///< "2h", "h", "p", "q", "a", "A", "x[1] - x[0]", ...
    std::string definition; ///< "2.0 * h", "(-q) / (p * (p + q))", ... or empty
    double value = 0.0;
};

/// How one derivative value was computed.
struct ExplainedPoint {
    std::size_t row = 0;
    FormulaKind kind = FormulaKind::InteriorUniform;
    Side side = Side::Interior;
    std::vector<std::size_t> rows; ///< the y rows read, ascending
    std::vector<double> coefficients; ///< as used: {divisor} or {weight of rows[0], [1], [2]}
    std::vector<ExplainedQuantity> quantities; ///< gaps and coefficients with their definitions
    std::string symbolic; ///< "(y[i+1] - y[i-1]) / (2h)", "A * y[0] + B * y[1] + C * y[2]", ...
    std::string expression; ///< "(y[3] - y[1]) / 2": y named by row, coefficients as numbers
    std::string substituted; ///< "(9 - 2) / 2": y values instead of names
    double value = 0.0; ///< the derivative, bit for bit gradient()'s
};

/// Explains every row of numpy.gradient(y, spacing, edge_order=edgeOrder). The values equal
/// gradientRange's bit for bit. Throws GradientError as gradient() does (edge order other than 1
/// or 2, too few points); std::invalid_argument if coordinates and y differ in length.
std::vector<ExplainedPoint> explainGradient(std::span<const double> y, const AxisSpacing& spacing, int edgeOrder);

/// As above for rows [first, last) only (last clamped to y's length), in time independent of the
/// length: one row of a long column, as the Explain panel shows it. The points are those the full
/// call gives for these rows. Throws as above.
std::vector<ExplainedPoint> explainGradient(
    std::span<const double> y, const AxisSpacing& spacing, int edgeOrder, std::size_t first, std::size_t last);

/// As above, applying numpy's spacing rules (coordinates whose gaps are all equal are uniform).
std::vector<ExplainedPoint> explainGradient(std::span<const double> y, const Spacing& spacing, int edgeOrder);

/// "expression = value", the line tangent-cli --explain prints: "(y[2] - y[0]) / 2 = 1.5".
/// Numbers are written as Python writes floats (formatPythonFloat), except data values and
/// divisors, which drop a trailing ".0" (formatCompactFloat): "(y[1] - y[0]) / 1 = 1.0".
std::string explainLine(const ExplainedPoint& point);

/// "substituted = value", for the Explain panel: "(4 - 1) / 2 = 1.5".
std::string substitutedLine(const ExplainedPoint& point);

/// "symbolic" with its quantities: "(y[i+1] - y[i-1]) / (2h), 2h = 2.0 * h = 2".
std::string symbolicLine(const ExplainedPoint& point);

/// A short English name of the formula: "central difference", "one-sided difference", ...
std::string_view formulaName(FormulaKind kind);

/// Recomputes point.value from point.rows and point.coefficients of `y`, in the order the
/// formula states: (y[r1] - y[r0]) / d, or ((w0 * y[r0]) + (w1 * y[r1])) + (w2 * y[r2]).
double evaluateExplained(const ExplainedPoint& point, std::span<const double> y);

/// Evaluates the text of an explained expression (or a whole line; anything from '=' on is
/// ignored): numbers, y[k] read from `y`, + - * / with the usual precedence, left to right,
/// parentheses, unary minus, nan and inf. Each operation is one IEEE double operation, so the
/// explained expression evaluates to exactly the explained value. Throws std::invalid_argument
/// for text it cannot read or a row outside `y`.
double evaluateExpression(std::string_view text, std::span<const double> y = {});

/// Python's repr() of a float: shortest round-trip digits, fixed notation for decimal exponents
/// -4..15 with ".0" on integral values, otherwise "1e-05" / "1.5e+16"; "nan", "inf", "-inf".
std::string formatPythonFloat(double value);

/// formatPythonFloat without the ".0" of integral values: "2", "1.5", "1e+16".
std::string formatCompactFloat(double value);

} // namespace tangent
