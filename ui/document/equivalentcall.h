// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one line that computes a document's derivative elsewhere: numpy.gradient for the exact
// default, scipy for Savitzky–Golay (uniform spacing) and the smoothing spline, and the
// tangent-cli command line for what scipy has no equivalent for (total variation, Kalman, uneven
// x for Savitzky–Golay, data with gaps). The read-out beside the numpy call (docs/smoothing.md).

#include <QString>

namespace tangent::ui {

class Document;
struct DerivativeResult;

/// The call, and why it is not scipy's when it could have been (empty otherwise).
struct EquivalentCall {
    QString text;
    QString note;
};

/// What computes `result` (one of `document`'s results) from the document's data. The smoothing
/// parameters are those actually used (`result.used`, every one set); without them (not computed
/// yet) the settings' own, and tangent-cli when scipy would need a parameter not yet chosen.
EquivalentCall equivalentCall(const Document& document, const DerivativeResult& result);

/// The same for the document's first differentiated column; DocumentDerivatives::numpyCall() when it has
/// none or numpy.gradient is the method.
EquivalentCall equivalentCall(const Document& document);

} // namespace tangent::ui
