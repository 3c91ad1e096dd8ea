// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvscanner.h"

#include "core/errors.h"
#include "core/io/numberformat.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace tangent::csvdetail {
namespace {

/// Line breaks as the scanner counts them: LF, CRLF, or a lone CR.
std::size_t countLineBreaks(std::string_view text) noexcept
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            ++count;
    }
    return count;
}

} // namespace

std::string_view trim(std::string_view text) noexcept
{
    while (!text.empty() && isBlankChar(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlankChar(text.back()))
        text.remove_suffix(1);
    return text;
}

bool isNaToken(std::string_view trimmed) noexcept
{
    constexpr std::string_view tokens[] = { "", "NA", "N/A", "#N/A", "null", "NULL", "NaN", "nan" };
    return std::find(std::begin(tokens), std::end(tokens), trimmed) != std::end(tokens);
}

CellKind classify(std::string_view cell, bool decimalComma)
{
    cell = trim(cell);
    if (isNaToken(cell))
        return CellKind::Missing;
    return parseDouble(cell, decimalComma) ? CellKind::Number : CellKind::Text;
}

std::optional<double> numberCellValue(const Field& field, bool decimalComma)
{
    std::string unescaped;
    std::string_view text = field.raw;
    if (field.escapedQuotes) {
        unescaped = field.text();
        text = unescaped;
    }
    text = trim(text);
    if (isNaToken(text))
        return std::numeric_limits<double>::quiet_NaN();
    return parseDouble(text, decimalComma);
}

std::string describeDelimiter(char delimiter)
{
    if (delimiter == kWhitespace)
        return "spaces";
    if (delimiter == '\t')
        return "tabs";
    return std::string("'") + delimiter + "'";
}

std::string Field::text() const
{
    if (!escapedQuotes)
        return std::string(raw);
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        out += raw[i];
        if (raw[i] == '"')
            ++i; // the second quote of a "" pair
    }
    return out;
}

Scanner::Scanner(std::string_view text, char delimiter, std::size_t firstLine, const std::string& source)
    : m_p(text.data()),
      m_end(text.data() + text.size()),
      m_recordStart(m_p),
      m_delimiter(delimiter),
      m_line(firstLine),
      m_recordLine(firstLine),
      m_source(&source)
{
}

bool Scanner::atBlankLine() const noexcept
{
    const char* p = m_p;
    while (p != m_end && isBlankChar(*p))
        ++p;
    return p == m_end || isLineBreak(*p);
}

bool Scanner::restIsBlank() const noexcept
{
    return std::all_of(m_p, m_end, [](char c) { return isBlankChar(c) || isLineBreak(c); });
}

void Scanner::skipLine() noexcept
{
    while (m_p != m_end && !isLineBreak(*m_p))
        ++m_p;
    if (m_p != m_end)
        consumeLineBreak();
}

void Scanner::beginRecord() noexcept
{
    m_recordStart = m_p;
    m_recordLine = m_line;
    if (m_delimiter != kWhitespace)
        return;
    while (m_p != m_end && isBlankChar(*m_p))
        ++m_p;
}

void Scanner::throwRecordTooLong(std::size_t column) const
{
    throw RowLimitError(*m_source, m_recordLine, column,
        Message { MessageId::RowTooLong, { MessageArg::integer(kMaxCsvRowBytes >> 20U) }, {} }, false);
}

void Scanner::throwTooManyFields() const
{
    throw RowLimitError(*m_source, m_recordLine, kMaxCsvFields + 1,
        Message {
            MessageId::TooManyFields, { MessageArg::integer(kMaxCsvFields), describeDelimiter(m_delimiter) }, {} },
        true);
}

void Scanner::readField(Field& field, std::size_t column)
{
    field.line = m_line;
    field.quoted = false;
    field.escapedQuotes = false;
    const char* start = m_p;
    const char* p = m_p;
    while (p != m_end && isBlankChar(*p) && !isTerminator(*p))
        ++p;
    if (p != m_end && *p == '"') {
        readQuoted(field, p, column);
        return;
    }
    while (p != m_end && !isTerminator(*p))
        ++p;
    field.raw = trim(std::string_view(start, static_cast<std::size_t>(p - start)));
    m_p = p;
}

void Scanner::readQuoted(Field& field, const char* quote, std::size_t column)
{
    const std::size_t openLine = m_line;
    const char* contentBegin = quote + 1;
    const char* p = contentBegin;
    for (;;) {
        const auto* next = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(m_end - p)));
        if (next == nullptr) {
            throw InputError(*m_source, openLine, column, Message { MessageId::QuoteNotClosed, {}, {} });
        }
        if (next + 1 != m_end && next[1] == '"') {
            field.escapedQuotes = true;
            p = next + 2;
            continue;
        }
        p = next;
        break;
    }
    field.quoted = true;
    field.raw = std::string_view(contentBegin, static_cast<std::size_t>(p - contentBegin));
    m_line += countLineBreaks(field.raw);
    ++p; // past the closing quote
    while (p != m_end && isBlankChar(*p) && !isTerminator(*p))
        ++p;
    if (p != m_end && !isTerminator(*p)) {
        throw InputError(*m_source, m_line, column, Message { MessageId::TextAfterClosingQuote, {}, {} });
    }
    m_p = p;
}

void Scanner::readRecord(std::vector<Field>& fields)
{
    fields.clear();
    beginRecord();
    Field field;
    do {
        if (fields.size() == kMaxCsvFields)
            throwTooManyFields();
        readField(field, fields.size() + 1);
        checkRecordLength(fields.size() + 1);
        fields.push_back(field);
    } while (!endField());
}

} // namespace tangent::csvdetail
