// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/time/datetime.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace tangent {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// ---- Calendar arithmetic (proleptic Gregorian, no library calls) ----

bool isLeapYear(std::int64_t year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(std::int64_t year, int month)
{
    static constexpr std::array<int, 12> kDays = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return month == 2 && isLeapYear(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The calendar repeats every 400 years (146097 days). Counting years from March makes the leap
// day the last day of a "year", so the day of the year follows from the month by a linear rule:
// the month lengths from March (31 30 31 30 31 31 30 31 30 31 31 28/29) come in groups of five
// totalling 153 days, which (153 * m + 2) / 5 reproduces exactly.
constexpr std::int64_t kDaysPer400Years = 146097;
constexpr std::int64_t kDaysFromYear0MarchToEpoch = 719468; // 0000-03-01 .. 1970-01-01

std::int64_t daysFromCivil(std::int64_t year, int month, int day)
{
    const std::int64_t marchYear = month <= 2 ? year - 1 : year;
    const std::int64_t era = floorDiv(marchYear, 400);
    const std::int64_t yearOfEra = marchYear - era * 400; // [0, 399]
    const std::int64_t monthFromMarch = (month + 9) % 12; // March = 0
    const std::int64_t dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1; // [0, 365]
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * kDaysPer400Years + dayOfEra - kDaysFromYear0MarchToEpoch;
}

struct CivilDate {
    std::int64_t year;
    int month;
    int day;
};

CivilDate civilFromDays(std::int64_t days)
{
    const std::int64_t shifted = days + kDaysFromYear0MarchToEpoch;
    const std::int64_t era = floorDiv(shifted, kDaysPer400Years);
    const std::int64_t dayOfEra = shifted - era * kDaysPer400Years; // [0, 146096]
    // Leap days inside the era so far, removed to get a 365-day-year count.
    const std::int64_t yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / (kDaysPer400Years - 1)) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = static_cast<int>(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return { year, month, day };
}

// ---- Parsing ----

/// The fields of one textual date-time, before range checks.
struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::string_view fractionDigits; // digits after the decimal mark, if any
    int offsetMinutes = 0; // east of UTC
};

/// A read position in the text with the small steps the grammars need.
class Cursor {
public:
    explicit Cursor(std::string_view text) : m_text(text) { }

    [[nodiscard]] bool atEnd() const { return m_pos == m_text.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    [[nodiscard]] std::size_t position() const { return m_pos; }
    void reset(std::size_t position) { m_pos = position; }

    bool accept(char c)
    {
        if (peek() != c || atEnd())
            return false;
        ++m_pos;
        return true;
    }

    /// Skips spaces and tabs; returns how many.
    std::size_t skipBlanks()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
        return m_pos - start;
    }

    /// Reads between minCount and maxCount ASCII digits (as many as there are, up to maxCount).
    bool digits(std::size_t minCount, std::size_t maxCount, int& value)
    {
        std::size_t count = 0;
        int result = 0;
        while (count < maxCount && !atEnd() && peek() >= '0' && peek() <= '9') {
            result = result * 10 + (peek() - '0');
            ++m_pos;
            ++count;
        }
        value = result;
        return count >= minCount;
    }

    /// Reads a run of digits of any length (for fractional seconds).
    std::string_view digitRun()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_text.substr(start, m_pos - start);
    }

    /// Reads a run of ASCII letters.
    std::string_view word()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && ((peek() >= 'a' && peek() <= 'z') || (peek() >= 'A' && peek() <= 'Z')))
            ++m_pos;
        return m_text.substr(start, m_pos - start);
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

std::string_view trim(std::string_view text)
{
    const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

/// 1..12 for an English month name, full or abbreviated to three letters ("Sept" too); 0 if none.
int monthFromName(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> kNames = { "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december" };
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (equalsIgnoringCase(name, kNames[i]) || equalsIgnoringCase(name, kNames[i].substr(0, 3)))
            return static_cast<int>(i) + 1;
    }
    return equalsIgnoringCase(name, "sept") ? 9 : 0;
}

/// 'Z', ±HH:MM or ±HHMM, optionally after blanks. Absent is UTC.
bool parseZone(Cursor& cursor, DateParts& parts)
{
    const std::size_t start = cursor.position();
    cursor.skipBlanks();
    if (cursor.atEnd()) {
        cursor.reset(start);
        return true;
    }
    if (cursor.accept('Z'))
        return true;
    const char sign = cursor.peek();
    if (!cursor.accept('+') && !cursor.accept('-'))
        return false;
    int hours = 0;
    int minutes = 0;
    if (!cursor.digits(2, 2, hours))
        return false;
    cursor.accept(':');
    if (!cursor.digits(2, 2, minutes) || hours > 23 || minutes > 59)
        return false;
    parts.offsetMinutes = (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
    return true;
}

/// HH:MM[:SS[.fff]] followed by an optional zone. `minHourDigits` is 2 for ISO, 1 elsewhere.
bool parseTime(Cursor& cursor, DateParts& parts, std::size_t minHourDigits)
{
    if (!cursor.digits(minHourDigits, 2, parts.hour) || !cursor.accept(':') || !cursor.digits(2, 2, parts.minute))
        return false;
    if (cursor.accept(':')) {
        if (!cursor.digits(2, 2, parts.second))
            return false;
        if (cursor.accept('.') || cursor.accept(',')) {
            parts.fractionDigits = cursor.digitRun();
            if (parts.fractionDigits.empty())
                return false;
        }
    }
    return parseZone(cursor, parts);
}

/// After a date: nothing, or `separator`-or-blanks then a time. The whole text must be used.
bool parseOptionalTime(Cursor& cursor, DateParts& parts, char separator, std::size_t minHourDigits)
{
    if (cursor.atEnd())
        return true;
    if (!cursor.accept(separator) && cursor.skipBlanks() == 0)
        return false;
    return parseTime(cursor, parts, minHourDigits) && cursor.atEnd();
}

/// "2010-01-01", "2010-01-01T12:30:00.5+02:00", "2010-01-01 12:30".
bool parseIso(std::string_view text, DateParts& parts)
{
    Cursor cursor(text);
    if (!cursor.digits(4, 4, parts.year) || !cursor.accept('-') || !cursor.digits(2, 2, parts.month)
        || !cursor.accept('-') || !cursor.digits(2, 2, parts.day))
        return false;
    return parseOptionalTime(cursor, parts, 'T', 2);
}

/// "2010/01/01", "2010/1/1 00:00".
bool parseYearFirstSlash(std::string_view text, DateParts& parts)
{
    Cursor cursor(text);
    if (!cursor.digits(4, 4, parts.year) || !cursor.accept('/') || !cursor.digits(1, 2, parts.month)
        || !cursor.accept('/') || !cursor.digits(1, 2, parts.day))
        return false;
    return parseOptionalTime(cursor, parts, 'T', 1);
}

/// "Jan 1 2000", "January 1, 2000", "1 Jan 2000", "1 January, 2000", each with an optional time.
bool parseMonthName(std::string_view text, DateParts& parts)
{
    Cursor cursor(text);
    const bool monthFirst = !(cursor.peek() >= '0' && cursor.peek() <= '9');
    if (monthFirst) {
        parts.month = monthFromName(cursor.word());
        cursor.accept('.');
        if (parts.month == 0 || cursor.skipBlanks() == 0 || !cursor.digits(1, 2, parts.day))
            return false;
    } else {
        if (!cursor.digits(1, 2, parts.day) || cursor.skipBlanks() == 0)
            return false;
        parts.month = monthFromName(cursor.word());
        cursor.accept('.');
        if (parts.month == 0)
            return false;
    }
    const bool comma = cursor.accept(',');
    if (cursor.skipBlanks() == 0 && !comma)
        return false;
    if (!cursor.digits(4, 4, parts.year))
        return false;
    if (cursor.atEnd())
        return true;
    cursor.accept(',');
    if (cursor.skipBlanks() == 0)
        return false;
    return parseTime(cursor, parts, 1) && cursor.atEnd();
}

/// "19580329", "19580329 1230", "195803291230" (and with seconds, "...123045").
bool parseCompact(std::string_view text, DateParts& parts)
{
    Cursor cursor(text);
    if (!cursor.digits(4, 4, parts.year) || !cursor.digits(2, 2, parts.month) || !cursor.digits(2, 2, parts.day))
        return false;
    if (cursor.atEnd())
        return true;
    cursor.skipBlanks();
    if (!cursor.digits(2, 2, parts.hour) || !cursor.digits(2, 2, parts.minute))
        return false;
    if (!cursor.atEnd() && !cursor.digits(2, 2, parts.second))
        return false;
    return cursor.atEnd();
}

// A date-time's seconds are whole seconds W (an integer) plus decimal digits F: W + 0.F. Both
// directions convert that exact decimal value to or from a double in one correctly rounded step,
// so every double formats to the fewest digits that parse back to it bit for bit. For W < 0 the
// decimal is written as -(|W| - 1).C with C = 1 - 0.F (the ten's complement of F).

/// The ten's complement of a non-zero digit string: 1 - 0.F as digits of the same length.
std::string tensComplement(std::string_view digits)
{
    std::string result(digits.size(), '0');
    const std::size_t last = digits.find_last_not_of('0');
    for (std::size_t i = 0; i < last; ++i)
        result[i] = static_cast<char>('9' - (digits[i] - '0'));
    result[last] = static_cast<char>('0' + 10 - (digits[last] - '0'));
    return result;
}

double secondsFromDecimal(std::int64_t whole, std::string_view fractionDigits)
{
    if (fractionDigits.find_first_not_of('0') == std::string_view::npos)
        return static_cast<double>(whole);
    std::string decimal;
    if (whole < 0)
        decimal.push_back('-');
    decimal += std::to_string(whole >= 0 ? whole : -whole - 1);
    decimal.push_back('.');
    decimal += whole >= 0 ? std::string(fractionDigits) : tensComplement(fractionDigits);
    double value = 0.0;
    std::from_chars(decimal.data(), decimal.data() + decimal.size(), value);
    return value;
}

/// Range checks, then seconds since the epoch.
std::optional<double> toEpochSeconds(const DateParts& parts)
{
    if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)
        || parts.hour > 23 || parts.minute > 59 || parts.second > 59)
        return std::nullopt;
    const std::int64_t whole = daysFromCivil(parts.year, parts.month, parts.day) * kSecondsPerDay
        + static_cast<std::int64_t>(parts.hour) * 3600 + static_cast<std::int64_t>(parts.minute) * 60 + parts.second
        - static_cast<std::int64_t>(parts.offsetMinutes) * 60;
    return secondsFromDecimal(whole, parts.fractionDigits);
}

bool isMissing(std::string_view cell)
{
    return cell.empty() || equalsIgnoringCase(cell, "NA") || equalsIgnoringCase(cell, "NaN")
        || equalsIgnoringCase(cell, "N/A") || equalsIgnoringCase(cell, "null");
}

// ---- Formatting ----

/// `value` split as the parser reads it: whole seconds (floor) and fraction digits.
struct DecimalSeconds {
    std::int64_t whole = 0;
    std::string fractionDigits; // without trailing zeros; empty for whole seconds
};

/// Needs |value| <= 1e14 (the integer part then fits easily in int64).
DecimalSeconds splitShortestDecimal(double value)
{
    // Shortest fixed notation that reads back as `value`; at most 15 integer digits, and the
    // fraction of the smallest subnormal takes under 800 characters.
    std::array<char, 1100> buffer {};
    const auto [end, error]
        = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
    const std::size_t length = error == std::errc() ? static_cast<std::size_t>(end - buffer.data()) : 0;
    const std::string_view text(buffer.data(), length);
    const bool negative = !text.empty() && text.front() == '-';
    const std::size_t point = std::min(text.find('.'), text.size());
    const std::string_view integer = text.substr(negative ? 1 : 0, point - (negative ? 1 : 0));
    std::int64_t magnitude = 0;
    std::from_chars(integer.data(), integer.data() + integer.size(), magnitude);
    DecimalSeconds result;
    const std::string_view fraction = point < text.size() ? text.substr(point + 1) : std::string_view {};
    if (fraction.find_first_not_of('0') == std::string_view::npos) {
        result.whole = negative ? -magnitude : magnitude;
    } else if (!negative) {
        result.whole = magnitude;
        result.fractionDigits = std::string(fraction);
    } else {
        result.whole = -magnitude - 1;
        result.fractionDigits = tensComplement(fraction);
    }
    return result;
}

} // namespace

std::optional<double> parseDateTime(std::string_view text, DateStyle style)
{
    text = trim(text);
    if (text.size() < 8)
        return std::nullopt; // shorter than any accepted form; keeps "2010" and "1.5" out cheaply
    using Grammar = bool (*)(std::string_view, DateParts&);
    static constexpr std::array<Grammar, 4> kGrammars = { parseCompact, parseIso, parseYearFirstSlash, parseMonthName };
    for (std::size_t i = style == DateStyle::Compact ? 0 : 1; i < kGrammars.size(); ++i) {
        DateParts parts;
        if (kGrammars[i](text, parts))
            return toEpochSeconds(parts);
    }
    return std::nullopt;
}

bool looksLikeDates(std::span<const std::string> cells, DateStyle style)
{
    bool anyDate = false;
    for (const std::string& cell : cells) {
        const std::string_view text = trim(cell);
        if (isMissing(text))
            continue;
        if (!parseDateTime(text, style))
            return false;
        anyDate = true;
    }
    return anyDate;
}

std::string formatDateTime(double secondsSinceEpoch, bool dateOnlyAtMidnight)
{
    // Beyond about +-3 million years the int64 arithmetic below would not be safe.
    if (!std::isfinite(secondsSinceEpoch) || std::fabs(secondsSinceEpoch) > 1e14)
        return {};
    const DecimalSeconds seconds = splitShortestDecimal(secondsSinceEpoch);
    const std::int64_t days = floorDiv(seconds.whole, kSecondsPerDay);
    const std::int64_t secondOfDay = seconds.whole - days * kSecondsPerDay;
    const CivilDate date = civilFromDays(days);

    std::array<char, 64> buffer {};
    int length = std::snprintf(
        buffer.data(), buffer.size(), "%04lld-%02d-%02d", static_cast<long long>(date.year), date.month, date.day);
    std::string text(buffer.data(), static_cast<std::size_t>(length));
    if (secondOfDay == 0 && seconds.fractionDigits.empty() && dateOnlyAtMidnight)
        return text;
    length = std::snprintf(buffer.data(), buffer.size(), "T%02d:%02d:%02d", static_cast<int>(secondOfDay / 3600),
        static_cast<int>(secondOfDay / 60 % 60), static_cast<int>(secondOfDay % 60));
    text.append(buffer.data(), static_cast<std::size_t>(length));
    return seconds.fractionDigits.empty() ? text : text + "." + seconds.fractionDigits;
}

} // namespace tangent
