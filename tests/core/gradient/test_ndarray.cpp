// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gradient/ndarray.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace tangent {
namespace {

constexpr DType kAllTypes[] = { DType::Float64, DType::Float32, DType::Int8, DType::Int16, DType::Int32, DType::Int64,
    DType::UInt8, DType::UInt16, DType::UInt32, DType::UInt64 };

/// The element of `view` at `index`, found through the view's strides.
double at(const StridedView& view, const std::vector<std::size_t>& index)
{
    std::ptrdiff_t offset = 0;
    for (std::size_t axis = 0; axis < index.size(); ++axis)
        offset += static_cast<std::ptrdiff_t>(index[axis]) * view.strides[axis];
    return view.data[offset];
}

TEST(NdArrayDType, NamesMatchNumpy)
{
    const char* names[] = { "f8", "f4", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8" };
    for (std::size_t i = 0; i < std::size(kAllTypes); ++i)
        EXPECT_EQ(dtypeName(kAllTypes[i]), names[i]);
}

TEST(NdArrayDType, SizeIsTheDigitInTheName)
{
    for (DType type : kAllTypes)
        EXPECT_EQ(dtypeSize(type), static_cast<std::size_t>(dtypeName(type)[1] - '0')) << dtypeName(type);
}

TEST(NdArrayDType, GradientKeepsFloat32AndWidensEverythingElse)
{
    for (DType type : kAllTypes) {
        const DType expected = type == DType::Float32 ? DType::Float32 : DType::Float64;
        EXPECT_EQ(gradientOutputDType(type), expected) << dtypeName(type);
    }
}

TEST(NdArray, ElementCountIsTheProductOfExtents)
{
    EXPECT_EQ(elementCount({}), 1U);
    EXPECT_EQ(elementCount({ 7 }), 7U);
    EXPECT_EQ(elementCount({ 2, 3, 4 }), 24U);
    EXPECT_EQ(elementCount({ 5, 0, 3 }), 0U);
}

TEST(NdArray, ConstructorKeepsShapeDataAndDType)
{
    const NdArray array({ 2, 3 }, { 1, 2, 3, 4, 5, 6 }, DType::Int16);
    EXPECT_EQ(array.rank(), 2U);
    EXPECT_EQ(array.size(), 6U);
    EXPECT_EQ(array.dtype, DType::Int16);
    EXPECT_EQ(array.data[5], 6.0);

    const NdArray scalar({}, { 4.5 });
    EXPECT_EQ(scalar.rank(), 0U);
    EXPECT_EQ(scalar.dtype, DType::Float64);

    const NdArray empty({ 0, 4 }, {});
    EXPECT_EQ(empty.size(), 0U);
}

TEST(NdArray, ConstructorRejectsDataThatDoesNotFillTheShape)
{
    EXPECT_THROW(NdArray({ 2, 3 }, { 1, 2, 3, 4, 5 }), std::invalid_argument);
    EXPECT_THROW(NdArray({ 2 }, { 1, 2, 3 }), std::invalid_argument);
    EXPECT_THROW(NdArray({}, {}), std::invalid_argument);
    EXPECT_THROW(NdArray({ 0 }, { 1 }), std::invalid_argument);
    try {
        NdArray({ 2, 3 }, { 1 });
    } catch (const std::invalid_argument& error) {
        EXPECT_NE(std::string(error.what()).find("(2, 3)"), std::string::npos) << error.what();
    }
}

TEST(NdArrayStrides, COrderIsRowMajor)
{
    EXPECT_EQ(cOrderStrides({ 2, 3, 4 }), (std::vector<std::ptrdiff_t> { 12, 4, 1 }));
    EXPECT_EQ(cOrderStrides({ 5 }), (std::vector<std::ptrdiff_t> { 1 }));
    EXPECT_TRUE(cOrderStrides({}).empty());
}

TEST(NdArrayStrides, ViewOfArrayWalksItInCOrder)
{
    std::vector<double> values(24);
    std::iota(values.begin(), values.end(), 0.0);
    const NdArray array({ 2, 3, 4 }, values);
    const StridedView view = StridedView::of(array);
    EXPECT_EQ(view.data, array.data.data());
    EXPECT_EQ(view.shape, array.shape);
    EXPECT_EQ(view.rank(), 3U);
    for (std::size_t i = 0; i < 2; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            for (std::size_t k = 0; k < 4; ++k)
                EXPECT_EQ(at(view, { i, j, k }), static_cast<double>(i * 12 + j * 4 + k));
}

TEST(NdArrayStrides, FortranOrderIsColumnMajor)
{
    // Column-major storage of the 2x3 matrix [[1, 2, 3], [4, 5, 6]].
    const std::vector<double> columns = { 1, 4, 2, 5, 3, 6 };
    const StridedView view = StridedView::fortranOrder(columns.data(), { 2, 3 });
    EXPECT_EQ(view.strides, (std::vector<std::ptrdiff_t> { 1, 2 }));
    EXPECT_EQ(at(view, { 0, 2 }), 3.0);
    EXPECT_EQ(at(view, { 1, 0 }), 4.0);
    EXPECT_EQ(at(view, { 1, 2 }), 6.0);
    EXPECT_EQ(
        StridedView::fortranOrder(columns.data(), { 2, 3, 4 }).strides, (std::vector<std::ptrdiff_t> { 1, 2, 6 }));
}

TEST(NdArrayStrides, COrderViewOfRawData)
{
    const std::vector<double> rows = { 1, 2, 3, 4, 5, 6 };
    const StridedView view = StridedView::cOrder(rows.data(), { 3, 2 });
    EXPECT_EQ(view.strides, (std::vector<std::ptrdiff_t> { 2, 1 }));
    EXPECT_EQ(at(view, { 2, 1 }), 6.0);
    EXPECT_EQ(at(view, { 1, 0 }), 3.0);
    const StridedView scalar = StridedView::cOrder(rows.data(), {});
    EXPECT_EQ(scalar.rank(), 0U);
    EXPECT_EQ(at(scalar, {}), 1.0);
}

} // namespace
} // namespace tangent
