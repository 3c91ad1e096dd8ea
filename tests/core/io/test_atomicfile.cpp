// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomicfile.h"

#include "core/errors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using tangent::InputError;
using tangent::writeFileAtomically;

namespace fs = std::filesystem;

namespace {

/// A fresh, empty folder for each test, removed afterwards.
class AtomicFile : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = fs::temp_directory_path() / ("tangent-atomicfile-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    [[nodiscard]] std::string path(const std::string& name) const { return (m_dir / name).string(); }

    static std::string contents(const std::string& file)
    {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }

    static void put(const std::string& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

    /// Names of everything in the folder, so tests can see that no temporary is left behind.
    [[nodiscard]] std::vector<std::string> entries() const
    {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(m_dir))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

    fs::path m_dir;
};

} // namespace

TEST_F(AtomicFile, WritesNewFile)
{
    const std::string file = path("out.csv");
    writeFileAtomically(file, [](std::ostream& out) { out << "x,y\n1,2\n"; });
    EXPECT_EQ(contents(file), "x,y\n1,2\n");
    EXPECT_EQ(entries(), std::vector<std::string> { "out.csv" });
}

TEST_F(AtomicFile, ReplacesExistingFile)
{
    const std::string file = path("out.csv");
    put(file, "old contents that are longer than the new ones\n");
    writeFileAtomically(file, [](std::ostream& out) { out << "new\n"; });
    EXPECT_EQ(contents(file), "new\n");
    EXPECT_EQ(entries(), std::vector<std::string> { "out.csv" });
}

TEST_F(AtomicFile, ThrowingWriterLeavesExistingFileUntouched)
{
    const std::string file = path("out.csv");
    put(file, "precious\n");
    EXPECT_THROW(writeFileAtomically(file,
                     [](std::ostream& out) {
                         out << "half of the new conte";
                         out.flush();
                         throw std::runtime_error("writer failed");
                     }),
        std::runtime_error);
    EXPECT_EQ(contents(file), "precious\n");
    EXPECT_EQ(entries(), std::vector<std::string> { "out.csv" });
}

TEST_F(AtomicFile, ThrowingWriterCreatesNoFile)
{
    const std::string file = path("new.csv");
    EXPECT_THROW(writeFileAtomically(file, [](std::ostream&) { throw std::logic_error("no"); }), std::logic_error);
    EXPECT_TRUE(entries().empty());
}

TEST_F(AtomicFile, FailedStreamIsAnInputErrorAndLeavesFileUntouched)
{
    const std::string file = path("out.csv");
    put(file, "precious\n");
    try {
        writeFileAtomically(file, [](std::ostream& out) {
            out << "partial";
            out.setstate(std::ios::badbit);
        });
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), file);
        EXPECT_NE(error.message().find("cannot write"), std::string::npos) << error.what();
    }
    EXPECT_EQ(contents(file), "precious\n");
    EXPECT_EQ(entries(), std::vector<std::string> { "out.csv" });
}

TEST_F(AtomicFile, MissingFolderNamesPathAndReason)
{
    const std::string file = path("no/such/folder/out.csv");
    try {
        writeFileAtomically(file, [](std::ostream& out) { out << "x"; });
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find(file), std::string::npos) << error.what();
        EXPECT_NE(error.message().find(std::strerror(ENOENT)), std::string::npos) << error.what();
    }
    EXPECT_TRUE(entries().empty());
}

TEST_F(AtomicFile, KeepsPermissionsOfExistingFile)
{
    const std::string file = path("out.csv");
    put(file, "old\n");
    ASSERT_EQ(::chmod(file.c_str(), 0640), 0);
    writeFileAtomically(file, [](std::ostream& out) { out << "new\n"; });
    struct stat info { };
    ASSERT_EQ(::stat(file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0640u);
}

TEST_F(AtomicFile, WritesThroughSymbolicLink)
{
    const std::string target = path("target.csv");
    const std::string link = path("link.csv");
    put(target, "old\n");
    fs::create_symlink(target, link);
    writeFileAtomically(link, [](std::ostream& out) { out << "new\n"; });
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(contents(target), "new\n");
    EXPECT_EQ(entries(), (std::vector<std::string> { "link.csv", "target.csv" }));
}

TEST_F(AtomicFile, DashWritesStandardOutput)
{
    ::testing::internal::CaptureStdout();
    writeFileAtomically("-", [](std::ostream& out) { out << "to stdout\n"; });
    EXPECT_EQ(::testing::internal::GetCapturedStdout(), "to stdout\n");
    EXPECT_TRUE(entries().empty());
}
