// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv.h"
#include "tests/core/io/csvtestsupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

namespace tangent::test {

// ---- writing -----------------------------------------------------------------------------------

TEST(CsvWriter, HeaderRowsAndNumbers)
{
    const std::vector<double> x { 0, 0.1, -0.0, 1e300 };
    const std::vector<double> y { kNaN, kInf, -kInf, 5e-324 };
    const std::vector<CsvOutColumn> columns { { "x", x }, { "dy/dx", y } };
    EXPECT_EQ(writeCsvString(columns), "x,dy/dx\n0,nan\n0.1,inf\n-0,-inf\n1e+300,5e-324\n");
    EXPECT_EQ(writeCsvString(columns, '\t'), "x\tdy/dx\n0\tnan\n0.1\tinf\n-0\t-inf\n1e+300\t5e-324\n");
}

TEST(CsvWriter, CommentsComeFirst)
{
    const std::vector<double> x { 1 };
    const std::vector<CsvOutColumn> columns { { "x", x } };
    const std::vector<std::string> comments { "tangent 0.1", "edge order 2\nsecond line" };
    EXPECT_EQ(writeCsvString(columns, ',', comments), "# tangent 0.1\n# edge order 2\n# second line\nx\n1\n");
}

TEST(CsvWriter, QuotesNamesThatNeedIt)
{
    const std::vector<double> v { 1 };
    const std::vector<CsvOutColumn> columns { { "a,b", v }, { "say \"hi\"", v }, { "two\nlines", v }, { "plain", v } };
    EXPECT_EQ(writeCsvString(columns), "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\n1,1,1,1\n");
}

TEST(CsvWriter, QuoteCsvField)
{
    EXPECT_EQ(quoteCsvField("plain"), "plain");
    EXPECT_EQ(quoteCsvField("a;b"), "a;b");
    EXPECT_EQ(quoteCsvField("a;b", ';'), "\"a;b\"");
    EXPECT_EQ(quoteCsvField("a b", ' '), "\"a b\"");
    EXPECT_EQ(quoteCsvField("a\tb", '\t'), "\"a\tb\"");
    EXPECT_EQ(quoteCsvField("x\r"), "\"x\r\"");
    EXPECT_EQ(quoteCsvField("\""), "\"\"\"\"");
    EXPECT_EQ(quoteCsvField(" padded "), "\" padded \"");
    EXPECT_EQ(quoteCsvField("#1"), "\"#1\"");
}

TEST(CsvWriter, StreamMatchesString)
{
    const std::vector<double> x { 1, 2, 3 };
    const std::vector<CsvOutColumn> columns { { "x", x }, { "y", x } };
    std::ostringstream out;
    writeCsv(out, columns, ';');
    EXPECT_EQ(out.str(), writeCsvString(columns, ';'));
    EXPECT_EQ(out.str(), "x;y\n1;1\n2;2\n3;3\n");
}

TEST(CsvWriter, UnequalColumnsAreRejected)
{
    const std::vector<double> a { 1, 2 };
    const std::vector<double> b { 1 };
    const std::vector<CsvOutColumn> columns { { "a", a }, { "b", b } };
    EXPECT_THROW(writeCsvString(columns), std::invalid_argument);
}

TEST(CsvWriter, RoundTripsRandomDoublesExactly)
{
    std::mt19937_64 random(99);
    constexpr std::size_t kRows = 300'000; // enough for several blocks, formatted in parallel
    std::vector<double> a(kRows);
    std::vector<double> b(kRows);
    for (std::size_t i = 0; i < kRows; ++i) {
        a[i] = std::bit_cast<double>(random());
        b[i] = std::bit_cast<double>(random() >> 12); // subnormals and tiny values
    }
    const std::vector<std::string> comments { "round trip" };
    const std::vector<CsvOutColumn> columns { { "a", a }, { "b b", b } };
    const std::string text = writeCsvString(columns, ' ', comments);
    const CsvTable table = readCsv(text);
    EXPECT_EQ(table.comments, comments);
    EXPECT_EQ(table.delimiter, ' ');
    EXPECT_EQ(names(table), (std::vector<std::string> { "a", "b b" }));
    expectValues(table.columns[0].values, a);
    expectValues(table.columns[1].values, b);

    std::ostringstream out;
    writeCsv(out, columns, ' ', comments);
    EXPECT_EQ(out.str(), text);
}

TEST(CsvWriter, MillionRowsWriteQuickly)
{
    constexpr std::size_t kRows = 1'000'000;
    std::vector<double> x(kRows);
    std::vector<double> y(kRows);
    std::vector<double> z(kRows);
    for (std::size_t i = 0; i < kRows; ++i) {
        x[i] = static_cast<double>(i) * 0.001;
        y[i] = std::sin(x[i]);
        z[i] = std::cos(x[i]);
    }
    const std::vector<CsvOutColumn> columns { { "x", x }, { "y", y }, { "z", z } };
    const auto path = std::filesystem::temp_directory_path() / ("tangent-write-" + std::to_string(::getpid()) + ".csv");
    std::ofstream out(path, std::ios::binary);
    writeCsv(out, columns);
    out.close();

    ASSERT_TRUE(out);
    const CsvTable table = readCsvFile(path.string());
    std::filesystem::remove(path);
    ASSERT_EQ(table.rowCount, kRows);
    EXPECT_EQ(table.columns[0].values, x);
    EXPECT_EQ(table.columns[2].values, z);
}

TEST(CsvWriter, TextColumnsAreQuotedAndRoundTrip)
{
    const std::vector<double> values { 1.5, kNaN, -2 };
    const std::vector<std::string> dates { "2024-01-01", "2024-01-02", "a, b" };
    const std::vector<CsvOutColumn> columns { { "date", {}, dates }, { "v", values } };
    const std::string text = writeCsvString(columns);
    EXPECT_EQ(text, "date,v\n2024-01-01,1.5\n2024-01-02,nan\n\"a, b\",-2\n");
    const CsvTable table = readCsv(text);
    ASSERT_EQ(table.columns.size(), 2u);
    EXPECT_FALSE(table.columns[0].numeric);
    EXPECT_EQ(table.columns[0].text[2], "a, b");
}

TEST(CsvReader, ProgressRisesToTheWholeTable)
{
    std::string text = "x,y\n";
    for (int i = 0; i < 200'000; ++i)
        text += std::to_string(i) + "," + std::to_string(i % 7) + "\n";
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    CsvReadOptions options;
    options.progress = [&calls](std::size_t done, std::size_t total) {
        calls.emplace_back(done, total);
        return true;
    };
    const CsvTable table = readCsv(text, options);
    EXPECT_EQ(table.rowCount, 200'000u);
    // Every 65,536 rows (three times) and once at the end; the table is all but the header line.
    ASSERT_EQ(calls.size(), 4u);
    const std::size_t total = text.size() - std::string("x,y\n").size();
    for (std::size_t i = 0; i < calls.size(); ++i) {
        EXPECT_EQ(calls[i].second, total);
        if (i > 0) {
            EXPECT_GT(calls[i].first, calls[i - 1].first);
        }
    }
    EXPECT_EQ(calls.back().first, total);
}

TEST(CsvReader, ProgressCanStopTheRead)
{
    std::string text = "x,y\n";
    for (int i = 0; i < 100'000; ++i)
        text += std::to_string(i) + ",1\n";
    CsvReadOptions options;
    int calls = 0;
    options.progress = [&calls](std::size_t, std::size_t) { return ++calls < 1; };
    EXPECT_THROW(readCsv(text, options), tangent::ReadCancelled);
    EXPECT_EQ(calls, 1);
}

} // namespace tangent::test
