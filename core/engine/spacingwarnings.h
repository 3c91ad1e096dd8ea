// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli's warnings about the x column, worded from the core's spacing facts as the window's
// diagnostics word them.

#include "core/errors.h"
#include "core/gradient/spacing.h"
#include "core/io/csv.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tangent {

/// The facts about x (table column `xIndex`, none when the spacing is --dx) as located messages,
/// whose what() is the warning line (file, row, column and the fact).
std::vector<InputError> spacingWarningMessages(
    const CsvTable& table, std::optional<std::size_t> xIndex, const std::string& source);

/// The same from facts gathered elsewhere (see spacingWarnings below). `groupCandidate`: the
/// name of the column groupCandidate() found, if any; when x steps back it is offered as --group.
std::vector<InputError> spacingWarningMessages(const SpacingFacts& facts, const std::string& xName, std::size_t xIndex,
    std::size_t firstDataLine, const std::string& source, const std::optional<std::string>& groupCandidate = {});

/// The first column of `table` other than x that holds text (neither numbers nor dates, nor a
/// number column with a bad cell; XRole::Text): in a file whose x steps back, the likely key of long-format data (stock
/// prices one symbol after another). tangent-cli offers it as --group, the window as Group by.
std::optional<std::size_t> groupCandidate(const CsvTable& table, std::optional<std::size_t> xIndex);

/// The what() of each warning, in order: the lines tangent-cli prints.
std::vector<std::string> warningLines(const std::vector<InputError>& warnings);

/// The facts about x (table column `xIndex`, none when the spacing is --dx) as warning lines,
/// without the "tangent-cli: warning: " prefix. Rows are file lines, as in error messages.
std::vector<std::string> spacingWarnings(
    const CsvTable& table, std::optional<std::size_t> xIndex, const std::string& source);

/// The same lines from facts gathered elsewhere (a streamed file's SpacingScan): `xName` is the
/// x column's name, `xIndex` its 0-based index, `firstDataLine` the file line of row 0.
std::vector<std::string> spacingWarnings(const SpacingFacts& facts, const std::string& xName, std::size_t xIndex,
    std::size_t firstDataLine, const std::string& source);

} // namespace tangent
