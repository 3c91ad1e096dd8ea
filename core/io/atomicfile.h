// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing a file so that a failure never leaves it half-written or truncated.

#include <functional>
#include <iosfwd>
#include <string>

namespace tangent {

/// Writes `path` by calling `write` on a stream to a temporary file in the same folder, then
/// renaming it over `path`. If `write` throws, or the stream fails, the temporary is removed,
/// `path` is left as it was, and the exception (or an InputError naming the file) propagates.
/// "-" writes to standard output directly.
void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write);

} // namespace tangent
