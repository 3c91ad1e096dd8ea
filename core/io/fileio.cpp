#include "core/io/fileio.h"

#include "core/errors.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <memory>

namespace tangent {

std::string readWholeFile(const std::string& path)
{
    if (path == "-") {
        std::string text { std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>() };
        return text;
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file)
        throw InputError(path, 0, 0, std::string("cannot open the file: ") + std::strerror(errno));
    std::string bytes;
    // Regular files are read in one call into a buffer of their size; pipes grow as they come.
    if (std::fseek(file.get(), 0, SEEK_END) == 0) {
        const long size = std::ftell(file.get());
        if (size > 0) {
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
        throw InputError(path, 0, 0, std::string("cannot read the file: ") + std::strerror(errno));
    return bytes;
}

} // namespace tangent
