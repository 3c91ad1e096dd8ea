// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/pendingrows.h"

#include "core/errors.h"

#include <cerrno>
#include <cstring>
#include <string>

namespace tangent {
namespace {

std::size_t bytesOf(const RowBlock& block)
{
    std::size_t bytes = (block.x.size() + block.xTextEnd.size()) * sizeof(double) + block.xText.size();
    for (const auto& y : block.ys)
        bytes += y.size() * sizeof(double);
    return bytes;
}

[[noreturn]] void throwSpillError(const char* what)
{
    throw InputError("<temporary file>", 0, 0, std::string(what) + ": " + std::strerror(errno));
}

void writeRaw(std::FILE* file, const void* data, std::size_t bytes)
{
    if (bytes != 0 && std::fwrite(data, 1, bytes, file) != bytes)
        throwSpillError("cannot hold rows in a temporary file");
}

void readRaw(std::FILE* file, void* data, std::size_t bytes)
{
    if (bytes != 0 && std::fread(data, 1, bytes, file) != bytes)
        throwSpillError("cannot read rows back from a temporary file");
}

template <typename T> void writeVector(std::FILE* file, const std::vector<T>& values)
{
    const std::size_t size = values.size();
    writeRaw(file, &size, sizeof size);
    writeRaw(file, values.data(), size * sizeof(T));
}

template <typename T> void readVector(std::FILE* file, std::vector<T>& values)
{
    std::size_t size = 0;
    readRaw(file, &size, sizeof size);
    values.resize(size);
    readRaw(file, values.data(), size * sizeof(T));
}

} // namespace

PendingRows::~PendingRows()
{
    if (m_file != nullptr)
        std::fclose(m_file);
}

void PendingRows::hold(std::unique_ptr<RowBlock> block)
{
    m_bytes += bytesOf(*block);
    m_held.push_back(std::move(block));
    while (m_bytes > m_limit && !m_held.empty()) {
        spill(*m_held.front());
        m_bytes -= bytesOf(*m_held.front());
        m_held.pop_front();
    }
}

void PendingRows::replay(const std::function<void(const RowBlock&)>& use)
{
    if (m_file != nullptr) {
        std::rewind(m_file);
        RowBlock block;
        for (std::size_t i = 0; i < m_spilled; ++i) {
            unspill(block);
            use(block);
        }
        std::fclose(m_file);
        m_file = nullptr;
        m_spilled = 0;
    }
    for (const auto& block : m_held)
        use(*block);
    m_held.clear();
    m_bytes = 0;
}

void PendingRows::visit(const std::function<void(const RowBlock&)>& use)
{
    if (m_file != nullptr) {
        std::rewind(m_file);
        RowBlock block;
        for (std::size_t i = 0; i < m_spilled; ++i) {
            unspill(block);
            use(block);
        }
        if (std::fseek(m_file, 0, SEEK_END) != 0) // where the next block would be spilled
            throwSpillError("cannot hold rows in a temporary file");
    }
    for (const auto& block : m_held)
        use(*block);
}

void PendingRows::spill(const RowBlock& block)
{
    if (m_file == nullptr) {
        m_file = std::tmpfile();
        if (m_file == nullptr)
            throwSpillError("cannot create a temporary file to hold rows");
    }
    writeRaw(m_file, &block.rows, sizeof block.rows);
    writeVector(m_file, block.x);
    writeVector(m_file, std::vector<char>(block.xText.begin(), block.xText.end()));
    writeVector(m_file, block.xTextEnd);
    const std::size_t count = block.ys.size();
    writeRaw(m_file, &count, sizeof count);
    for (const auto& y : block.ys)
        writeVector(m_file, y);
    ++m_spilled;
}

void PendingRows::unspill(RowBlock& block)
{
    readRaw(m_file, &block.rows, sizeof block.rows);
    readVector(m_file, block.x);
    std::vector<char> text;
    readVector(m_file, text);
    block.xText.assign(text.begin(), text.end());
    readVector(m_file, block.xTextEnd);
    std::size_t count = 0;
    readRaw(m_file, &count, sizeof count);
    block.ys.resize(count);
    for (auto& y : block.ys)
        readVector(m_file, y);
}

} // namespace tangent
