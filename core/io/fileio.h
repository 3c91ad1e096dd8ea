#pragma once
// Whole-file reading with messages that name the file, and the memory checks that keep a reader
// from asking for more than the machine has.

#include <cstdint>
#include <optional>
#include <string>

namespace tangent {

/// The bytes of the file at `path`; "-" reads standard input to its end. Throws InputError
/// naming the file and the system's reason when it cannot be read, and (before reading) when the
/// file is larger than the memory available (see checkFitsInMemory).
std::string readWholeFile(const std::string& path);

/// Bytes of memory the process can still get: the kernel's MemAvailable (/proc/meminfo; without
/// it, sysinfo's free RAM and buffers), or less when a cgroup memory limit leaves less
/// (/sys/fs/cgroup/memory.max - memory.current). nullopt if none can be read (nothing is refused).
std::optional<std::uint64_t> availableMemory();

/// Throws InputError naming `source` when reading it needs `footprint` bytes and more than
/// `available` are free. `what` says what needs the bytes, e.g. "reading it" or "its 1000 rows of
/// 3 columns". The message says how much is needed and how much is free.
void checkFitsInMemory(const std::string& source, std::uint64_t footprint, const std::string& what,
    std::optional<std::uint64_t> available);

/// As above against availableMemory(), which is only looked up for footprints above 64 MiB.
void checkFitsInMemory(const std::string& source, std::uint64_t footprint, const std::string& what);

/// "1.5 GB", "12 MB", "900 bytes": a size for messages (decimal units).
std::string describeBytes(std::uint64_t bytes);

} // namespace tangent
