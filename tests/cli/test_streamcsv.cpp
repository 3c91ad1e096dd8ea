// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming CSV path against the in-memory one: with blocks of a few bytes, so that every
// record, halo and hold-back boundary is crossed, the output must be the same bytes.

#include "app/cli/csvjob.h"
#include "app/cli/stream/streamcsv.h"
#include "core/errors.h"
#include "core/recipe/recipe.h"
#include "tests/cli/large/streamtestsupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <sstream>

namespace tangent {
namespace {

using streamtest::inMemory;
using streamtest::Outcome;

/// Streams `text`: the first `headBytes` as the head, the rest in reads of `chunk` bytes.
Outcome streamed(const std::string& text, const TableJob& job, std::size_t headBytes, std::size_t chunk,
    std::size_t pendingBytes = std::size_t { 16 } << 20, TimeUnit unit = TimeUnit::Day, const StreamBand& band = {},
    bool strict = false)
{
    SeriesOptions series;
    series.timeUnit = unit;
    series.strict = strict;
    Outcome outcome;
    std::size_t at = std::min(headBytes, text.size());
    const ByteSource read = streamtest::readFrom(text, at);
    StreamSettings settings;
    settings.chunkBytes = chunk;
    settings.sampleBytes = headBytes;
    settings.pendingBytes = pendingBytes;
    settings.windowRows = 5; // many windows, each with its halo
    settings.splitBytes = 16; // chunks parsed in halves on two threads, when the helper is free
    std::ostringstream out;
    try {
        outcome.warnings
            = streamCsv(text.substr(0, at), read, {}, recipeOf(job, series), "in.csv", out, settings, band);
    } catch (const std::exception& e) {
        outcome.error = e.what();
    }
    outcome.out = out.str();
    return outcome;
}

std::string randomTable(std::size_t rows, bool uniformX, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> noise(-1.0, 1.0);
    std::string text = "x,a,b\n";
    double x = 0.0;
    for (std::size_t r = 0; r < rows; ++r) {
        x += uniformX ? 0.25 : 0.5 + 0.5 * std::fabs(noise(random));
        text += std::to_string(x) + "," + std::to_string(std::sin(x) + 0.01 * noise(random)) + ","
            + (r % 17 == 5 ? std::string("NA") : std::to_string(noise(random))) + "\n";
    }
    return text;
}

/// The first line where `a` and `b` differ, for a readable failure on long outputs.
std::string firstDifference(const std::string& a, const std::string& b)
{
    std::size_t at = 0;
    while (at < a.size() && at < b.size() && a[at] == b[at])
        ++at;
    const std::size_t line = a.rfind('\n', at) == std::string::npos ? 0 : a.rfind('\n', at) + 1;
    return "at byte " + std::to_string(at) + ":\n  " + a.substr(line, 80) + "\nvs\n  " + b.substr(line, 80);
}

void expectSameAsInMemory(const std::string& text, const TableJob& job, std::size_t pendingBytes = 1 << 20)
{
    const Outcome reference = inMemory(text, job);
    ASSERT_EQ(reference.error, "");
    for (std::size_t head : { std::size_t { 100 }, std::size_t { 400 } }) {
        for (std::size_t chunk : { std::size_t { 7 }, std::size_t { 64 }, std::size_t { 4096 } }) {
            const Outcome got = streamed(text, job, head, chunk, pendingBytes);
            EXPECT_EQ(got.error, "") << "head " << head << ", chunk " << chunk;
            EXPECT_TRUE(got.out == reference.out)
                << "head " << head << ", chunk " << chunk << " " << firstDifference(got.out, reference.out);
        }
    }
}

TEST(StreamCsv, BandWithSigmaGivenMatchesTheEngine)
{
    // --uncertainty with σ given: sd[...] after each derivative and the '# uncertainty:' line, the
    // engine's bytes, across windows of 5 rows; uneven and uniform x, NA cells, orders 1 to 3.
    for (const bool uniform : { false, true })
        for (int order : { 1, 3 }) {
            SCOPED_TRACE(std::string(uniform ? "uniform" : "uneven") + " order " + std::to_string(order));
            const std::string text = randomTable(60, uniform, 11);
            Recipe recipe;
            recipe.order = recipe.smoothing.order = order;
            recipe.edgeOrder = 2;
            recipe.uncertainty = true;
            StreamBand band;
            band.on = true;
            if (order == 1) {
                recipe.noiseSd = 0.25;
                band.sigma = { 0.25 };
                band.oneForAll = true;
            } else {
                recipe.yColumns = { "b", "a" };
                recipe.columnNoiseSd = { { "a", 0.5 }, { "b", 0.125 } };
                band.sigma = { 0.125, 0.5 };
            }
            std::ostringstream out;
            std::ostringstream err;
            std::vector<std::string> warnings;
            runEngineCsv(text, {}, recipe, false, "in.csv", "-", out, err, warnings);
            ASSERT_NE(out.str().find("sd[d"), std::string::npos);
            TableJob job;
            job.yColumns = recipe.yColumns;
            job.edgeOrder = 2;
            job.order = order;
            for (std::size_t chunk : { std::size_t { 7 }, std::size_t { 4096 } }) {
                const Outcome got = streamed(text, job, 100, chunk, 1 << 20, TimeUnit::Day, band);
                EXPECT_EQ(got.error, "");
                EXPECT_TRUE(got.out == out.str()) << firstDifference(got.out, out.str());
            }
        }
}

TEST(StreamCsv, UnevenXMatchesTheInMemoryPath)
{
    for (int edge : { 1, 2 })
        for (int order : { 1, 2, 3 }) {
            SCOPED_TRACE("edge " + std::to_string(edge) + " order " + std::to_string(order));
            TableJob job;
            job.edgeOrder = edge;
            job.order = order;
            expectSameAsInMemory(randomTable(300, false, 11), job);
        }
}

TEST(StreamCsv, UniformXHeldBackAndSpilledMatchesTheInMemoryPath)
{
    // Uniform to the last row: nothing can be computed before the end, so rows are held back,
    // here mostly in the temporary file (a limit of 1 KB).
    for (int edge : { 1, 2 }) {
        TableJob job;
        job.edgeOrder = edge;
        expectSameAsInMemory(randomTable(500, true, 3), job, 1024);
    }
}

TEST(StreamCsv, XThatTurnsUnevenLateMatchesTheInMemoryPath)
{
    std::string text = randomTable(400, true, 5);
    text += "1000,1,2\n1000.5,2,3\n1002,3,4\n";
    TableJob job;
    job.order = 2;
    expectSameAsInMemory(text, job, 2048);
}

TEST(StreamCsv, SpacingWithoutXAndOneColumnMatch)
{
    TableJob dx;
    dx.dx = 0.1;
    expectSameAsInMemory(randomTable(200, false, 7), dx);
    std::string single = "v\n";
    for (int i = 0; i < 150; ++i)
        single += i % 13 == 0 ? std::string("\n") : std::to_string(i * i % 37) + "\n";
    expectSameAsInMemory(single, TableJob {});
}

TEST(StreamCsv, DatesQuotesCrlfCommentsAndSemicolonsMatch)
{
    std::string text = "# station 7\r\n\"when\";\"level; m\";label\r\n";
    for (int day = 1; day <= 28; ++day)
        for (int hour = 0; hour < 24; hour += 6)
            text += "2021-02-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "T" + (hour < 10 ? "0" : "")
                + std::to_string(hour) + ":00:00Z;" + std::to_string(day * hour % 11)
                + ",5;\"a \"\"quoted\"\" label\"\r\n";
    expectSameAsInMemory(text, TableJob {});
}

TEST(StreamCsv, QuotedLineBreaksAndLoneCrMatch)
{
    // Line breaks inside quotes, and lone CRs, which a chunk's halves cannot be split by counting
    // LFs: the second half is parsed again, and rows and lines must still be in-memory's.
    std::string quoted = "x,note,y\n";
    std::string lone = "x,y\r";
    for (int i = 0; i < 200; ++i) {
        const std::string x = std::to_string(i * 0.5 + (i % 5) * 0.01);
        const std::string y = std::to_string((i * i) % 89);
        quoted.append(x).append(i % 3 == 0 ? ",\"two\nlines\"," : ",plain,").append(y).append("\n");
        lone.append(x).append(",").append(y).append("\r");
    }
    expectSameAsInMemory(quoted, TableJob {});
    expectSameAsInMemory(lone, TableJob {});
    const std::string ragged = quoted + "1000,\"a\nb\",oops,4\n";
    const Outcome late = streamed(ragged, TableJob {}, 300, 4096);
    EXPECT_NE(late.error.find("in.csv: row 269, column 4"), std::string::npos) << late.error; // 1 + 200 + 67 + 1
}

TEST(StreamCsv, WhitespaceAndTabSeparatedMatch)
{
    std::string spaces = "  t    v\n";
    std::string tabs = "t\tv\n";
    for (int i = 0; i < 200; ++i) {
        const std::string t = std::to_string(i * 0.3 + (i % 7) * 0.01);
        const std::string v = std::to_string((i * i) % 101);
        spaces += "  " + t + "   " + v + "  \n";
        tabs += t + "\t" + v + "\n";
    }
    expectSameAsInMemory(spaces, TableJob {});
    expectSameAsInMemory(tabs, TableJob {});
}

TEST(StreamCsv, TrailingBlankLinesEndTheFile)
{
    expectSameAsInMemory(randomTable(120, false, 9) + "\n\n  \n", TableJob {});
}

TEST(StreamCsv, TooFewRowsGiveTheInMemoryError)
{
    TableJob job;
    job.edgeOrder = 2;
    const std::string text = "x,y\n1,2\n2,3\n";
    const Outcome reference = inMemory(text, job);
    ASSERT_NE(reference.error, "");
    EXPECT_EQ(streamed(text, job, 6, 3).error, reference.error);
}

TEST(StreamCsv, ALaterBadCellLeavesItsColumnOutAsInMemory)
{
    // Far past the first block: b is left out with the engine's warning (row, column, cell), and
    // the table is in-memory's, whether the rows were held in memory or in the temporary file.
    std::string text = randomTable(100, false, 1);
    text += "101,0.5,oops\n102,1,2\n";
    const Outcome reference = inMemory(text, TableJob {});
    ASSERT_EQ(reference.error, "");
    ASSERT_EQ(reference.out.find(",b"), std::string::npos) << reference.out.substr(0, 40);
    ASSERT_FALSE(reference.warnings.empty());
    EXPECT_EQ(reference.warnings.front(),
        "in.csv: row 102, column 3: column 'b' is left out: 'oops' is not a number (fix the cell, or --strict to make "
        "this an error)");
    for (std::size_t pending : { std::size_t { 256 }, std::size_t { 1 } << 20 }) {
        const Outcome got = streamed(text, TableJob {}, 300, 64, pending);
        EXPECT_EQ(got.error, "");
        EXPECT_TRUE(got.out == reference.out) << firstDifference(got.out, reference.out);
        EXPECT_EQ(got.warnings, reference.warnings);
    }
}

TEST(StreamCsv, ALaterBadCellIsTheInMemoryErrorWithStrictOrY)
{
    std::string text = randomTable(100, false, 1);
    text += "101,0.5,oops\n102,1,2\n";
    SeriesOptions strict;
    strict.strict = true;
    const Outcome strictReference = inMemory(text, TableJob {}, strict);
    EXPECT_NE(strictReference.error.find("in.csv: row 102, column 3: the y column 'b' is not numeric ('oops'"),
        std::string::npos)
        << strictReference.error;
    EXPECT_EQ(streamed(text, TableJob {}, 300, 64, 1 << 20, TimeUnit::Day, {}, true).error, strictReference.error);

    TableJob named;
    named.yColumns = { "b" };
    const Outcome namedReference = inMemory(text, named);
    ASSERT_NE(namedReference.error, "");
    EXPECT_EQ(streamed(text, named, 300, 64).error, namedReference.error);

    // x before y, as the plan checks them, though y's bad cell comes first in the file.
    std::string both = text + "oops,3,4\n";
    const Outcome xReference = inMemory(both, named);
    EXPECT_NE(xReference.error.find("the x column 'x'"), std::string::npos) << xReference.error;
    EXPECT_EQ(streamed(both, named, 300, 64).error, xReference.error);
}

TEST(StreamCsv, ALaterTextInAColumnOfMissingValuesIsLabels)
{
    // NA down to the first text: a label column for readCsv, left out without a word.
    std::string text = "x,a,b\n";
    for (int i = 0; i < 60; ++i)
        text += std::to_string(i) + "," + std::to_string(i * i) + "," + (i < 50 ? "NA" : "north") + "\n";
    const Outcome reference = inMemory(text, TableJob {});
    ASSERT_EQ(reference.error, "");
    const Outcome got = streamed(text, TableJob {}, 100, 16);
    EXPECT_EQ(got.error, "");
    EXPECT_TRUE(got.out == reference.out) << firstDifference(got.out, reference.out);
    EXPECT_EQ(got.warnings, reference.warnings);
}

TEST(StreamCsv, ALaterRaggedRowIsAnErrorNamingRowAndColumn)
{
    std::string text = randomTable(100, false, 2);
    text += "101,0.5\n";
    const Outcome got = streamed(text, TableJob {}, 300, 64);
    EXPECT_NE(got.error.find("in.csv: row 102, column 3"), std::string::npos) << got.error;
    EXPECT_NE(got.error.find("2 fields"), std::string::npos) << got.error;
}

TEST(StreamCsv, ALaterNonDateInADateColumnIsAnError)
{
    std::string text = "date,v\n";
    for (int day = 10; day < 28; ++day)
        text += "2020/01/" + std::to_string(day) + "," + std::to_string(day) + "\n";
    text += "soon,3\n";
    const Outcome got = streamed(text, TableJob {}, 60, 16);
    EXPECT_NE(got.error.find("row 20, column 1"), std::string::npos) << got.error;
    EXPECT_NE(got.error.find("'soon' is not a date"), std::string::npos) << got.error;
}

TEST(StreamCsv, TimeUnitScalesTheDerivativeAndNamesIt)
{
    const std::string text = "t,v\n2020-01-01,0\n2020-01-02,1\n2020-01-03,2\n2020-01-04,3\n";
    const Outcome got = streamed(text, TableJob {}, 30, 5, 1 << 20, TimeUnit::Hour);
    EXPECT_EQ(got.error, "");
    EXPECT_NE(got.out.find("\nt,v,d(v)/d(t) [1/h]\n"), std::string::npos) << got.out;
    SeriesOptions hours;
    hours.timeUnit = TimeUnit::Hour;
    EXPECT_EQ(got.out, inMemory(text, TableJob {}, hours).out);
}

} // namespace
} // namespace tangent
