// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// numpy's .npy format: versions 1.0 to 3.0, either byte order, C or Fortran order.

#include "core/gradient/ndarray.h"

#include <iosfwd>
#include <string>
#include <string_view>

namespace tangent {

/// Parses .npy bytes. Supports dtypes f8, f4, i1..i8, u1..u8 in little or big endian ('|' for
/// one-byte types), C and Fortran order; the result is in C order with dtype set and every value
/// converted to double (integers above 2^53 rounded, as numpy.gradient does). `source` names the
/// file in messages. Throws InputError for a bad magic string, unsupported version or dtype,
/// a malformed header, or data shorter than the shape requires.
NdArray readNpy(std::string_view bytes, const std::string& source = "<input>");

/// Reads the .npy file at `path` ("-" reads standard input).
NdArray readNpyFile(const std::string& path);

/// Writes `array` as .npy in its dtype, which must be Float64 or Float32 (little endian,
/// C order, version 1.0, or 2.0 when the header needs it). Throws std::invalid_argument otherwise.
void writeNpy(std::ostream& out, const NdArray& array);

/// As writeNpy, into a byte string.
std::string writeNpyString(const NdArray& array);

} // namespace tangent
