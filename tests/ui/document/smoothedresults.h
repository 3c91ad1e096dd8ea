// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stand-in for the Document's own smoothing (another branch makes Document compute the methods):
// if a result carries no `used` yet, this fills values, smoothed, used and provenance from the
// core's smoothDerivative, run on the series tangent-cli builds (the x column or the uniform dx).
// Once the Document computes them itself this does nothing.

#include "core/smoothing/smoothing.h"
#include "ui/document/document.h"

#include <QString>

#include <vector>

namespace tangent::ui::testing {

/// The series tangent-cli and the Explain panel use for column `y`.
inline SmoothingResult coreSmoothing(const Document& document, int y)
{
    SmoothingOptions options = document.settings().smoothing;
    options.order = document.settings().order;
    const std::vector<double> x
        = document.effectiveXColumn() >= 0 ? document.derivatives().xValues() : std::vector<double> {};
    return smoothDerivative(Series { document.column(y).values, x, document.settings().dx }, options);
}

/// Makes every result of `document` hold its smoothing method's output (see above).
inline void ensureSmoothed(Document& document)
{
    if (document.settings().smoothing.method == SmoothingMethod::Numpy)
        return;
    // The results are the Document's; writing them is what its own recompute will do.
    auto& results = const_cast<std::vector<DerivativeResult>&>(document.derivatives().results());
    for (DerivativeResult& r : results) {
        if (r.used)
            continue;
        SmoothingResult s = coreSmoothing(document, r.yColumn);
        r.values = std::move(s.derivative);
        r.smoothed = std::move(s.smoothed);
        r.used = s.used;
        r.provenance = QString::fromStdString(s.provenance());
        r.error.clear();
    }
}

} // namespace tangent::ui::testing
