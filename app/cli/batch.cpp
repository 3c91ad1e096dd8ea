// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/batch.h"

#include "core/batch/batchplan.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <ostream>
#include <sstream>
#include <thread>

namespace tangent {

int runBatch(
    const std::vector<std::string>& inputs, const std::string& dir, int jobs, const BatchJob& job, std::ostream& err)
{
    const std::vector<std::string> outputs = planBatchOutputs(inputs, dir);
    prepareBatchFolder(dir);

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
