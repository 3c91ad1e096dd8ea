// SPDX-License-Identifier: GPL-3.0-or-later
// The many-file naming rule and the clashes refused before anything is written, shared by
// tangent-cli INPUT... -o DIR/ and the window's Export Derivatives of Several Files.

#include "core/batch/batchplan.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>

#include <unistd.h>

namespace tangent {
namespace {

namespace fs = std::filesystem;

std::string messageOf(const std::function<void()>& run)
{
    try {
        run();
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "(nothing thrown)";
}

TEST(BatchPlan, NamesEachOutputAfterItsInputInTheFolder)
{
    EXPECT_EQ(batchOutputPath("out", "data/a.csv"), "out/a.csv");
    EXPECT_EQ(batchOutputPath("out", "b.tsv"), "out/b.csv");
    EXPECT_EQ(batchOutputPath("out", "c.NPY"), "out/c.npy");
    EXPECT_EQ(batchOutputPath("out/", "archive.tar.gz"), "out/archive.tar.csv");
    EXPECT_EQ(batchOutputPath("out", "noext"), "out/noext.csv");
}

TEST(BatchPlan, RefusesTwoInputsOntoOneOutputNamingBoth)
{
    const std::string message = messageOf([] { planBatchOutputs({ "x/a.csv", "y/a.tsv" }, "out"); });
    EXPECT_NE(message.find("'x/a.csv' and 'y/a.tsv' would both be written to 'out/a.csv'"), std::string::npos)
        << message;
    EXPECT_EQ(
        planBatchOutputs({ "x/a.csv", "y/b.csv" }, "out"), (std::vector<std::string> { "out/a.csv", "out/b.csv" }));
}

TEST(BatchPlan, RefusesAnOutputOverItsInputAndStandardInput)
{
    const fs::path dir = fs::temp_directory_path() / ("batchplan-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string input = (dir / "a.csv").string();
    std::ofstream(input) << "x,y\n0,1\n";
    EXPECT_NE(messageOf([&] { planBatchOutputs({ input }, dir.string()); }).find("replaced by its own result"),
        std::string::npos);
    EXPECT_NE(messageOf([] { planBatchOutputs({ "a.csv", "-" }, "out"); }).find("standard input"), std::string::npos);

    // A file where the folder should be.
    const std::string blocked = (dir / "blocked").string();
    std::ofstream(blocked) << "x";
    EXPECT_NE(
        messageOf([&] { prepareBatchFolder(blocked); }).find("cannot create the output folder"), std::string::npos);
    prepareBatchFolder((dir / "new" / "deeper").string());
    EXPECT_TRUE(fs::is_directory(dir / "new" / "deeper"));
    fs::remove_all(dir);
}

} // namespace
} // namespace tangent
