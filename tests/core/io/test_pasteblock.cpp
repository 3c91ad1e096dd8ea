// SPDX-License-Identifier: GPL-3.0-or-later
// Pasted blocks in the core: rows and cells, Unicode white space around cells, gaps, the locale's
// own number reading, and the first bad cell named.

#include "core/io/pasteblock.h"

#include "core/time/datetime.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace tangent {
namespace {

using Cells = std::vector<std::vector<std::string_view>>;

TEST(PasteBlock, SplitsRowsAndCellsWithEitherLineEnding)
{
    const Cells expected = { { "1", "2" }, { "3", "4" } };
    EXPECT_EQ(splitPastedText("1\t2\n3\t4"), expected);
    EXPECT_EQ(splitPastedText("1\t2\r\n3\t4\r\n"), expected);
    EXPECT_TRUE(splitPastedText("").empty());
    EXPECT_TRUE(splitPastedText("\r\n").empty());
    EXPECT_EQ(splitPastedText("a\n\n"), (Cells { { "a" }, { "" } }));
    EXPECT_EQ(splitPastedText("a\r\rb"), (Cells { { "a\r\rb" } }));
    EXPECT_EQ(splitPastedText("a\r\r\nb"), (Cells { { "a\r" }, { "b" } }));
}

TEST(PasteBlock, TrimsUnicodeSpacesAsQtDoes)
{
    EXPECT_EQ(trimPastedCell(" \t1.5\r "), "1.5");
    EXPECT_EQ(trimPastedCell("\xC2\xA0"
                             "2\xE2\x80\xAF"),
        "2"); // no-break, narrow no-break
    EXPECT_EQ(trimPastedCell("\xE3\x80\x80"
                             "3\xE2\x80\xA8"),
        "3"); // ideographic space, line separator
    EXPECT_EQ(trimPastedCell("\xC2\x85"
                             "4"),
        "4"); // NEL
    EXPECT_EQ(trimPastedCell("\xE2\x80\x8B"
                             "5"),
        "\xE2\x80\x8B"
        "5"); // zero width space is no space
    EXPECT_EQ(trimPastedCell("6\xA0"), "6\xA0"); // a stray byte is left alone
    EXPECT_EQ(trimPastedCell("\xC2"), "\xC2");
    EXPECT_EQ(trimPastedCell(" \xC2\xA0 "), "");
}

TEST(PasteBlock, GapsInAnyCase)
{
    for (const char* gap : { "", "NA", "na", "N/A", "#N/A", "#n/a", "nan", "NaN", "NULL", "null" })
        EXPECT_TRUE(isPastedGap(gap)) << gap;
    for (const char* value : { "n", "nana", "none", "-", "0" })
        EXPECT_FALSE(isPastedGap(value)) << value;
}

TEST(PasteBlock, NumbersWithPointCommaAndTheLocalesOwnReading)
{
    const PasteLocale point;
    EXPECT_EQ(parsePastedNumber(" 1.5 ", point), 1.5);
    EXPECT_EQ(parsePastedNumber("12,25", point), 12.25);
    EXPECT_FALSE(parsePastedNumber("1,500", point).has_value());
    EXPECT_TRUE(std::isnan(*parsePastedNumber("\xC2\xA0N/A", point)));

    PasteLocale comma;
    comma.decimalComma = true;
    EXPECT_EQ(parsePastedNumber("-0,25", comma), -0.25);
    EXPECT_EQ(parsePastedNumber("0.5", comma), 0.5);

    PasteLocale grouped;
    grouped.localeNumber = [](std::string_view text) -> std::optional<double> {
        return text == "1'500" ? std::optional(1500.0) : std::nullopt;
    };
    EXPECT_EQ(parsePastedNumber("1'500", grouped), 1500.0);
    EXPECT_FALSE(parsePastedNumber("2'500", grouped).has_value());
}

TEST(PasteBlock, DateColumnsAndTheFirstBadCell)
{
    const bool dates[] = { true, false };
    const PastedBlock block = parsePastedBlock("2024-01-31\t1\n\t2\r\nNA\t3", dates, {});
    ASSERT_TRUE(block.ok());
    ASSERT_EQ(block.rows.size(), 3U);
    EXPECT_EQ(block.rows[0][0], *parseDateTime("2024-01-31"));
    EXPECT_TRUE(std::isnan(block.rows[1][0]));
    EXPECT_EQ(block.rows[2][1], 3.0);

    const PastedBlock bad = parsePastedBlock("2024-01-31\t1\n2024-02-01\t x ", dates, {});
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.rows.empty());
    EXPECT_EQ(bad.errorRow, 1U);
    EXPECT_EQ(bad.errorColumn, 1U);
    EXPECT_FALSE(bad.errorIsDate);
    EXPECT_EQ(bad.errorCell, "x");

    const PastedBlock badDate = parsePastedBlock("soon\t1", dates, {});
    ASSERT_FALSE(badDate.ok());
    EXPECT_TRUE(badDate.errorIsDate);
    EXPECT_EQ(badDate.errorCell, "soon");
}

} // namespace
} // namespace tangent
