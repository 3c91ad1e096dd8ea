// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parsing CSV in blocks of whole records for the streaming path: the layout is settled on the
// first block, and every later row must agree with it (field count, dates where dates were). A
// cell that is no number in a number column is kept as NaN and noted (BadCell): whether it leaves
// its column out or is an error is the engine's rule (core/engine/engine.h), decided by the
// writing side once the whole file has been read.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// What the first block decided, and which columns the job reads.
struct StreamLayout {
    std::string source; ///< the file, for messages
    char delimiter = ',';
    bool decimalComma = false;
    std::size_t columnCount = 0;
    std::vector<std::string> names; ///< every column's name, for messages
    std::optional<std::size_t> x; ///< the x column, if any
    bool xIsDate = false; ///< x is dates: parsed to secondsSinceEpoch / secondsPerUnit
    double secondsPerUnit = 86400.0;
    std::vector<std::size_t> ys; ///< the columns differentiated, in output order
    std::vector<double> bandSigma; ///< --uncertainty: σ of each of ys (sd[...] after each derivative); empty: no band
};

/// The first cell of a number column in a block that is no number.
struct BadCell {
    std::size_t column = 0; ///< 0-based column of the table
    std::size_t line = 0; ///< 1-based file line
    std::size_t row = 0; ///< 0-based row within the block
    std::string text; ///< the cell as read (unquoted)
};

/// The rows of one block: the x values (and a date x column's text, as read) and each y column.
struct RowBlock {
    std::size_t rows = 0;
    std::vector<double> x;
    std::string xText; ///< date x cells as read, one after another (see xTextEnd)
    std::vector<std::size_t> xTextEnd; ///< end offset in xText of each row's date text
    std::vector<std::vector<double>> ys;
    std::vector<BadCell> badCells; ///< in file order, at most one per column

    void clear(std::size_t yCount);
    [[nodiscard]] std::string_view xTextAt(std::size_t row) const
    {
        const std::size_t begin = row == 0 ? 0 : xTextEnd[row - 1];
        return std::string_view(xText).substr(begin, xTextEnd[row] - begin);
    }
};

/// Where the last whole record of `text` ends (just past its line break), outside quotes; 0 if
/// `text` holds no whole record. `text` starts at the beginning of a record.
std::size_t wholeRecordsEnd(std::string_view text) noexcept;

/// Parses the records of `text` (whole records only, starting at a record) into `block`,
/// appending. `line` is the 1-based file line of the first record and is advanced. With
/// `final` false, blank lines at the end of `text` are left unparsed (they may be the end of
/// the file or an error, which the next block decides). Returns the bytes consumed. Throws
/// InputError naming the row and column for a row that contradicts the layout (its field count, a
/// date column's cell that is no date); a number column's cell that is no number is read as NaN
/// `layout` and the output's header `names` (x's, then each y's and its derivative's) without
/// the y columns at `slots` (positions in layout.ys, ascending): left out for a bad cell.
void dropYColumns(StreamLayout& layout, std::vector<std::string>& names, const std::vector<std::size_t>& slots);

/// and noted in block.badCells.
std::size_t parseBlock(
    std::string_view text, bool final, std::size_t& line, const StreamLayout& layout, RowBlock& block);

/// `block` without the y columns at `leftOut` (positions in its ys): `block` itself when none is
/// left out, else a copy in `scratch`.
const RowBlock& withoutYColumns(const RowBlock& block, const std::vector<std::size_t>& leftOut, RowBlock& scratch);

} // namespace tangent
