#pragma once
// Whole-file reading with messages that name the file.

#include <string>

namespace tangent {

/// The bytes of the file at `path`; "-" reads standard input to its end. Throws InputError
/// naming the file and the system's reason when it cannot be read.
std::string readWholeFile(const std::string& path);

} // namespace tangent
