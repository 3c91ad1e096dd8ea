// SPDX-License-Identifier: GPL-3.0-or-later
// Big tables, whose rows the reader parses on two threads: the values, row numbers and messages
// must be those of one pass whatever falls on either side of the split.

#include "core/io/csv.h"

#include "core/errors.h"
#include "tests/core/io/csvtestsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

using tangent::CsvReadOptions;
using tangent::CsvTable;
using tangent::InputError;
using tangent::ReadCancelled;
using tangent::readCsv;
using tangent::test::expectValues;

namespace {

/// Rows enough to split: the reader's threshold is lowered (CsvReadOptions::parallelBytes) so
/// that a few thousand rows take the two-thread path, as a file of several MB does.
constexpr std::size_t kRows = 4'000;
constexpr std::size_t kSplitBytes = 1024;

/// Rows past several reports of progress (one per 65,536 rows), each half at the real threshold.
constexpr std::size_t kReportedRows = 400'000;

/// The options that send kRows rows down the two-thread path.
CsvReadOptions twoThreads()
{
    CsvReadOptions options;
    options.parallelBytes = kSplitBytes;
    return options;
}

std::string shortest(double v)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, end);
}

/// y of row i: fractional values whose text differs in length, so rows are uneven.
double yOf(std::size_t i)
{
    return static_cast<double>(i) / 7.0 - 3.0;
}

/// "x,y" and `rows` rows i, yOf(i); `edit` may change row i's text (without its line break).
template <typename Edit> std::string bigTable(Edit edit, std::size_t rows = kRows)
{
    std::string text = "x,y\n";
    for (std::size_t i = 0; i < rows; ++i) {
        std::string row = std::to_string(i) + "," + shortest(yOf(i));
        edit(i, row);
        text += row;
        text += '\n';
    }
    return text;
}

std::string bigTable(std::size_t rows = kRows)
{
    return bigTable([](std::size_t, std::string&) {}, rows);
}

/// The file line of data row i (the header is line 1).
std::size_t lineOf(std::size_t row)
{
    return row + 2;
}

TEST(CsvBigTable, EveryValueInOrder)
{
    const CsvTable table = readCsv(bigTable(), twoThreads());
    ASSERT_EQ(table.rowCount, kRows);
    std::vector<double> x(kRows);
    std::vector<double> y(kRows);
    for (std::size_t i = 0; i < kRows; ++i) {
        x[i] = static_cast<double>(i);
        y[i] = yOf(i);
    }
    expectValues(table.columns[0].values, x);
    expectValues(table.columns[1].values, y);
}

TEST(CsvBigTable, RaggedRowLateInTheFileNamesItsLine)
{
    const std::size_t bad = kRows - 10;
    const std::string text = bigTable([&](std::size_t i, std::string& row) {
        if (i == bad)
            row += ",5";
    });
    try {
        (void)readCsv(text, twoThreads(), "big.csv");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.row(), lineOf(bad)) << e.what();
        EXPECT_EQ(e.column(), 3U) << e.what();
    }
}

TEST(CsvBigTable, TextLateInAColumnNamesItsFirstLine)
{
    const std::size_t first = kRows - 1000;
    const CsvTable table = readCsv(bigTable([&](std::size_t i, std::string& row) {
        if (i == first || i == kRows - 5)
            row = std::to_string(i) + ",n/a?";
    }),
        twoThreads());
    EXPECT_TRUE(table.columns[0].numeric);
    ASSERT_FALSE(table.columns[1].numeric);
    EXPECT_EQ(table.columns[1].firstTextRow, lineOf(first));
    ASSERT_EQ(table.columns[1].text.size(), kRows);
    EXPECT_EQ(table.columns[1].text[first], "n/a?");
    EXPECT_EQ(table.columns[1].text[0], "-3");
}

TEST(CsvBigTable, QuotedLineBreaksAcrossTheMiddleAreOneField)
{
    // Every row quotes a field with a line break in it, so wherever the text is split, the split
    // can fall inside quotes: rows and line numbers must still be those of one pass.
    const std::string text = bigTable(
        [](std::size_t i, std::string& row) { row = std::to_string(i) + ",\"" + shortest(yOf(i)) + "\n\""; });
    const CsvTable table = readCsv(text, twoThreads());
    ASSERT_EQ(table.rowCount, kRows);
    ASSERT_FALSE(table.columns[1].numeric);
    EXPECT_EQ(table.columns[1].firstTextRow, 2U);
    EXPECT_EQ(table.columns[1].text[kRows - 1], shortest(yOf(kRows - 1)) + "\n");
    EXPECT_EQ(table.columns[0].values[kRows - 1], static_cast<double>(kRows - 1));
}

TEST(CsvBigTable, BlankLinesInTheMiddleAreAnErrorAtTheFirst)
{
    // Enough blank lines around the middle that the split falls among them.
    const std::size_t middle = kRows / 2;
    const std::string text = bigTable([&](std::size_t i, std::string& row) {
        if (i == middle)
            row += std::string(kRows * 3, '\n');
    });
    try {
        (void)readCsv(text, twoThreads(), "gap.csv");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.row(), lineOf(middle) + 1) << e.what();
        EXPECT_NE(std::string(e.what()).find("blank"), std::string::npos) << e.what();
    }
}

TEST(CsvBigTable, FinishedRangesCoverTheRowsOnceAndProgressEndsAtTheTotal)
{
    const std::string text = bigTable(kReportedRows);
    std::mutex mutex;
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    std::size_t lastDone = 0;
    std::size_t lastTotal = 0;
    CsvReadOptions options;
    options.finished = [&](std::size_t begin, std::size_t end) {
        const std::lock_guard lock(mutex);
        ranges.emplace_back(begin, end);
    };
    options.progress = [&](std::size_t done, std::size_t total) {
        lastDone = done;
        lastTotal = total;
        return true;
    };
    (void)readCsv(text, options);
    std::sort(ranges.begin(), ranges.end());
    ASSERT_FALSE(ranges.empty());
    EXPECT_EQ(ranges.front().first, std::string("x,y\n").size());
    EXPECT_EQ(ranges.back().second, text.size());
    for (std::size_t k = 1; k < ranges.size(); ++k)
        EXPECT_EQ(ranges[k].first, ranges[k - 1].second) << "range " << k;
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_EQ(lastTotal, text.size() - std::string("x,y\n").size());
}

TEST(CsvBigTable, TheSplitGivesTheTableOfOnePass)
{
    // The same text read in one pass (threshold above its size) and split at many thresholds:
    // every value, text cell and line the same.
    const std::string text = bigTable([](std::size_t i, std::string& row) {
        if (i % 97 == 3)
            row = std::to_string(i) + ",\"a\nb\"";
    });
    CsvReadOptions onePass;
    onePass.parallelBytes = text.size() + 1;
    const CsvTable reference = readCsv(text, onePass);
    for (const std::size_t bytes : { std::size_t { 16 }, std::size_t { 4096 }, text.size() - 10 }) {
        CsvReadOptions split;
        split.parallelBytes = bytes;
        const CsvTable table = readCsv(text, split);
        ASSERT_EQ(table.rowCount, reference.rowCount);
        expectValues(table.columns[0].values, reference.columns[0].values);
        EXPECT_EQ(table.columns[1].text, reference.columns[1].text);
        EXPECT_EQ(table.columns[1].firstTextRow, reference.columns[1].firstTextRow);
    }
}

TEST(CsvBigTable, CancelStopsBothHalves)
{
    CsvReadOptions options;
    int calls = 0;
    options.progress = [&](std::size_t, std::size_t) { return ++calls < 2; };
    EXPECT_THROW((void)readCsv(bigTable(kReportedRows), options), ReadCancelled);
}

} // namespace
