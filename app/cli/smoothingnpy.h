// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli's smoothing job on an N-D .npy array: the method run on every lane along one axis.

#include "app/cli/smoothingcli.h"

namespace tangent {

/// Differentiates every 1-D lane of the array in `bytes` along the one selected axis and writes
/// an array of the input's shape; `auto`'s choices are summarised on `err`.
void runSmoothingNpy(const SmoothingCliOptions& cli, const SmoothingCliJob& job, const std::string& bytes,
    std::ostream& out, std::ostream& err);

} // namespace tangent
