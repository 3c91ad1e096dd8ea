// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The provenance line of the uncertainty band, "uncertainty: ...", as every front end writes it
// after the sd[...] columns: which propagation each method used, σ and where it came from.

#include "core/smoothing/smoothing.h"
#include "core/uncertainty/uncertainty.h"

#include <optional>
#include <string>
#include <vector>

namespace tangent {

/// One derivative column's band, as the provenance line names it.
struct BandProvenance {
    std::string yName; ///< the y column's name as the output's header writes it
    std::string group; ///< long-format data: the group's name ("'y' in 'A'"); empty otherwise
    SmoothingMethod method = SmoothingMethod::Numpy; ///< the method that ran (never Auto)
    double sigma = 0.0; ///< the σ propagated (DerivativeBand::sigma)
    SigmaSource source = SigmaSource::Estimated; ///< given (--noise-sd) or estimated
};

/// The name of the band column of derivative column `derivativeName`: "sd[" + name + "]".
std::string bandColumnName(const std::string& derivativeName);

/// Throws UncertaintyError (core/uncertainty/uncertainty.h) when `method` has no band (tvr: its
/// derivative is not a linear or Gaussian function of the data); derivativeBand says the same.
void checkBandMethod(SmoothingMethod method);

/// The line (without "# ") for the bands of `columns`, in output order: σ per column when
/// estimated, or the one σ given for all (`noiseSd`), or, when some columns' σ were given
/// (--noise-sd NAME=S), each column's σ and where it came from; and that ±1.96 sd is a 95% band.
std::string uncertaintyProvenance(const std::vector<BandProvenance>& columns, std::optional<double> noiseSd);

} // namespace tangent
