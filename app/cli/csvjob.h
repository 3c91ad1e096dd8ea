// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One CSV file differentiated in memory by tangent-cli: dates as x, groups, then the output.

#include "app/cli/seriesoptions.h"
#include "app/cli/smoothingcli.h"
#include "core/gradient/derivativetable.h"
#include "core/io/csv.h"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// Reads `bytes` as CSV, settles x (settleXAxis), differentiates `job` (within each group with
/// --group) and writes the result to `output` atomically, or to `out` when `output` is "-".
/// Warnings about groups go to `err`, one line each; the x column's spacing warnings to
/// `spacing`, when given. With --group, `smoothing` (when given) is the --method each group is
/// differentiated by. Throws InputError for bad input.
void runCsvJob(std::string_view bytes, const CsvReadOptions& csv, TableJob job, const SeriesOptions& series,
    const std::string& source, const std::string& output, std::ostream& out, std::ostream& err,
    std::vector<std::string>* spacing = nullptr, const SmoothingCliOptions* smoothing = nullptr);

class InputFile;

/// Bytes read before choosing the path: an input no longer than this is read in memory, whose
/// messages and detection are the reference; a longer one is streamed.
inline constexpr std::size_t kStreamHeadBytes = std::size_t { 1 } << 20;

/// Runs a CSV job on `input`, whose first bytes `head` were read already: streamed (streamCsv),
/// or in memory (runCsvJob) when the input ends within `head` or the job needs whole columns
/// (--group). With `output` other than "-" the file is written atomically either way.
void runCsvInput(InputFile& input, std::string head, const CsvReadOptions& csv, const TableJob& job,
    const SeriesOptions& series, const std::string& output, std::ostream& out, std::ostream& err,
    std::vector<std::string>& spacing);

} // namespace tangent
