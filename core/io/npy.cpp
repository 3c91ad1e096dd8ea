// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/npy.h"

#include "core/errors.h"
#include "core/io/fileio.h"
#include "core/io/npyformat.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <optional>
#include <stdexcept>
#include <utility>

namespace tangent {
namespace {

using namespace npyformat;

static_assert(std::numeric_limits<double>::is_iec559 && sizeof(double) == 8);
static_assert(std::numeric_limits<float>::is_iec559 && sizeof(float) == 4);

[[noreturn]] void fail(const std::string& source, MessageId id, std::vector<MessageArg> args = {})
{
    throw InputError(source, 0, 0, Message { id, std::move(args), {} });
}

/// `text` for a message: trailing blanks dropped, control and non-ASCII bytes escaped, shortened.
std::string printable(std::string_view text, std::size_t limit = 160)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\0'))
        text.remove_suffix(1);
    std::string result;
    for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte < 0x7F) {
            result += static_cast<char>(byte);
        } else {
            constexpr std::string_view kHex = "0123456789abcdef";
            result += "\\x";
            result += kHex[byte >> 4U];
            result += kHex[byte & 0xFU];
        }
    }
    if (text.size() > limit)
        result += "...";
    return result;
}

struct Header {
    std::optional<std::string> descr;
    std::optional<bool> fortranOrder;
    std::optional<std::vector<std::size_t>> shape;
};

/// Parses the Python dict literal of an .npy header, accepting what Python's literal syntax
/// accepts for it: any key order and spacing, either quote, an optional trailing comma.
class HeaderParser {
public:
    HeaderParser(std::string_view text, std::size_t offset, const std::string& source)
        : m_text(text), m_offset(offset), m_source(source)
    {
    }

    Header parse()
    {
        Header header;
        expect('{', Message { MessageId::NpyExpectedOpeningBrace, {}, {} });
        while (!accept('}')) {
            parseEntry(header);
            if (!accept(',')) {
                expect('}', Message { MessageId::NpyExpectedCommaOrBrace, {}, {} });
                break;
            }
        }
        skipSpace();
        if (m_pos != m_text.size())
            fail(Message { MessageId::NpyTextAfterBrace, {}, {} });
        for (const auto& [present, key] : { std::pair { header.descr.has_value(), "descr" },
                 { header.fortranOrder.has_value(), "fortran_order" }, { header.shape.has_value(), "shape" } }) {
            if (!present)
                fail(Message { MessageId::NpyKeyMissing, { key }, {} });
        }
        return header;
    }

private:
    [[noreturn]] void fail(Message what) const
    {
        throw InputError(m_source, 0, 0,
            Message { MessageId::NpyMalformedHeader, { MessageArg::integer(m_offset + m_pos), printable(m_text) },
                { std::move(what) } });
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && std::string_view(" \t\r\n\f\v").find(m_text[m_pos]) != std::string_view::npos)
            ++m_pos;
    }

    char peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }

    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    void expect(char c, Message what)
    {
        if (!accept(c))
            fail(std::move(what));
    }

    std::string word()
    {
        skipSpace();
        const std::size_t start = m_pos;
        while (m_pos < m_text.size()
            && (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) != 0 || m_text[m_pos] == '_'))
            ++m_pos;
        return std::string(m_text.substr(start, m_pos - start));
    }

    /// A quoted string; `notQuoted` says what was expected when there is no quote.
    std::string parseString(MessageId notQuoted)
    {
        const char quote = peek();
        if (quote != '\'' && quote != '"')
            fail(Message { notQuoted, {}, {} });
        std::string value;
        for (++m_pos; m_pos < m_text.size() && m_text[m_pos] != quote; ++m_pos) {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            if (m_text[m_pos] == '\n')
                break;
            value += m_text[m_pos];
        }
        if (m_pos >= m_text.size() || m_text[m_pos] != quote)
            fail(Message { MessageId::NpyStringNotClosed, {}, {} });
        ++m_pos;
        return value;
    }

    void parseEntry(Header& header)
    {
        skipSpace();
        const std::size_t keyStart = m_pos;
        const std::string key = parseString(MessageId::NpyExpectedKey);
        if (key != "descr" && key != "fortran_order" && key != "shape") {
            m_pos = keyStart;
            fail(Message { MessageId::NpyUnexpectedKey, { printable(key) }, {} });
        }
        expect(':', Message { MessageId::NpyExpectedColon, { key }, {} });
        if (key == "descr") {
            if (peek() == '[') {
                throw InputError(m_source, 0, 0,
                    Message {
                        MessageId::NpyStructuredDtype, {}, { Message { MessageId::NpySupportedTypes, {}, {} } } });
            }
            header.descr = parseString(MessageId::NpyExpectedDtype);
        } else if (key == "fortran_order") {
            const std::string value = word();
            if (value != "True" && value != "False")
                fail(Message { MessageId::NpyFortranOrderValue, { printable(value) }, {} });
            header.fortranOrder = value == "True";
        } else {
            header.shape = parseShape();
        }
    }

    std::vector<std::size_t> parseShape()
    {
        if (peek() == '[')
            fail(Message { MessageId::NpyShapeIsList, {}, {} });
        expect('(', Message { MessageId::NpyExpectedShapeStart, {}, {} });
        std::vector<std::size_t> shape;
        bool trailingComma = false;
        while (!accept(')')) {
            shape.push_back(parseExtent());
            trailingComma = accept(',');
            if (!trailingComma) {
                expect(')', Message { MessageId::NpyExpectedCommaOrParen, {}, {} });
                break;
            }
        }
        if (shape.size() == 1 && !trailingComma)
            fail(Message { MessageId::NpyShapeNotTuple, { MessageArg::integer(shape[0]) }, {} });
        return shape;
    }

    std::size_t parseExtent()
    {
        if (peek() == '-')
            fail(Message { MessageId::NpyNegativeDimension, {}, {} });
        const std::string digits = word();
        std::size_t value = 0;
        std::size_t i = 0;
        for (; i < digits.size() && std::isdigit(static_cast<unsigned char>(digits[i])) != 0; ++i) {
            const auto digit = static_cast<std::size_t>(digits[i] - '0');
            if (value > (std::numeric_limits<std::size_t>::max() - digit) / 10)
                fail(Message { MessageId::NpyDimensionTooLarge, {}, {} });
            value = value * 10 + digit;
        }
        // Python 2 wrote long integers with an L suffix; numpy still reads them.
        const bool longSuffix = i + 1 == digits.size() && (digits[i] == 'L' || digits[i] == 'l');
        if (i == 0 || (i != digits.size() && !longSuffix))
            fail(Message { MessageId::NpyExpectedDimension, { printable(digits) }, {} });
        return value;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_offset;
    const std::string& m_source;
};

/// What the bytes before the header say: where the header is and how long.
struct Prelude {
    std::size_t headerStart = 0;
    std::size_t headerLength = 0;
};

/// `bytes` are the file's first bytes (at least 12 when it has them); the file has `fileSize`.
Prelude readPrelude(std::string_view bytes, std::size_t fileSize, const std::string& source)
{
    if (bytes.empty())
        fail(source, MessageId::NpyEmpty);
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        fail(source, MessageId::NpzNotNpy);
    }
    if (bytes.substr(0, kMagic.size()) != kMagic.substr(0, std::min(bytes.size(), kMagic.size()))) {
        fail(source, MessageId::NotNpy, { printable(bytes.substr(0, 8)) });
    }
    if (bytes.size() < kMagic.size() + 2)
        fail(source, MessageId::NpyEndsBeforeVersion, { MessageArg::integer(bytes.size()) });
    const auto major = static_cast<unsigned char>(bytes[6]);
    const auto minor = static_cast<unsigned char>(bytes[7]);
    if (major < 1 || major > 3 || minor != 0) {
        fail(source, MessageId::NpyVersion, { std::to_string(major) + "." + std::to_string(minor) });
    }
    const std::size_t lengthBytes = major == 1 ? 2 : 4;
    Prelude prelude;
    prelude.headerStart = 8 + lengthBytes;
    if (bytes.size() < prelude.headerStart)
        fail(source, MessageId::NpyEndsInHeaderLength, { MessageArg::integer(bytes.size()) });
    for (std::size_t i = lengthBytes; i-- > 0;)
        prelude.headerLength = (prelude.headerLength << 8U) | static_cast<unsigned char>(bytes[8 + i]);
    const std::size_t available = fileSize - prelude.headerStart;
    if (available < prelude.headerLength) {
        fail(source, MessageId::NpyTruncatedHeader,
            { MessageArg::integer(prelude.headerLength), MessageArg::integer(available) });
    }
    return prelude;
}

/// What kind of array `type` (a dtype without its byte order) is, when Tangent does not read it.
std::optional<MessageId> describeKind(std::string_view type)
{
    if (type.empty())
        return std::nullopt;
    switch (type.front()) {
    case 'f':
        return type == "f2" ? MessageId::NpyKindFloat16 : MessageId::NpyKindFloatSize;
    case 'c':
        return MessageId::NpyKindComplex;
    case 'b':
        return MessageId::NpyKindBool;
    case 'O':
        return MessageId::NpyKindObjects;
    case 'U':
        return MessageId::NpyKindUnicode;
    case 'S':
    case 'a':
        return MessageId::NpyKindBytes;
    case 'M':
        return MessageId::NpyKindDatetime;
    case 'm':
        return MessageId::NpyKindTimedelta;
    case 'V':
        return MessageId::NpyKindRaw;
    case 'i':
    case 'u':
        return MessageId::NpyKindIntegerSize;
    default:
        return std::nullopt;
    }
}

/// The element type of a dtype string such as '<f8', and whether its bytes need swapping.
struct ElementType {
    DType type = DType::Float64;
    bool swap = false;
};

ElementType resolveDescr(const std::string& descr, const std::string& source)
{
    static constexpr std::array kTypes = { DType::Float64, DType::Float32, DType::Int8, DType::Int16, DType::Int32,
        DType::Int64, DType::UInt8, DType::UInt16, DType::UInt32, DType::UInt64 };
    std::string_view type = descr;
    char order = '=';
    if (!type.empty() && std::string_view("<>|=").find(type.front()) != std::string_view::npos) {
        order = type.front();
        type.remove_prefix(1);
    }
    for (const DType candidate : kTypes) {
        if (type != dtypeName(candidate))
            continue;
        // '=' and '|' mean native order, as numpy.dtype reads them.
        const bool nativeBig = std::endian::native == std::endian::big;
        const bool fileBig = order == '>' || (order != '<' && nativeBig);
        return { candidate, dtypeSize(candidate) > 1 && fileBig != nativeBig };
    }
    const Message supported { MessageId::NpySupportedTypes, {}, {} };
    if (const auto kind = describeKind(type)) {
        throw InputError(source, 0, 0,
            Message {
                MessageId::NpyUnsupportedDtypeKind, { printable(descr) }, { Message { *kind, {}, {} }, supported } });
    }
    throw InputError(source, 0, 0, Message { MessageId::NpyUnsupportedDtype, { printable(descr) }, { supported } });
}

template <typename T> void decodeValues(const char* bytes, std::size_t count, bool swap, double* out)
{
    std::array<char, sizeof(T)> buffer {};
    for (std::size_t i = 0; i < count; ++i) {
        std::memcpy(buffer.data(), bytes + i * sizeof(T), sizeof(T));
        if (swap)
            std::reverse(buffer.begin(), buffer.end());
        T value;
        std::memcpy(&value, buffer.data(), sizeof(T));
        out[i] = static_cast<double>(value);
    }
}

void decode(const ElementType& element, const char* bytes, std::size_t count, double* out)
{
    switch (element.type) {
    case DType::Float64:
        return decodeValues<double>(bytes, count, element.swap, out);
    case DType::Float32:
        return decodeValues<float>(bytes, count, element.swap, out);
    case DType::Int8:
        return decodeValues<std::int8_t>(bytes, count, element.swap, out);
    case DType::Int16:
        return decodeValues<std::int16_t>(bytes, count, element.swap, out);
    case DType::Int32:
        return decodeValues<std::int32_t>(bytes, count, element.swap, out);
    case DType::Int64:
        return decodeValues<std::int64_t>(bytes, count, element.swap, out);
    case DType::UInt8:
        return decodeValues<std::uint8_t>(bytes, count, element.swap, out);
    case DType::UInt16:
        return decodeValues<std::uint16_t>(bytes, count, element.swap, out);
    case DType::UInt32:
        return decodeValues<std::uint32_t>(bytes, count, element.swap, out);
    case DType::UInt64:
        return decodeValues<std::uint64_t>(bytes, count, element.swap, out);
    }
}

/// Reorders column-major `values` of `shape` into row-major order. Not inlined: inlined into
/// readNpy, GCC 12 reports a false -Wfree-nonheap-object on the index vectors.
[[gnu::noinline]] std::vector<double> fortranToC(
    const std::vector<double>& values, const std::vector<std::size_t>& shape)
{
    std::vector<double> result(values.size());
    if (values.empty())
        return result;
    std::vector<std::size_t> strides(shape.size());
    std::size_t stride = 1;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        strides[axis] = stride;
        stride *= shape[axis];
    }
    std::vector<std::size_t> index(shape.size(), 0);
    std::size_t source = 0;
    for (double& target : result) {
        target = values[source];
        for (std::size_t axis = shape.size(); axis-- > 0;) {
            if (++index[axis] < shape[axis]) {
                source += strides[axis];
                break;
            }
            source -= (shape[axis] - 1) * strides[axis];
            index[axis] = 0;
        }
    }
    return result;
}

std::string readStream(std::istream& in, const std::string& source)
{
    std::string bytes;
    std::array<char, 1U << 16U> chunk {};
    try {
        while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0)
            bytes.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    } catch (const std::ios_base::failure& error) {
        fail(source, MessageId::CannotReadFile, { error.what() });
    }
    if (in.bad())
        throw InputError(source, 0, 0, Message { MessageId::CannotReadFile, {}, { systemReason(errno) } });
    return bytes;
}

/// What the header says, checked against the size of the file and the memory available.
struct Layout {
    ElementType element;
    std::vector<std::size_t> shape;
    bool fortranOrder = false;
    std::size_t dataStart = 0;
    std::size_t count = 0;
};

/// Parses the header in `bytes` (the file's first bytes, the whole header included) of a file of
/// `fileSize` bytes. Fails if the data the shape needs is longer than the file, or if the values
/// (as doubles) and `unreadBytes` still to be read would not fit in memory.
Layout readLayout(std::string_view bytes, std::size_t fileSize, std::size_t unreadBytes, const std::string& source)
{
    const Prelude prelude = readPrelude(bytes, fileSize, source);
    Header header
        = HeaderParser(bytes.substr(prelude.headerStart, prelude.headerLength), prelude.headerStart, source).parse();
    Layout layout { resolveDescr(*header.descr, source), std::move(*header.shape), *header.fortranOrder,
        prelude.headerStart + prelude.headerLength, 1 };
    const std::size_t itemSize = dtypeSize(layout.element.type);
    for (std::size_t extent : layout.shape) {
        if (extent != 0 && layout.count > std::numeric_limits<std::size_t>::max() / sizeof(double) / extent)
            fail(source, MessageId::NpyShapeTooLarge, { shapeText(layout.shape), *header.descr });
        layout.count *= extent;
    }
    const std::size_t available = fileSize - layout.dataStart;
    if (available < layout.count * itemSize) {
        fail(source, MessageId::NpyTruncatedData,
            { MessageArg::integer(layout.count * itemSize), shapeText(layout.shape), *header.descr,
                MessageArg::integer(available) });
    }
    // The values as doubles, once more while Fortran order is turned into C order.
    const std::uint64_t copies = layout.fortranOrder && layout.shape.size() > 1 ? 2 : 1;
    checkFitsInMemory(source, unreadBytes + copies * layout.count * sizeof(double),
        Message { MessageId::MemoryNpyValues, { MessageArg::integer(layout.count), shapeText(layout.shape) }, {} });
    return layout;
}

} // namespace

NdArray readNpy(std::string_view bytes, const std::string& source)
{
    Layout layout = readLayout(bytes, bytes.size(), 0, source);
    std::vector<std::size_t> shape = std::move(layout.shape);
    std::vector<double> values(layout.count);
    decode(layout.element, bytes.data() + layout.dataStart, layout.count, values.data());
    if (layout.fortranOrder && shape.size() > 1)
        values = fortranToC(values, shape);
    return { std::move(shape), std::move(values), layout.element.type };
}

NdArray readNpyFile(const std::string& path)
{
    if (path == "-")
        return readNpy(readStream(std::cin, "<stdin>"), "<stdin>");
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        fail(path, MessageId::CannotReadDirectory);
    const bool regular = std::filesystem::is_regular_file(path, error);
    const std::uintmax_t size = regular ? std::filesystem::file_size(path, error) : 0;
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, Message { MessageId::CannotOpenFile, {}, { systemReason(errno) } });
    if (!regular || error)
        return readNpy(readStream(in, path), path);

    // Read the header alone first, so that a shape that does not fit the file or the memory is
    // refused before the data is read.
    auto readUpTo = [&](std::string& bytes, std::size_t end) {
        const std::size_t start = bytes.size();
        bytes.resize(end);
        in.read(bytes.data() + start, static_cast<std::streamsize>(end - start));
        bytes.resize(start + static_cast<std::size_t>(in.gcount()));
    };
    std::string bytes;
    readUpTo(bytes, std::min<std::uintmax_t>(size, 12));
    const Prelude prelude = readPrelude(bytes, size, path);
    readUpTo(bytes, prelude.headerStart + prelude.headerLength);
    (void)readLayout(bytes, size, size - bytes.size(), path);
    readUpTo(bytes, size);
    if (in.bad())
        throw InputError(path, 0, 0, Message { MessageId::CannotReadFile, {}, { systemReason(errno) } });
    return readNpy(bytes, path);
}

} // namespace tangent
