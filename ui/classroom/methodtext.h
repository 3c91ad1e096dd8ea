// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Words for the smoothing methods in the classroom views: their names, and for the Explain panel a
// paragraph on what each method minimised, with which parameter, chosen how (docs/smoothing.md).

#include "core/smoothing/smoothing.h"

#include <QColor>
#include <QString>

namespace tangent::ui {

/// "numpy.gradient", "Savitzky–Golay", "smoothing spline", "total variation", "Kalman smoother",
/// "Automatic".
QString methodTitle(SmoothingMethod method);

/// The colour a method is drawn in throughout the lesson (numpy a light grey: it is the noise).
QColor methodColour(SmoothingMethod method);

/// What `used` minimised, its parameter with the value used, and how that value was chosen
/// (`automatic`: from the data). For auto (`chosenByAuto`), says that it chose this method.
/// Savitzky–Golay gets one sentence (its weights are shown beside it); numpy an empty string.
QString methodParagraph(const SmoothingOptions& used, bool automatic, bool chosenByAuto);

} // namespace tangent::ui
