#include "app/cli/batch.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <thread>

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

/// Refuses a run that would lose data: two inputs onto one output, or an output over its input.
std::vector<std::string> plannedOutputs(const std::vector<std::string>& inputs, const std::string& dir)
{
    std::vector<std::string> outputs;
    std::map<std::string, std::string> claimedBy;
    for (const std::string& input : inputs) {
        if (input == "-")
            throw std::invalid_argument("standard input (-) cannot be one of several inputs");
        const std::string output = batchOutputPath(dir, input);
        std::error_code ignored;
        const std::string key = fs::weakly_canonical(output, ignored).string();
        if (auto [it, added] = claimedBy.try_emplace(key, input); !added) {
            std::string message = "'" + it->second;
            message.append("' and '").append(input).append("' would both be written to '").append(output);
            message += "'; give them different names or run them separately";
            throw std::invalid_argument(message);
        }
        if (fs::exists(input, ignored) && fs::equivalent(input, output, ignored))
            throw std::invalid_argument(
                "'" + input + "' would be replaced by its own result; choose another -o folder");
        outputs.push_back(output);
    }
    return outputs;
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

int runBatch(
    const std::vector<std::string>& inputs, const std::string& dir, int jobs, const BatchJob& job, std::ostream& err)
{
    const std::vector<std::string> outputs = plannedOutputs(inputs, dir);
    std::error_code error;
    fs::create_directories(dir, error);
    if (error || !fs::is_directory(dir))
        throw std::invalid_argument("cannot create the output folder '" + dir + "': " + error.message());

    std::vector<char> ok(inputs.size(), 0);
    std::atomic<std::size_t> next { 0 };
    std::mutex errMutex;
    const auto worker = [&] {
        for (std::size_t i = next++; i < inputs.size(); i = next++) {
            std::ostringstream messages;
            try {
                job(inputs[i], outputs[i], messages);
                ok[i] = 1;
            } catch (const std::exception& e) {
                messages << "tangent-cli: " << e.what() << '\n';
            }
            // One file's lines stay together however the threads interleave.
            const std::lock_guard lock(errMutex);
            err << messages.str();
        }
    };
    {
        std::vector<std::jthread> threads;
        const auto count = std::min<std::size_t>(static_cast<std::size_t>(std::max(jobs, 1)), inputs.size());
        for (std::size_t t = 1; t < count; ++t)
            threads.emplace_back(worker);
        worker();
    }
    const auto written = static_cast<std::size_t>(std::count(ok.begin(), ok.end(), 1));
    err << "tangent-cli: " << inputs.size() << " files: " << written << " written to " << dir << ", "
        << inputs.size() - written << " failed";
    if (written < inputs.size()) {
        err << " (";
        bool first = true;
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            if (ok[i])
                continue;
            err << (first ? "" : ", ") << inputs[i];
            first = false;
        }
        err << ")";
    }
    err << '\n';
    return written == inputs.size() ? 0 : 2;
}

} // namespace tangent
