#pragma once
// A regular file seen whole without copying it: memory-mapped read-only. Pages already parsed can
// be handed back (release), so a reader that goes front to back keeps only a window of the file
// in memory however big it is.

#include <cstddef>
#include <string>
#include <string_view>

namespace tangent {

class MappedFile {
public:
    /// Maps `path`; a file the system will not map (or an empty one) is read into memory instead.
    /// Throws InputError naming the file when it cannot be opened or read.
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    [[nodiscard]] std::string_view text() const noexcept { return m_text; }

    /// Drops the pages wholly before byte `offset` from memory; reading them again reloads them
    /// from the file, so text() stays valid. Does nothing for a file read into memory.
    void release(std::size_t offset) noexcept;

private:
    void* m_map = nullptr;
    std::size_t m_size = 0;
    std::size_t m_released = 0;
    std::string m_copy; ///< when the file is not mapped
    std::string_view m_text;
};

} // namespace tangent
