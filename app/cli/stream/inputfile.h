// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An input of tangent-cli opened once: read in pieces (streaming), or seen whole, memory-mapped
// when it is a regular file (.npy arrays, in-memory CSV) so that it is never copied.

#include <cstddef>
#include <string>
#include <string_view>

namespace tangent {

/// A file or standard input ("-"), open for reading.
class InputFile {
public:
    /// Opens `path`; throws InputError naming `source` when it cannot.
    InputFile(const std::string& path, std::string source);
    ~InputFile();
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    /// Reads up to `size` bytes (fewer only at the end); 0 at the end. Throws InputError.
    std::size_t read(char* buffer, std::size_t size);

    /// Up to `size` bytes from the current position.
    std::string readUpTo(std::size_t size);

    /// True once a read has met the end.
    [[nodiscard]] bool atEnd() const noexcept { return m_atEnd; }

    /// The whole input, given the `head` already read from its start: a regular file is mapped
    /// into memory (valid while this object lives); anything else is read to its end after `head`.
    std::string_view whole(std::string& head);

    [[nodiscard]] const std::string& source() const noexcept { return m_source; }

private:
    int m_fd = -1;
    bool m_ownsFd = false;
    bool m_atEnd = false;
    std::string m_source;
    void* m_map = nullptr;
    std::size_t m_mapSize = 0;
};

} // namespace tangent
