// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parts of the .npy format that the reader (npy.cpp) and the writer (npywrite.cpp) share.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tangent::npyformat {

inline constexpr std::string_view kMagic = "\x93NUMPY";
// numpy aligns the data to 64 bytes and leaves room in the header for the first axis to grow
// to 21 digits (numpy/lib/format.py: ARRAY_ALIGN, GROWTH_AXIS_MAX_DIGITS).
inline constexpr std::size_t kAlign = 64;
inline constexpr std::size_t kGrowthAxisDigits = 21;
inline constexpr std::size_t kMaxVersion1HeaderLength = 0xFFFF;

/// Python's repr of a shape tuple: (), (5,), (3, 4).
inline std::string shapeText(const std::vector<std::size_t>& shape)
{
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i > 0 ? ", " : "") + std::to_string(shape[i]);
    text += shape.size() == 1 ? ",)" : ")";
    return text;
}

} // namespace tangent::npyformat
