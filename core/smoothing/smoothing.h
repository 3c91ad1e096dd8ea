// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Derivatives of noisy data: Savitzky–Golay, smoothing spline, total variation, Kalman smoother,
// and an automatic choice among them. The methods, their parameters and the references the code
// follows are described in docs/smoothing.md.

#include "core/messages/message.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// How a derivative is computed. Numpy is numpy.gradient (core/gradient/gradient.h), the exact default.
enum class SmoothingMethod : std::uint8_t { Numpy, Savgol, Spline, Tvr, Kalman, Auto };

/// The name used on the command line: "numpy", "savgol", "spline", "tvr", "kalman", "auto".
std::string_view methodName(SmoothingMethod method);

/// The method named `name`, or nullopt.
std::optional<SmoothingMethod> parseMethodName(std::string_view name);

/// What to compute. Unset parameters are chosen from the data (window, lam, alpha, ratio) or take
/// a fixed default (polyorder 3, iterations 20). A parameter of another method is an error.
struct SmoothingOptions {
    SmoothingMethod method = SmoothingMethod::Auto;
    int order = 1; ///< derivative order k
    std::optional<int> window; ///< savgol: odd number of points W
    std::optional<int> polyorder; ///< savgol: polynomial order P < W
    std::optional<double> lam; ///< spline: λ > 0 of Σ(y − f)² + λ∫f''²
    std::optional<double> alpha; ///< tvr: α > 0 of α∫|u'| + ½∫(∫u − y)²
    std::optional<int> iterations; ///< tvr: lagged-diffusivity iterations
    std::optional<double> ratio; ///< kalman: log10(q/r)
    bool smoothedCurve = true; ///< also return the smoothed curve (savgol computes it apart)

    bool operator==(const SmoothingOptions&) const = default;
};

/// Why smoothing cannot be done. what() is a sentence naming the option or value; `row()` is the
/// 0-based sample the problem is at (x not increasing, an infinite value), or npos.
class SmoothingError : public std::invalid_argument, public MessageCarrier {
public:
    /// What is at fault at row(): the x coordinates, or (in general) the data and options.
    enum class Subject : std::uint8_t { General, X };

    explicit SmoothingError(Message message, std::size_t row = npos, Subject subject = Subject::General);
    explicit SmoothingError(const std::string& message, std::size_t row = npos, Subject subject = Subject::General)
        : SmoothingError(plainMessage(message), row, subject)
    {
    }
    [[nodiscard]] std::size_t row() const noexcept { return m_row; }
    [[nodiscard]] Subject subject() const noexcept { return m_subject; }
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    std::size_t m_row;
    Subject m_subject;
};

/// One series: values y at coordinates x (strictly increasing where y is not NaN), or, when x is
/// empty, at a uniform spacing h.
struct Series {
    std::span<const double> y;
    std::span<const double> x;
    double h = 1.0;
};

/// The derivative (and the smoothed curve), with what was done.
struct SmoothingResult {
    std::vector<double> derivative;
    std::vector<double> smoothed; ///< empty if options.smoothedCurve was false and it cost extra
    SmoothingOptions used; ///< the method actually run (never Auto) with every parameter set
    bool automatic = false; ///< some parameter (or the method) was chosen from the data
    bool chosenByAuto = false; ///< the method itself was chosen by `auto`
    std::string objective; ///< one line: what was minimised, with which parameters

    /// "savgol window=31 polyorder=3 (chosen automatically)", as in the output's provenance lines.
    [[nodiscard]] std::string provenance() const;
};

/// Checks `options` on their own (no data): ranges, parameters that belong to another method,
/// orders a method cannot give. Throws SmoothingError.
void checkSmoothingOptions(const SmoothingOptions& options);

/// The k-th derivative of `series` by options.method (not Numpy). Rows with NaN y (or NaN x) are
/// left out of the fit; see docs/smoothing.md for what their own derivative is. Throws
/// SmoothingError for bad options, too few points, or x not strictly increasing.
SmoothingResult smoothDerivative(const Series& series, const SmoothingOptions& options);

/// The weights of one Savitzky–Golay output row: derivative[row] = Σ weights[j] · y[rows[j]]
/// (0-based rows of the series; rows with NaN y never take part).
struct SavgolRowWeights {
    std::size_t row = 0;
    std::vector<std::size_t> rows;
    std::vector<double> weights;
    double value = 0.0;
};

/// The weights Savitzky–Golay applies at every row of `series`, for --explain (window and
/// polyorder as in `result.used`). Rows with NaN y are skipped.
std::vector<SavgolRowWeights> savgolExplain(const Series& series, const SmoothingOptions& used);

} // namespace tangent
