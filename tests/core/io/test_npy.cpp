// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/npy.h"

#include "core/errors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

namespace tangent {
namespace {

namespace fs = std::filesystem;

const fs::path kNpyDir = fs::path(TANGENT_GOLDEN_DIR) / "npy";

std::string readBytes(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << "cannot open " << path;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// What tests/golden/make_npy_fixtures.py recorded about one fixture (see its docstring).
struct Expectation {
    std::string name;
    std::string descr;
    bool fortranOrder = false;
    std::string version;
    std::vector<std::size_t> shape;
    std::vector<double> values;
};

Expectation readExpectation(const fs::path& txt)
{
    Expectation expected;
    expected.name = txt.stem().string();
    std::ifstream in(txt);
    std::string key;
    int fortran = 0;
    in >> key >> expected.descr >> key >> fortran >> key >> expected.version >> key;
    expected.fortranOrder = fortran != 0;
    std::string line;
    std::getline(in, line);
    std::istringstream extents(line);
    for (std::size_t extent = 0; extents >> extent;)
        expected.shape.push_back(extent);
    while (std::getline(in, line)) {
        if (!line.empty())
            expected.values.push_back(std::strtod(line.c_str(), nullptr));
    }
    return expected;
}

std::vector<Expectation> allExpectations()
{
    std::vector<Expectation> all;
    for (const auto& entry : fs::directory_iterator(kNpyDir)) {
        if (entry.path().extension() == ".txt")
            all.push_back(readExpectation(entry.path()));
    }
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return all;
}

NdArray readFixture(const std::string& name)
{
    return readNpy(readBytes(kNpyDir / (name + ".npy")), name);
}

/// Equal bit for bit (so -0.0 differs from 0.0), except that any NaN matches any NaN.
::testing::AssertionResult sameValue(double actual, double expected)
{
    if ((std::isnan(actual) && std::isnan(expected))
        || std::bit_cast<std::uint64_t>(actual) == std::bit_cast<std::uint64_t>(expected))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << std::hexfloat << actual << " != " << expected;
}

/// An .npy file of format `major`.0 with header `dict` (padded as numpy pads it) and `data`.
std::string makeNpy(const std::string& dict, const std::string& data, int major = 1)
{
    const std::size_t prefix = major == 1 ? 10 : 12;
    std::string header = dict;
    header.append(63 - (prefix + header.size()) % 64, ' ');
    header += '\n';
    std::string bytes = "\x93NUMPY";
    bytes += static_cast<char>(major);
    bytes += '\0';
    for (std::size_t i = 0; i < prefix - 8; ++i)
        bytes += static_cast<char>((header.size() >> (8 * i)) & 0xFFU);
    return bytes + header + data;
}

std::string littleEndianDoubles(const std::vector<double>& values)
{
    std::string bytes;
    for (double value : values) {
        auto bits = std::bit_cast<std::uint64_t>(value);
        for (int i = 0; i < 8; ++i, bits >>= 8U)
            bytes += static_cast<char>(bits & 0xFFU);
    }
    return bytes;
}

/// Runs `read`, expecting an InputError whose message contains every one of `parts`.
void expectInputError(const std::function<void()>& read, const std::vector<std::string>& parts)
{
    try {
        read();
        ADD_FAILURE() << "no InputError; expected one mentioning " << parts.front();
    } catch (const InputError& error) {
        EXPECT_EQ(error.row(), 0U);
        EXPECT_EQ(error.column(), 0U);
        for (const auto& part : parts)
            EXPECT_NE(error.message().find(part), std::string::npos) << "'" << part << "' not in: " << error.message();
    }
}

void expectReadError(const std::string& bytes, const std::vector<std::string>& parts)
{
    expectInputError([&] { readNpy(bytes, "test.npy"); }, parts);
}

const std::string kF8x6Dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }";

// --- numpy-written fixtures -------------------------------------------------------------------

TEST(NpyGolden, EveryFixtureHasNumpysShapeDTypeAndValues)
{
    const auto all = allExpectations();
    ASSERT_GE(all.size(), 30U) << "fixtures missing in " << kNpyDir;
    for (const auto& expected : all) {
        SCOPED_TRACE(expected.name);
        const NdArray array = readFixture(expected.name);
        EXPECT_EQ(array.shape, expected.shape);
        EXPECT_EQ(dtypeName(array.dtype), expected.descr.substr(1));
        ASSERT_EQ(array.data.size(), expected.values.size());
        for (std::size_t i = 0; i < expected.values.size(); ++i)
            EXPECT_TRUE(sameValue(array.data[i], expected.values[i])) << "at flat index " << i;
    }
}

TEST(NpyGolden, FixturesCoverEveryDTypeByteOrderLayoutAndVersion)
{
    std::set<std::string> descrs;
    std::set<std::string> versions;
    bool fortran = false;
    bool zeroDim = false;
    bool threeDim = false;
    for (const auto& expected : allExpectations()) {
        descrs.insert(expected.descr);
        versions.insert(expected.version);
        fortran = fortran || expected.fortranOrder;
        zeroDim = zeroDim || expected.shape.empty();
        threeDim = threeDim || expected.shape.size() == 3;
    }
    for (const char* type : { "f8", "f4", "i2", "i4", "i8", "u2", "u4", "u8" }) {
        EXPECT_TRUE(descrs.contains(std::string("<") + type)) << type;
        EXPECT_TRUE(descrs.contains(std::string(">") + type)) << type;
    }
    EXPECT_TRUE(descrs.contains("|i1"));
    EXPECT_TRUE(descrs.contains("|u1"));
    EXPECT_EQ(versions, (std::set<std::string> { "1.0", "2.0", "3.0" }));
    EXPECT_TRUE(fortran);
    EXPECT_TRUE(zeroDim);
    EXPECT_TRUE(threeDim);
}

TEST(NpyGolden, FortranOrderIsTransposedIntoCOrder)
{
    const NdArray matrix = readFixture("f8_fortran_3x4"); // np.asfortranarray(np.arange(12.).reshape(3, 4))
    ASSERT_EQ(matrix.shape, (std::vector<std::size_t> { 3, 4 }));
    for (std::size_t i = 0; i < 12; ++i)
        EXPECT_EQ(matrix.data[i], static_cast<double>(i));

    const NdArray cube = readFixture("f8_fortran_3d"); // np.asfortranarray(np.arange(24).reshape(2, 3, 4) / 8)
    ASSERT_EQ(cube.shape, (std::vector<std::size_t> { 2, 3, 4 }));
    for (std::size_t i = 0; i < 24; ++i)
        EXPECT_EQ(cube.data[i], static_cast<double>(i) / 8);

    const NdArray big = readFixture("i2_be_fortran_3x2");
    EXPECT_EQ(big.dtype, DType::Int16);
    EXPECT_EQ(big.data, (std::vector<double> { 1, -2, 300, -400, 5, 6 }));
}

TEST(NpyGolden, SixtyFourBitIntegersRoundToNearestDouble)
{
    const NdArray signedValues = readFixture("i8_be");
    EXPECT_EQ(signedValues.data[0], -9223372036854775808.0);
    EXPECT_EQ(signedValues.data[3], 9007199254740992.0); // 2^53 + 1 ties to even
    EXPECT_EQ(signedValues.data[4], 9223372036854775808.0); // 2^63 - 1 rounds up
    const NdArray unsignedValues = readFixture("u8_le");
    EXPECT_EQ(unsignedValues.data[4], 18446744073709551616.0); // 2^64 - 1 rounds up
    EXPECT_EQ(unsignedValues.dtype, DType::UInt64);
}

TEST(NpyGolden, ZeroDimensionalArraysHaveOneValue)
{
    const NdArray scalar = readFixture("i4_be_0d");
    EXPECT_EQ(scalar.rank(), 0U);
    EXPECT_EQ(scalar.data, std::vector<double> { -7 });
    EXPECT_EQ(scalar.dtype, DType::Int32);
}

TEST(NpyGolden, WriterReproducesNumpysBytes)
{
    int compared = 0;
    for (const auto& expected : allExpectations()) {
        if ((expected.descr != "<f8" && expected.descr != "<f4") || expected.fortranOrder || expected.version != "1.0")
            continue;
        SCOPED_TRACE(expected.name);
        const std::string bytes = readBytes(kNpyDir / (expected.name + ".npy"));
        EXPECT_EQ(writeNpyString(readNpy(bytes)), bytes);
        ++compared;
    }
    EXPECT_GE(compared, 8);
}

TEST(NpyGolden, UnsupportedDTypesAreNamed)
{
    struct Case {
        const char* file;
        const char* descr;
        const char* kind;
    };
    for (const Case& c : { Case { "complex128", "'<c16'", "complex" }, Case { "complex64", "'<c8'", "complex" },
             Case { "bool", "'|b1'", "bool" }, Case { "float16", "'<f2'", "float16" },
             Case { "object", "'|O'", "Python objects" }, Case { "unicode", "'<U2'", "Unicode" },
             Case { "datetime", "'<M8[D]'", "datetime64" }, Case { "structured", "structured", "named fields" } }) {
        SCOPED_TRACE(c.file);
        expectInputError([&] { readFixture(std::string("unsupported_") + c.file); },
            { "unsupported dtype", c.descr, c.kind, "f8", "u8" });
    }
}

TEST(NpyFile, ReadsAFileAndNamesItInErrors)
{
    const fs::path path = kNpyDir / "f8_3d.npy";
    const NdArray fromFile = readNpyFile(path.string());
    EXPECT_EQ(fromFile.data, readFixture("f8_3d").data);
    try {
        readNpyFile((kNpyDir / "unsupported_bool.npy").string());
        FAIL() << "expected an InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), (kNpyDir / "unsupported_bool.npy").string());
    }
}

TEST(NpyFile, MissingFileNamesFileAndReason)
{
    const std::string path = (kNpyDir / "no_such_file.npy").string();
    try {
        readNpyFile(path);
        FAIL() << "expected an InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), path);
        EXPECT_NE(std::string(error.what()).find(path), std::string::npos);
        EXPECT_NE(error.message().find(std::strerror(ENOENT)), std::string::npos) << error.message();
    }
}

TEST(NpyFile, DirectoryIsRejected)
{
    expectInputError([] { readNpyFile(kNpyDir.string()); }, { "directory" });
}

// --- header parsing ---------------------------------------------------------------------------

TEST(NpyHeader, AcceptsAnyKeyOrderSpacingQuotesAndNoTrailingComma)
{
    const std::string dict = "{ \"shape\" :( 2 ,3 ),'fortran_order':False ,\n\t'descr':'<i4'}";
    std::string data;
    for (std::int32_t v : { 1, -2, 3, -4, 5, 70000 }) {
        for (int i = 0; i < 4; ++i)
            data += static_cast<char>((static_cast<std::uint32_t>(v) >> (8 * i)) & 0xFFU);
    }
    const NdArray array = readNpy(makeNpy(dict, data));
    EXPECT_EQ(array.shape, (std::vector<std::size_t> { 2, 3 }));
    EXPECT_EQ(array.data, (std::vector<double> { 1, -2, 3, -4, 5, 70000 }));
    EXPECT_EQ(array.dtype, DType::Int32);
}

TEST(NpyHeader, AcceptsPython2LongSuffixAndNativeByteOrders)
{
    const std::string data = littleEndianDoubles({ 1.5, 2.5 });
    for (const char* descr : { "<f8", "=f8", "|f8" }) {
        const NdArray array = readNpy(
            makeNpy(std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': (2L,), }", data));
        EXPECT_EQ(array.data, (std::vector<double> { 1.5, 2.5 })) << descr;
    }
}

TEST(NpyHeader, AcceptsHeaderWithoutPaddingAndIgnoresTrailingBytes)
{
    const std::string dict = "{'descr': '<f8', 'fortran_order': False, 'shape': ()}";
    std::string bytes = "\x93NUMPY\x01";
    bytes += '\0';
    bytes += static_cast<char>(dict.size());
    bytes += '\0';
    bytes += dict + littleEndianDoubles({ -0.5, 99.0 });
    const NdArray array = readNpy(bytes);
    EXPECT_TRUE(array.shape.empty());
    EXPECT_EQ(array.data, std::vector<double> { -0.5 });
}

TEST(NpyHeader, ReadsVersions2And3)
{
    for (int major : { 2, 3 }) {
        const NdArray array = readNpy(makeNpy(kF8x6Dict, littleEndianDoubles({ 1, 2, 3, 4, 5, 6 }), major));
        EXPECT_EQ(array.data, (std::vector<double> { 1, 2, 3, 4, 5, 6 })) << major;
    }
}

TEST(NpyHeader, GarbageDictsAreMalformedHeaders)
{
    const std::vector<std::pair<std::string, std::string>> cases = {
        { "hello", "expected the header to start with '{'" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4)", "expected ',' or '}'" },
        { "{'descr': '<f8' 'fortran_order': False, 'shape': (3,)}", "expected ',' or '}'" },
        { "{'descr': '<f8', 'shape': (3,)}", "'fortran_order' is missing" },
        { "{'descr': '<f8', 'fortran_order': False}", "'shape' is missing" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), 'x': 1}", "unexpected key 'x'" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': (-3,)}", "negative" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': (5)}", "one-dimensional shape as (5,)" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': [3]}", "not a list" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': (3.5,)}", "expected ',' or ')'" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': (a,)}", "non-negative integer" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': (3,,)}", "non-negative integer" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999999,)}", "too large" },
        { "{'descr': '<f8', 'fortran_order': 'yes', 'shape': (3,)}", "True or False" },
        { "{'descr': '<f8', 'fortran_order': 1, 'shape': (3,)}", "True or False" },
        { "{'descr': 5, 'fortran_order': False, 'shape': (3,)}", "in quotes" },
        { "{'descr': '<f8, 'fortran_order': False, 'shape': (3,)}", "expected ',' or '}'" },
        { "{'descr': '<f8}", "not closed" },
        { "{'descr' '<f8', 'fortran_order': False, 'shape': (3,)}", "expected ':' after the key 'descr'" },
        { "{'descr': '<f8', 'fortran_order': False, 'shape': (3,)} x", "after the closing '}'" },
        { "{,}", "a key in quotes" },
        { "", "expected the header to start with '{'" },
    };
    for (const auto& [dict, part] : cases) {
        SCOPED_TRACE(dict);
        expectReadError(makeNpy(dict, std::string(64, '\0')), { "malformed .npy header at byte", part });
    }
}

TEST(NpyHeader, ErrorGivesTheByteOffsetAndTheHeader)
{
    expectReadError(makeNpy("hello", ""), { "at byte 10", "The header reads: hello" });
    expectReadError(makeNpy("{'descr': '<f8', 'shape': (3,), 'oops': True}", "", 2), { "at byte 44", "'oops'" });
}

TEST(NpyHeader, ShapeTooLargeForMemory)
{
    expectReadError(
        makeNpy("{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296)}", ""), { "too large" });
}

// --- other malformed input --------------------------------------------------------------------

TEST(NpyErrors, BadMagicSaysItIsNotAnNpyFile)
{
    expectReadError("x,y\n1,2\n", { "not an .npy file", "\\x93NUMPY", "x,y" });
    expectReadError(std::string("\x93NUMPZ\x01\x00", 8), { "not an .npy file" });
    expectReadError("", { "empty" });
    expectReadError(std::string("PK\x03\x04rest", 8), { ".npz archive", "np.load" });
}

TEST(NpyErrors, UnsupportedVersion)
{
    std::string bytes = makeNpy(kF8x6Dict, littleEndianDoubles({ 1, 2, 3, 4, 5, 6 }));
    bytes[6] = 4;
    expectReadError(bytes, { "unsupported .npy format version 4.0", "1.0, 2.0 and 3.0" });
    bytes[6] = 1;
    bytes[7] = 1;
    expectReadError(bytes, { "version 1.1" });
}

TEST(NpyErrors, TruncatedBeforeOrInsideTheHeader)
{
    const std::string bytes = makeNpy(kF8x6Dict, littleEndianDoubles({ 1, 2, 3, 4, 5, 6 }));
    expectReadError(bytes.substr(0, 6), { "truncated", "before the format version" });
    expectReadError(bytes.substr(0, 9), { "truncated", "inside the header length" });
    expectReadError(bytes.substr(0, 40), { "truncated header", "says 118 bytes, but only 30 follow" });
}

TEST(NpyErrors, TruncatedDataSaysHowMuchWasExpected)
{
    const std::string bytes = makeNpy(kF8x6Dict, littleEndianDoubles({ 1, 2, 3, 4, 5, 6 }));
    expectReadError(bytes.substr(0, bytes.size() - 8),
        { "truncated data: expected 48 bytes of data for shape (2, 3) of <f8, found 40" });
    expectReadError(makeNpy("{'descr': '>i2', 'fortran_order': True, 'shape': (), }", "\x01"),
        { "expected 2 bytes of data for shape () of >i2, found 1" });
    expectReadError(makeNpy("{'descr': '|u1', 'fortran_order': False, 'shape': (7,), }", ""),
        { "expected 7 bytes of data for shape (7,) of |u1, found 0" });
}

TEST(NpyErrors, SourceNamesTheInput)
{
    try {
        readNpy("nonsense", "data/input.npy");
        FAIL() << "expected an InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), "data/input.npy");
        EXPECT_EQ(std::string(error.what()).rfind("data/input.npy: ", 0), 0U) << error.what();
    }
}

// --- writer -----------------------------------------------------------------------------------

TEST(NpyWriter, Float64RoundTripsBitForBit)
{
    const NdArray array({ 2, 2, 2 }, { 0.1, -0.0, INFINITY, -INFINITY, NAN, 5e-324, 1.7976931348623157e308, -2.5 });
    const NdArray back = readNpy(writeNpyString(array));
    EXPECT_EQ(back.shape, array.shape);
    EXPECT_EQ(back.dtype, DType::Float64);
    for (std::size_t i = 0; i < array.size(); ++i)
        EXPECT_TRUE(sameValue(back.data[i], array.data[i])) << i;
}

TEST(NpyWriter, Float32RoundsEveryValue)
{
    const std::vector<double> values = { 0.1, 1.0 / 3, 1e40, 1e-50, -7.0, 16777217.0 };
    const NdArray back = readNpy(writeNpyString(NdArray({ 6 }, values, DType::Float32)));
    EXPECT_EQ(back.dtype, DType::Float32);
    for (std::size_t i = 0; i < values.size(); ++i)
        EXPECT_TRUE(sameValue(back.data[i], static_cast<double>(static_cast<float>(values[i])))) << i;
    EXPECT_EQ(back.data[2], INFINITY);
    EXPECT_EQ(back.data[5], 16777216.0);
}

TEST(NpyWriter, ZeroDimensionalAndEmptyArraysRoundTrip)
{
    const std::string scalar = writeNpyString(NdArray({}, { 2.5 }));
    EXPECT_NE(scalar.find("'shape': (), }"), std::string::npos);
    const NdArray back = readNpy(scalar);
    EXPECT_TRUE(back.shape.empty());
    EXPECT_EQ(back.data, std::vector<double> { 2.5 });

    for (const auto& shape : { std::vector<std::size_t> { 0 }, std::vector<std::size_t> { 3, 0, 2 } }) {
        const NdArray empty = readNpy(writeNpyString(NdArray(shape, {}, DType::Float32)));
        EXPECT_EQ(empty.shape, shape);
        EXPECT_TRUE(empty.data.empty());
    }
}

TEST(NpyWriter, HeaderIsVersion1PaddedTo64BytesWithNewline)
{
    for (std::size_t rank = 0; rank <= 8; ++rank) {
        for (std::size_t first : { 0UL, 7UL, 1234UL, 123456789UL }) {
            if (rank == 1 && first > 1234)
                continue; // keep the data small; later axes of 0 keep the others empty
            std::vector<std::size_t> shape(rank, 0);
            if (rank > 0)
                shape[0] = first;
            const std::size_t count = elementCount(shape);
            const std::string bytes = writeNpyString(NdArray(shape, std::vector<double>(count, 1.5)));
            SCOPED_TRACE(bytes.substr(10, 80));
            ASSERT_GE(bytes.size(), 10U);
            EXPECT_EQ(bytes.substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
            const std::size_t length
                = static_cast<unsigned char>(bytes[8]) + 256U * static_cast<unsigned char>(bytes[9]);
            const std::size_t dataStart = 10 + length;
            EXPECT_EQ(dataStart % 64, 0U);
            EXPECT_EQ(bytes[dataStart - 1], '\n');
            EXPECT_EQ(bytes.size(), dataStart + 8 * count);
            EXPECT_EQ(readNpy(bytes).shape, shape);
        }
    }
}

TEST(NpyWriter, HugeHeaderSwitchesToVersion2)
{
    const std::vector<std::size_t> shape(22000, 1);
    const std::string bytes = writeNpyString(NdArray(shape, { 4.0 }));
    EXPECT_EQ(bytes[6], 2);
    std::size_t length = 0;
    for (int i = 3; i >= 0; --i)
        length = length * 256 + static_cast<unsigned char>(bytes[8 + i]);
    EXPECT_GT(length, 65535U);
    EXPECT_EQ((12 + length) % 64, 0U);
    const NdArray back = readNpy(bytes);
    EXPECT_EQ(back.shape, shape);
    EXPECT_EQ(back.data, std::vector<double> { 4.0 });
}

TEST(NpyWriter, StreamAndStringAgree)
{
    std::vector<double> values(20000);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = std::sin(static_cast<double>(i));
    for (DType type : { DType::Float64, DType::Float32 }) {
        const NdArray array({ 100, 200 }, values, type);
        std::ostringstream out;
        writeNpy(out, array);
        EXPECT_EQ(out.str(), writeNpyString(array));
    }
}

TEST(NpyWriter, FileRoundTrip)
{
    const fs::path path = fs::temp_directory_path() / ("tangent_npy_test_" + std::to_string(::getpid()) + ".npy");
    const NdArray array({ 3 }, { 1.25, -3.5, 1e-300 });
    {
        std::ofstream out(path, std::ios::binary);
        writeNpy(out, array);
    }
    const NdArray back = readNpyFile(path.string());
    fs::remove(path);
    EXPECT_EQ(back.data, array.data);
    EXPECT_EQ(back.shape, array.shape);
}

TEST(NpyWriter, RejectsIntegerDTypesAndInconsistentArrays)
{
    for (DType type : { DType::Int8, DType::Int16, DType::Int32, DType::Int64, DType::UInt8, DType::UInt16,
             DType::UInt32, DType::UInt64 }) {
        const NdArray array({ 1 }, { 1.0 }, type);
        EXPECT_THROW(writeNpyString(array), std::invalid_argument) << dtypeName(type);
        std::ostringstream out;
        EXPECT_THROW(writeNpy(out, array), std::invalid_argument) << dtypeName(type);
        EXPECT_TRUE(out.str().empty());
    }
    NdArray broken;
    broken.shape = { 2, 2 };
    broken.data = { 1, 2, 3 };
    EXPECT_THROW(writeNpyString(broken), std::invalid_argument);
}

} // namespace
} // namespace tangent
