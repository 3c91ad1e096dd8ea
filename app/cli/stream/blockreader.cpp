// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/blockreader.h"

#include <algorithm>

namespace tangent {

HelperThread::HelperThread() : m_thread([this] { loop(); }) { }

HelperThread::~HelperThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

std::uint64_t HelperThread::tryRun(std::function<void()> task)
{
    std::uint64_t ticket = 0;
    {
        const std::lock_guard lock(m_mutex);
        if (m_busy || m_stop)
            return 0;
        m_busy = true;
        m_task = std::move(task);
        ticket = ++m_started;
    }
    m_changed.notify_all();
    return ticket;
}

void HelperThread::wait(std::uint64_t ticket)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_finished >= ticket; });
    // A new task starts only once this one's caller has waited: m_busy stays set until then.
    std::exception_ptr error = std::exchange(m_error, nullptr);
    m_busy = false;
    lock.unlock();
    if (error)
        std::rethrow_exception(error);
}

void HelperThread::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_stop || (m_busy && m_started > m_finished); });
        if (m_started == m_finished)
            return; // stopping, nothing left to run
        std::function<void()> task = std::move(m_task);
        lock.unlock();
        std::exception_ptr error;
        try {
            task();
        } catch (...) {
            error = std::current_exception();
        }
        task = nullptr; // what it captured goes before its caller is told
        lock.lock();
        m_error = error;
        ++m_finished;
        m_changed.notify_all();
    }
}

namespace {

/// Parses `text` (whole records) into blocks pushed to `queue` in order, the second part on
/// `helper` when it is free. That part starts at the line the first part's line breaks give; if the
/// first part ends elsewhere (quoted line breaks, lone CRs) or leaves blank lines unparsed, both
/// halves are dropped and `text` is parsed on this thread. Returns the bytes consumed, and false
/// in `go` when the writer gave up.
std::size_t parseChunk(std::string_view text, bool final, std::size_t& line, const StreamLayout& layout,
    std::size_t splitBytes, BlockQueue& queue, HelperThread* helper, bool& go)
{
    // This thread also reads the input: it parses a little less than half (measured on m1.csv: the
    // helper idled a quarter of the time with halves).
    const std::size_t split = text.size() >= splitBytes ? wholeRecordsEnd(text.substr(0, text.size() * 3 / 7)) : 0;
    if (helper != nullptr && split > 0) {
        const std::string_view first = text.substr(0, split);
        const std::string_view second = text.substr(split);
        const std::size_t secondLine = line + static_cast<std::size_t>(std::count(first.begin(), first.end(), '\n'));
        auto firstBlock = queue.spare(layout.ys.size());
        auto secondBlock = queue.spare(layout.ys.size());
        std::size_t secondEnd = secondLine;
        std::size_t secondConsumed = 0;
        HelperTask task(helper, [&] { secondConsumed = parseBlock(second, final, secondEnd, layout, *secondBlock); });
        if (task.taken()) {
            std::size_t firstEnd = line;
            const std::size_t firstConsumed = parseBlock(first, false, firstEnd, layout, *firstBlock);
            if (firstConsumed == first.size() && firstEnd == secondLine) {
                task.wait(); // its error, if any, is the one reading on would meet next
                line = secondEnd;
                go = (firstBlock->rows == 0 || queue.push(std::move(firstBlock)))
                    && (secondBlock->rows == 0 || queue.push(std::move(secondBlock)));
                return first.size() + secondConsumed;
            }
            try {
                task.wait();
            } catch (...) { // NOLINT(bugprone-empty-catch): parsed from the wrong line; read again
            }
        }
        queue.recycle(std::move(firstBlock));
        queue.recycle(std::move(secondBlock));
    }
    auto block = queue.spare(layout.ys.size());
    const std::size_t consumed = parseBlock(text, final, line, layout, *block);
    go = block->rows == 0 || queue.push(std::move(block));
    return consumed;
}

} // namespace

void readBlocks(std::string buffer, const std::function<std::size_t(char*, std::size_t)>& read, std::size_t line,
    const StreamLayout& layout, std::size_t chunkBytes, std::size_t splitBytes, BlockQueue& queue, HelperThread* helper)
{
    bool atEnd = false;
    bool needMore = false; // no whole record in hand, or only blank lines that may end the file
    std::size_t begin = 0;
    for (;;) {
        if (!atEnd && (needMore || buffer.size() - begin < chunkBytes)) {
            buffer.erase(0, begin); // an unfinished record, moved to the front
            begin = 0;
            const std::size_t old = buffer.size();
            buffer.resize(old + chunkBytes);
            const std::size_t got = read(buffer.data() + old, chunkBytes);
            buffer.resize(old + got);
            atEnd = got < chunkBytes;
        }
        const std::string_view rest = std::string_view(buffer).substr(begin);
        const std::size_t end = atEnd ? rest.size() : wholeRecordsEnd(rest);
        bool go = true;
        const std::size_t consumed
            = parseChunk(rest.substr(0, end), atEnd, line, layout, splitBytes, queue, helper, go);
        begin += consumed;
        needMore = consumed == 0;
        if (!go)
            return;
        if (atEnd)
            return;
    }
}

} // namespace tangent
