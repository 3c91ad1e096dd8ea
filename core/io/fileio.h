// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whole-file reading with messages that name the file, and the memory checks that keep a reader
// from asking for more than the machine has.

#include "core/messages/message.h"
#include <cstddef>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tangent {

/// The bytes of the file at `path`; "-" reads standard input to its end. Throws InputError
/// naming the file and the system's reason when it cannot be read, and (before reading) when the
/// file is larger than the memory available (see checkFitsInMemory).
std::string readWholeFile(const std::string& path);

/// A regular file mapped into memory read-only, so that a big file is read without a copy of its
/// text. Pages the reader has finished with can be let go (release), which keeps the process's
/// resident memory to the part being read; reading them again brings them back from the file.
class MappedFile {
public:
    /// Maps the file at `path`. Throws InputError naming `source` when it cannot be opened, is
    /// not a regular file, or cannot be mapped. An empty file maps to empty text.
    MappedFile(const std::string& path, const std::string& source);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    [[nodiscard]] std::string_view text() const noexcept { return { m_data, m_size }; }
    /// Lets go of the whole pages inside bytes [begin, end) of text(). Thread-safe.
    void release(std::size_t begin, std::size_t end) const noexcept;

private:
    const char* m_data = nullptr;
    std::size_t m_size = 0;
};

/// Bytes of memory the process can still get: the kernel's MemAvailable (/proc/meminfo; without
/// it, sysinfo's free RAM and buffers), or less when a cgroup memory limit leaves less
/// (/sys/fs/cgroup/memory.max - memory.current). nullopt if none can be read (nothing is refused).
std::optional<std::uint64_t> availableMemory();

/// Throws InputError naming `source` when reading it needs `footprint` bytes and more than
/// `available` are free. `what` says what needs the bytes, e.g. MemoryReadingIt ("reading it") or
/// MemoryRowsOfColumns ("its about 1000 rows of 3 columns"). The message says how much is needed
/// and how much is free.
void checkFitsInMemory(
    const std::string& source, std::uint64_t footprint, const Message& what, std::optional<std::uint64_t> available);

/// As above against availableMemory(), which is only looked up for footprints above 64 MiB.
void checkFitsInMemory(const std::string& source, std::uint64_t footprint, const Message& what);

/// "1.5 GB", "12 MB", "900 bytes": a size for messages (decimal units).
std::string describeBytes(std::uint64_t bytes);

} // namespace tangent
