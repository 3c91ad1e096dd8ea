// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The streaming path's reading side: whole records parsed into blocks on a reading thread and
// handed to the writing one through a bounded queue. A helper thread kept for the whole stream
// takes half of a piece of work from whichever side (parsing, formatting) asks first while it is
// free; the other side then does its work alone. Every thread sleeps while it has nothing to do.

#include "app/cli/stream/blockparser.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace tangent {

/// A thread that runs one task at a time for whoever hands it one while it is free.
class HelperThread {
public:
    HelperThread();
    ~HelperThread();
    HelperThread(const HelperThread&) = delete;
    HelperThread& operator=(const HelperThread&) = delete;

    /// Starts `task` on the helper if it is free, and returns the ticket to wait() for; 0 (and
    /// `task` not run) when it is busy with another caller's task.
    std::uint64_t tryRun(std::function<void()> task);

    /// Waits until the task of `ticket` has finished; rethrows what it threw.
    void wait(std::uint64_t ticket);

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::function<void()> m_task;
    bool m_busy = false;
    bool m_stop = false;
    std::uint64_t m_started = 0; ///< tickets handed out
    std::uint64_t m_finished = 0; ///< tickets whose task has finished
    std::exception_ptr m_error; ///< what the last finished task threw
    std::thread m_thread;
};

/// Waits for a helper's task when it leaves its scope, so that the task never outlives what it
/// refers to, even when the caller's own half throws.
class HelperTask {
public:
    HelperTask(HelperThread* helper, std::function<void()> task)
        : m_helper(helper), m_ticket(helper != nullptr ? helper->tryRun(std::move(task)) : 0)
    {
    }
    ~HelperTask()
    {
        if (m_ticket != 0) {
            try {
                m_helper->wait(m_ticket);
            } catch (...) { // NOLINT(bugprone-empty-catch): unwinding already; the first error wins
            }
        }
    }
    HelperTask(const HelperTask&) = delete;
    HelperTask& operator=(const HelperTask&) = delete;

    /// True when the helper took the task.
    [[nodiscard]] bool taken() const { return m_ticket != 0; }

    /// Waits for the task; rethrows what it threw.
    void wait()
    {
        if (m_ticket != 0)
            m_helper->wait(std::exchange(m_ticket, 0));
    }

private:
    HelperThread* m_helper;
    std::uint64_t m_ticket; ///< 0: the helper did not take the task, or it was waited for
};

/// Parsed blocks from the reading thread to the writing one, at most `capacity` in flight, and
/// spent blocks back for reuse so that steady state allocates nothing.
class BlockQueue {
public:
    /// `spare`: blocks left by an earlier file, reused before any is allocated.
    BlockQueue(std::size_t capacity, std::vector<std::unique_ptr<RowBlock>> spare)
        : m_capacity(capacity), m_spare(std::move(spare))
    {
    }

    /// Every block it holds, for the next file; call once the reader has stopped.
    std::vector<std::unique_ptr<RowBlock>> takeBlocks()
    {
        const std::lock_guard lock(m_mutex);
        for (auto& block : m_full)
            m_spare.push_back(std::move(block));
        m_full.clear();
        return std::move(m_spare);
    }

    std::unique_ptr<RowBlock> spare(std::size_t yCount)
    {
        std::unique_ptr<RowBlock> block;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                block = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        if (!block)
            block = std::make_unique<RowBlock>();
        block->clear(yCount);
        return block;
    }

    /// False when the reader should stop (the writer gave up).
    bool push(std::unique_ptr<RowBlock> block)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_full.size() < m_capacity || m_cancelled; });
        if (m_cancelled)
            return false;
        m_full.push_back(std::move(block));
        m_changed.notify_all();
        return true;
    }

    void finish(std::exception_ptr error)
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_error = std::move(error);
        m_changed.notify_all();
    }

    /// The next block, or null at the end; rethrows the reader's error.
    std::unique_ptr<RowBlock> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_full.empty() || m_done; });
        if (m_full.empty()) {
            if (m_error)
                std::rethrow_exception(m_error);
            return nullptr;
        }
        auto block = std::move(m_full.front());
        m_full.pop_front();
        m_changed.notify_all();
        return block;
    }

    void recycle(std::unique_ptr<RowBlock> block)
    {
        const std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(block));
    }

    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBlock>> m_full;
    std::vector<std::unique_ptr<RowBlock>> m_spare;
    bool m_done = false;
    bool m_cancelled = false;
    std::exception_ptr m_error;
};

/// The reading thread's work: reads `read` to its end after `buffer` (which starts at `line`, the
/// 1-based file line of a record) in chunks of `chunkBytes`, and pushes their records parsed
/// (parseBlock) to `queue` in order; a chunk of at least `splitBytes` is parsed in two parts, the
/// second on `helper` when it is free (null: never). Returns early when the queue is cancelled.
void readBlocks(std::string buffer, const std::function<std::size_t(char*, std::size_t)>& read, std::size_t line,
    const StreamLayout& layout, std::size_t chunkBytes, std::size_t splitBytes, BlockQueue& queue,
    HelperThread* helper);

} // namespace tangent
