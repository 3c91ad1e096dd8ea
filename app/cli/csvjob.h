// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One CSV file differentiated by tangent-cli: in memory through the engine (core/engine/engine.h),
// or streamed in blocks when it is long and the recipe allows.

#include "app/cli/seriesoptions.h"
#include "app/cli/smoothingcli.h"
#include "app/cli/stream/streamcsv.h"
#include "core/gradient/derivativetable.h"
#include "core/io/csv.h"
#include "core/recipe/recipe.h"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// The recipe of tangent-cli's older option groups (a TableJob, the series options, a method).
Recipe recipeOf(const TableJob& job, const SeriesOptions& series, const SmoothingCliOptions* smoothing = nullptr);

/// Reads `bytes` as CSV and runs `recipe` on it with the engine: planDerivative, then
/// computeDerivative and writeDerivativeCsv (or writeExplanation with `explain`), to `output`
/// atomically or to `out` when `output` is "-". What auto chose and groups too short go to `err`
/// at once, one line each; the plan's warnings (bad cells left out, the x column's spacing) are
/// put in `warnings` for the caller to print after success. Throws InputError, SmoothingError.
void runEngineCsv(std::string_view bytes, const CsvReadOptions& csv, const Recipe& recipe, bool explain,
    const std::string& source, const std::string& output, std::ostream& out, std::ostream& err,
    std::vector<std::string>& warnings);

/// runEngineCsv for tangent-cli's older option groups; the plan's warnings go to `spacing` when
/// given. Tests compare the streamed path with it.
void runCsvJob(std::string_view bytes, const CsvReadOptions& csv, const TableJob& job, const SeriesOptions& series,
    const std::string& source, const std::string& output, std::ostream& out, std::ostream& err,
    std::vector<std::string>* spacing = nullptr, const SmoothingCliOptions* smoothing = nullptr);

class InputFile;

/// Bytes read before choosing the path: an input no longer than this is read in memory, whose
/// messages and detection are the reference; a longer one is streamed.
inline constexpr std::size_t kStreamHeadBytes = std::size_t { 1 } << 20;

/// The sizes tangent-cli streams with: the head (kStreamHeadBytes) and the blocks.
struct StreamSizes {
    std::size_t headBytes = kStreamHeadBytes;
    StreamSettings blocks;
};

/// The sizes in use (the defaults unless a test lowered them).
const StreamSizes& streamSizes();

/// Test hook: streams inputs longer than `sizes.headBytes` with `sizes.blocks`, so that a test
/// streams a few hundred bytes instead of a file over 1 MB. Returns the sizes it replaces. Not
/// for use while tangent-cli runs.
StreamSizes setStreamSizes(const StreamSizes& sizes);

/// Whether `recipe` can be streamed: numpy.gradient with no group, or savgol or kalman with no
/// group or --smoothed; for any of them a band only with σ given for every column (--noise-sd S,
/// or NAME=S for each --y as written), an estimate of σ (a median) needing whole columns. Spline,
/// tvr and auto need whole columns.
bool streamable(const Recipe& recipe);

/// Runs `recipe` on the CSV `input`, whose first bytes `head` were read already: streamed
/// (streamCsv) when the input is longer than `head` and streamable(recipe), else in memory
/// (runEngineCsv). With `output` other than "-" the file is written atomically either way.
void runCsvInput(InputFile& input, std::string head, const CsvReadOptions& csv, const Recipe& recipe,
    const std::string& output, std::ostream& out, std::ostream& err, std::vector<std::string>& warnings);

} // namespace tangent
