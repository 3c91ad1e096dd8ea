// SPDX-License-Identifier: GPL-3.0-or-later
// tangent-cli with workbooks: .xlsx and .ods input with --sheet, and -o out.xlsx.
#include "core/sheets/workbook.h"
#include "tests/cli/clitestsupport.h"
#include "tests/core/sheets/sheettestsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

namespace tangent::clitest {
namespace {

using test::expectSameTable;
using test::readExpectedCsv;
using test::sheetsGolden;

class CliSheets : public CliTest { };

const std::vector<std::string> kSavgolArgs { "--x", "date", "--group", "station", "--method", "savgol", "--window",
    "5" };

std::vector<std::string> withArgs(std::vector<std::string> args, const std::vector<std::string>& more)
{
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

// A sheet gives exactly the output of the CSV file pandas.read_excel makes of it.
TEST_F(CliSheets, WorkbookGivesTheOutputOfTheEquivalentCsv)
{
    struct Case {
        std::string file;
        std::string sheet;
        std::string expected;
    };
    const std::vector<Case> cases { { "twosheets.xlsx", "second", "twosheets.second" },
        { "twosheets.xlsx", "1", "twosheets.first" }, { "twosheets.ods", "alpha", "twosheets.alpha" },
        { "twosheets.ods", "2", "twosheets.beta" }, { "dates1904.xlsx", "dates", "dates1904.dates" },
        { "basic.xlsx", "data", "basic.data" } };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file + " --sheet " + c.sheet);
        const CliRun fromSheet = run({ sheetsGolden(c.file), "--sheet", c.sheet, "-q" });
        const CliRun fromCsv = run({ sheetsGolden(c.expected + ".expected.csv"), "-q" });
        EXPECT_EQ(fromSheet.status, fromCsv.status) << fromSheet.err;
        EXPECT_EQ(fromSheet.out, fromCsv.out);
        EXPECT_FALSE(fromSheet.out.empty());
    }
}

TEST_F(CliSheets, DefaultSheetIsTheFirst)
{
    const CliRun byDefault = run({ sheetsGolden("twosheets.ods") });
    const CliRun first = run({ sheetsGolden("twosheets.ods"), "--sheet", "alpha" });
    EXPECT_EQ(byDefault.status, 0) << byDefault.err;
    EXPECT_EQ(byDefault.out, first.out);
}

TEST_F(CliSheets, MessagesNameTheSheet)
{
    const CliRun bad = run({ sheetsGolden("basic.xlsx"), "--x", "label" });
    expectFailure(bad, { "basic.xlsx (sheet data)", "label" });
}

TEST_F(CliSheets, MissingSheetListsTheSheets)
{
    expectFailure(run({ sheetsGolden("twosheets.xlsx"), "--sheet", "third" }),
        { "twosheets.xlsx", "no sheet 'third'", "1 'first', 2 'second'" });
}

TEST_F(CliSheets, SheetOnCsvInputIsRefused)
{
    expectFailure(run({ sheetsGolden("series.csv"), "--sheet", "1" }), { "series.csv", "--sheet applies to" });
}

TEST_F(CliSheets, CsvOnlyOptionsOnAWorkbookAreRefused)
{
    expectFailure(run({ sheetsGolden("basic.xlsx"), "--delimiter", ";" }), { "basic.xlsx", "--delimiter" });
    expectFailure(run({ sheetsGolden("basic.xlsx"), "--decimal-comma" }), { "basic.xlsx", "--decimal-comma" });
}

TEST_F(CliSheets, BadWorkbooksAreRefused)
{
    expectFailure(run({ sheetsGolden("notazip.xlsx") }), { "notazip.xlsx", "not a zip" });
    expectFailure(run({ sheetsGolden("encrypted.xlsx") }), { "encrypted.xlsx", "encrypted" });
    expectFailure(run({ sheetsGolden("zipbomb.xlsx") }), { "zipbomb.xlsx", "zip bomb" });
}

// tangent-cli -o out.xlsx: read back by Tangent's reader and by pandas (the golden script's
// reading of the committed tangent-output.xlsx, which this same command wrote), it holds the
// CSV output's table, and its second sheet the CSV's '#' lines.
TEST_F(CliSheets, XlsxOutputHoldsTheCsvOutput)
{
    const std::string input = sheetsGolden("series.csv");
    const std::string xlsx = (work() / "out.xlsx").string();
    const CliRun csvRun = run(withArgs({ input }, kSavgolArgs));
    ASSERT_EQ(csvRun.status, 0) << csvRun.err;
    const CliRun xlsxRun = run(withArgs({ input, "-o", xlsx }, kSavgolArgs));
    ASSERT_EQ(xlsxRun.status, 0) << xlsxRun.err;
    EXPECT_EQ(xlsxRun.out, "");
    EXPECT_EQ(workFiles(), std::set<std::string> { "out.xlsx" });

    CsvReadOptions options;
    options.delimiter = ',';
    options.hasHeader = true;
    const CsvTable csv = readCsv(csvRun.out, options, "stdout");
    ASSERT_FALSE(csv.comments.empty());
    EXPECT_FALSE(csv.columns[1].numeric); // the dates
    expectSameTable(readSheetFile(xlsx, {}), csv);
    expectSameTable(readExpectedCsv(sheetsGolden("tangent-output.pandas.csv")), csv);

    WorkbookReadOptions provenance;
    provenance.sheet = "provenance";
    provenance.hasHeader = false;
    const CsvTable lines = readSheetFile(xlsx, provenance);
    const std::vector<std::string> pandasLines = textLines(readFile(sheetsGolden("tangent-output.provenance.txt")));
    ASSERT_EQ(lines.columns.size(), 1U);
    // The workbook's provenance sheet holds the CSV's "# " lines, the method line pandas read among
    // them (the golden predates the general lines every derivative CSV now starts with).
    ASSERT_EQ(lines.columns[0].text.size(), csv.comments.size());
    for (std::size_t i = 0; i < csv.comments.size(); ++i)
        EXPECT_EQ(lines.columns[0].text[i], "# " + csv.comments[i]);
    for (const std::string& line : pandasLines)
        EXPECT_NE(std::ranges::find(lines.columns[0].text, line), lines.columns[0].text.end()) << line;
}

TEST_F(CliSheets, XlsxOutputFailureWritesNothing)
{
    const std::string xlsx = (work() / "out.xlsx").string();
    expectFailure(run({ sheetsGolden("basic.xlsx"), "--x", "label", "-o", xlsx }), { "basic.xlsx (sheet data)" });
    EXPECT_TRUE(workFiles().empty());
}

TEST_F(CliSheets, OtherWorkbookOutputsAreRefused)
{
    const std::string ods = (work() / "out.ods").string();
    expectFailure(run({ sheetsGolden("series.csv"), "-o", ods }), { "out.ods", ".xlsx only" });
    EXPECT_TRUE(workFiles().empty());
    expectFailure(run({ sheetsGolden("series.csv"), "--explain", "--x", "date", "-o", (work() / "e.xlsx").string() }),
        { "-o .xlsx" });
}

TEST_F(CliSheets, HelpDescribesSheets)
{
    const CliRun help = run({ "--help" });
    EXPECT_NE(help.out.find("--sheet NAME|N"), std::string::npos);
    EXPECT_NE(help.out.find("-o FILE.xlsx"), std::string::npos);
}

} // namespace
} // namespace tangent::clitest
