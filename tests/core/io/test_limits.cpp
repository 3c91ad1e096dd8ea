// SPDX-License-Identifier: GPL-3.0-or-later
// Limits on what the readers accept: rows too long or too wide for a table, and files or arrays
// too large for the memory available, each refused with a message before memory is spent.

#include "core/errors.h"
#include "core/io/csv.h"
#include "core/io/fileio.h"
#include "core/io/npy.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace tangent {
namespace {

namespace fs = std::filesystem;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// A file under the temporary folder, removed at the end of the test.
class TempFile {
public:
    explicit TempFile(const std::string& name)
        : m_path(fs::temp_directory_path() / ("tangent-limits-" + std::to_string(::getpid()) + "-" + name))
    {
    }
    ~TempFile()
    {
        std::error_code ignored;
        fs::remove(m_path, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    [[nodiscard]] std::string path() const { return m_path.string(); }

    /// Writes `bytes`, then makes the file `size` bytes long without writing the rest (a sparse
    /// file: it takes no disk space, but its size is what the readers see).
    void write(const std::string& bytes, std::uintmax_t size = 0) const
    {
        std::ofstream(m_path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (size > bytes.size())
            fs::resize_file(m_path, size);
    }

private:
    fs::path m_path;
};

/// Far more than any test machine has, and small enough for any file system to hold sparsely.
constexpr std::uintmax_t kHugeFile = std::uintmax_t { 1 } << 42U; // 4 TiB

InputError readError(const std::string& text)
{
    try {
        readCsv(text, {}, "big.csv");
    } catch (const InputError& error) {
        return error;
    }
    ADD_FAILURE() << "expected InputError";
    return InputError("none");
}

TEST(CsvLimits, RowLongerThanTheBoundIsRefusedNamingTheRow)
{
    const std::string text = "x,y\n1,2\n3," + std::string(kMaxCsvRowBytes, '4') + "\n";
    const InputError error = readError(text);
    EXPECT_EQ(error.file(), "big.csv");
    EXPECT_EQ(error.row(), 3U);
    EXPECT_EQ(error.column(), 2U);
    EXPECT_TRUE(contains(error.message(), "longer than 16 MiB")) << error.what();
}

TEST(CsvLimits, FirstLineLongerThanTheBoundIsRefused)
{
    // Appended rather than `string + "..."`: GCC 12 at -O3 warns falsely (-Warray-bounds) on that.
    std::string text(kMaxCsvRowBytes + 10, 'a');
    text += "\n1\n";
    const InputError error = readError(text);
    EXPECT_EQ(error.row(), 1U);
    EXPECT_TRUE(contains(error.message(), "longer than 16 MiB")) << error.what();
}

TEST(CsvLimits, LongCommentLineIsRefused)
{
    const InputError error = readError("# note\n#" + std::string(kMaxCsvRowBytes + 1, 'c') + "\nx\n1\n");
    EXPECT_EQ(error.row(), 2U);
    EXPECT_TRUE(contains(error.message(), "comment line is longer")) << error.what();
}

TEST(CsvLimits, RowAtTheBoundIsRead)
{
    const std::string text = "x\n" + std::string(kMaxCsvRowBytes - 1, '0') + "1\n2\n";
    const CsvTable table = readCsv(text);
    ASSERT_EQ(table.rowCount, 2U);
    EXPECT_EQ(table.columns[0].values[0], 1.0);
}

TEST(CsvLimits, TooManyFieldsAreRefusedNamingTheRow)
{
    std::string wide;
    for (std::size_t i = 0; i <= kMaxCsvFields; ++i)
        wide += "1,";
    wide += "1\n";
    const InputError error = readError("# header comes later\n" + wide + wide);
    EXPECT_EQ(error.row(), 2U);
    EXPECT_EQ(error.column(), kMaxCsvFields + 1);
    EXPECT_TRUE(contains(error.message(), "more than 100000 fields")) << error.what();
}

TEST(CsvLimits, WidestAllowedRowIsRead)
{
    std::string row;
    for (std::size_t i = 1; i < kMaxCsvFields; ++i)
        row += "1,";
    row += "2\n";
    const CsvTable table = readCsv(row + row,
        { .delimiter = ',', .hasHeader = false, .decimalComma = std::nullopt, .progress = {}, .finished = {} });
    ASSERT_EQ(table.columns.size(), kMaxCsvFields);
    EXPECT_EQ(table.columns.back().values[1], 2.0);
}

TEST(MemoryLimits, FootprintAboveWhatIsAvailableIsRefused)
{
    try {
        checkFitsInMemory("data.csv", 3'000'000'000, Message { MessageId::MemoryReadingIt, {}, {} }, 1'500'000'000);
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), "data.csv");
        EXPECT_TRUE(contains(error.message(), "too large for the memory available")) << error.what();
        EXPECT_TRUE(contains(error.message(), "reading it needs about 3.0 GB, but only 1.5 GB are free"))
            << error.what();
    }
    EXPECT_NO_THROW(
        checkFitsInMemory("data.csv", 1'500'000'000, Message { MessageId::MemoryReadingIt, {}, {} }, 1'500'000'000));
    EXPECT_NO_THROW(
        checkFitsInMemory("data.csv", 1'500'000'000, Message { MessageId::MemoryReadingIt, {}, {} }, std::nullopt));
}

TEST(MemoryLimits, AvailableMemoryIsKnownOnLinux)
{
    const std::optional<std::uint64_t> available = availableMemory();
    ASSERT_TRUE(available.has_value());
    EXPECT_GT(*available, 0U);
    EXPECT_LT(*available, kHugeFile);
}

TEST(MemoryLimits, SizesAreWrittenReadably)
{
    EXPECT_EQ(describeBytes(900), "900 bytes");
    EXPECT_EQ(describeBytes(1500), "1.5 kB");
    EXPECT_EQ(describeBytes(12'300'000), "12 MB");
    EXPECT_EQ(describeBytes(4'398'046'511'104), "4.4 TB");
}

TEST(MemoryLimits, CsvFileLargerThanMemoryIsRefusedBeforeReading)
{
    TempFile file("huge.csv");
    file.write("x,y\n1,2\n", kHugeFile);
    for (const auto& read : { +[](const std::string& p) { (void)readCsvFile(p); },
             +[](const std::string& p) { (void)readWholeFile(p); } }) {
        try {
            read(file.path());
            FAIL() << "expected InputError";
        } catch (const InputError& error) {
            EXPECT_EQ(error.file(), file.path());
            EXPECT_TRUE(contains(error.message(), "reading it needs about 4.4 TB")) << error.what();
        }
    }
}

/// An .npy header (version 1.0) for `shape` of little-endian float64, padded as numpy pads it.
std::string npyHeader(const std::string& shape, const std::string& descr = "<f8")
{
    std::string dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
    dict.append(64 - (10 + dict.size() + 1) % 64, ' ');
    dict += '\n';
    std::string header("\x93NUMPY\x01\x00", 8);
    header += static_cast<char>(dict.size() & 0xFFU);
    header += static_cast<char>(dict.size() >> 8U);
    return header + dict;
}

TEST(MemoryLimits, NpyShapeLargerThanTheFileIsRefusedBeforeReading)
{
    TempFile file("lying.npy");
    file.write(npyHeader("(1000000000000,)") + std::string(64, '\0'));
    try {
        (void)readNpyFile(file.path());
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_TRUE(contains(error.message(), "truncated data: expected 8000000000000 bytes")) << error.what();
    }
}

TEST(MemoryLimits, NpyArrayLargerThanMemoryIsRefusedBeforeReading)
{
    TempFile file("huge.npy");
    const std::string header = npyHeader("(549755813888,)"); // 4 TiB of float64
    file.write(header, header.size() + kHugeFile);
    try {
        (void)readNpyFile(file.path());
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), file.path());
        EXPECT_TRUE(contains(error.message(), "too large for the memory available")) << error.what();
        EXPECT_TRUE(contains(error.message(), "549755813888 values")) << error.what();
    }
}

TEST(MemoryLimits, NpyBytesWhoseValuesWouldNotFitAreRefused)
{
    // One-byte integers become eight-byte doubles: a shape can fit the bytes but not the memory.
    // Declaring more values than the size type can hold as doubles is refused outright.
    const std::string bytes = npyHeader("(4611686018427387904,)", "|u1");
    try {
        (void)readNpy(bytes, "wide.npy");
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_TRUE(contains(error.message(), "is too large")) << error.what();
    }
}

} // namespace
} // namespace tangent
