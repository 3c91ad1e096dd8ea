// SPDX-License-Identifier: GPL-3.0-or-later
// The equivalence matrix, tangent-cli's part: fixtures × recipes × front ends (one input in
// memory, streamed for an input over the streaming threshold, many files into a folder, and the
// engine called directly with the parsed recipe) give the same table and the same "# " lines, or
// the same refusal. In process, to stay fast under the sanitizers. The window's front ends are in
// tests/ui/files/test_exportequivalence.cpp and tests/ui/files/test_frontendequivalence.cpp, on the
// same fixtures and recipes (tests/cli/equivalencefixtures.h).
#include "app/cli/cli.h"
#include "app/cli/csvjob.h"
#include "core/recipe/recipe.h"
#include "tests/cli/equivalencefixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace tangent {
namespace {

namespace fs = std::filesystem;
using namespace equivalence; // NOLINT(google-build-using-namespace): the matrix reads as a table of its cases

/// A band streams (app/cli/csvjob.h) only with σ given, so the streamed fixture runs only those.
bool hasBand(const std::vector<std::string>& recipe)
{
    return std::ranges::find(recipe, std::string("--uncertainty")) != recipe.end();
}

bool givesSigma(const std::vector<std::string>& recipe)
{
    return std::ranges::find(recipe, std::string("--noise-sd")) != recipe.end();
}

/// What the streamed fixture (90,000 rows) runs: numpy.gradient's recipes, and the two methods
/// that stream (savgol; kalman, its ratio found once on the whole column), with a band when σ is
/// given.
bool streamedCase(const std::vector<std::string>& recipe)
{
    const bool method = recipe.size() > 1 && recipe[0] == "--method";
    const bool streamsBand = !hasBand(recipe) || givesSigma(recipe);
    return (!method && (recipe.size() <= 2 || givesSigma(recipe)))
        || (method && (recipe[1] == "savgol" || recipe[1] == "kalman") && streamsBand);
}

/// tangent-cli's matrix: every recipe of the front ends' (equivalencefixtures.h), and the bands of
/// savgol and kalman with σ given, which stream on the streamed fixture (σ for all; per column).
std::vector<std::vector<std::string>> matrixRecipes()
{
    std::vector<std::vector<std::string>> all = allRecipes();
    all.push_back({ "--method", "savgol", "--window", "5", "--polyorder", "2", "--uncertainty", "--noise-sd", "0.1" });
    all.push_back({ "--method", "kalman", "--ratio", "-1", "--y", "2", "--uncertainty", "--noise-sd", "2=0.1" });
    return all;
}

const std::vector<std::string> kTvrBand { "--method", "tvr", "--alpha", "0.1", "--iterations", "5", "--uncertainty" };

/// The output of one front end: the file written, or the one-line refusal.
struct Outcome {
    int status = -1;
    std::string output;
};

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class Equivalence : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("tangent-equivalence-" + std::to_string(::getpid()));
        fs::create_directories(m_dir / "in");
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
};

Outcome oneFile(const fs::path& input, const std::vector<std::string>& recipe, const fs::path& output)
{
    std::vector<std::string> args { input.string(), "-o", output.string(), "--quiet" };
    args.insert(args.end(), recipe.begin(), recipe.end());
    std::ostringstream out;
    std::ostringstream err;
    Outcome outcome;
    outcome.status = runCli(args, out, err);
    outcome.output = outcome.status == 0 ? readFile(output) : err.str();
    return outcome;
}

TEST_F(Equivalence, EveryFrontEndOfTangentCliWritesTheSameTable)
{
    int compared = 0;
    for (const Fixture& fixture : fixtures()) {
        const fs::path input = m_dir / "in" / (fixture.name + ".csv");
        std::ofstream(input, std::ios::binary) << fixture.text;
        for (std::vector<std::string> recipe : matrixRecipes()) {
            if (fixture.big && (searching(recipe) || (fixture.name == "streamed" && !streamedCase(recipe))))
                continue; // searches on thousands of rows would take minutes under the sanitizers
            for (int grouped = 0; grouped <= (fixture.grouped ? 1 : 0); ++grouped) {
                std::vector<std::string> args = recipe;
                if (grouped)
                    args.insert(args.end(), { "--group", "g" });
                std::string label = fixture.name;
                for (const std::string& a : args)
                    label += " " + a;
                SCOPED_TRACE(label);
                const Outcome single = oneFile(input, args, m_dir / "single.csv");

                // Many files into a folder: the same output for this file.
                const fs::path folder = m_dir / "many";
                fs::remove_all(folder);
                std::vector<std::string> many { input.string(), (m_dir / "in" / "other.csv").string(), "-o",
                    folder.string() + "/", "--quiet" };
                std::ofstream(m_dir / "in" / "other.csv") << "g,x,y\nA,0,0\nA,1,1\nA,2,4\n";
                many.insert(many.end(), args.begin(), args.end());
                std::ostringstream out;
                std::ostringstream err;
                runCli(many, out, err);
                const fs::path manyOutput = folder / (fixture.name + ".csv");
                EXPECT_EQ(fs::exists(manyOutput), single.status == 0) << err.str();
                if (single.status == 0) {
                    EXPECT_EQ(readFile(manyOutput), single.output);
                }

                // The engine called with the parsed recipe, in memory (the streamed fixture is
                // streamed by runCli above: this is its in-memory reference).
                std::ostringstream engineOut;
                std::ostringstream engineErr;
                std::vector<std::string> warnings;
                int engineStatus = 0;
                try {
                    runEngineCsv(fixture.text, {}, parseRecipe(args), false, input.string(), "-", engineOut, engineErr,
                        warnings);
                } catch (const std::exception&) {
                    engineStatus = kCliErrorStatus;
                }
                EXPECT_EQ(engineStatus, single.status) << single.output;
                if (single.status == 0) {
                    EXPECT_EQ(engineOut.str(), single.output);
                }

                // The recipe's canonical text, run again, gives the same file.
                const std::vector<std::string> canonical = formatRecipe(parseRecipe(args));
                const Outcome again = oneFile(input, canonical, m_dir / "again.csv");
                EXPECT_EQ(again.status, single.status);
                EXPECT_EQ(again.output, single.output);
                ++compared;
            }
        }
    }
    EXPECT_GE(compared, 110);
}

TEST_F(Equivalence, EveryMethodSucceedsOnEveryOrdinaryFixture)
{
    // Nothing refused for being dates, a text first column, groups or gaps.
    for (const Fixture& fixture : fixtures()) {
        if (fixture.big || fixture.name == "badcell")
            continue;
        const fs::path input = m_dir / "in" / (fixture.name + ".csv");
        std::ofstream(input, std::ios::binary) << fixture.text;
        for (std::vector<std::string> recipe : allRecipes()) {
            if (fixture.grouped)
                recipe.insert(recipe.end(), { "--group", "g" });
            const Outcome outcome = oneFile(input, recipe, m_dir / "out.csv");
            std::string label = fixture.name;
            for (const std::string& a : recipe)
                label += " " + a;
            EXPECT_EQ(outcome.status, 0) << label << ": " << outcome.output;
        }
    }
}

/// What runCli wrote to standard output and standard error, and its status.
struct Printed {
    int status = -1;
    std::string out;
    std::string err;
    bool operator==(const Printed&) const = default;
};

Printed runToStdout(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    Printed run;
    run.status = runCli(args, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

TEST_F(Equivalence, ABadCellFollowsOneRuleWhenStreamed)
{
    // The bad-cell fixture, and the same table with its bad cell far past the first block,
    // streamed (the threshold lowered through the test hook instead of a file over 1 MB): the
    // table, the warning on stderr, --quiet, --strict's error and --y's are in memory's.
    std::string late = "x,a,b\n";
    for (int i = 0; i < 60; ++i)
        late += std::to_string(i) + "," + std::to_string(i * i) + "," + (i == 47 ? "oops" : std::to_string(2 * i))
            + "\n";
    const std::vector<Fixture> all = fixtures();
    const Fixture badcell = *std::ranges::find(all, std::string("badcell"), &Fixture::name);
    for (const std::string& text : { badcell.text, late }) {
        const fs::path input = m_dir / "in" / "bad.csv";
        std::ofstream(input, std::ios::binary) << text;
        for (const std::vector<std::string>& recipe : std::vector<std::vector<std::string>> {
                 {}, { "--quiet" }, { "--strict" }, { "--y", "b" }, { "--edge-order", "2" } }) {
            std::vector<std::string> args { input.string() };
            args.insert(args.end(), recipe.begin(), recipe.end());
            SCOPED_TRACE(std::to_string(text.size()) + " bytes, " + (recipe.empty() ? "" : recipe.front()));
            const Printed memory = runToStdout(args);
            StreamSizes small;
            small.headBytes = 32;
            small.blocks.chunkBytes = 16;
            small.blocks.splitBytes = 8; // chunks parsed in halves on two threads
            small.blocks.sampleBytes = 16;
            small.blocks.pendingBytes = 64; // held rows go to the temporary file
            small.blocks.windowRows = 4;
            const StreamSizes saved = setStreamSizes(small);
            const Printed streamed = runToStdout(args);
            setStreamSizes(saved);
            EXPECT_EQ(streamed, memory) << "streamed:\n"
                                        << streamed.out << streamed.err << "in memory:\n"
                                        << memory.out << memory.err;
            if (recipe.empty()) {
                EXPECT_EQ(memory.status, 0);
                EXPECT_NE(memory.err.find("column 'b' is left out: 'oops' is not a number"), std::string::npos);
            }
        }
    }
}

TEST_F(Equivalence, TheTvrBandIsRefusedAlikeEverywhere)
{
    // Total variation has no band: refused before anything is computed, in the same words by
    // every front end, grouped or not, in memory or above the streaming threshold.
    for (const Fixture& fixture : fixtures()) {
        const fs::path input = m_dir / "in" / (fixture.name + ".csv");
        std::ofstream(input, std::ios::binary) << fixture.text;
        std::vector<std::string> args = kTvrBand;
        if (fixture.grouped)
            args.insert(args.end(), { "--group", "g" });
        SCOPED_TRACE(fixture.name);
        const Outcome single = oneFile(input, args, m_dir / "tvr.csv");
        EXPECT_EQ(single.status, kCliErrorStatus);
        EXPECT_FALSE(fs::exists(m_dir / "tvr.csv"));
        EXPECT_NE(single.output.find("no uncertainty band"), std::string::npos) << single.output;
        EXPECT_NE(single.output.find("tvr"), std::string::npos) << single.output;

        std::ostringstream out;
        std::ostringstream err;
        std::vector<std::string> warnings;
        std::string engineMessage;
        try {
            runEngineCsv(fixture.text, {}, parseRecipe(args), false, input.string(), "-", out, err, warnings);
        } catch (const std::exception& e) {
            engineMessage = std::string("tangent-cli: ") + e.what() + "\n";
        }
        EXPECT_EQ(engineMessage, single.output);
        EXPECT_TRUE(out.str().empty());
    }
}

} // namespace
} // namespace tangent
