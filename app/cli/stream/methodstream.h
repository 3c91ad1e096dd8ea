// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli's streaming path for --method savgol and kalman: the rows are parsed as the numpy
// path parses them and held in a temporary file, the checks the in-memory methods make are made
// on the way, then each column is computed in passes over the held rows (savgol a window at a
// time; kalman forward, its states to a second file, and back), and the rows are written with
// their derivatives (and, with --uncertainty and σ given, their sd). Memory stays bounded whatever
// the file's size; the output is the in-memory path's, byte for byte.

#include "app/cli/stream/streamcsv.h"
#include "core/smoothing/smoothing.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace tangent {

/// Whether streamMethodCsv computes `method` (savgol, kalman).
bool methodStreams(SmoothingMethod method);

/// Differentiates CSV whose first bytes are `head` and the rest comes from `read` by `recipe`
/// (method savgol or kalman, no group, no smoothed curve, a band only with σ given: csvjob.h's
/// streamable), writing what runEngineCsv writes for it; with `band` on, each derivative is
/// followed by its sd[...] column and the '# uncertainty:' line follows the methods' lines. Nothing is written before
/// every row has been read and checked. Returns the warning lines the engine gives in memory (columns left out for a
/// bad cell, the spacing facts). Throws InputError (a SmoothingError located at its file, row and column, as the engine
/// locates it).
std::vector<std::string> streamMethodCsv(std::string head, const ByteSource& read, const CsvReadOptions& csv,
    const Recipe& recipe, const std::string& source, std::ostream& out, const StreamSettings& settings = {},
    const StreamBand& band = {});

} // namespace tangent
