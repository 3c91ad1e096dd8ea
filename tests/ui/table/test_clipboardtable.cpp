// SPDX-License-Identifier: GPL-3.0-or-later
// Clipboard blocks: tab-separated cells in, numbers out (with the first bad cell named), and a
// selection written back as tab-separated text.

#include "ui/table/clipboardtable.h"

#include "core/time/datetime.h"

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

TEST(ClipboardTable, SplitsRowsAndCellsWithEitherLineEnding)
{
    const QList<QStringList> expected = { { "1", "2" }, { "3", "4" } };
    EXPECT_EQ(splitClipboardText(QStringLiteral("1\t2\n3\t4")), expected);
    EXPECT_EQ(splitClipboardText(QStringLiteral("1\t2\r\n3\t4\r\n")), expected);
    EXPECT_EQ(splitClipboardText(QStringLiteral("1\t2\n3\t4\n")), expected);
    EXPECT_TRUE(splitClipboardText(QString()).isEmpty());
    EXPECT_EQ(splitClipboardText(QStringLiteral("\t5")), (QList<QStringList> { { "", "5" } }));
}

TEST(ClipboardTable, ParsesABlockWithGaps)
{
    const ClipboardBlock block = parseClipboardTable(QStringLiteral("1.5\t-2e3\r\n\t4\r\nNA\t#N/A\r\n"), {}, kEnglish);
    ASSERT_TRUE(block.ok()) << block.error.toStdString();
    ASSERT_EQ(block.rows.size(), 3U);
    EXPECT_EQ(block.rows[0], (std::vector<double> { 1.5, -2000.0 }));
    EXPECT_TRUE(std::isnan(block.rows[1][0]));
    EXPECT_EQ(block.rows[1][1], 4.0);
    EXPECT_TRUE(std::isnan(block.rows[2][0]));
    EXPECT_TRUE(std::isnan(block.rows[2][1]));
}

TEST(ClipboardTable, ReportsTheFirstBadCell)
{
    const ClipboardBlock block = parseClipboardTable(QStringLiteral("1\t2\n3\tabc\nx\t6"), {}, kEnglish);
    EXPECT_FALSE(block.ok());
    EXPECT_TRUE(block.rows.empty());
    EXPECT_EQ(block.errorRow, 1);
    EXPECT_EQ(block.errorColumn, 1);
    EXPECT_EQ(block.error, QStringLiteral("'abc' is not a number (row 2, column 2 of the pasted block)"));
}

TEST(ClipboardTable, DecimalCommaFromTheLocale)
{
    EXPECT_EQ(parseClipboardNumber(QStringLiteral("1,5"), kGerman), 1.5);
    EXPECT_EQ(parseClipboardNumber(QStringLiteral("-0,25"), kGerman), -0.25);
    EXPECT_EQ(parseClipboardNumber(QStringLiteral("1.234,5"), kGerman), 1234.5);
    EXPECT_EQ(parseClipboardNumber(QStringLiteral("0.5"), kGerman), 0.5);
    // A point without a comma is C's decimal point, as Tangent copies cells, not German grouping.
    EXPECT_EQ(parseClipboardNumber(QStringLiteral("1.234"), kGerman), 1.234);
}

TEST(ClipboardTable, DecimalCommaWhenItCanOnlyMeanThat)
{
    EXPECT_EQ(parseClipboardNumber(QStringLiteral("1,5"), kEnglish), 1.5);
    EXPECT_EQ(parseClipboardNumber(QStringLiteral("12,25"), kEnglish), 12.25);
    // A thousands separator in the user's locale.
    EXPECT_EQ(parseClipboardNumber(QStringLiteral("1,500"), kEnglish), 1500.0);
    EXPECT_EQ(parseClipboardNumber(QStringLiteral("1,500.25"), kEnglish), 1500.25);
    EXPECT_FALSE(parseClipboardNumber(QStringLiteral("1,2,3"), kEnglish).has_value());
    EXPECT_FALSE(parseClipboardNumber(QStringLiteral("one"), kEnglish).has_value());
}

TEST(ClipboardTable, SpecialValues)
{
    EXPECT_TRUE(std::isnan(*parseClipboardNumber(QStringLiteral("  "), kEnglish)));
    EXPECT_TRUE(std::isnan(*parseClipboardNumber(QStringLiteral("nan"), kEnglish)));
    EXPECT_TRUE(std::isnan(*parseClipboardNumber(QStringLiteral("N/A"), kEnglish)));
    EXPECT_EQ(*parseClipboardNumber(QStringLiteral("inf"), kEnglish), std::numeric_limits<double>::infinity());
    EXPECT_EQ(*parseClipboardNumber(QStringLiteral("0.1"), kEnglish), 0.1);
}

TEST(ClipboardTable, CellsAreTrimmedAsQStringTrimsThem)
{
    // The core trims UTF-8 itself; every character QChar::isSpace knows must go, and only those.
    for (const char16_t space :
        { u'\v', u'\f', u'\u0085', u'\u00a0', u'\u1680', u'\u2003', u'\u2028', u'\u202f', u'\u3000' }) {
        const QString cell = QString(QChar(space)) + QStringLiteral("1.5") + QChar(space);
        ASSERT_EQ(cell.trimmed(), QStringLiteral("1.5"));
        EXPECT_EQ(parseClipboardNumber(cell, kEnglish), 1.5) << int(space);
    }
    const QString zeroWidth = QStringLiteral("1.5") + QChar(u'\u200b');
    ASSERT_EQ(zeroWidth.trimmed(), zeroWidth);
    EXPECT_FALSE(parseClipboardNumber(zeroWidth, kEnglish).has_value());
    const ClipboardBlock block = parseClipboardTable(QStringLiteral("1\t\u00a0x\u3000"), {}, kEnglish);
    EXPECT_EQ(block.error, QStringLiteral("'x' is not a number (row 1, column 2 of the pasted block)"));
}

TEST(ClipboardTable, DateColumnsReadDates)
{
    const QList<ColumnKind> kinds = { ColumnKind::DateTime, ColumnKind::Number };
    const ClipboardBlock block
        = parseClipboardTable(QStringLiteral("2024-01-31\t1\n2024-02-01T12:00:00\t2\n\t3"), kinds, kEnglish);
    ASSERT_TRUE(block.ok()) << block.error.toStdString();
    EXPECT_EQ(block.rows[0][0], *parseDateTime("2024-01-31"));
    EXPECT_EQ(block.rows[1][0] - block.rows[0][0], 86400.0 + 43200.0);
    EXPECT_TRUE(std::isnan(block.rows[2][0]));

    const ClipboardBlock bad = parseClipboardTable(QStringLiteral("soon\t1"), kinds, kEnglish);
    EXPECT_EQ(bad.error, QStringLiteral("'soon' is not a date (row 1, column 1 of the pasted block)"));
}

TEST(ClipboardTable, FormatsASelectionAsTsv)
{
    const QList<QStringList> rows = { { "time", "temp" }, { "1", "2.5" }, { "2", "" } };
    const QString text = formatClipboardTable(rows);
    EXPECT_EQ(text, QStringLiteral("time\ttemp\n1\t2.5\n2\t"));
    EXPECT_EQ(splitClipboardText(text), rows);
    EXPECT_EQ(formatClipboardTable({ { "a\tb", "c\nd" } }), QStringLiteral("a b\tc d"));
    EXPECT_EQ(formatClipboardTable({}), QString());
}

} // namespace
} // namespace tangent::ui
