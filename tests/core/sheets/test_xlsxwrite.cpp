// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/errors.h"
#include "core/sheets/workbook.h"
#include "core/sheets/xlsxwrite.h"
#include "tests/core/sheets/sheettestsupport.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace tangent::test {
namespace {

class XlsxWrite : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path() / ("tangent-xlsxwrite-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_dir);
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    [[nodiscard]] std::string file(const std::string& name) const { return (m_dir / name).string(); }

    std::filesystem::path m_dir;
};

CsvTable readCsvText(const std::string& text)
{
    CsvReadOptions options;
    options.delimiter = ',';
    options.hasHeader = true;
    return readCsv(text, options);
}

TEST_F(XlsxWrite, ReadsBackAsTheSameTable)
{
    const std::string csv = "# method: savgol window 5\n# second line\n"
                            "date,y,d(y)/d(date) [1/d],note\n"
                            "2024-01-01,0.1,nan,a\n"
                            "2024-01-02,1e-300,-2.5,\"b, c\"\n"
                            "2024-01-04,nan,1.7976931348623157e+308,\n"
                            "2024-01-05,3,0.30000000000000004,d\n";
    const std::string path = file("out.xlsx");
    writeCsvAsXlsx(csv, path);
    const CsvTable back = readSheetFile(path, {});
    expectSameTable(back, readCsvText(csv.substr(csv.find("date,"))));

    WorkbookReadOptions provenance;
    provenance.sheet = "provenance";
    provenance.hasHeader = false;
    const CsvTable lines = readSheetFile(path, provenance);
    ASSERT_EQ(lines.columns.size(), 1U);
    EXPECT_EQ(lines.columns[0].text, (std::vector<std::string> { "# method: savgol window 5", "# second line" }));
}

TEST_F(XlsxWrite, DatesWithTimesKeepTheirTime)
{
    const std::string csv = "t,y\n2024-01-01T06:00:00,1\n2024-01-01T18:30:00,2\n2024-01-02,3\n";
    const std::string path = file("times.xlsx");
    writeCsvAsXlsx(csv, path);
    expectSameTable(readSheetFile(path, {}), readCsvText(csv));
}

TEST_F(XlsxWrite, SheetsAreDerivativeThenProvenance)
{
    const std::string path = file("names.xlsx");
    writeCsvAsXlsx("x,y\n1,2\n", path);
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::vector<SheetInfo> sheets = listSheets(bytes, path);
    ASSERT_EQ(sheets.size(), 2U);
    EXPECT_EQ(sheets[0].name, "derivative");
    EXPECT_EQ(sheets[0].rows, 2U);
    EXPECT_EQ(sheets[1].name, "provenance");
    EXPECT_EQ(sheets[1].rows, 0U);
}

TEST_F(XlsxWrite, FailureLeavesTheOldFile)
{
    const std::string path = file("keep.xlsx");
    {
        std::ofstream out(path);
        out << "old";
    }
    // A ragged table is refused before anything is written.
    EXPECT_THROW(writeCsvAsXlsx("x,y\n1\n", path), InputError);
    std::ifstream in(path);
    std::string text;
    in >> text;
    EXPECT_EQ(text, "old");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir), std::filesystem::directory_iterator()), 1);
}

} // namespace
} // namespace tangent::test
