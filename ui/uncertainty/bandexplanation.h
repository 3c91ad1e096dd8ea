// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Explain panel's section on the uncertainty band at one row: for numpy.gradient and
// Savitzky–Golay, whose derivative is a weighted sum of y, the propagation written out (σ, the
// weights, Σ w², sd = σ·√Σw², the 95% half-width), from the core's own weights
// (core/uncertainty/uncertainty.h); for the other methods, where their band comes from; for total
// variation, why there is none.

#include <QString>

#include <optional>

namespace tangent::ui {

class Document;
struct ExplainStyle;

/// How the band at `row` of y column `column` is computed, or nullopt while the document's band is off.
struct BandRowExplanation {
    QString method; ///< the method's name, as the panel titles it
    bool linear = false; ///< numpy or Savitzky–Golay: the fields below are set
    double sigma = 0.0;
    QString weights; ///< "-0.5·y[3] + 0.5·y[5]"
    double sumOfSquares = 0.0; ///< Σ w²
    double sd = 0.0; ///< the document's sd at the row (σ·√Σw² for a linear method)
    double value = 0.0; ///< the derivative at the row
    QString paragraph; ///< where the band comes from (every method), or why there is none
    bool available = false; ///< the row has a band (false: total variation, a gap)
};

/// The explanation of the band at `row`, or nullopt (band off, no such row or column).
std::optional<BandRowExplanation> explainBand(const Document& document, int column, int row);

/// The panel's HTML section for `e`.
QString bandExplanationHtml(const BandRowExplanation& e, const ExplainStyle& style);

} // namespace tangent::ui
