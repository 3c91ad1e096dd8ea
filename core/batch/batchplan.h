// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where many-file runs write: one output per input in a folder, named after the input. Shared by
// tangent-cli's INPUT... -o DIR/ and the window's Export Derivatives of Several Files, so both name
// their files alike and refuse the same clashes before anything is written.

#include <string>
#include <vector>

namespace tangent {

/// DIR/<input's file name without its extension>.csv, or .npy when the input's name ends in .npy.
std::string batchOutputPath(const std::string& dir, const std::string& input);

/// The output of each input, in order (batchOutputPath). Throws std::invalid_argument, saying which
/// inputs are involved, if two inputs would write the same output, an output would replace its
/// input, or an input is standard input ("-").
std::vector<std::string> planBatchOutputs(const std::vector<std::string>& inputs, const std::string& dir);

/// Creates `dir` (and its parents) if missing. Throws std::invalid_argument naming the folder and
/// the reason if it cannot be created or is not a folder.
void prepareBatchFolder(const std::string& dir);

} // namespace tangent
