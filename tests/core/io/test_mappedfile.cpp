// SPDX-License-Identifier: GPL-3.0-or-later
// MappedFile: a file's bytes without a copy, and pages let go that read back the same.

#include "core/io/fileio.h"

#include "core/errors.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

using tangent::InputError;
using tangent::MappedFile;

namespace {

std::filesystem::path tempPath(const std::string& name)
{
    return std::filesystem::temp_directory_path() / ("tangent-map-" + std::to_string(::getpid()) + "-" + name);
}

TEST(MappedFile, ReleasedPagesReadBackTheSameBytes)
{
    const auto path = tempPath("pages.csv");
    std::string bytes;
    for (int i = 0; i < 100'000; ++i)
        bytes += std::to_string(i) + "," + std::to_string(i * 3) + "\n";
    std::ofstream(path, std::ios::binary) << bytes;
    {
        const MappedFile mapped(path.string(), "pages.csv");
        ASSERT_EQ(mapped.text(), bytes);
        mapped.release(0, bytes.size() / 2);
        mapped.release(12345, 12346); // less than a page: nothing to let go
        mapped.release(bytes.size() / 2, bytes.size() + 100); // clamped to the file
        EXPECT_EQ(mapped.text(), bytes);
    }
    std::filesystem::remove(path);
}

TEST(MappedFile, EmptyFileIsEmptyText)
{
    const auto path = tempPath("empty.csv");
    std::ofstream(path).close();
    const MappedFile mapped(path.string(), "empty.csv");
    EXPECT_TRUE(mapped.text().empty());
    mapped.release(0, 10);
    std::filesystem::remove(path);
}

TEST(MappedFile, MissingFileAndFolderNameTheSource)
{
    try {
        const MappedFile mapped("/nonexistent-folder/tangent/missing.csv", "missing.csv");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "missing.csv");
        EXPECT_NE(e.message().find(std::strerror(ENOENT)), std::string::npos) << e.what();
    }
    try {
        const MappedFile mapped(std::filesystem::temp_directory_path().string(), "folder");
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "folder");
        EXPECT_NE(e.message().find("not a regular file"), std::string::npos) << e.what();
    }
}

} // namespace
