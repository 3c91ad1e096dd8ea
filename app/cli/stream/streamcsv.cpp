// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/streamcsv.h"

#include "app/cli/stream/blockparser.h"
#include "app/cli/stream/pendingrows.h"
#include "app/cli/stream/rowwindow.h"
#include "app/cli/stream/rowwriter.h"
#include "core/engine/spacingwarnings.h"
#include "core/engine/xaxis.h"
#include "core/errors.h"
#include "core/gradient/spacing.h"
#include "core/io/numberformat.h"
#include "core/uncertainty/bandprovenance.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <ostream>
#include <thread>

namespace tangent {
namespace {

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

/// Records the first block holds at least, so that it never looks too short to differentiate.
constexpr std::ptrdiff_t kMinimumRecords = 8;

/// What the first block settled: the layout, the output's header, where the data starts.
struct Settled {
    StreamLayout layout;
    std::vector<std::string> comments; ///< the '# uncertainty:' line with a band
    std::vector<std::string> names;
    std::size_t dataOffset = 0;
    std::size_t dataLine = 1;
    StreamSpacing spacing;
};

/// The byte offset where 1-based `line` starts, counting LF, CRLF and lone CR as the scanner does.
std::size_t offsetOfLine(std::string_view text, std::size_t line)
{
    std::size_t current = 1;
    std::size_t i = 0;
    while (current < line && i < text.size()) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            ++current;
        ++i;
    }
    return i;
}

/// With a band: sd[NAME] after each derivative column NAME, σ per y, and the provenance line.
void addBand(Settled& settled, const StreamBand& band)
{
    StreamLayout& layout = settled.layout;
    const std::size_t first = layout.x ? 1 : 0;
    std::vector<std::string> names(settled.names.begin(), settled.names.begin() + static_cast<std::ptrdiff_t>(first));
    std::vector<BandProvenance> bands;
    for (std::size_t j = 0; j < layout.ys.size(); ++j) {
        const std::string& derivative = settled.names[first + 2 * j + 1];
        names.push_back(settled.names[first + 2 * j]);
        names.push_back(derivative);
        names.push_back(bandColumnName(derivative));
        const double sigma = band.oneForAll ? band.sigma.front() : band.sigma.at(j);
        layout.bandSigma.push_back(sigma);
        bands.push_back({ layout.names[layout.ys[j]], {}, SmoothingMethod::Numpy, sigma, SigmaSource::Given });
    }
    settled.names = std::move(names);
    settled.comments.push_back(
        uncertaintyProvenance(bands, band.oneForAll ? std::optional<double>(band.sigma.front()) : std::nullopt));
}

Settled settle(std::string_view head, const CsvReadOptions& csv, TableJob& job, TimeUnit unit,
    const std::string& source, std::size_t sampleBytes, const StreamBand& band)
{
    // A few records at least, however long they are, so that a sample never looks too short.
    std::size_t sampleEnd = 0;
    for (std::size_t bytes = sampleBytes;; bytes *= 2) {
        sampleEnd = wholeRecordsEnd(head.substr(0, std::min(head.size(), bytes)));
        const auto records = std::count(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(sampleEnd), '\n');
        if (bytes >= head.size() || records >= kMinimumRecords)
            break;
    }
    CsvTable table = readCsv(head.substr(0, sampleEnd == 0 ? head.size() : sampleEnd), csv, source);
    const XAxis axis = settleXAxis(table, job, unit, std::nullopt, source);
    // Resolves and checks the columns on the sample, with differentiateTable's own messages.
    const DerivativeTable result = differentiateTable(table, job, source);

    Settled settled;
    for (const CsvOutColumn& column : outputColumns(result, table, axis, job.order))
        settled.names.push_back(column.name);
    StreamLayout& layout = settled.layout;
    layout.source = source;
    layout.delimiter = table.delimiter;
    layout.decimalComma = table.decimalComma;
    layout.columnCount = table.columns.size();
    for (const CsvColumn& column : table.columns)
        layout.names.push_back(column.name);
    layout.x = result.xIndex;
    layout.xIsDate = axis.isDate;
    layout.secondsPerUnit = secondsPer(unit);
    layout.ys = result.yIndexes;
    settled.dataLine = table.firstDataLine;
    settled.dataOffset = offsetOfLine(head, table.firstDataLine);
    settled.spacing.hasX = result.xIndex.has_value();
    settled.spacing.h = job.dx.value_or(1.0);
    if (band.on)
        addBand(settled, band);
    return settled;
}

/// The reading thread: whole records of each chunk parsed into blocks.
void readBlocks(std::string buffer, const ByteSource& read, std::size_t line, const StreamLayout& layout,
    std::size_t chunkBytes, BlockQueue& queue)
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
        auto block = queue.spare(layout.ys.size());
        const std::size_t consumed = parseBlock(rest.substr(0, end), atEnd, line, layout, *block);
        begin += consumed;
        needMore = consumed == 0;
        if (block->rows > 0 && !queue.push(std::move(block)))
            return;
        if (atEnd)
            return;
    }
}

/// numpy's uniform test, fed x a block at a time: decided (not uniform) at the first difference
/// that differs from the first; uniform only once the last row has been seen.
class UniformTest {
public:
    void feed(const std::vector<double>& x)
    {
        for (double v : x) {
            if (m_seen == 1)
                m_h = v - m_last;
            else if (m_seen > 1 && !(v - m_last == m_h))
                m_broken = true;
            m_last = v;
            ++m_seen;
            if (m_broken)
                return;
        }
    }
    [[nodiscard]] bool broken() const { return m_broken; }
    [[nodiscard]] double h() const { return m_h; }

private:
    std::size_t m_seen = 0;
    double m_last = 0.0;
    double m_h = 0.0;
    bool m_broken = false;
};

/// The writing side: rows in, derivatives out, once the spacing is known.
class Differentiator {
public:
    Differentiator(const Settled& settled, const TableJob& job, std::size_t windowRows, std::ostream& out)
        : m_layout(settled.layout),
          m_windowRows(windowRows),
          m_window(settled.layout.ys.size(), job.edgeOrder, job.order, settled.layout.bandSigma),
          m_spacing(settled.spacing),
          m_writer(out, settled.layout)
    {
        m_writer.header(settled.comments, settled.names);
    }

    void take(const RowBlock& block)
    {
        m_window.append(block);
        if (m_window.ready(m_windowRows)) {
            emit(false);
            m_window.advance();
        }
    }

    void finish()
    {
        emit(true);
        m_writer.flush();
    }

    void setUniform(bool uniform, double h)
    {
        m_spacing.uniform = uniform;
        if (uniform)
            m_spacing.h = h;
    }

private:
    void emit(bool final)
    {
        std::pair<std::size_t, std::size_t> range;
        try {
            range = m_window.compute(m_spacing, final);
        } catch (const GradientError& e) {
            const std::size_t column = m_layout.ys[m_window.failedColumn()];
            throw InputError(
                m_layout.source, 0, column + 1, "cannot differentiate '" + m_layout.names[column] + "': " + e.what());
        }
        m_writer.rows(m_window.rows(), m_window.derivatives(), m_window.bands(), range.first, range.second);
    }

    const StreamLayout& m_layout;
    std::size_t m_windowRows;
    RowWindow m_window;
    StreamSpacing m_spacing;
    RowWriter m_writer;
};

/// Runs the writing side over the queue: holds rows back while the uniform test is undecided.
/// Gathers the x column's spacing facts into `scan` on the way.
void differentiateBlocks(
    BlockQueue& queue, Differentiator& differentiator, bool hasX, std::size_t pendingBytes, SpacingScan& scan)
{
    UniformTest test;
    bool decided = !hasX;
    PendingRows pending(pendingBytes);
    const auto take = [&](const RowBlock& block) { differentiator.take(block); };
    while (auto block = queue.pop()) {
        if (hasX)
            scan.add(block->x);
        if (!decided) {
            test.feed(block->x);
            if (!test.broken()) {
                pending.hold(std::move(block));
                continue;
            }
            decided = true;
            differentiator.setUniform(false, 0.0);
            pending.replay(take);
        }
        differentiator.take(*block);
        queue.recycle(std::move(block));
    }
    if (!decided) {
        differentiator.setUniform(true, test.h());
        pending.replay(take);
    }
    differentiator.finish();
}

} // namespace

namespace {

/// The sample needs a few whole records, however long; reads on for them if the head is short.
void readFirstRecords(std::string& head, const ByteSource& read, std::size_t chunkBytes)
{
    while (std::count(head.begin(), head.end(), '\n') <= kMinimumRecords) {
        const std::size_t old = head.size();
        head.resize(old + chunkBytes);
        head.resize(old + read(head.data() + old, chunkBytes));
        if (head.size() == old)
            break;
    }
}

/// Parses `buffer` and the rest of `read` on a second thread while `consume` takes the blocks here.
void withReader(std::string buffer, const ByteSource& read, const Settled& settled, std::size_t chunkBytes,
    const std::function<void(BlockQueue&)>& consume)
{
    // Many-file mode runs file after file on the same threads: the blocks (a few MB of rows) stay
    // with the thread for the next file instead of being freed and faulted in again.
    thread_local std::vector<std::unique_ptr<RowBlock>> spareBlocks;
    BlockQueue queue(2, std::move(spareBlocks));
    {
        std::jthread reader([&, buffer = std::move(buffer)]() mutable {
            try {
                readBlocks(std::move(buffer), read, settled.dataLine, settled.layout, chunkBytes, queue);
                queue.finish(nullptr);
            } catch (...) {
                queue.finish(std::current_exception());
            }
        });
        try {
            consume(queue);
        } catch (...) {
            queue.cancel(); // the reader stops at its next block
            reader.join();
            spareBlocks = queue.takeBlocks();
            throw;
        }
    }
    spareBlocks = queue.takeBlocks();
}

} // namespace

std::vector<std::string> streamCsv(std::string head, const ByteSource& read, const CsvReadOptions& csv, TableJob job,
    TimeUnit unit, const std::string& source, std::ostream& out, const StreamSettings& settings, const StreamBand& band)
{
    readFirstRecords(head, read, settings.chunkBytes);
    const Settled settled = settle(head, csv, job, unit, source, settings.sampleBytes, band);
    Differentiator differentiator(settled, job, settings.windowRows, out);
    head.erase(0, settled.dataOffset);
    SpacingScan scan;
    withReader(std::move(head), read, settled, settings.chunkBytes, [&](BlockQueue& queue) {
        differentiateBlocks(queue, differentiator, settled.spacing.hasX, settings.pendingBytes, scan);
    });
    if (!settled.layout.x)
        return {};
    const std::size_t x = *settled.layout.x;
    return spacingWarnings(scan.facts(), settled.layout.names[x], x, settled.dataLine, source);
}

void forEachCsvBlock(std::string head, const ByteSource& read, const CsvReadOptions& csv, TableJob job, TimeUnit unit,
    const std::string& source, const StreamSettings& settings, const std::function<void(const StreamHeader&)>& start,
    const std::function<void(std::unique_ptr<RowBlock>&)>& take)
{
    readFirstRecords(head, read, settings.chunkBytes);
    const Settled settled = settle(head, csv, job, unit, source, settings.sampleBytes, {});
    start(StreamHeader { settled.layout, settled.names, settled.dataLine });
    head.erase(0, settled.dataOffset);
    withReader(std::move(head), read, settled, settings.chunkBytes, [&](BlockQueue& queue) {
        while (auto block = queue.pop()) {
            take(block);
            if (block)
                queue.recycle(std::move(block));
        }
    });
}

} // namespace tangent
