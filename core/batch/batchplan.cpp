// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/batch/batchplan.h"

#include "core/messages/message.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <system_error>

namespace tangent {
namespace {

namespace fs = std::filesystem;

bool endsWithNpy(const std::string& path)
{
    if (path.size() < 4)
        return false;
    std::string tail = path.substr(path.size() - 4);
    std::transform(tail.begin(), tail.end(), tail.begin(), [](unsigned char c) { return std::tolower(c); });
    return tail == ".npy";
}

} // namespace

std::string batchOutputPath(const std::string& dir, const std::string& input)
{
    const fs::path name = fs::path(input).filename();
    fs::path stem = name.stem();
    if (stem.empty())
        stem = name;
    return (fs::path(dir) / stem).string() + (endsWithNpy(input) ? ".npy" : ".csv");
}

std::vector<std::string> planBatchOutputs(const std::vector<std::string>& inputs, const std::string& dir)
{
    std::vector<std::string> outputs;
    std::map<std::string, std::string> claimedBy;
    for (const std::string& input : inputs) {
        if (input == "-")
            throw MessageError(Message { MessageId::BatchStdinAmongInputs, {}, {} });
        const std::string output = batchOutputPath(dir, input);
        std::error_code ignored;
        const std::string key = fs::weakly_canonical(output, ignored).string();
        if (auto [it, added] = claimedBy.try_emplace(key, input); !added)
            throw MessageError(Message { MessageId::BatchSameOutput, { it->second, input, output }, {} });
        if (fs::exists(input, ignored) && fs::equivalent(input, output, ignored))
            throw MessageError(Message { MessageId::BatchReplacesItsInput, { input }, {} });
        outputs.push_back(output);
    }
    return outputs;
}

void prepareBatchFolder(const std::string& dir)
{
    std::error_code error;
    fs::create_directories(dir, error);
    if (error || !fs::is_directory(dir))
        throw MessageError(Message { MessageId::BatchCannotCreateFolder, { dir },
            { error ? systemReason(error.value()) : Message { MessageId::BatchFileInTheWay, {}, {} } } });
}

} // namespace tangent
