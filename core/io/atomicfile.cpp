// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomicfile.h"

#include "core/errors.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tangent {
namespace {

/// `id` ("cannot write the file: %1") with the system's reason for errno.
Message systemError(MessageId id)
{
    return Message { id, {}, { systemReason(errno) } };
}

/// Writing through a symbolic link replaces the file it points to, not the link.
std::string resolveLink(const std::string& path)
{
    struct stat info { };
    if (::lstat(path.c_str(), &info) != 0 || !S_ISLNK(info.st_mode))
        return path;
    char resolved[PATH_MAX];
    return ::realpath(path.c_str(), resolved) != nullptr ? std::string(resolved) : path;
}

/// Creates a new, empty file next to `target` with a name nobody else uses, mode 0666 less the
/// umask (as an ordinary new file). Returns its name.
std::string createTemporary(const std::string& target)
{
    static thread_local std::mt19937_64 random { std::random_device {}() };
    constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = target + ".tmp-";
        for (int i = 0; i < 6; ++i)
            name += kLetters[random() % (sizeof kLetters - 1)];
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            // An existing file keeps its permissions.
            struct stat info { };
            if (::stat(target.c_str(), &info) == 0)
                ::fchmod(fd, info.st_mode & 07777);
            ::close(fd);
            return name;
        }
        if (errno != EEXIST)
            throw InputError(target, 0, 0, systemError(MessageId::CannotCreateFileInFolder));
    }
    throw InputError(target, 0, 0, Message { MessageId::CannotCreateTemporaryFile, {}, {} });
}

} // namespace

void writeFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write)
{
    if (path == "-") {
        write(std::cout);
        std::cout.flush();
        if (!std::cout)
            throw InputError("<stdout>", 0, 0, systemError(MessageId::CannotWriteStdout));
        return;
    }

    const std::string target = resolveLink(path);
    const std::string temporary = createTemporary(target);
    try {
        {
            std::ofstream stream(temporary, std::ios::binary | std::ios::trunc);
            if (!stream)
                throw InputError(path, 0, 0, systemError(MessageId::CannotOpenForWriting));
            write(stream);
            stream.flush();
            if (!stream)
                throw InputError(path, 0, 0, systemError(MessageId::CannotWriteFile));
            stream.close();
            if (stream.fail())
                throw InputError(path, 0, 0, systemError(MessageId::CannotWriteFile));
        }
        // No fsync: the rename protects readers from a half-written file if this process fails,
        // which is the guarantee promised; forcing 40 MB to disk would double a batch run's time.
        if (std::rename(temporary.c_str(), target.c_str()) != 0)
            throw InputError(path, 0, 0, systemError(MessageId::CannotReplaceFile));
    } catch (...) {
        std::remove(temporary.c_str());
        throw;
    }
}

} // namespace tangent
