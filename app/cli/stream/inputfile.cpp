// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/inputfile.h"

#include "core/errors.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tangent {

InputFile::InputFile(const std::string& path, std::string source) : m_source(std::move(source))
{
    if (path == "-") {
        m_fd = STDIN_FILENO;
        return;
    }
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        throw InputError(m_source, 0, 0, std::string("cannot open the file: ") + std::strerror(errno));
    m_ownsFd = true;
    struct stat info { };
    if (::fstat(m_fd, &info) == 0 && S_ISDIR(info.st_mode))
        throw InputError(m_source, 0, 0, "cannot read the file: it is a folder");
}

InputFile::~InputFile()
{
    if (m_map != nullptr)
        ::munmap(m_map, m_mapSize);
    if (m_ownsFd)
        ::close(m_fd);
}

std::size_t InputFile::read(char* buffer, std::size_t size)
{
    std::size_t total = 0;
    while (total < size && !m_atEnd) {
        const ssize_t got = ::read(m_fd, buffer + total, size - total);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            throw InputError(m_source, 0, 0, std::string("cannot read the file: ") + std::strerror(errno));
        }
        if (got == 0)
            m_atEnd = true;
        total += static_cast<std::size_t>(got);
    }
    return total;
}

std::string InputFile::readUpTo(std::size_t size)
{
    std::string bytes(size, '\0');
    bytes.resize(read(bytes.data(), size));
    return bytes;
}

std::string_view InputFile::whole(std::string& head)
{
    struct stat info { };
    // Mapped from its start only if that is where `head` began (standard input may not be).
    const bool fromStart = ::lseek(m_fd, 0, SEEK_CUR) == static_cast<off_t>(head.size());
    if (fromStart && ::fstat(m_fd, &info) == 0 && S_ISREG(info.st_mode)
        && static_cast<std::size_t>(info.st_size) > head.size()) {
        m_mapSize = static_cast<std::size_t>(info.st_size);
        void* map = ::mmap(nullptr, m_mapSize, PROT_READ, MAP_PRIVATE, m_fd, 0);
        if (map != MAP_FAILED) {
            m_map = map;
            ::madvise(m_map, m_mapSize, MADV_SEQUENTIAL);
            return { static_cast<const char*>(m_map), m_mapSize };
        }
    }
    // Pipes, and files the system will not map: read the rest after what is already here.
    constexpr std::size_t kPiece = std::size_t { 1 } << 20;
    while (!m_atEnd) {
        const std::size_t old = head.size();
        head.resize(old + kPiece);
        head.resize(old + read(head.data() + old, kPiece));
    }
    return head;
}

} // namespace tangent
