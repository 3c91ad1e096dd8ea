// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvdetect.h"

#include "core/errors.h"
#include "core/io/csvscanner.h"
#include "core/io/numberformat.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace tangent::csvdetail {
namespace {

using Records = std::vector<std::vector<std::string>>;

/// Enough rows to see the pattern; few enough to cost nothing next to the full read.
constexpr std::size_t kSampleRecords = 100;
/// Wide tables stop sooner: a few of their records show the pattern as well.
constexpr std::size_t kSampleFields = 1'000'000;

/// Candidates in order of preference when they explain the sample equally well.
constexpr std::array<char, 4> kCandidates = { '\t', ';', ',', kWhitespace };

std::size_t indexOf(char delimiter)
{
    return static_cast<std::size_t>(std::find(kCandidates.begin(), kCandidates.end(), delimiter) - kCandidates.begin());
}

/// The first records of `text` split at `delimiter`, trimmed and unquoted; blank lines skipped.
/// Stops quietly at a quoting error or a row too long: the full read reports it with its location.
/// A row with too many fields is sampled as that many empty fields, so that this delimiter is
/// still seen to split the table (and the full read names the row).
Records sampleRecords(std::string_view text, char delimiter, std::size_t firstLine, const std::string& source)
{
    Records records;
    Scanner scanner(text, delimiter, firstLine, source);
    std::vector<Field> fields;
    std::size_t sampledFields = 0;
    try {
        while (!scanner.atEnd() && records.size() < kSampleRecords && sampledFields < kSampleFields) {
            if (scanner.atBlankLine()) {
                scanner.skipLine();
                continue;
            }
            scanner.readRecord(fields);
            auto& record = records.emplace_back();
            for (const Field& field : fields)
                record.push_back(std::string(trim(field.text())));
            sampledFields += fields.size();
        }
    } catch (const RowLimitError& error) {
        if (error.tooManyFields())
            records.emplace_back(kMaxCsvFields + 1);
    } catch (const InputError&) {
    }
    return records;
}

/// "1,5": digits on both sides of a single comma, no point; a number only with a decimal comma.
bool looksDecimalComma(std::string_view cell)
{
    const auto comma = cell.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma + 1 == cell.size())
        return false;
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    return isDigit(cell[comma - 1]) && isDigit(cell[comma + 1]) && cell.find(',', comma + 1) == std::string_view::npos
        && parseDouble(cell, true).has_value();
}

/// How one delimiter splits the sample.
struct Candidate {
    char delimiter = ',';
    Records records;
    std::size_t fieldCount = 0; ///< the most common number of fields per record
    double consistency = 0.0; ///< share of records with fieldCount fields
    double numberShare = 0.0; ///< numbers among non-missing cells after the first record
    bool decimalComma = false;

    [[nodiscard]] bool consistent() const { return consistency == 1.0; }
    [[nodiscard]] bool splits() const { return fieldCount > 1; }
};

bool chooseDecimalComma(const Records& records, char delimiter, const CsvReadOptions& options)
{
    if (options.decimalComma)
        return *options.decimalComma;
    if (delimiter == ',')
        return false;
    std::size_t commaNumbers = 0;
    std::size_t pointNumbers = 0;
    for (const auto& record : records) {
        for (const auto& cell : record) {
            if (looksDecimalComma(cell))
                ++commaNumbers;
            else if (cell.find('.') != std::string::npos && parseDouble(cell))
                ++pointNumbers;
        }
    }
    return commaNumbers > pointNumbers;
}

Candidate evaluate(char delimiter, std::string_view text, std::size_t firstLine, const CsvReadOptions& options,
    const std::string& source)
{
    Candidate candidate;
    candidate.delimiter = delimiter;
    candidate.records = sampleRecords(text, delimiter, firstLine, source);
    const Records& records = candidate.records;
    if (records.empty())
        return candidate;

    std::map<std::size_t, std::size_t> counts;
    for (const auto& record : records)
        ++counts[record.size()];
    const auto modal = std::max_element(
        counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    candidate.fieldCount = modal->first;
    candidate.consistency = static_cast<double>(modal->second) / static_cast<double>(records.size());
    candidate.decimalComma = chooseDecimalComma(records, delimiter, options);

    std::size_t numbers = 0;
    std::size_t texts = 0;
    for (std::size_t r = records.size() > 1 ? 1 : 0; r < records.size(); ++r) {
        for (const auto& cell : records[r]) {
            const CellKind kind = classify(cell, candidate.decimalComma);
            numbers += kind == CellKind::Number ? 1 : 0;
            texts += kind == CellKind::Text ? 1 : 0;
        }
    }
    if (numbers + texts > 0)
        candidate.numberShare = static_cast<double>(numbers) / static_cast<double>(numbers + texts);
    return candidate;
}

/// How well a candidate explains the sample, best first: splitting every record alike; splitting
/// the first record like most others (a ragged row the full read will report); one column
/// throughout; anything else.
int tier(const Candidate& c)
{
    if (c.splits() && c.consistent())
        return 3;
    if (c.splits() && c.records.front().size() == c.fieldCount)
        return 2;
    return c.consistent() ? 1 : 0;
}

/// The best candidate, ties going to the more numbers, then to the order of kCandidates.
std::size_t chooseCandidate(const std::vector<Candidate>& candidates)
{
    auto key = [&](std::size_t i) {
        const Candidate& c = candidates[i];
        return std::make_tuple(!c.records.empty(), tier(c), c.numberShare, c.consistency, -static_cast<int>(i));
    };
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        if (key(i) > key(best))
            best = i;
    }
    return best;
}

/// True if every cell of every record, the first included, is a number or missing: then no
/// header line shows how the author split the columns.
bool allNumeric(const Candidate& c)
{
    return std::all_of(c.records.begin(), c.records.end(), [&](const auto& record) {
        return std::all_of(record.begin(), record.end(),
            [&](const std::string& cell) { return classify(cell, c.decimalComma) != CellKind::Text; });
    });
}

/// True if another delimiter reads the sample differently yet as cleanly ("1,5" alone on a line).
bool ambiguous(const std::vector<Candidate>& candidates, std::size_t chosen)
{
    const Candidate& c = candidates[chosen];
    return std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& other) {
        return &other != &c && other.consistent() && other.numberShare > 0.0 && other.numberShare >= c.numberShare
            && other.records != c.records && allNumeric(other);
    });
}

bool isInteger(std::string_view cell)
{
    if (!cell.empty() && cell.front() == '-')
        cell.remove_prefix(1);
    return !cell.empty() && cell.size() < 16
        && std::all_of(cell.begin(), cell.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

/// Column labels that happen to be numbers: consecutive ascending integers ("1,2,3", "2019,2020")
/// over data that is not all integers.
bool looksLikeNumberLabels(const Records& records)
{
    const auto& first = records.front();
    if (first.size() < 2 || !std::all_of(first.begin(), first.end(), isInteger))
        return false;
    for (std::size_t i = 1; i < first.size(); ++i) {
        if (*parseDouble(first[i]) != *parseDouble(first[i - 1]) + 1.0)
            return false;
    }
    return std::any_of(records.begin() + 1, records.end(), [](const auto& record) {
        return std::any_of(record.begin(), record.end(), [](const std::string& cell) { return !isInteger(cell); });
    });
}

/// Decides whether the first record names the columns, and how sure that is.
void detectHeader(const Records& records, bool decimalComma, Detection& detection)
{
    const auto& first = records.front();
    std::vector<CellKind> kinds;
    for (const auto& cell : first)
        kinds.push_back(classify(cell, decimalComma));
    const bool allText = std::all_of(kinds.begin(), kinds.end(), [](CellKind k) { return k == CellKind::Text; });
    const bool anyText = std::any_of(kinds.begin(), kinds.end(), [](CellKind k) { return k == CellKind::Text; });

    std::size_t laterNumbers = 0;
    bool textOverNumbers = false; // a text cell heading a mostly numeric column
    bool numberOverText = false; // a number heading a mostly text column
    for (std::size_t c = 0; c < first.size(); ++c) {
        std::size_t numbers = 0;
        std::size_t texts = 0;
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (c >= records[r].size())
                continue;
            const CellKind kind = classify(records[r][c], decimalComma);
            numbers += kind == CellKind::Number ? 1 : 0;
            texts += kind == CellKind::Text ? 1 : 0;
        }
        laterNumbers += numbers;
        textOverNumbers = textOverNumbers || (kinds[c] == CellKind::Text && numbers > texts);
        numberOverText = numberOverText || (kinds[c] == CellKind::Number && texts > numbers);
    }

    if (records.size() == 1) {
        detection.hasHeader = allText;
        return;
    }
    detection.hasHeader = textOverNumbers || (allText && laterNumbers > 0);
    if (!detection.hasHeader) {
        // Text over text (names or data?), or numbers that may be labels.
        detection.headerCertain = !(allText || (!anyText && (numberOverText || looksLikeNumberLabels(records))));
    }
}

} // namespace

Detection detectFormat(
    std::string_view text, std::size_t firstLine, const CsvReadOptions& options, const std::string& source)
{
    Detection detection;
    Candidate chosen;
    if (options.delimiter) {
        chosen = evaluate(*options.delimiter, text, firstLine, options, source);
    } else {
        std::vector<Candidate> candidates;
        candidates.reserve(kCandidates.size());
        for (char delimiter : kCandidates)
            candidates.push_back(evaluate(delimiter, text, firstLine, options, source));
        std::size_t index = chooseCandidate(candidates);
        detection.delimiterCertain = !ambiguous(candidates, index);
        // A single column has no delimiter to speak of: name a conventional one that reads it alike.
        if (!candidates[index].splits()) {
            for (char conventional : { ',', ';' }) {
                const auto& same = candidates[indexOf(conventional)];
                if (same.records == candidates[index].records) {
                    index = indexOf(conventional);
                    break;
                }
            }
        }
        chosen = std::move(candidates[index]);
    }
    detection.delimiter = chosen.delimiter;
    detection.decimalComma = chosen.decimalComma;

    if (options.hasHeader)
        detection.hasHeader = *options.hasHeader;
    else if (!chosen.records.empty())
        detectHeader(chosen.records, detection.decimalComma, detection);
    return detection;
}

} // namespace tangent::csvdetail
