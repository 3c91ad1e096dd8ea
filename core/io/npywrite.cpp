// SPDX-License-Identifier: GPL-3.0-or-later
// Writing .npy files as numpy.save does: float64 or float32, C order, little endian.
#include "core/io/npy.h"

#include "core/io/npyformat.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <ostream>
#include <stdexcept>
#include <string>

namespace tangent {
namespace {

using namespace npyformat;

void checkWritable(const NdArray& array)
{
    if (array.dtype != DType::Float64 && array.dtype != DType::Float32) {
        throw std::invalid_argument(
            "writeNpy: Tangent writes .npy files as float64 or float32, not " + std::string(dtypeName(array.dtype)));
    }
    if (array.data.size() != elementCount(array.shape)) {
        throw std::invalid_argument(
            "writeNpy: " + std::to_string(array.data.size()) + " values do not fit shape " + shapeText(array.shape));
    }
}

/// Magic, version, header length and the header dict, laid out as numpy.save does.
std::string encodeHeader(const NdArray& array)
{
    std::string dict = "{'descr': '";
    dict += array.dtype == DType::Float32 ? "<f4" : "<f8";
    dict += "', 'fortran_order': False, 'shape': " + shapeText(array.shape) + ", }";
    if (!array.shape.empty())
        dict.append(kGrowthAxisDigits - std::to_string(array.shape.front()).size(), ' ');
    const std::size_t withNewline = dict.size() + 1;
    auto paddedLength
        = [withNewline](std::size_t prefix) { return withNewline + kAlign - (prefix + withNewline) % kAlign; };
    const bool version1 = paddedLength(10) <= kMaxVersion1HeaderLength;
    const std::size_t length = paddedLength(version1 ? 10 : 12);

    std::string header(kMagic);
    header += static_cast<char>(version1 ? 1 : 2);
    header += '\0';
    for (std::size_t i = 0; i < (version1 ? 2U : 4U); ++i)
        header += static_cast<char>((length >> (8 * i)) & 0xFFU);
    header += dict;
    header.append(length - withNewline, ' ');
    header += '\n';
    return header;
}

template <typename T> void appendLittleEndian(std::string& out, T value)
{
    std::array<char, sizeof(T)> buffer {};
    std::memcpy(buffer.data(), &value, sizeof(T));
    if constexpr (std::endian::native == std::endian::big)
        std::reverse(buffer.begin(), buffer.end());
    out.append(buffer.data(), buffer.size());
}

void encodeValues(const double* values, std::size_t count, DType type, std::string& out)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (type == DType::Float32)
            appendLittleEndian(out, static_cast<float>(values[i]));
        else
            appendLittleEndian(out, values[i]);
    }
}

} // namespace

void writeNpy(std::ostream& out, const NdArray& array)
{
    checkWritable(array);
    const std::string header = encodeHeader(array);
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    constexpr std::size_t kChunk = 8192;
    std::string buffer;
    for (std::size_t start = 0; start < array.data.size() && out; start += kChunk) {
        buffer.clear();
        encodeValues(array.data.data() + start, std::min(kChunk, array.data.size() - start), array.dtype, buffer);
        out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    }
}

std::string writeNpyString(const NdArray& array)
{
    checkWritable(array);
    std::string bytes = encodeHeader(array);
    bytes.reserve(bytes.size() + array.data.size() * dtypeSize(array.dtype));
    encodeValues(array.data.data(), array.data.size(), array.dtype, bytes);
    return bytes;
}

} // namespace tangent
