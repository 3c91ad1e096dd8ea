// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Derivative methods of other programs, to answer "why does MATLAB / Origin / my spreadsheet give
// something else?": the same data differentiated their way, and the residuals against numpy's.
// On evenly spaced x all three agree with numpy's edge order 1 (up to rounding); on uneven x
// they differ in the interior (docs/numpy-gradient.md §7).

#include "core/gradient/gradient.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace tangent {

/// A way to differentiate sampled data.
enum class DerivativeMethod {
    Numpy, ///< numpy.gradient (tangent::gradient), with the chosen edge order
    MatlabGradient, ///< MATLAB / Octave gradient(y, x)
    AverageSlopes, ///< Origin's "Differentiate": mean of the slopes to the two neighbours
};

/// "numpy.gradient", "MATLAB/Octave gradient", "average of slopes (Origin, SciDAVis)".
std::string_view methodName(DerivativeMethod method);

/// MATLAB / Octave gradient(y, x):
///   g[0]   = (y[1] - y[0]) / (x[1] - x[0])
///   g[i]   = (y[i+1] - y[i-1]) / (x[i+1] - x[i-1])            for 0 < i < n-1
///   g[n-1] = (y[n-1] - y[n-2]) / (x[n-1] - x[n-2])
/// With a uniform spacing h, x[i+1] - x[i-1] is 2.0 * h and the ends divide by h. On uneven x the
/// interior is only first-order accurate (numpy weights the two gaps instead). Evaluated in this
/// order in double; MATLAB's own bits are not claimed (Octave, for one, computes the last value as
/// y[n-1]/h - y[n-2]/h). Coordinates are used as given, without numpy's uniform test.
/// Throws GradientError for fewer than 2 points or coordinates of the wrong length.
std::vector<double> matlabGradient(std::span<const double> y, const Spacing& spacing);

/// The average of the left and right slopes (Origin's Differentiate and LabTalk Derivative;
/// SciDAVis and QtiPlot use the same interior but drop the two ends):
///   g[i]   = 0.5 * ((y[i] - y[i-1]) / (x[i] - x[i-1]) + (y[i+1] - y[i]) / (x[i+1] - x[i]))
///   g[0]   = (y[1] - y[0]) / (x[1] - x[0]),   g[n-1] = (y[n-1] - y[n-2]) / (x[n-1] - x[n-2])
/// With a uniform spacing h every gap is h. Throws as matlabGradient.
std::vector<double> averageSlopes(std::span<const double> y, const Spacing& spacing);

/// The derivative by `method`; edgeOrder applies to DerivativeMethod::Numpy only.
std::vector<double> methodDerivative(
    DerivativeMethod method, std::span<const double> y, const Spacing& spacing, int edgeOrder = 1);

/// values[i] - reference[i] for each row (NaN where either is NaN). Throws std::invalid_argument
/// if the lengths differ.
std::vector<double> residuals(std::span<const double> values, std::span<const double> reference);

/// One method next to numpy: its values, the residuals method - numpy, and their summary over the
/// rows where the residual is a number.
struct MethodComparison {
    DerivativeMethod method = DerivativeMethod::Numpy;
    std::vector<double> values;
    std::vector<double> residuals;
    double maxAbsResidual = 0.0; ///< largest |residual| (0 if none is a number)
    std::optional<std::size_t> maxRow; ///< where it occurs (the first such row)
    double rmsResidual = 0.0; ///< root mean square of the residuals that are numbers
};

/// Compares `method` with numpy.gradient(y, spacing, edge_order=edgeOrder).
MethodComparison compareWithNumpy(
    DerivativeMethod method, std::span<const double> y, const Spacing& spacing, int edgeOrder = 1);

} // namespace tangent
