// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/fileio.h"

#include "core/errors.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string_view>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <unistd.h>

namespace tangent {
namespace {

/// The first number in the file at `path` (a /proc or /sys file of one value), times `scale`.
std::optional<std::uint64_t> readNumberFile(const char* path, std::string_view key = {}, std::uint64_t scale = 1)
{
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (!key.empty() && !line.starts_with(key))
            continue;
        const std::size_t digits = line.find_first_of("0123456789");
        if (digits == std::string::npos)
            return std::nullopt; // "max": no limit
        std::uint64_t value = 0;
        const auto [ptr, ec] = std::from_chars(line.data() + digits, line.data() + line.size(), value);
        if (ec != std::errc())
            return std::nullopt;
        return value * scale;
    }
    return std::nullopt;
}

} // namespace

MappedFile::MappedFile(const std::string& path, const std::string& source)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw InputError(source, 0, 0, Message { MessageId::CannotOpenFile, {}, { systemReason(errno) } });
    struct stat info { };
    std::optional<Message> problem;
    if (::fstat(fd, &info) != 0)
        problem = Message { MessageId::CannotReadFile, {}, { systemReason(errno) } };
    else if (!S_ISREG(info.st_mode))
        problem = Message { MessageId::NotARegularFile, {}, {} };
    else if (info.st_size > 0) {
        m_size = static_cast<std::size_t>(info.st_size);
        void* map = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map == MAP_FAILED)
            problem = Message { MessageId::CannotReadFile, {}, { systemReason(errno) } };
        else
            m_data = static_cast<const char*>(map);
    }
    ::close(fd); // the mapping keeps the file
    if (problem)
        throw InputError(source, 0, 0, std::move(*problem));
    if (m_data != nullptr)
        ::madvise(const_cast<char*>(m_data), m_size, MADV_SEQUENTIAL);
}

MappedFile::~MappedFile()
{
    if (m_data != nullptr)
        ::munmap(const_cast<char*>(m_data), m_size);
}

void MappedFile::release(std::size_t begin, std::size_t end) const noexcept
{
    static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    end = std::min(end, m_size);
    const std::size_t first = (begin + page - 1) / page * page; // whole pages only: neighbours may be in use
    const std::size_t last = end == m_size ? end : end / page * page;
    if (m_data != nullptr && first < last)
        ::madvise(const_cast<char*>(m_data) + first, last - first, MADV_DONTNEED);
}

std::optional<std::uint64_t> availableMemory()
{
    std::optional<std::uint64_t> available = readNumberFile("/proc/meminfo", "MemAvailable:", 1024);
    if (struct sysinfo info {}; !available && ::sysinfo(&info) == 0) {
        // Without /proc (a bare chroot, say): free memory and buffers, a lower bound of the same.
        available = (static_cast<std::uint64_t>(info.freeram) + info.bufferram) * info.mem_unit;
    }
    const auto limit = readNumberFile("/sys/fs/cgroup/memory.max");
    const auto used = readNumberFile("/sys/fs/cgroup/memory.current");
    if (limit && used) {
        const std::uint64_t left = *limit > *used ? *limit - *used : 0;
        if (!available || left < *available)
            available = left;
    }
    return available;
}

std::string describeBytes(std::uint64_t bytes)
{
    return sizeMessage(bytes).english();
}

void checkFitsInMemory(
    const std::string& source, std::uint64_t footprint, const Message& what, std::optional<std::uint64_t> available)
{
    if (!available || footprint <= *available)
        return;
    // The sizes are messages ("1.5 GB"): the window writes their digits and units in its language.
    throw InputError(source, 0, 0,
        Message { MessageId::FileTooLargeForMemory, {}, { sizeMessage(footprint), sizeMessage(*available), what } });
}

void checkFitsInMemory(const std::string& source, std::uint64_t footprint, const Message& what)
{
    // Small reads cannot fail this way in practice; skip the look-up (it reads /proc).
    constexpr std::uint64_t kAlwaysFits = std::uint64_t { 64 } << 20U;
    if (footprint > kAlwaysFits)
        checkFitsInMemory(source, footprint, what, availableMemory());
}

std::string readWholeFile(const std::string& path)
{
    if (path == "-") {
        std::string text { std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>() };
        return text;
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file)
        throw InputError(path, 0, 0, Message { MessageId::CannotOpenFile, {}, { systemReason(errno) } });
    std::string bytes;
    // Regular files are read in one call into a buffer of their size; pipes grow as they come.
    if (std::fseek(file.get(), 0, SEEK_END) == 0) {
        const long size = std::ftell(file.get());
        if (size > 0) {
            checkFitsInMemory(path, static_cast<std::uint64_t>(size), Message { MessageId::MemoryReadingIt, {}, {} });
            bytes.resize(static_cast<std::size_t>(size));
            std::rewind(file.get());
            bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file.get()));
        }
        std::rewind(file.get());
        std::fseek(file.get(), static_cast<long>(bytes.size()), SEEK_SET);
    }
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0)
        bytes.append(buffer, got);
    if (std::ferror(file.get()))
        throw InputError(path, 0, 0, Message { MessageId::CannotReadFile, {}, { systemReason(errno) } });
    return bytes;
}

} // namespace tangent
