// SPDX-License-Identifier: GPL-3.0-or-later
// .npy headers and data: any bytes. A result must hold as many values as its shape says, and
// writing it as float64 and reading it back must give the same values bit for bit.
#include "core/errors.h"
#include "core/io/npy.h"

#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    tangent::NdArray array;
    try {
        array = tangent::readNpy(bytes, "fuzz.npy");
    } catch (const tangent::InputError&) {
        return 0;
    }
    if (array.data.size() != tangent::elementCount(array.shape))
        __builtin_trap();
    array.dtype = tangent::DType::Float64;
    const tangent::NdArray back = tangent::readNpy(tangent::writeNpyString(array), "round trip");
    if (back.shape != array.shape || back.data.size() != array.data.size()
        || (!array.data.empty()
            && std::memcmp(back.data.data(), array.data.data(), array.data.size() * sizeof(double)) != 0))
        __builtin_trap();
    return 0;
}
