// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parts (files) of a zip archive held in memory, read with libzip under a size limit.

#include "core/messages/message.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

struct zip;
struct zip_error;

namespace tangent {

/// An open zip archive over bytes the caller keeps alive. Every failure is an InputError naming
/// `source`: a file that is no zip, an encrypted part, a part declaring more than `maxPartBytes`
/// uncompressed (a zip bomb), a damaged part.
class ZipParts {
public:
    ZipParts(std::string_view bytes, std::string source, std::size_t maxPartBytes);
    ~ZipParts();
    ZipParts(const ZipParts&) = delete;
    ZipParts& operator=(const ZipParts&) = delete;

    /// The uncompressed bytes of part `name` (no leading '/'), or nullopt when there is none.
    std::optional<std::string> read(const std::string& name) const;

private:
    zip* m_zip = nullptr;
    std::string m_source;
    std::size_t m_maxPartBytes;
};

/// What libzip's `error` says, as a message: an id for the errors a damaged or foreign file gives
/// (not a zip archive, inconsistent, CRC error, a missing part, ...), libzip's text for the rest.
[[nodiscard]] Message zipReason(zip_error* error);

/// Throws InputError naming `source` when `bytes` is an OLE compound file (the container Office
/// uses for password-protected workbooks and for old .xls files) instead of a zip.
void refuseCompoundFile(std::string_view bytes, const std::string& source);

} // namespace tangent
