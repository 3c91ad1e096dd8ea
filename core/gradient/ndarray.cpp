// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gradient/ndarray.h"

#include <stdexcept>
#include <utility>

namespace tangent {
namespace {

std::string shapeText(const std::vector<std::size_t>& shape)
{
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        text += (i > 0 ? ", " : "") + std::to_string(shape[i]);
    }
    text += shape.size() == 1 ? ",)" : ")";
    return text;
}

} // namespace

std::string_view dtypeName(DType type)
{
    switch (type) {
    case DType::Float64:
        return "f8";
    case DType::Float32:
        return "f4";
    case DType::Int8:
        return "i1";
    case DType::Int16:
        return "i2";
    case DType::Int32:
        return "i4";
    case DType::Int64:
        return "i8";
    case DType::UInt8:
        return "u1";
    case DType::UInt16:
        return "u2";
    case DType::UInt32:
        return "u4";
    case DType::UInt64:
        return "u8";
    }
    return "?";
}

std::size_t dtypeSize(DType type)
{
    switch (type) {
    case DType::Int8:
    case DType::UInt8:
        return 1;
    case DType::Int16:
    case DType::UInt16:
        return 2;
    case DType::Float32:
    case DType::Int32:
    case DType::UInt32:
        return 4;
    case DType::Float64:
    case DType::Int64:
    case DType::UInt64:
        return 8;
    }
    return 0;
}

DType gradientOutputDType(DType type)
{
    return type == DType::Float32 ? DType::Float32 : DType::Float64;
}

std::size_t elementCount(const std::vector<std::size_t>& shape)
{
    std::size_t count = 1;
    for (std::size_t extent : shape)
        count *= extent;
    return count;
}

NdArray::NdArray(std::vector<std::size_t> shape, std::vector<double> data, DType dtype)
    : shape(std::move(shape)), data(std::move(data)), dtype(dtype)
{
    const std::size_t expected = elementCount(this->shape);
    if (this->data.size() != expected) {
        throw std::invalid_argument("NdArray: " + std::to_string(this->data.size()) + " values do not fit shape "
            + shapeText(this->shape) + ", which holds " + std::to_string(expected));
    }
}

StridedView StridedView::of(const NdArray& array)
{
    return cOrder(array.data.data(), array.shape);
}

StridedView StridedView::cOrder(const double* data, std::vector<std::size_t> shape)
{
    StridedView view;
    view.data = data;
    view.strides = cOrderStrides(shape);
    view.shape = std::move(shape);
    return view;
}

StridedView StridedView::fortranOrder(const double* data, std::vector<std::size_t> shape)
{
    StridedView view;
    view.data = data;
    view.strides.resize(shape.size());
    std::ptrdiff_t stride = 1;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        view.strides[axis] = stride;
        stride *= static_cast<std::ptrdiff_t>(shape[axis]);
    }
    view.shape = std::move(shape);
    return view;
}

std::vector<std::ptrdiff_t> cOrderStrides(const std::vector<std::size_t>& shape)
{
    std::vector<std::ptrdiff_t> strides(shape.size());
    std::ptrdiff_t stride = 1;
    for (std::size_t axis = shape.size(); axis-- > 0;) {
        strides[axis] = stride;
        stride *= static_cast<std::ptrdiff_t>(shape[axis]);
    }
    return strides;
}

} // namespace tangent
