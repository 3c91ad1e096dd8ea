// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The function lab: data generated from a function whose derivative is known, so a class can see
// how numpy.gradient's error depends on the spacing, the edge order and noise. Presets carry
// their exact derivatives; typed expressions (muparser syntax) get a high-precision numerical one.

#include "core/messages/message.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// A typed expression that cannot be used. what() names the problem and where it is, e.g.
/// "unexpected ')' at position 7"; position() is that 0-based character index (the text's length
/// when the expression ends too early).
class ExpressionError : public std::invalid_argument, public MessageCarrier {
public:
    ExpressionError(Message message, std::size_t position);
    [[nodiscard]] std::size_t position() const noexcept { return m_position; }

private:
    std::size_t m_position;
};

/// A formula in the variable x, parsed once by muparser and evaluated many times. Syntax:
/// numbers, x, pi, _pi, _e, + - * / ^ (power), parentheses, comparisons and "c ? a : b", and the
/// functions sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh exp ln (natural)
/// log (natural) log2 log10 sqrt abs sign rint, min(a, b, ...) max sum avg.
/// Evaluation is not thread-safe (one Expression per thread).
class Expression {
public:
    /// Parses `text`; throws ExpressionError for a syntax error, an unknown name, or several
    /// comma-separated expressions.
    explicit Expression(const std::string& text);
    ~Expression();
    Expression(Expression&& other) noexcept;
    Expression& operator=(Expression&& other) noexcept;
    Expression(const Expression&) = delete;
    Expression& operator=(const Expression&) = delete;

    /// The value at x (NaN or inf where the formula is undefined, e.g. ln(-1), 1/0).
    double operator()(double x) const;
    /// The derivative at x by numericalDerivative.
    [[nodiscard]] double derivative(double x) const;
    [[nodiscard]] const std::string& text() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// d/dx f at x by Richardson extrapolation of central differences: D(h) = (f(x+h) - f(x-h)) / (2h)
/// for h = h0, h0/2, h0/4, ... (h0 = 2^-6 * max(|x|, 1)), combined in long double to cancel the
/// h^2, h^4, ... error terms, stopping where the estimated error stops falling. f itself is
/// evaluated in double, so for a smooth f that varies on a scale of at least ~h0 the result is
/// typically within 1e-11 relative (often 1e-13); near kinks, jumps or singularities it is not a
/// derivative. `errorEstimate`, if given, receives the last change between extrapolation levels.
double numericalDerivative(const std::function<double(double)>& f, double x, double* errorEstimate = nullptr);

/// A function of x together with its derivative.
struct LabFunction {
    std::string name; ///< "sin", "x^2", ... or the expression text
    std::string expression; ///< the formula in Expression syntax
    std::function<double(double)> value;
    std::function<double(double)> derivative;
    bool exactDerivative = true; ///< false: numericalDerivative of a typed expression
};

/// The built-in functions.
enum class Preset { Sin, Cos, Exp, Log, Square, Cube, Abs, Step, NoisyLine };

/// A preset's name, formula, derivative (as text) and a suitable default range and noise.
struct PresetInfo {
    Preset preset;
    std::string_view name; ///< "sin", "x^2", "|x|", "noisy line", ...
    std::string_view expression; ///< in Expression syntax: "sin(x)", "x^2", "abs(x)", ...
    std::string_view derivative; ///< "cos(x)", "2*x", ...
    double from;
    double to;
    double noise; ///< default noise standard deviation (non-zero for "noisy line" only)
};

/// Every preset, in menu order.
std::span<const PresetInfo> presets();
const PresetInfo& presetInfo(Preset preset);
std::optional<Preset> presetByName(std::string_view name);

/// A preset with its exact derivative. Where it has none, the derivative is NaN: |x| and step
/// at x = 0, log for x <= 0.
LabFunction presetFunction(Preset preset);

/// A typed expression in x, with numericalDerivative as its derivative. Throws ExpressionError.
LabFunction expressionFunction(const std::string& text);

/// How to sample a function.
struct SampleOptions {
    double from = 0.0;
    double to = 1.0;
    std::size_t points = 101;
    /// 0: evenly spaced (as numpy.linspace). Otherwise each interior x moves by a uniform random
    /// amount of up to jitter * step / 2 either way, so 0 <= jitter < 1 keeps x increasing.
    double jitter = 0.0;
    std::uint64_t jitterSeed = 1;
    /// Standard deviation of additive Gaussian noise on y (0: none).
    double noise = 0.0;
    std::uint64_t noiseSeed = 1;
};

/// Samples of a function: x, y (with noise), the noise-free values and the exact derivative.
struct SampledFunction {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> cleanY;
    std::vector<double> exactDerivative;
};

/// Samples `f`. The same options (seeds included) give the same numbers on every run. Throws
/// std::invalid_argument for fewer than 2 points, a range that is not finite and increasing,
/// jitter outside [0, 1) or negative noise.
SampledFunction sampleFunction(const LabFunction& f, const SampleOptions& options);

/// numpy.linspace(from, to, n): from + i * step with step = (to - from) / (n - 1), the last
/// point exactly `to`.
std::vector<double> evenlySpaced(double from, double to, std::size_t n);

/// `count` point counts from `first` to `last`, evenly spaced on a log scale, rounded, without
/// repeats: logSpacedCounts(10, 10000, 4) = {10, 100, 1000, 10000}.
std::vector<std::size_t> logSpacedCounts(std::size_t first, std::size_t last, std::size_t count);

/// The least-squares slope of log(y) against log(x), over the pairs where both are positive and
/// finite; NaN if there are fewer than two.
double logLogSlope(std::span<const double> x, std::span<const double> y);

/// The error of tangent::gradient against the exact derivative for one number of points.
struct ConvergenceRow {
    std::size_t points = 0;
    double spacing = 0.0; ///< (to - from) / (points - 1)
    double maxErrorEdge1 = 0.0; ///< max |error| over all rows, edge order 1
    double maxErrorEdge2 = 0.0; ///< max |error| over all rows, edge order 2
    double maxInteriorError = 0.0; ///< max |error| over the interior rows (the same for both)
};

/// Errors against the number of points, and the fitted log-log slopes (error ~ points^slope).
/// For a smooth function whose second derivative is not zero at the ends, edge order 1 gives a
/// slope near -1 (its first-order ends dominate), edge order 2 and the interior near -2. Exact
/// cases (a parabola with edge order 2) have rounding-level errors and meaningless slopes.
struct ConvergenceStudy {
    std::vector<ConvergenceRow> rows;
    double slopeEdge1 = 0.0;
    double slopeEdge2 = 0.0;
    double slopeInterior = 0.0;
};

/// Samples `f` on [from, to] (no noise; `jitter` and `seed` as in SampleOptions) with each count
/// of points (each >= 3), differentiates with x as coordinates, and measures the errors.
ConvergenceStudy convergenceStudy(const LabFunction& f, double from, double to, std::span<const std::size_t> counts,
    double jitter = 0.0, std::uint64_t seed = 1);

} // namespace tangent
