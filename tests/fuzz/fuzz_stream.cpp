// SPDX-License-Identifier: GPL-3.0-or-later
// tangent-cli's streamed CSV path (app/cli/stream): any bytes, in blocks of a few bytes so that
// every record, halo and hold-back boundary is crossed, on its two threads. The first byte
// chooses the recipe (edge order, order, --strict), the second the block sizes; the rest is the
// file. A refusal must be an InputError; when the in-memory path (the engine) also succeeds, the
// output must be its bytes.
#include "app/cli/csvjob.h"
#include "app/cli/stream/streamcsv.h"
#include "core/errors.h"
#include "core/recipe/recipe.h"
#include "core/smoothing/smoothing.h"
#include "tests/fuzz/fuzzinput.h"

#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>

namespace {

tangent::Recipe recipeFrom(std::uint8_t choice)
{
    tangent::Recipe recipe;
    recipe.edgeOrder = (choice & 1U) != 0 ? 2 : 1;
    recipe.order = 1 + static_cast<int>((choice >> 1U) & 1U);
    recipe.smoothing.order = recipe.order;
    recipe.strict = (choice & 4U) != 0;
    if ((choice & 8U) != 0)
        recipe.timeUnit = tangent::TimeUnit::Hour;
    return recipe;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tangent::fuzz::FuzzInput input(data, size);
    const tangent::Recipe recipe = recipeFrom(input.takeByte());
    const std::uint8_t sizes = input.takeByte();
    const std::string_view text = input.rest();

    tangent::StreamSettings settings;
    settings.chunkBytes = 1 + (sizes & 15U);
    settings.sampleBytes = 1 + ((sizes >> 4U) & 15U) * 4;
    settings.windowRows = 2 + (sizes & 3U);
    settings.pendingBytes = (sizes & 64U) != 0 ? 64 : std::size_t { 1 } << 20; // 64: the temporary file
    const std::size_t headBytes = std::min<std::size_t>(text.size(), settings.sampleBytes);
    std::size_t at = headBytes;
    const tangent::ByteSource read = [&](char* buffer, std::size_t want) {
        const std::size_t n = std::min(want, text.size() - at);
        std::copy_n(text.data() + at, n, buffer);
        at += n;
        return n;
    };
    std::ostringstream streamed;
    bool streamedOk = true;
    try {
        (void)tangent::streamCsv(
            std::string(text.substr(0, headBytes)), read, {}, recipe, "fuzz.csv", streamed, settings);
    } catch (const tangent::InputError&) {
        streamedOk = false; // refused with a message naming where
    }

    std::ostringstream inMemory;
    std::ostringstream err;
    std::vector<std::string> warnings;
    bool inMemoryOk = true;
    try {
        tangent::runEngineCsv(text, {}, recipe, false, "fuzz.csv", "-", inMemory, err, warnings);
    } catch (const tangent::InputError&) {
        inMemoryOk = false;
    } catch (const tangent::SmoothingError&) {
        inMemoryOk = false;
    }
    if (streamedOk && inMemoryOk && streamed.str() != inMemory.str())
        __builtin_trap();
    return 0;
}
