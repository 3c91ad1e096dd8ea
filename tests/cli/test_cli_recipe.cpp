// SPDX-License-Identifier: GPL-3.0-or-later
// tangent-cli on the engine (core/engine/engine.h), in process: the combinations issue 16 found
// refused or silently ignored — dates and text-first files with every method, a bad cell, --group
// on .npy, --uncertainty before its computation exists.
#include "app/cli/cli.h"
#include "core/io/npy.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace tangent {
namespace {

namespace fs = std::filesystem;
const fs::path kSamples = TANGENT_SAMPLES_DIR;

struct CliRun {
    int status = -1;
    std::string out;
    std::string err;
};

CliRun cli(std::vector<std::string> args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.status = runCli(args, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

std::string sample(const char* name)
{
    return (kSamples / name).string();
}

/// The lines of `text` that are not '#' comments.
std::vector<std::string> tableLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.starts_with('#'))
            lines.push_back(line);
    return lines;
}

fs::path scratchFile(const std::string& name, const std::string& bytes)
{
    const fs::path path
        = fs::temp_directory_path() / ("tangent-recipe-test-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

TEST(CliRecipe, EveryMethodWorksOnADateXColumn)
{
    for (const char* method : { "savgol", "spline", "tvr", "kalman", "auto" }) {
        std::vector<std::string> args { sample("daily-weather.csv"), "--y", "temp_max", "--method", method };
        if (std::string(method) == "savgol")
            args.insert(args.end(), { "--window", "7", "--polyorder", "2" });
        const CliRun run = cli(args);
        ASSERT_EQ(run.status, 0) << method << ": " << run.err;
        const std::vector<std::string> lines = tableLines(run.out);
        ASSERT_EQ(lines.size(), 366U) << method; // a header and 365 days
        EXPECT_EQ(lines[0], "date,temp_max,d(temp_max)/d(date) [1/d]") << method;
        EXPECT_TRUE(lines[1].starts_with("2023-01-01,4.3,")) << method; // the date written back as read
    }
}

TEST(CliRecipe, SavgolOnDatesEqualsSavgolOnDayNumbers)
{
    const CliRun dates = cli(
        { sample("daily-weather.csv"), "--y", "temp_max", "--method", "savgol", "--window", "7", "--polyorder", "2" });
    const CliRun uniform = cli({ sample("daily-weather.csv"), "--dx", "1", "--y", "temp_max", "--method", "savgol",
        "--window", "7", "--polyorder", "2" });
    ASSERT_EQ(dates.status, 0) << dates.err;
    ASSERT_EQ(uniform.status, 0) << uniform.err;
    const auto a = tableLines(dates.out);
    const auto b = tableLines(uniform.out);
    ASSERT_EQ(a.size(), b.size());
    // Every day follows the one before (no gaps in this sample): the last column must agree.
    for (std::size_t i = 1; i < a.size(); ++i)
        EXPECT_EQ(a[i].substr(a[i].rfind(',')), b[i].substr(b[i].rfind(','))) << i;
}

TEST(CliRecipe, EveryMethodWorksOnATextFirstColumn)
{
    for (const char* method : { "savgol", "spline", "kalman", "auto" }) {
        const CliRun run = cli({ sample("stock-prices.csv"), "--group", "symbol", "--method", method });
        ASSERT_EQ(run.status, 0) << method << ": " << run.err;
        EXPECT_TRUE(tableLines(run.out)[0].starts_with("symbol,date,price,d(price)/d(date) [1/d]")) << method;
    }
    // Without --group the label column is passed over for the date column.
    const CliRun plain = cli({ sample("daily-weather.csv"), "--x", "date", "--y", "wind", "--method", "kalman" });
    ASSERT_EQ(plain.status, 0) << plain.err;
}

TEST(CliRecipe, ExplainWorksOnADateX)
{
    const CliRun numpy = cli({ sample("daily-weather.csv"), "--y", "temp_max", "--explain" });
    ASSERT_EQ(numpy.status, 0) << numpy.err;
    EXPECT_NE(numpy.out.find("(y[2] - y[0]) / 2"), std::string::npos) << numpy.out.substr(0, 300);
    const CliRun savgol = cli({ sample("daily-weather.csv"), "--y", "temp_max", "--method", "savgol", "--window", "7",
        "--polyorder", "2", "--explain" });
    ASSERT_EQ(savgol.status, 0) << savgol.err;
    EXPECT_NE(savgol.out.find("row 3: "), std::string::npos);
}

TEST(CliRecipe, ABadCellLeavesItsColumnOutWithAWarning)
{
    const fs::path path = scratchFile("bad.csv", "x,a,b\n0,1,2\n1,2,oops\n2,4,6\n");
    const CliRun run = cli({ path.string() });
    ASSERT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(tableLines(run.out)[0], "x,a,d(a)/d(x)");
    EXPECT_NE(run.err.find("column 'b'"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("row 3"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("'oops'"), std::string::npos) << run.err;

    const CliRun quiet = cli({ path.string(), "--quiet" });
    EXPECT_EQ(quiet.status, 0);
    EXPECT_EQ(quiet.err, "");

    const CliRun strict = cli({ path.string(), "--strict" });
    EXPECT_EQ(strict.status, 2);
    EXPECT_EQ(strict.out, "");
    EXPECT_NE(strict.err.find("'oops'"), std::string::npos) << strict.err;

    const CliRun smoothed = cli({ path.string(), "--method", "savgol", "--window", "3", "--polyorder", "1" });
    ASSERT_EQ(smoothed.status, 0) << smoothed.err;
    EXPECT_NE(smoothed.err.find("column 'b'"), std::string::npos) << smoothed.err;
    fs::remove(path);
}

TEST(CliRecipe, GroupOnNpyIsRefused)
{
    NdArray array;
    array.shape = { 4 };
    array.data = { 1, 2, 4, 8 };
    std::ostringstream bytes;
    writeNpy(bytes, array);
    const fs::path path = scratchFile("a.npy", bytes.str());
    const CliRun run = cli({ path.string(), "--group", "site" });
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.find("--group"), std::string::npos) << run.err;
    EXPECT_EQ(run.out, "");
    fs::remove(path);
}

TEST(CliRecipe, ShortGroupCellsAreEmpty)
{
    const fs::path path = scratchFile("groups.csv", "g,x,y\nA,0,0\nB,0,5\nA,1,1\nA,2,4\n");
    const CliRun run = cli({ path.string(), "--group", "g" });
    ASSERT_EQ(run.status, 0) << run.err;
    const auto lines = tableLines(run.out);
    ASSERT_EQ(lines.size(), 5U);
    EXPECT_EQ(lines[2], "B,0,5,");
    EXPECT_NE(run.err.find("group 'B'"), std::string::npos) << run.err;
    fs::remove(path);
}

} // namespace
} // namespace tangent
