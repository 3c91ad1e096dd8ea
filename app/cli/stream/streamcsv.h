// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent-cli's streaming path for CSV: read, differentiate and write in blocks, holding only a
// block and the halo of rows the stencil needs, so memory stays bounded whatever the file's size.
// The output is the in-memory path's, byte for byte.

#include "app/cli/stream/blockparser.h"
#include "core/io/csv.h"
#include "core/recipe/recipe.h"

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace tangent {

/// Fills `buffer` with up to `size` bytes, fewer only at the end; returns 0 at the end.
using ByteSource = std::function<std::size_t(char* buffer, std::size_t size)>;

/// Block sizes; tests make them small to cross every boundary.
struct StreamSettings {
    std::size_t chunkBytes = std::size_t { 1 } << 20; ///< read and parsed at a time
    std::size_t splitBytes = std::size_t { 64 } << 10; ///< a chunk this large is parsed on two threads
    std::size_t sampleBytes = std::size_t { 64 } << 10; ///< the first block: dialect, header, columns
    std::size_t pendingBytes = std::size_t { 20 } << 20; ///< rows held in memory while it is unknown
                                                         ///< whether x is uniform; beyond, a temporary file
    std::size_t windowRows = 4096; ///< rows gathered before derivatives are computed
    std::size_t methodBatch = std::size_t { 1 } << 16; ///< --method savgol, kalman: samples computed at a time
};

/// --uncertainty while streaming: numpy.gradient's band needs σ before the first row is written,
/// so it streams only with σ given (an estimate is a median over the whole column).
struct StreamBand {
    bool on = false;
    /// σ per column of job.yColumns, in that order; with oneForAll, one σ for every column.
    std::vector<double> sigma;
    bool oneForAll = false; ///< the σ was given once for every column (the provenance says so)
};

/// The band's part of the output, as the engine writes it: sd[NAME] after each derivative column
/// NAME of `names` (the header as the stream writes it: x when layout.x, then each y and its
/// derivative), each y's σ in layout.bandSigma (`band`'s, for the columns of `layout` in order);
/// returns the '# uncertainty:' line (without "# ") for `method`'s band.
std::string addBandColumns(
    StreamLayout& layout, std::vector<std::string>& names, const StreamBand& band, SmoothingMethod method);

/// Differentiates CSV whose first bytes are `head` and the rest comes from `read` with `recipe`
/// (numpy.gradient, no group: csvjob.h's streamable). The dialect, header and column kinds are
/// detected on the first `sampleBytes` (as readCsv would), where the engine plans the recipe
/// (core/engine/engine.h) with its messages; a later row that contradicts them (its field count,
/// a date column's cell that is no date) is an InputError naming its row and column. A later cell
/// that is no number follows the engine's rule (BadCellRule): x or a --y column with one is an
/// error, a default y column is left out with a warning, or is an error with --strict. As a column
/// may be left out at the last row, rows are held back until the end when y is the default (as
/// they are while x may still be uniform: in memory, then a temporary file). Parsing runs on a
/// second thread while this one differentiates, formats and writes to `out`. Rows reach `out` as
/// they are finished, so on an error part of the output may have been written. Returns the
/// warning lines in memory's order: columns left out, then the x column's spacing facts
/// (spacingWarnings), gathered as the rows pass. With `band` on, each derivative is followed by
/// its sd[...] column and the '# uncertainty:' line comes first, as the engine writes them.
std::vector<std::string> streamCsv(std::string head, const ByteSource& read, const CsvReadOptions& csv,
    const Recipe& recipe, const std::string& source, std::ostream& out, const StreamSettings& settings = {},
    const StreamBand& band = {});

/// What the first block of a stream settled, for a consumer of its rows (forEachCsvBlock).
struct StreamHeader {
    const StreamLayout& layout;
    const std::vector<std::string>& names; ///< the output's header, as streamCsv writes it
    /// The provenance's lines for the recipe, without a method's own lines (the consumer adds them
    /// where the engine has them: after these).
    const std::vector<std::string>& comments;
    std::size_t dataLine = 1; ///< the file line of the first data row
};

/// What the whole file decided, once read (forEachCsvBlock).
struct StreamEnd {
    /// Positions in layout.ys of the columns left out for a cell that is no number (BadCellRule),
    /// ascending.
    std::vector<std::size_t> leftOut;
    std::vector<std::string> warnings; ///< as streamCsv returns them
};

/// Reads CSV as streamCsv does (the layout settled on the first block with `recipe`'s plan, the
/// rows parsed on a second thread, the bad-cell rule and the spacing facts gathered as the rows
/// pass) and, instead of differentiating, hands `start` the header and then `take` each block of
/// rows in order; `take` may keep a block by moving it out. Blocks after one that settles the file
/// as refused are not handed on. Throws InputError, the bad-cell rule's at the end.
StreamEnd forEachCsvBlock(std::string head, const ByteSource& read, const CsvReadOptions& csv, const Recipe& recipe,
    const std::string& source, const StreamSettings& settings, const std::function<void(const StreamHeader&)>& start,
    const std::function<void(std::unique_ptr<RowBlock>&)>& take);

} // namespace tangent
