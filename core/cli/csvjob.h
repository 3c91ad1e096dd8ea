#pragma once
// One CSV file differentiated in memory by tangent-cli: dates as x, groups, then the output.

#include "core/cli/seriesoptions.h"
#include "core/csv.h"
#include "core/derivativetable.h"

#include <iosfwd>
#include <string>
#include <string_view>

namespace tangent {

/// Reads `bytes` as CSV, settles x (settleXAxis), differentiates `job` (within each group with
/// --group) and writes the result to `output` atomically, or to `out` when `output` is "-".
/// Warnings go to `err`, one line each. Throws InputError for bad input.
void runCsvJob(std::string_view bytes, const CsvReadOptions& csv, TableJob job, const SeriesOptions& series,
    const std::string& source, const std::string& output, std::ostream& out, std::ostream& err);

} // namespace tangent
