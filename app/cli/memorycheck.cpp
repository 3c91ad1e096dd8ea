// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/memorycheck.h"

#include "core/io/fileio.h"

#include <algorithm>
#include <cstdint>

namespace tangent {
namespace {

std::optional<std::size_t>& availableOverride()
{
    static std::optional<std::size_t> bytes;
    return bytes;
}

/// Peak memory per byte of numbers in memory, measured with /usr/bin/time -v at 10⁶ rows
/// (README, Performance): the table, the output columns, and the method's own work arrays.
double memoryFactor(SmoothingMethod method)
{
    switch (method) {
    case SmoothingMethod::Numpy:
        return 6.0;
    case SmoothingMethod::Savgol:
        return 5.0;
    default:
        return 13.0; // spline, tvr, kalman, auto
    }
}

/// Below this the memory is not looked up (it reads /proc), as checkFitsInMemory does.
constexpr std::size_t kAlwaysFits = std::size_t { 64 } << 20;

} // namespace

void setAvailableMemoryForTesting(std::optional<std::size_t> bytes)
{
    availableOverride() = bytes;
}

std::size_t estimatedMemory(std::string_view text, const Recipe& recipe)
{
    // The rows and fields of the first 64 KB stand for the whole text.
    const std::string_view sample = text.substr(0, std::size_t { 64 } << 10);
    const auto lines = static_cast<std::size_t>(std::count(sample.begin(), sample.end(), '\n'));
    if (lines == 0 || sample.size() == text.size())
        return text.size();
    const std::size_t lineStart = sample.find('\n') + 1;
    const std::string_view line = sample.substr(lineStart, sample.find('\n', lineStart) - lineStart);
    std::size_t fields = 1;
    for (const char delimiter : { ',', ';', '\t' })
        fields = std::max<std::size_t>(fields, 1 + static_cast<std::size_t>(std::ranges::count(line, delimiter)));
    const double rows
        = static_cast<double>(text.size()) * static_cast<double>(lines) / static_cast<double>(sample.size());
    const double numbers = rows * static_cast<double>(fields) * sizeof(double);
    return text.size() + static_cast<std::size_t>(numbers * memoryFactor(recipe.smoothing.method));
}

void checkMemoryFits(std::string_view text, const Recipe& recipe, const std::string& source)
{
    const std::size_t need = estimatedMemory(text, recipe);
    std::optional<std::uint64_t> available = availableOverride();
    if (!available && need > kAlwaysFits)
        available = availableMemory();
    checkFitsInMemory(source, need,
        Message { MessageId::MemoryComputingMethod, { std::string(methodName(recipe.smoothing.method)) }, {} },
        available);
}

} // namespace tangent
