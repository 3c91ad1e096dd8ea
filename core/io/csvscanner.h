// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the CSV reader: splitting text into records and fields, and classifying cells.

#include "core/errors.h"
#include "core/io/csv.h"

#include <charconv>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace tangent::csvdetail {

/// The delimiter value that means "runs of spaces and tabs".
constexpr char kWhitespace = ' ';

constexpr bool isBlankChar(char c) noexcept
{
    return c == ' ' || c == '\t';
}

constexpr bool isLineBreak(char c) noexcept
{
    return c == '\n' || c == '\r';
}

/// `text` without spaces and tabs at either end.
std::string_view trim(std::string_view text) noexcept;

/// True for the tokens that mean a missing value: empty, NA, N/A, #N/A, null, NULL, NaN, nan.
bool isNaToken(std::string_view trimmed) noexcept;

/// What a cell holds, for detection and for deciding whether a column is numeric.
enum class CellKind { Missing, Number, Text };

/// Classifies one cell's (unquoted) text.
CellKind classify(std::string_view cell, bool decimalComma);

/// "delimiter ','" / "tab" / "whitespace", for messages.
std::string describeDelimiter(char delimiter);

/// A record past kMaxCsvRowBytes or kMaxCsvFields, which detection tells from bad quoting.
class RowLimitError : public InputError {
public:
    RowLimitError(const std::string& file, std::size_t row, std::size_t column, Message message, bool tooManyFields)
        : InputError(file, row, column, std::move(message)), m_tooManyFields(tooManyFields)
    {
    }
    [[nodiscard]] bool tooManyFields() const noexcept { return m_tooManyFields; }

private:
    bool m_tooManyFields;
};

/// One field of a record: where its text lies and how to read it.
struct Field {
    std::string_view raw; ///< between the quotes if quoted, else trimmed of spaces
    std::size_t line = 0; ///< 1-based line where the field starts
    bool quoted = false;
    bool escapedQuotes = false; ///< raw holds "" pairs, each standing for one quote

    /// The field's text with "" collapsed to ".
    [[nodiscard]] std::string text() const;
};

/// The value of a cell of a number column, as every CSV reader of Tangent decodes it (readCsv and
/// tangent-cli's streamed path): NaN for a missing value (isNaToken), nullopt for a cell that is no
/// number. `field` is one the fast path (Scanner::tryFastNumber) could not read.
std::optional<double> numberCellValue(const Field& field, bool decimalComma);

/// Walks delimited text field by field, counting physical lines. Throws InputError for a quote
/// that is never closed, text after a closing quote, and (readRecord) records past the bounds.
class Scanner {
public:
    Scanner(std::string_view text, char delimiter, std::size_t firstLine, const std::string& source);

    [[nodiscard]] bool atEnd() const noexcept { return m_p == m_end; }
    [[nodiscard]] std::size_t line() const noexcept { return m_line; }
    [[nodiscard]] std::string_view rest() const noexcept { return { m_p, static_cast<std::size_t>(m_end - m_p) }; }

    /// At the start of a record: true if the current line holds nothing but spaces and tabs.
    [[nodiscard]] bool atBlankLine() const noexcept;
    /// At the start of a record: true if everything left is spaces, tabs and line breaks.
    [[nodiscard]] bool restIsBlank() const noexcept;
    /// Skips the current line, including its line break.
    void skipLine() noexcept;
    /// At the start of a record: in whitespace mode, skips leading spaces and tabs. Notes where
    /// the record starts, for checkRecordLength.
    void beginRecord() noexcept;
    /// Throws InputError (row of the record, `column`) once the record passes kMaxCsvRowBytes.
    void checkRecordLength(std::size_t column) const
    {
        if (static_cast<std::size_t>(m_p - m_recordStart) > kMaxCsvRowBytes)
            throwRecordTooLong(column);
    }

    /// Reads the field as a plain number in one step if it is one (no quotes, spaces or '+');
    /// on success stops at the field's terminator, otherwise leaves the position unchanged.
    bool tryFastNumber(double& value) noexcept
    {
        const auto [ptr, ec] = std::from_chars(m_p, m_end, value);
        if (ec != std::errc() || ptr == m_p || (ptr != m_end && !isTerminator(*ptr)))
            return false;
        m_p = ptr;
        return true;
    }

    /// Reads one field, stopping at its terminator. `column` (1-based) is for error messages.
    void readField(Field& field, std::size_t column);

    /// Consumes what ends a field; true if that also ended the record (line break or end of text).
    bool endField() noexcept
    {
        if (m_p == m_end)
            return true;
        if (m_delimiter == kWhitespace) {
            while (m_p != m_end && isBlankChar(*m_p))
                ++m_p;
            if (m_p == m_end)
                return true;
            if (!isLineBreak(*m_p))
                return false;
        } else if (*m_p == m_delimiter) {
            ++m_p;
            return false;
        }
        consumeLineBreak();
        return true;
    }

    /// Reads the rest of the current record (from its start) into `fields`.
    void readRecord(std::vector<Field>& fields);

private:
    [[nodiscard]] bool isTerminator(char c) const noexcept
    {
        return c == m_delimiter || isLineBreak(c) || (m_delimiter == kWhitespace && c == '\t');
    }
    void consumeLineBreak() noexcept
    {
        if (*m_p == '\r' && m_p + 1 != m_end && m_p[1] == '\n')
            ++m_p;
        ++m_p;
        ++m_line;
    }
    void readQuoted(Field& field, const char* quote, std::size_t column);
    [[noreturn]] void throwRecordTooLong(std::size_t column) const;
    [[noreturn]] void throwTooManyFields() const;

    const char* m_p;
    const char* m_end;
    const char* m_recordStart;
    char m_delimiter;
    std::size_t m_line;
    std::size_t m_recordLine;
    const std::string* m_source;
};

} // namespace tangent::csvdetail
