#include "core/mappedfile.h"

#include "core/errors.h"
#include "core/fileio.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tangent {

MappedFile::MappedFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw InputError(path, 0, 0, std::string("cannot open the file: ") + std::strerror(errno));
    struct stat info { };
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
        m_size = static_cast<std::size_t>(info.st_size);
        void* map = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map != MAP_FAILED) {
            m_map = map;
            ::madvise(m_map, m_size, MADV_SEQUENTIAL);
            m_text = std::string_view(static_cast<const char*>(m_map), m_size);
        }
    }
    ::close(fd);
    if (m_map == nullptr) {
        m_copy = readWholeFile(path);
        m_text = m_copy;
    }
}

MappedFile::~MappedFile()
{
    if (m_map != nullptr)
        ::munmap(m_map, m_size);
}

void MappedFile::release(std::size_t offset) noexcept
{
    if (m_map == nullptr)
        return;
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t end = std::min(offset, m_size) / page * page;
    if (end <= m_released)
        return;
    // A private, read-only mapping: the dropped pages come back from the file if touched again.
    ::madvise(static_cast<char*>(m_map) + m_released, end - m_released, MADV_DONTNEED);
    m_released = end;
}

} // namespace tangent
