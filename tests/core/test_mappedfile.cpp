// MappedFile: the whole file without a copy, still whole after pages are let go.

#include "core/errors.h"
#include "core/mappedfile.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

class MappedFileTest : public ::testing::Test {
protected:
    void TearDown() override
    {
        std::error_code ignored;
        fs::remove(m_path, ignored);
    }

    std::string put(const std::string& bytes)
    {
        m_path = fs::temp_directory_path() / ("tangent-mapped-" + std::to_string(::getpid()) + ".csv");
        std::ofstream(m_path, std::ios::binary) << bytes;
        return m_path.string();
    }

    fs::path m_path;
};

TEST_F(MappedFileTest, ReleasedPagesReadBackFromTheFile)
{
    // Several pages of distinct lines, so that a page read back wrong would show.
    std::string bytes;
    for (int i = 0; bytes.size() < 200'000; ++i)
        bytes += std::to_string(i) + "," + std::to_string(i * 7) + "\n";
    tangent::MappedFile mapped(put(bytes));
    ASSERT_EQ(mapped.text(), bytes);
    mapped.release(150'000);
    mapped.release(100'000); // going back does nothing
    EXPECT_EQ(mapped.text(), bytes);
}

TEST_F(MappedFileTest, EmptyFileIsEmptyText)
{
    tangent::MappedFile mapped(put(""));
    EXPECT_TRUE(mapped.text().empty());
    mapped.release(10);
    EXPECT_TRUE(mapped.text().empty());
}

TEST_F(MappedFileTest, MissingFileNamesIt)
{
    const std::string path = (fs::temp_directory_path() / "tangent-no-such-file.csv").string();
    try {
        tangent::MappedFile mapped(path);
        FAIL() << "no error";
    } catch (const tangent::InputError& e) {
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("cannot open the file"), std::string::npos) << e.what();
    }
}

} // namespace
