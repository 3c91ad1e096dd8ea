// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain N-dimensional arrays of doubles, owned (C order) or viewed (any strides).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tangent {

/// Element types Tangent reads and writes (the numpy dtypes of .npy files it supports).
enum class DType : std::uint8_t {
    Float64,
    Float32,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
};

/// numpy's short name of a dtype without byte order, e.g. "f8", "i4", "u1".
std::string_view dtypeName(DType type);

/// Size of one element in bytes.
std::size_t dtypeSize(DType type);

/// The dtype numpy.gradient returns for input of `type`: float32 stays float32, every
/// integer type and float64 give float64.
DType gradientOutputDType(DType type);

/// Number of elements of an array of `shape` (1 for rank 0).
std::size_t elementCount(const std::vector<std::size_t>& shape);

/// An owned array in C (row-major) order. `dtype` records what the data was read as or is to be
/// written as; the values themselves are always held as double.
struct NdArray {
    std::vector<std::size_t> shape;
    std::vector<double> data;
    DType dtype = DType::Float64;

    NdArray() = default;
    NdArray(std::vector<std::size_t> shape, std::vector<double> data, DType dtype = DType::Float64);

    [[nodiscard]] std::size_t rank() const { return shape.size(); }
    [[nodiscard]] std::size_t size() const { return data.size(); }
};

/// A read-only view of doubles with arbitrary strides, given in elements (they may be negative,
/// as for a reversed array, or describe Fortran order).
struct StridedView {
    const double* data = nullptr;
    std::vector<std::size_t> shape;
    std::vector<std::ptrdiff_t> strides;

    /// A C-order view of `array`.
    static StridedView of(const NdArray& array);
    /// A C-order view of `data` with `shape`.
    static StridedView cOrder(const double* data, std::vector<std::size_t> shape);
    /// A Fortran-order (column-major) view of `data` with `shape`.
    static StridedView fortranOrder(const double* data, std::vector<std::size_t> shape);

    [[nodiscard]] std::size_t rank() const { return shape.size(); }
};

/// Row-major strides, in elements, for `shape`.
std::vector<std::ptrdiff_t> cOrderStrides(const std::vector<std::size_t>& shape);

} // namespace tangent
