// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/time/datetime.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

// Expected epoch seconds come from Python's calendar.timegm(datetime(...).timetuple()), an
// implementation independent of the one under test.

namespace tangent {
namespace {

struct Case {
    const char* text;
    double seconds;
};

void expectParses(const std::vector<Case>& cases, DateStyle style = DateStyle::Auto)
{
    for (const Case& c : cases) {
        const std::optional<double> parsed = parseDateTime(c.text, style);
        ASSERT_TRUE(parsed.has_value()) << c.text;
        EXPECT_EQ(*parsed, c.seconds) << c.text;
    }
}

void expectRejects(const std::vector<const char*>& texts, DateStyle style = DateStyle::Auto)
{
    for (const char* text : texts)
        EXPECT_FALSE(parseDateTime(text, style).has_value()) << text;
}

TEST(DateTimeParse, IsoDateOnly)
{
    expectParses({ { "2010-01-01", 1262304000 }, { "1970-01-01", 0 }, { "2000-01-01", 946684800 },
        { "1958-03-29", -371174400 }, { "1900-03-01", -2203891200 }, { "1600-01-01", -11676096000 },
        { "2100-03-01", 4107542400 }, { "0001-01-01", -62135596800 } });
}

TEST(DateTimeParse, IsoWithTSeparatorAndSeconds)
{
    expectParses({ { "2010-01-01T12:30:00", 1262349000 }, { "2010-01-01T12:30", 1262349000 },
        { "2038-01-19T03:14:08", 2147483648 }, { "1969-12-31T23:59:59", -1 },
        { "9999-12-31T23:59:59", 253402300799 } });
}

TEST(DateTimeParse, IsoWithSpaceSeparator)
{
    expectParses({ { "2010-01-01 12:30:45", 1262349045 }, { "2010-01-01 12:30", 1262349000 },
        { "1958-03-29 12:30", -371129400 } });
}

TEST(DateTimeParse, FractionalSeconds)
{
    expectParses({ { "1970-01-01T00:00:00.5", 0.5 }, { "2010-01-01T12:30:45.25", 1262349045.25 },
        { "2010-01-01T12:30:45,75Z", 1262349045.75 }, { "1969-12-31T23:59:59.5", -0.5 } });
    // The fraction is rounded once, after the whole seconds: 0.1 s after midnight, 2010.
    EXPECT_EQ(parseDateTime("2010-01-01T00:00:00.1"), 1262304000.0 + 0.1);
    expectRejects({ "2010-01-01T12:30:45.", "2010-01-01T12:30.5" });
}

TEST(DateTimeParse, UtcDesignatorAndOffsets)
{
    expectParses({ { "2010-01-01T12:30:00Z", 1262349000 }, { "2010-01-01T12:30+02:00", 1262341800 },
        { "2010-01-01T12:30:00+0200", 1262341800 }, { "2010-01-01T00:15-05:30", 1262324700 },
        { "2010-01-01T00:15-0530", 1262324700 }, { "2010-01-01 12:30:00 +02:00", 1262341800 },
        { "2010-01-01T12:30:00+00:00", 1262349000 } });
    expectRejects({ "2010-01-01T12:30+2", "2010-01-01T12:30+02:60", "2010-01-01T12:30+24:00", "2010-01-01T12:30+02:0",
        "2010-01-01T12:30 UTC", "2010-01-01Z" });
}

TEST(DateTimeParse, YearFirstWithSlashes)
{
    expectParses({ { "2010/01/01 00:00", 1262304000 }, { "2010/01/01", 1262304000 }, { "2010/1/1", 1262304000 },
        { "2000/02/29 12:30:15", 951827415 } });
}

TEST(DateTimeParse, AmbiguousDayMonthOrderIsNotADate)
{
    expectRejects({ "01/02/2010", "1/2/2010", "01-02-2010", "01.02.2010", "10/01/01" });
}

TEST(DateTimeParse, MonthNameFirst)
{
    expectParses({ { "Jan 1 2000", 946684800 }, { "Jan 1, 2000", 946684800 }, { "January 1, 2000", 946684800 },
        { "january 01 2000", 946684800 }, { "Feb 29 2000", 951782400 }, { "Sep 9 2001", 999993600 },
        { "Sept 9 2001", 999993600 }, { "Jan 1 2000 12:30", 946729800 }, { "January 1, 2000 12:30:15", 946729815 },
        { "Jan 1 2000 9:05", 946717500 } });
}

TEST(DateTimeParse, DayFirstWithMonthName)
{
    expectParses({ { "1 Jan 2000", 946684800 }, { "01 January 2000", 946684800 }, { "29 FEB 2000", 951782400 },
        { "1 Jan 2000 12:30", 946729800 }, { "1 January 2000 12:30:15", 946729815 } });
}

TEST(DateTimeParse, MonthNamesMustBeWhole)
{
    expectRejects({ "Ja 1 2000", "Janu 1 2000", "Foo 1 2000", "1 Jan", "Jan 2000", "Jan 1 00", "Jan1 2000",
        "Jan 1 2000 12", "Jan 1 2000 noon" });
}

TEST(DateTimeParse, InvalidCalendarDates)
{
    expectRejects({ "2021-02-29", "1900-02-29", "2010-13-01", "2010-00-10", "2010-01-00", "2010-01-32", "2010-04-31",
        "2010-01-01T24:00", "2010-01-01T23:60", "2010-01-01T23:59:60", "Feb 30 2000", "31 Apr 2010", "2010/13/01" });
    // Leap years: every fourth, not centuries, but every fourth century.
    expectParses({ { "2000-02-29", 951782400 }, { "2024-02-29T23:59:59", 1709251199 } });
}

TEST(DateTimeParse, TruncatedOrPaddedFieldsAreRejected)
{
    expectRejects(
        { "2010-1", "2010-01", "2010-1-01", "2010-01-1", "10-01-01", "20100-01-01", "2010-01-01T", "2010-01-01T1:30",
            "2010-01-01T12", "2010-01-01T12:3", "2010-01-01T12:30:5", "2010-01-01x", "2010-01-01 12:30 extra" });
}

TEST(DateTimeParse, NumbersAreNotDatesInAutoStyle)
{
    expectRejects({ "2010", "1.5", "0", "-3", "1e10", "19580329", "19580329 1230", "195803291230", "", "   " });
}

TEST(DateTimeParse, SurroundingBlanksAreIgnored)
{
    expectParses({ { "  2010-01-01 ", 1262304000 }, { "\t2010-01-01T12:30:00Z\r", 1262349000 } });
}

TEST(DateTimeParse, CompactStyleAcceptsDigitsOnlyForms)
{
    expectParses({ { "19580329", -371174400 }, { "19580329 1230", -371129400 }, { "195803291230", -371129400 },
                     { "19580329123015", -371129385 }, { "20000229", 951782400 } },
        DateStyle::Compact);
    // ... as well as everything Auto accepts.
    expectParses({ { "2010-01-01T12:30:00Z", 1262349000 }, { "Jan 1 2000", 946684800 } }, DateStyle::Compact);
}

TEST(DateTimeParse, CompactStyleStillValidatesAndRejectsOtherNumbers)
{
    expectRejects({ "20210229", "19581329", "19580332", "19580329 2400", "19580329 1260", "2010", "1.5", "1958032",
                      "195803290", "1958032912", "19580329 12", "19580329 12300" },
        DateStyle::Compact);
}

TEST(DateTimeLooksLikeDates, AllCellsDates)
{
    const std::vector<std::string> cells = { "2010-01-01", "2010-01-02 12:00", "Jan 3 2010" };
    EXPECT_TRUE(looksLikeDates(cells));
}

TEST(DateTimeLooksLikeDates, MissingMarkersCountAsEmpty)
{
    const std::vector<std::string> cells = { "", "NA", "2010-01-01", "NaN", "nan", "N/A", "null", " " };
    EXPECT_TRUE(looksLikeDates(cells));
}

TEST(DateTimeLooksLikeDates, OnlyEmptyCellsIsNotDates)
{
    const std::vector<std::string> cells = { "", "NA", "null" };
    EXPECT_FALSE(looksLikeDates(cells));
    EXPECT_FALSE(looksLikeDates(std::vector<std::string> {}));
}

TEST(DateTimeLooksLikeDates, OneNonDateCellSpoilsTheColumn)
{
    const std::vector<std::string> cells = { "2010-01-01", "2010-01-02", "3.5" };
    EXPECT_FALSE(looksLikeDates(cells));
}

TEST(DateTimeLooksLikeDates, CompactNeedsCompactStyle)
{
    const std::vector<std::string> cells = { "19580329", "19580330", "NA" };
    EXPECT_FALSE(looksLikeDates(cells));
    EXPECT_TRUE(looksLikeDates(cells, DateStyle::Compact));
}

TEST(DateTimeFormat, DateOnlyAtMidnight)
{
    EXPECT_EQ(formatDateTime(0), "1970-01-01");
    EXPECT_EQ(formatDateTime(951782400), "2000-02-29");
    EXPECT_EQ(formatDateTime(-62135596800), "0001-01-01");
    EXPECT_EQ(formatDateTime(-371174400), "1958-03-29");
    EXPECT_EQ(formatDateTime(0, false), "1970-01-01T00:00:00");
}

TEST(DateTimeFormat, TimeOfDay)
{
    EXPECT_EQ(formatDateTime(86399), "1970-01-01T23:59:59");
    EXPECT_EQ(formatDateTime(-1), "1969-12-31T23:59:59");
    EXPECT_EQ(formatDateTime(1262349045), "2010-01-01T12:30:45");
    EXPECT_EQ(formatDateTime(1234567890), "2009-02-13T23:31:30");
    EXPECT_EQ(formatDateTime(253402300799), "9999-12-31T23:59:59");
}

TEST(DateTimeFormat, FractionalSecondsUseTheFewestDigits)
{
    EXPECT_EQ(formatDateTime(0.5), "1970-01-01T00:00:00.5");
    EXPECT_EQ(formatDateTime(-0.5), "1969-12-31T23:59:59.5");
    EXPECT_EQ(formatDateTime(1262349045.25), "2010-01-01T12:30:45.25");
    EXPECT_EQ(formatDateTime(1262304000.0 + 0.1), "2010-01-01T00:00:00.1");
}

TEST(DateTimeFormat, NonFiniteGivesEmptyText)
{
    EXPECT_EQ(formatDateTime(std::numeric_limits<double>::quiet_NaN()), "");
    EXPECT_EQ(formatDateTime(std::numeric_limits<double>::infinity()), "");
}

TEST(DateTimeRoundTrip, EveryDayFrom1600To2400)
{
    // Consecutive days must format as consecutive calendar dates and parse back to themselves.
    const std::int64_t first = -11676096000 / 86400; // 1600-01-01
    const std::int64_t last = 13569465600 / 86400; // 2400-01-01
    std::string previous;
    for (std::int64_t day = first; day <= last; ++day) {
        const double seconds = static_cast<double>(day * 86400);
        const std::string text = formatDateTime(seconds);
        ASSERT_EQ(parseDateTime(text), seconds) << text;
        ASSERT_LT(previous, text);
        previous = text;
    }
    EXPECT_EQ(previous, "2400-01-01");
}

TEST(DateTimeRoundTrip, TimesAndFractions)
{
    const double values[] = { 0.0, 1.0, -1.0, 0.25, -86400.75, 1262349045.1, 1262349045.3, 1700000000.123, 1e-3, -1e-3,
        86399.999, 946684799.9, 253402300799.5, -62135596800.5 };
    for (double value : values) {
        const std::string text = formatDateTime(value, false);
        const std::optional<double> parsed = parseDateTime(text);
        ASSERT_TRUE(parsed.has_value()) << text;
        EXPECT_EQ(*parsed, value) << text;
    }
}

TEST(DateTimeRoundTrip, RandomDoublesComeBackBitForBit)
{
    std::mt19937_64 random(20240229);
    // Years 0000 to 9999, the range the parser reads.
    std::uniform_real_distribution<double> seconds(-62167219200.0, 253402300800.0);
    std::vector<double> values = { 1e-20, -1e-20, 5e-324, -5e-324, -62167219200.0, 253402300799.75,
        std::nextafter(0.0, 1.0), std::nextafter(-1.0, 0.0), std::nextafter(1e9, 0.0) };
    for (int i = 0; i < 20000; ++i)
        values.push_back(seconds(random));
    for (double value : values) {
        const std::string text = formatDateTime(value);
        const std::optional<double> parsed = parseDateTime(text);
        ASSERT_TRUE(parsed.has_value()) << text;
        ASSERT_EQ(*parsed, value) << text;
    }
}

TEST(DateTimeRoundTrip, ParseThenFormatGivesIsoBack)
{
    for (const char* text : { "2010-01-01T12:30:45", "1958-03-29T12:30:00", "2024-02-29T23:59:59.5" })
        EXPECT_EQ(formatDateTime(*parseDateTime(text)), text);
    EXPECT_EQ(formatDateTime(*parseDateTime("Jan 1 2000 12:30")), "2000-01-01T12:30:00");
    EXPECT_EQ(formatDateTime(*parseDateTime("2010-01-01T12:30+02:00")), "2010-01-01T10:30:00");
}

} // namespace
} // namespace tangent
