#include "core/fileio.h"

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
        std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
        return text;
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file)
        throw InputError(path, 0, 0, std::string("cannot open the file: ") + std::strerror(errno));
    std::string bytes;
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0)
        bytes.append(buffer, got);
    if (std::ferror(file.get()))
        throw InputError(path, 0, 0, std::string("cannot read the file: ") + std::strerror(errno));
    return bytes;
}

}  // namespace tangent
