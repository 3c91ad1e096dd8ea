// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Axis ticks shared by every chart in the window (the main chart and the classroom dialogs'):
// round steps, ticks at round values with labels to match, and date-axis formats by span; and
// the chart's text scaled for presentation mode.

#include <QFont>

class QDateTimeAxis;
class QValueAxis;

namespace tangent::ui {

/// 1, 2 or 5 times a power of ten, at least `raw` (which must be positive and finite).
double niceStep(double raw);

/// Sets `axis` to [lo, hi] with ticks at round values about `spacing` pixels apart over its
/// `pixels` length, and as many decimals as the step needs (exponents for huge or tiny steps).
void setTickedRange(QValueAxis* axis, double lo, double hi, double pixels, double spacing);

/// A date-time axis' label format (dates, or times for short spans) and tick count for its
/// present span drawn over `pixels`.
void tuneDateAxis(QDateTimeAxis* axis, double pixels);

/// `font` at `factor` times its size (points or pixels, whichever it has), bold if asked.
QFont scaledFont(QFont font, double factor, bool bold = false);

} // namespace tangent::ui
