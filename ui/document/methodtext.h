// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the window names the derivative methods and what a run used, in words for people (the
// legend, the method chooser, the undo history). The command-line names and the provenance lines
// are the core's (core/smoothing/smoothing.h).

#include "core/smoothing/smoothing.h"

#include <QString>

namespace tangent::ui {

/// "numpy.gradient", "Savitzky–Golay", "smoothing spline", "total variation", "Kalman smoother",
/// "Automatic".
QString methodDisplayName(SmoothingMethod method);

/// The method and its parameters as run, short enough for a legend: "Savitzky–Golay 21/3",
/// "smoothing spline λ=0.06", "total variation α=0.012", "Kalman smoother log₁₀(q/r)=−3.1".
QString methodSummary(const SmoothingOptions& used);

} // namespace tangent::ui
