// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and writing delimited text tables (CSV, TSV, semicolon- or whitespace-separated).

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// Bounds on one row (record) of a table. A file past them is not a table Tangent can show (or
/// is hostile); the reader says so, naming the row, instead of spending gigabytes on it.
inline constexpr std::size_t kMaxCsvRowBytes = std::size_t { 16 } << 20U; ///< 16 MiB of text
inline constexpr std::size_t kMaxCsvFields = 100'000; ///< fields in one row

/// Rows of at least this many bytes are read on two threads (below, a second thread costs more
/// than it saves).
inline constexpr std::size_t kCsvParallelBytes = std::size_t { 4 } << 20U;

/// How to read a table; unset fields are detected from the text.
struct CsvReadOptions {
    std::optional<char> delimiter; ///< ',', '\t', ';', or ' ' for runs of whitespace
    std::optional<bool> hasHeader;
    std::optional<bool> decimalComma; ///< "1,5" means 1.5 (only sensible with ';', '\t' or ' ')
    /// Called every 65,536 rows and at the end with the bytes of the table read so far and in
    /// all (of the pass over the numbers, most of a read); returning false stops the read with
    /// ReadCancelled. Called on the reading thread.
    std::function<bool(std::size_t done, std::size_t total)> progress;
    /// Called with byte ranges [begin, end) of the text (offsets into the text given to readCsv)
    /// that the pass over the numbers has finished with, so that a mapped file can let them go
    /// (MappedFile::release). A table with text columns reads them once more. Called from the
    /// reading thread and from the helper thread that parses the second half of a big table, so
    /// it must be thread-safe.
    std::function<void(std::size_t begin, std::size_t end)> finished;
    /// Rows of at least this many bytes are parsed in two halves on two threads (when the machine
    /// has two cores); tests and fuzzers lower it to reach that path with small inputs. The table
    /// and any message are the same either way.
    std::size_t parallelBytes = kCsvParallelBytes;
};

/// Thrown by readCsv when CsvReadOptions::progress returned false.
class ReadCancelled : public std::runtime_error {
public:
    ReadCancelled() : std::runtime_error("reading was cancelled") { }
};

/// A column of a table. Numeric columns hold values (NaN for empty and NA-like cells); text
/// columns (any cell that is neither a number nor NA-like) keep every cell's text, so the ui can
/// interpret dates, and record where the first non-number is for error messages.
struct CsvColumn {
    std::string name; ///< header text, or "column N" (1-based) without a header
    bool numeric = true;
    std::vector<double> values; ///< numeric columns only; one per row
    std::vector<std::string>
        text; ///< text columns only; one per row, as written (unquoted; spaces outside quotes trimmed)
    std::size_t firstTextRow = 0; ///< text columns: 1-based file line of the first non-number
};

/// A table read from text, with what detection decided and how sure it was.
struct CsvTable {
    std::vector<CsvColumn> columns;
    std::size_t rowCount = 0;
    char delimiter = ',';
    bool hasHeader = false;
    bool decimalComma = false;
    bool delimiterCertain = true; ///< false when several delimiters were plausible
    bool headerCertain = true; ///< false when the first row could be data or header
    std::size_t firstDataLine = 1; ///< 1-based file line of the first data row
    std::vector<std::string> comments; ///< leading lines starting with '#', without the '#'

    /// Index of the column named `name`, or of the 1-based index written as digits; nullopt if none.
    [[nodiscard]] std::optional<std::size_t> findColumn(std::string_view nameOrIndex) const;
};

/// Parses `text` (UTF-8, optional BOM, LF or CRLF, RFC 4180 quoting). `source` names the file in
/// error messages. Blank lines at the end are ignored; inside a one-column table a blank line is a
/// missing value. Throws InputError (with row and column) for ragged rows, unterminated quotes,
/// a blank line inside a table of several columns, an empty input or a table with no data rows,
/// a row (or comment line) longer than kMaxCsvRowBytes or with more than kMaxCsvFields fields,
/// and a table whose values would not fit in the memory available. A big table's rows are parsed
/// on two threads (two halves of the text); the result and any message are those of one pass.
CsvTable readCsv(std::string_view text, const CsvReadOptions& options = {}, const std::string& source = "<input>");

/// Reads the file at `path` ("-" reads standard input) and parses it as readCsv does.
CsvTable readCsvFile(const std::string& path, const CsvReadOptions& options = {});

/// A column to write: a header and its values. When `text` is non-empty the column is written
/// from it instead (quoted where needed; one entry per row), e.g. dates as ISO 8601 text.
struct CsvOutColumn {
    std::string name;
    std::span<const double> values;
    std::span<const std::string> text = {};

    [[nodiscard]] std::size_t rows() const { return text.empty() ? values.size() : text.size(); }
};

/// Writes a header row and the columns (all of equal length) with `delimiter`, numbers in their
/// shortest round-trip form and NaN as "nan". Each entry of `comments` is written first as a line
/// "# " + comment. Names containing the delimiter, quotes or newlines are quoted (RFC 4180).
void writeCsv(std::ostream& out, std::span<const CsvOutColumn> columns, char delimiter = ',',
    std::span<const std::string> comments = {});

/// As writeCsv, into a string.
std::string writeCsvString(
    std::span<const CsvOutColumn> columns, char delimiter = ',', std::span<const std::string> comments = {});

/// Quotes a field for CSV if it needs it (contains the delimiter, a quote, CR or LF).
std::string quoteCsvField(std::string_view field, char delimiter = ',');

} // namespace tangent
