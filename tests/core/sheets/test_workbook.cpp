// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors.h"
#include "core/io/fileio.h"
#include "core/sheets/workbook.h"
#include "tests/core/sheets/sheettestsupport.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tangent::test {
namespace {

CsvTable readSheetNamed(const std::string& file, const std::string& sheet)
{
    WorkbookReadOptions options;
    options.sheet = sheet;
    return readSheetFile(sheetsGolden(file), options);
}

std::string errorOf(const std::string& file, const WorkbookReadOptions& options = {})
{
    try {
        readSheetFile(sheetsGolden(file), options);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

struct GoldenSheet {
    const char* file;
    const char* stem;
    const char* sheet;
};

class WorkbookGolden : public ::testing::TestWithParam<GoldenSheet> { };

// Each sheet reads as exactly the table pandas.read_excel gives, written as CSV.
TEST_P(WorkbookGolden, MatchesPandasReadExcel)
{
    const GoldenSheet& g = GetParam();
    const CsvTable expected = readExpectedCsv(sheetsGolden(std::string(g.stem) + "." + g.sheet + ".expected.csv"));
    expectSameTable(readSheetNamed(g.file, g.sheet), expected);
}

INSTANTIATE_TEST_SUITE_P(Sheets, WorkbookGolden,
    ::testing::Values(GoldenSheet { "basic.xlsx", "basic", "data" },
        GoldenSheet { "dates1900.xlsx", "dates1900", "dates" }, GoldenSheet { "dates1904.xlsx", "dates1904", "dates" },
        GoldenSheet { "twosheets.xlsx", "twosheets", "first" }, GoldenSheet { "twosheets.xlsx", "twosheets", "second" },
        GoldenSheet { "twosheets.ods", "twosheets", "alpha" }, GoldenSheet { "twosheets.ods", "twosheets", "beta" }));

TEST(Workbook, DefaultIsTheFirstSheetAndNumbersCountFromOne)
{
    for (const char* file : { "twosheets.xlsx", "twosheets.ods" }) {
        SCOPED_TRACE(file);
        const CsvTable first = readSheetFile(sheetsGolden(file), {});
        expectSameTable(readSheetNamed(file, "1"), first);
        const CsvTable second = readSheetNamed(file, "2");
        EXPECT_EQ(second.columns.size(), std::string(file).ends_with(".ods") ? 2U : 3U);
        EXPECT_NE(second.rowCount, first.rowCount);
    }
}

TEST(Workbook, DateColumnsAreIsoTextAsInACsvFile)
{
    const CsvTable table = readSheetNamed("dates1900.xlsx", "dates");
    ASSERT_FALSE(table.columns[0].numeric);
    // Serial 60 is the 1900-02-29 Excel counts and the calendar does not.
    EXPECT_EQ(table.columns[0].text[1], "1900-02-28");
    EXPECT_EQ(table.columns[0].text[2], "1900-02-28");
    EXPECT_EQ(table.columns[0].text[3], "1900-03-01");
    EXPECT_TRUE(table.columns[1].numeric);
}

TEST(Workbook, ListsSheetsWithRowCounts)
{
    const std::vector<SheetInfo> xlsx = listSheets(readWholeFile(sheetsGolden("twosheets.xlsx")), "twosheets.xlsx");
    ASSERT_EQ(xlsx.size(), 2U);
    EXPECT_EQ(xlsx[0].name, "first");
    EXPECT_EQ(xlsx[0].rows, 6U);
    EXPECT_EQ(xlsx[1].name, "second");
    EXPECT_EQ(xlsx[1].rows, 9U);
    const std::vector<SheetInfo> ods = listSheets(readWholeFile(sheetsGolden("twosheets.ods")), "twosheets.ods");
    ASSERT_EQ(ods.size(), 2U);
    EXPECT_EQ(ods[0].name, "alpha");
    EXPECT_EQ(ods[0].rows, 5U);
    EXPECT_EQ(ods[1].name, "beta");
    EXPECT_EQ(ods[1].rows, 7U);
}

TEST(Workbook, MissingSheetListsTheSheetsThereAre)
{
    WorkbookReadOptions options;
    options.sheet = "third";
    const std::string message = errorOf("twosheets.xlsx", options);
    EXPECT_NE(message.find("twosheets.xlsx"), std::string::npos) << message;
    EXPECT_NE(message.find("no sheet 'third'"), std::string::npos) << message;
    EXPECT_NE(message.find("1 'first', 2 'second'"), std::string::npos) << message;
    options.sheet = "3";
    EXPECT_NE(errorOf("twosheets.ods", options).find("no sheet '3'"), std::string::npos);
}

TEST(Workbook, NotAZipIsRefusedNamingTheFile)
{
    const std::string message = errorOf("notazip.xlsx");
    EXPECT_NE(message.find("notazip.xlsx"), std::string::npos) << message;
    EXPECT_NE(message.find("not a zip"), std::string::npos) << message;
}

TEST(Workbook, EncryptedWorkbookIsRefused)
{
    const std::string message = errorOf("encrypted.xlsx");
    EXPECT_NE(message.find("encrypted.xlsx"), std::string::npos) << message;
    EXPECT_NE(message.find("encrypted (password-protected)"), std::string::npos) << message;
}

TEST(Workbook, ZipBombIsRefusedBeforeInflating)
{
    const std::string message = errorOf("zipbomb.xlsx");
    EXPECT_NE(message.find("zipbomb.xlsx"), std::string::npos) << message;
    EXPECT_NE(message.find("xl/worksheets/sheet1.xml declares 3.2 GB"), std::string::npos) << message;
    EXPECT_NE(message.find("zip bomb"), std::string::npos) << message;
}

// Found by fuzz_workbook: the error is raised inside an expat callback and must reach the caller
// (not unwind through expat, which leaked its buffers).
TEST(Workbook, ErrorInsideASheetNamesTheSheetAndCell)
{
    const std::string message = errorOf("fuzz-missing-shared-string.xlsx");
    EXPECT_NE(message.find("row 1, column 1: sheet 'first': shared string 0 does not exist"), std::string::npos)
        << message;
}

TEST(Workbook, PartLimitIsAnOption)
{
    WorkbookReadOptions options;
    options.maxPartBytes = 100;
    EXPECT_NE(errorOf("basic.xlsx", options).find("over the limit of 100 bytes"), std::string::npos);
}

TEST(Workbook, CellLimitNamesTheSheet)
{
    WorkbookReadOptions options;
    options.maxCells = 10;
    const std::string message = errorOf("twosheets.xlsx", options);
    EXPECT_NE(message.find("sheet 'first'"), std::string::npos) << message;
    EXPECT_NE(message.find("more than 10 cells"), std::string::npos) << message;
}

TEST(Workbook, SheetAsCsvTextQuotesTextAndWritesShortestNumbers)
{
    const std::string bytes = readWholeFile(sheetsGolden("twosheets.xlsx"));
    std::string name;
    bool header = false;
    EXPECT_EQ(readSheetAsCsv(bytes, {}, "twosheets.xlsx", &name, &header), "\"t\",\"a\"\n0,0\n1,1\n2,4\n3,9\n4,16\n");
    EXPECT_EQ(name, "first");
    EXPECT_TRUE(header);
    WorkbookReadOptions noHeader;
    noHeader.hasHeader = false;
    const CsvTable table = readSheet(bytes, noHeader, "twosheets.xlsx");
    EXPECT_EQ(table.columns[0].name, "column 1");
    EXPECT_FALSE(table.columns[0].numeric); // "t" is text, as in a CSV file read without a header
}

TEST(Workbook, KnowsWorkbookNames)
{
    EXPECT_TRUE(isWorkbookPath("a/b.xlsx"));
    EXPECT_TRUE(isWorkbookPath("B.ODS"));
    EXPECT_TRUE(isWorkbookPath("c.XlSx"));
    EXPECT_FALSE(isWorkbookPath("data.csv"));
    EXPECT_FALSE(isWorkbookPath("xlsx"));
    EXPECT_FALSE(isWorkbookPath("data.xls"));
}

TEST(Workbook, EmptyInputIsNotAZip)
{
    EXPECT_THROW(readSheet("", {}, "empty.xlsx"), InputError);
    EXPECT_THROW(listSheets("PK\x03\x04", "short.xlsx"), InputError);
}

} // namespace
} // namespace tangent::test
