// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv.h"

#include "core/errors.h"
#include "tests/core/io/csvtestsupport.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
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

namespace {

/// The InputError that reading `text` throws; fails the test if it throws nothing.
InputError readError(std::string_view text, const CsvReadOptions& options = {})
{
    try {
        readCsv(text, options, "data.csv");
    } catch (const InputError& error) {
        return error;
    }
    ADD_FAILURE() << "expected an InputError for: " << text;
    return InputError("no error");
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

// ---- delimiters --------------------------------------------------------------------------------

TEST(CsvReader, CommaWithHeader)
{
    const CsvTable table = readCsv("x,y\n1,2\n3,4.5\n");
    EXPECT_EQ(table.delimiter, ',');
    EXPECT_TRUE(table.hasHeader);
    EXPECT_TRUE(table.delimiterCertain);
    EXPECT_TRUE(table.headerCertain);
    EXPECT_FALSE(table.decimalComma);
    EXPECT_EQ(names(table), (std::vector<std::string> { "x", "y" }));
    EXPECT_EQ(table.rowCount, 2u);
    EXPECT_EQ(table.firstDataLine, 2u);
    ASSERT_TRUE(table.columns[0].numeric && table.columns[1].numeric);
    expectValues(table.columns[0].values, { 1, 3 });
    expectValues(table.columns[1].values, { 2, 4.5 });
}

TEST(CsvReader, TabDelimited)
{
    const CsvTable table = readCsv("time\tsignal value\n0\t1.5\n0.1\t-2\n");
    EXPECT_EQ(table.delimiter, '\t');
    EXPECT_EQ(names(table), (std::vector<std::string> { "time", "signal value" }));
    expectValues(table.columns[1].values, { 1.5, -2 });
}

TEST(CsvReader, SemicolonDelimited)
{
    const CsvTable table = readCsv("a;b;c\n1;2;3\n4;5;6\n");
    EXPECT_EQ(table.delimiter, ';');
    EXPECT_FALSE(table.decimalComma);
    EXPECT_EQ(table.columns.size(), 3u);
    expectValues(table.columns[2].values, { 3, 6 });
}

TEST(CsvReader, WhitespaceRuns)
{
    const CsvTable table = readCsv("  x    y\n 1  2\n3\t\t4   \n");
    EXPECT_EQ(table.delimiter, ' ');
    EXPECT_EQ(names(table), (std::vector<std::string> { "x", "y" }));
    expectValues(table.columns[0].values, { 1, 3 });
    expectValues(table.columns[1].values, { 2, 4 });
}

TEST(CsvReader, CommaWithSpacesAfterIsStillComma)
{
    const CsvTable table = readCsv("x, y\n1, 2\n3, 4\n");
    EXPECT_EQ(table.delimiter, ',');
    EXPECT_TRUE(table.delimiterCertain);
    EXPECT_EQ(names(table), (std::vector<std::string> { "x", "y" }));
    expectValues(table.columns[1].values, { 2, 4 });
}

TEST(CsvReader, ForcedDelimiter)
{
    CsvReadOptions options;
    options.delimiter = ';';
    const CsvTable table = readCsv("a,b;c\n1;2\n", options);
    EXPECT_EQ(names(table), (std::vector<std::string> { "a,b", "c" }));
    expectValues(table.columns[0].values, { 1 });
}

TEST(CsvReader, SingleColumn)
{
    const CsvTable table = readCsv("value\n1.5\n2.5\n");
    ASSERT_EQ(table.columns.size(), 1u);
    EXPECT_EQ(table.columns[0].name, "value");
    EXPECT_TRUE(table.delimiterCertain);
    expectValues(table.columns[0].values, { 1.5, 2.5 });
}

// ---- header ------------------------------------------------------------------------------------

TEST(CsvReader, NoHeaderNamesColumnsByNumber)
{
    const CsvTable table = readCsv("1,2\n3,4\n");
    EXPECT_FALSE(table.hasHeader);
    EXPECT_EQ(names(table), (std::vector<std::string> { "column 1", "column 2" }));
    EXPECT_EQ(table.firstDataLine, 1u);
    EXPECT_EQ(table.rowCount, 2u);
    expectValues(table.columns[0].values, { 1, 3 });
}

TEST(CsvReader, HeaderOverOneNumericColumnIsEnough)
{
    // "1" heads its column, but "name" is text over a numeric column.
    const CsvTable table = readCsv("1,name\nabc,2\ndef,3\n");
    EXPECT_TRUE(table.hasHeader);
    EXPECT_EQ(names(table), (std::vector<std::string> { "1", "name" }));
    EXPECT_FALSE(table.columns[0].numeric);
    expectValues(table.columns[1].values, { 2, 3 });
}

TEST(CsvReader, AllTextFirstRowOverTextAndNumbers)
{
    const CsvTable table = readCsv("label,value\nred,1\nblue,2\n");
    EXPECT_TRUE(table.hasHeader);
    EXPECT_TRUE(table.headerCertain);
    EXPECT_EQ(table.columns[0].text, (std::vector<std::string> { "red", "blue" }));
}

TEST(CsvReader, QuotedHeader)
{
    const CsvTable table = readCsv("\"time (s)\",\"x, y\",\"say \"\"hi\"\"\"\n1,2,3\n");
    EXPECT_TRUE(table.hasHeader);
    EXPECT_EQ(names(table), (std::vector<std::string> { "time (s)", "x, y", "say \"hi\"" }));
    expectValues(table.columns[1].values, { 2 });
}

TEST(CsvReader, EmptyHeaderCellIsNamedByNumber)
{
    const CsvTable table = readCsv(",y\n1,2\n");
    EXPECT_TRUE(table.hasHeader);
    EXPECT_EQ(names(table), (std::vector<std::string> { "column 1", "y" }));
}

TEST(CsvReader, NumericFirstRowMayBeLabels)
{
    const CsvTable table = readCsv("1,2,3\n0.5,0.25,0.125\n0.7,0.1,0.3\n");
    EXPECT_FALSE(table.hasHeader);
    EXPECT_FALSE(table.headerCertain);
    EXPECT_EQ(table.rowCount, 3u);
}

TEST(CsvReader, AllTextTableHasUncertainHeader)
{
    const CsvTable table = readCsv("a,b\nc,d\n");
    EXPECT_FALSE(table.hasHeader);
    EXPECT_FALSE(table.headerCertain);
    EXPECT_EQ(table.rowCount, 2u);
}

TEST(CsvReader, ForcedNoHeaderKeepsFirstRowAsData)
{
    CsvReadOptions options;
    options.hasHeader = false;
    const CsvTable table = readCsv("x,y\n1,2\n", options);
    EXPECT_FALSE(table.hasHeader);
    EXPECT_EQ(table.rowCount, 2u);
    ASSERT_FALSE(table.columns[0].numeric);
    EXPECT_EQ(table.columns[0].firstTextRow, 1u);
    EXPECT_EQ(table.columns[0].text, (std::vector<std::string> { "x", "1" }));
}

TEST(CsvReader, ForcedHeaderOnNumericFirstRow)
{
    CsvReadOptions options;
    options.hasHeader = true;
    const CsvTable table = readCsv("10,20\n1,2\n", options);
    EXPECT_EQ(names(table), (std::vector<std::string> { "10", "20" }));
    expectValues(table.columns[0].values, { 1 });
}

// ---- quoting, line endings, encoding ----------------------------------------------------------

TEST(CsvReader, QuotedFieldsWithDelimiterQuoteAndNewline)
{
    const CsvTable table = readCsv("name,v\n\"a,b\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\nplain,\"4\"\n");
    EXPECT_EQ(table.rowCount, 4u);
    ASSERT_FALSE(table.columns[0].numeric);
    EXPECT_EQ(table.columns[0].firstTextRow, 2u);
    EXPECT_EQ(table.columns[0].text, (std::vector<std::string> { "a,b", "say \"hi\"", "two\nlines", "plain" }));
    ASSERT_TRUE(table.columns[1].numeric);
    expectValues(table.columns[1].values, { 1, 2, 3, 4 });
}

TEST(CsvReader, LineNumbersCountNewlinesInsideQuotes)
{
    // The quoted cell spans lines 2-3, so the ragged row is on line 5.
    const InputError error = readError("x,y\n\"a\nb\",1\nc,2\n1,2,3\n");
    EXPECT_EQ(error.row(), 5u);
    const CsvTable table = readCsv("x,y\n\"a\nb\",1\n3,oops\n");
    EXPECT_EQ(table.columns[1].firstTextRow, 4u);
}

TEST(CsvReader, CrLfLineEndings)
{
    const CsvTable table = readCsv("x,y\r\n1,2\r\n3,4\r\n");
    EXPECT_EQ(names(table), (std::vector<std::string> { "x", "y" }));
    expectValues(table.columns[1].values, { 2, 4 });
    const CsvTable text = readCsv("x,label\r\n1,a\r\n2,\"b\r\nc\"\r\n3,d\r\n");
    EXPECT_EQ(text.columns[1].text, (std::vector<std::string> { "a", "b\r\nc", "d" }));
    EXPECT_EQ(text.rowCount, 3u);
}

TEST(CsvReader, ByteOrderMark)
{
    const CsvTable table = readCsv("\xEF\xBB\xBFx,y\n1,2\n");
    EXPECT_EQ(names(table), (std::vector<std::string> { "x", "y" }));
    const CsvTable quoted = readCsv("\xEF\xBB\xBF\"x\",y\n1,2\n");
    EXPECT_EQ(quoted.columns[0].name, "x");
}

TEST(CsvReader, NoFinalLineBreak)
{
    const CsvTable table = readCsv("x,y\n1,2\n3,4");
    expectValues(table.columns[1].values, { 2, 4 });
    const CsvTable emptyLast = readCsv("x,y\n1,2\n3,");
    expectValues(emptyLast.columns[1].values, { 2, kNaN });
}

// ---- cells -------------------------------------------------------------------------------------

TEST(CsvReader, MissingValueTokensReadAsNaN)
{
    const CsvTable table = readCsv("x,y\n1,NA\n2,\n3,NaN\n4,nan\n5,N/A\n6,#N/A\n7,null\n8,NULL\n9,\"\"\n10, 5 \n");
    ASSERT_TRUE(table.columns[1].numeric);
    expectValues(table.columns[1].values, { kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, 5 });
}

TEST(CsvReader, NumberSyntax)
{
    const CsvTable table = readCsv("x\n+1\n -2.5 \n1e3\n\"7\"\ninf\n-inf\n.5\n");
    ASSERT_TRUE(table.columns[0].numeric);
    expectValues(table.columns[0].values, { 1, -2.5, 1000, 7, kInf, -kInf, 0.5 });
}

TEST(CsvReader, TextColumnKeepsEveryCell)
{
    const CsvTable table = readCsv("date,v\n2020-01-01,1\n2020-01-02,2\n");
    ASSERT_FALSE(table.columns[0].numeric);
    EXPECT_TRUE(table.columns[0].values.empty());
    EXPECT_EQ(table.columns[0].text, (std::vector<std::string> { "2020-01-01", "2020-01-02" }));
    EXPECT_EQ(table.columns[0].firstTextRow, 2u);
    ASSERT_TRUE(table.columns[1].numeric);
    EXPECT_TRUE(table.columns[1].text.empty());
}

TEST(CsvReader, NonNumberLateInColumnMakesItText)
{
    const CsvTable table = readCsv("# comment\nx,y\n1,2\n3,4\n5,1.2.3\n7,NA\n");
    ASSERT_FALSE(table.columns[1].numeric);
    EXPECT_EQ(table.columns[1].firstTextRow, 5u);
    EXPECT_EQ(table.columns[1].text, (std::vector<std::string> { "2", "4", "1.2.3", "NA" }));
    expectValues(table.columns[0].values, { 1, 3, 5, 7 });
}

// ---- decimal comma -----------------------------------------------------------------------------

TEST(CsvReader, DecimalCommaWithSemicolon)
{
    const CsvTable table = readCsv("x;y\n1,5;2,25\n3;-4,5e1\n");
    EXPECT_EQ(table.delimiter, ';');
    EXPECT_TRUE(table.decimalComma);
    EXPECT_TRUE(table.delimiterCertain);
    expectValues(table.columns[0].values, { 1.5, 3 });
    expectValues(table.columns[1].values, { 2.25, -45 });
}

TEST(CsvReader, DecimalCommaWithTabsAndSpaces)
{
    const CsvTable tabs = readCsv("1,5\t2,5\n3,5\t4,5\n");
    EXPECT_EQ(tabs.delimiter, '\t');
    EXPECT_TRUE(tabs.decimalComma);
    expectValues(tabs.columns[1].values, { 2.5, 4.5 });

    const CsvTable spaces = readCsv("t v\n0,1 1,5\n0,2 2,5\n");
    EXPECT_EQ(spaces.delimiter, ' ');
    EXPECT_TRUE(spaces.decimalComma);
    expectValues(spaces.columns[0].values, { 0.1, 0.2 });
}

TEST(CsvReader, SingleColumnWithDecimalCommaUnderHeader)
{
    const CsvTable table = readCsv("x\n1,5\n2,5\n");
    EXPECT_TRUE(table.decimalComma);
    EXPECT_TRUE(table.hasHeader);
    ASSERT_EQ(table.columns.size(), 1u);
    EXPECT_EQ(table.columns[0].name, "x");
    expectValues(table.columns[0].values, { 1.5, 2.5 });
}

TEST(CsvReader, HeaderSettlesCommaAgainstDecimalComma)
{
    const CsvTable table = readCsv("x,y\n1,2\n");
    EXPECT_EQ(table.delimiter, ',');
    EXPECT_TRUE(table.delimiterCertain);
    EXPECT_FALSE(table.decimalComma);
}

TEST(CsvReader, SemicolonWithPointsIsNotDecimalComma)
{
    const CsvTable table = readCsv("x;y\n1.5;2\n");
    EXPECT_FALSE(table.decimalComma);
    expectValues(table.columns[0].values, { 1.5 });
}

TEST(CsvReader, SingleColumnWithCommaIsAmbiguous)
{
    const CsvTable table = readCsv("1,5\n2,5\n3,25\n");
    EXPECT_FALSE(table.delimiterCertain);
    // Read as the standard would: two columns.
    EXPECT_EQ(table.delimiter, ',');
    EXPECT_EQ(table.columns.size(), 2u);

    CsvReadOptions options;
    options.delimiter = ';';
    options.decimalComma = true;
    const CsvTable forced = readCsv("1,5\n2,5\n3,25\n", options);
    ASSERT_EQ(forced.columns.size(), 1u);
    expectValues(forced.columns[0].values, { 1.5, 2.5, 3.25 });
}

// ---- comments and blank lines ------------------------------------------------------------------

TEST(CsvReader, LeadingCommentsAreKept)
{
    const CsvTable table = readCsv("# exported by probe\n#units: s, V\n\nx,y\n1,2\n");
    EXPECT_EQ(table.comments, (std::vector<std::string> { "exported by probe", "units: s, V" }));
    EXPECT_EQ(table.firstDataLine, 5u);
    EXPECT_EQ(names(table), (std::vector<std::string> { "x", "y" }));
    expectValues(table.columns[0].values, { 1 });
}

TEST(CsvReader, TrailingBlankLinesAreIgnored)
{
    const CsvTable table = readCsv("x,y\n1,2\n\n   \n\r\n");
    EXPECT_EQ(table.rowCount, 1u);
    expectValues(table.columns[1].values, { 2 });
}

TEST(CsvReader, BlankLineInsideSingleColumnIsMissing)
{
    const CsvTable table = readCsv("v\n1\n\n3\n\n");
    expectValues(table.columns[0].values, { 1, kNaN, 3 });
}

TEST(CsvReader, BlankLineInsideTableIsAnError)
{
    const InputError error = readError("x,y\n1,2\n\n3,4\n");
    EXPECT_EQ(error.row(), 3u);
    EXPECT_TRUE(contains(error.message(), "blank")) << error.what();
}

// ---- errors ------------------------------------------------------------------------------------

TEST(CsvReader, RaggedRowWithTooManyFields)
{
    const InputError error = readError("x,y\n1,2\n3,4,5\n");
    EXPECT_EQ(error.file(), "data.csv");
    EXPECT_EQ(error.row(), 3u);
    EXPECT_EQ(error.column(), 3u);
    EXPECT_TRUE(contains(error.message(), "3 fields")) << error.what();
    EXPECT_TRUE(contains(error.message(), "header (line 1) has 2")) << error.what();
    EXPECT_EQ(std::string(error.what()).rfind("data.csv: row 3, column 3: ", 0), 0u) << error.what();
}

TEST(CsvReader, RaggedRowWithTooFewFields)
{
    const InputError error = readError("1;2;3\n4;5;6\n7;8;9\n10;11\n");
    EXPECT_EQ(error.row(), 4u);
    EXPECT_EQ(error.column(), 3u);
    EXPECT_TRUE(contains(error.message(), "2 fields")) << error.what();
    EXPECT_TRUE(contains(error.message(), "first row (line 1) has 3")) << error.what();
    EXPECT_TRUE(contains(error.message(), "';'")) << error.what();
}

TEST(CsvReader, ShortRowIsNotTakenForADecimalComma)
{
    // ';' would read this as one clean column of decimal-comma numbers; the header says ','.
    const InputError error = readError("x,y\n1,2\n3\n4,5\n");
    EXPECT_EQ(error.row(), 3u);
    EXPECT_EQ(error.column(), 2u);
    EXPECT_TRUE(contains(error.message(), "1 field but")) << error.what();
}

TEST(CsvReader, RaggedRowAfterManyRows)
{
    std::string text = "x,y\n";
    for (int i = 0; i < 1000; ++i)
        text += std::to_string(i) + "," + std::to_string(i * 2) + "\n";
    text += "1000\n";
    const InputError error = readError(text);
    EXPECT_EQ(error.row(), 1002u);
}

TEST(CsvReader, UnterminatedQuoteNamesWhereItOpened)
{
    const InputError error = readError("x,y\n1,2\n3,\"abc\n4,5\n6,7\n");
    EXPECT_EQ(error.row(), 3u);
    EXPECT_EQ(error.column(), 2u);
    EXPECT_TRUE(contains(error.message(), "never closed")) << error.what();
}

TEST(CsvReader, TextAfterClosingQuote)
{
    const InputError error = readError("x,y\n1,\"5\" tall\n");
    EXPECT_EQ(error.row(), 2u);
    EXPECT_EQ(error.column(), 2u);
    EXPECT_TRUE(contains(error.message(), "closing quote")) << error.what();
}

TEST(CsvReader, EmptyFile)
{
    for (const char* text : { "", "\n\n", "  \r\n\t\n", "\xEF\xBB\xBF" }) {
        const InputError error = readError(text);
        EXPECT_EQ(error.message(), "the file is empty") << '"' << text << '"';
        EXPECT_EQ(error.file(), "data.csv");
    }
    EXPECT_TRUE(contains(readError("# only a comment\n").message(), "only comment"));
}

TEST(CsvReader, HeaderOnly)
{
    for (const char* text : { "x,y\n", "x,y", "# c\nx,y\n\n" }) {
        const InputError error = readError(text);
        EXPECT_TRUE(contains(error.message(), "has a header but no data rows")) << error.what();
    }
    EXPECT_EQ(readError("# c\nx,y\n").row(), 2u);
}

// ---- lookup ------------------------------------------------------------------------------------

TEST(CsvTable, FindColumnByNameThenIndex)
{
    const CsvTable table = readCsv("time,2,volts\n1,2,3\n");
    EXPECT_EQ(table.findColumn("time"), 0u);
    EXPECT_EQ(table.findColumn("volts"), 2u);
    EXPECT_EQ(table.findColumn("2"), 1u); // the name "2" wins over the index 2
    EXPECT_EQ(table.findColumn("3"), 2u);
    EXPECT_EQ(table.findColumn("1"), 0u);
    EXPECT_FALSE(table.findColumn("0").has_value());
    EXPECT_FALSE(table.findColumn("4").has_value());
    EXPECT_FALSE(table.findColumn("").has_value());
    EXPECT_FALSE(table.findColumn("-1").has_value());
    EXPECT_FALSE(table.findColumn("1x").has_value());
    EXPECT_FALSE(table.findColumn("Time").has_value());
}

// ---- files -------------------------------------------------------------------------------------

TEST(CsvReader, MissingFileNamesFileAndReason)
{
    const std::string path = "/nonexistent-folder/tangent/missing.csv";
    try {
        readCsvFile(path);
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), path);
        EXPECT_TRUE(contains(error.message(), "cannot open")) << error.what();
        EXPECT_TRUE(contains(error.message(), std::strerror(ENOENT))) << error.what();
    }
}

TEST(CsvReader, FolderIsNotReadable)
{
    const std::string path = std::filesystem::temp_directory_path().string();
    try {
        readCsvFile(path);
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), path);
        EXPECT_TRUE(contains(error.message(), "cannot read")) << error.what();
    }
}

TEST(CsvReader, ReadsFileAndStandardInput)
{
    const auto path = std::filesystem::temp_directory_path() / ("tangent-csv-" + std::to_string(::getpid()) + ".csv");
    std::ofstream(path) << "x\ty\n1\t2\n";
    const CsvTable table = readCsvFile(path.string());
    EXPECT_EQ(names(table), (std::vector<std::string> { "x", "y" }));
    expectValues(table.columns[1].values, { 2 });

    ASSERT_NE(std::freopen(path.c_str(), "r", stdin), nullptr);
    const CsvTable fromStdin = readCsvFile("-");
    expectValues(fromStdin.columns[1].values, { 2 });
    std::filesystem::remove(path);
}

TEST(CsvReader, MillionRowsParseQuickly)
{
    constexpr std::size_t kRows = 1'000'000;
    std::vector<double> x(kRows);
    std::vector<double> y(kRows);
    for (std::size_t i = 0; i < kRows; ++i) {
        x[i] = static_cast<double>(i) * 0.001;
        y[i] = std::sin(x[i]);
    }
    const std::vector<CsvOutColumn> columns { { "x", x }, { "y", y } };
    const std::string text = writeCsvString(columns);

    const CsvTable table = readCsv(text);

    ASSERT_EQ(table.rowCount, kRows);
    EXPECT_EQ(table.columns[0].values, x);
    EXPECT_EQ(table.columns[1].values, y);
}

} // namespace tangent::test
