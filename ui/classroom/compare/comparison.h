// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The document's y column differentiated two ways for the Compare views: with edge order 1 and 2,
// and by numpy, MATLAB/Octave and the average of slopes (Origin, SciDAVis). The arithmetic is the
// core's (tangent::derivative, compareWithNumpy); this only applies it to the document's data.

#include "core/classroom/methods.h"
#include "core/gradient/gradient.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace tangent::ui {

class Document;

/// The derivative of one y column with edge order 1 and with edge order 2 (the document's
/// derivative order and spacing).
struct EdgeOrderComparison {
    int yColumn = -1;
    int derivativeOrder = 1;
    std::vector<double> x; ///< the document's x (DocumentDerivatives::xValues)
    std::vector<double> order1; ///< edge order 1
    std::vector<double> order2; ///< edge order 2
    std::vector<double> difference; ///< order2 − order1 (0 where they agree bit for bit)
    /// Rows whose two values differ in any bit (a NaN in both counts as agreeing).
    std::vector<std::size_t> differingRows;
    QString error; ///< why nothing could be computed; empty if all is well
};

EdgeOrderComparison compareEdgeOrders(const Document& document, int yColumn);

/// The first derivative of one y column by each DerivativeMethod, with residuals against numpy's
/// (computed with the document's edge order).
struct MethodsComparison {
    int yColumn = -1;
    int edgeOrder = 1;
    /// Every gap equals the first to within kNearlyUniformTolerance (numpy.linspace's x are,
    /// although numpy's exact uniform test usually fails for them): then all methods agree up to
    /// rounding inside.
    bool evenlySpaced = true;
    std::vector<double> x;
    std::vector<MethodComparison> methods; ///< Numpy, MatlabGradient, AverageSlopes, in that order
    QString error;
};

MethodsComparison compareMethods(const Document& document, int yColumn);

/// Rows as compact 1-based ranges for people: {0, 1, 5} -> "1–2, 6".
QString rowRanges(const std::vector<std::size_t>& rows);

} // namespace tangent::ui
