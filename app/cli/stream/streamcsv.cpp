// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/streamcsv.h"

#include "app/cli/stream/badcellrule.h"
#include "app/cli/stream/blockparser.h"
#include "app/cli/stream/blockreader.h"
#include "app/cli/stream/pendingrows.h"
#include "app/cli/stream/rowwindow.h"
#include "app/cli/stream/rowwriter.h"
#include "core/engine/engine.h"
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
#include <optional>
#include <ostream>
#include <ranges>
#include <thread>

namespace tangent {
namespace {

/// Records the first block holds at least, so that it never looks too short to differentiate.
constexpr std::ptrdiff_t kMinimumRecords = 8;

/// What the first block settled: the layout, the output's header, where the data starts.
struct Settled {
    StreamLayout layout;
    std::vector<std::string> comments; ///< the provenance, and the '# uncertainty:' line with a band
    std::vector<std::string> names;
    std::size_t dataOffset = 0;
    std::size_t dataLine = 1;
    StreamSpacing spacing;
    std::vector<InputError> leftOut; ///< columns the first block's plan left out for a bad cell
    /// The text column offered as --group when x steps back (groupCandidate, on the sample).
    std::optional<std::string> groupCandidate;
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
    settled.comments.push_back(addBandColumns(settled.layout, settled.names, band, SmoothingMethod::Numpy));
}

/// The recipe planned on the first block: the band's σ is added by addBand once the columns are
/// final, so the sample is planned without it.
Recipe sampleRecipe(Recipe recipe)
{
    recipe.uncertainty = false;
    recipe.noiseSd.reset();
    recipe.columnNoiseSd.clear();
    return recipe;
}

Settled settle(std::string_view head, const CsvReadOptions& csv, const Recipe& recipe, const std::string& source,
    std::size_t sampleBytes)
{
    // A few records at least, however long they are, so that a sample never looks too short.
    std::size_t sampleEnd = 0;
    for (std::size_t bytes = sampleBytes;; bytes *= 2) {
        sampleEnd = wholeRecordsEnd(head.substr(0, std::min(head.size(), bytes)));
        const auto records = std::count(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(sampleEnd), '\n');
        if (bytes >= head.size() || records >= kMinimumRecords)
            break;
    }
    // The engine's plan and computation on the sample: its columns, and its messages for a
    // recipe the table cannot take, exactly as in memory.
    // A smoothing method (methodstream.h) is planned but not computed on the sample (it may be too
    // short for the method); its columns are numpy's, and it adds its own provenance lines.
    const CsvTable sample = readCsv(head.substr(0, sampleEnd == 0 ? head.size() : sampleEnd), csv, source);
    const EnginePlan plan = planDerivative(sample, sampleRecipe(recipe), source);
    const bool numpy = recipe.smoothing.method == SmoothingMethod::Numpy;
    Recipe numpyRecipe = sampleRecipe(recipe);
    numpyRecipe.smoothing = SmoothingOptions {};
    numpyRecipe.smoothing.method = SmoothingMethod::Numpy;
    const EngineResult result = computeDerivative(numpy ? plan : planDerivative(sample, numpyRecipe, source));

    Settled settled;
    // A band's line is added by addBand.
    settled.comments = derivativeProvenance(plan, numpy ? result : EngineResult {});
    const std::string suffix = plan.axis.isDate ? perTimeUnitSuffix(plan.axis.unit, recipe.order) : std::string();
    for (std::size_t c = 0; c < result.table.result.names.size(); ++c)
        settled.names.push_back(outputColumnName(result.table.result.names[c], result.table.kinds[c], suffix));
    for (const InputError& warning : plan.warnings) {
        if (warning.userMessage().id == MessageId::ColumnLeftOut)
            settled.leftOut.push_back(warning);
    }
    const CsvTable& table = plan.table;
    StreamLayout& layout = settled.layout;
    layout.source = source;
    layout.delimiter = table.delimiter;
    layout.decimalComma = table.decimalComma;
    layout.columnCount = table.columns.size();
    for (const CsvColumn& column : table.columns)
        layout.names.push_back(column.name);
    layout.x = plan.axis.index;
    layout.xIsDate = plan.axis.isDate;
    layout.secondsPerUnit = secondsPer(recipe.timeUnit);
    layout.ys = plan.yIndexes;
    settled.dataLine = table.firstDataLine;
    settled.dataOffset = offsetOfLine(head, table.firstDataLine);
    settled.spacing.hasX = plan.axis.index.has_value();
    settled.spacing.h = recipe.dx.value_or(1.0);
    if (const std::optional<std::size_t> group = groupCandidate(table, plan.axis.index))
        settled.groupCandidate = table.columns[*group].name;
    return settled;
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

/// The writing side: rows in, derivatives out, once the spacing and the columns are known.
class Differentiator {
public:
    /// `settled`: the columns written (bad ones left out, the band added).
    Differentiator(
        Settled settled, const Recipe& recipe, std::size_t windowRows, std::ostream& out, HelperThread& helper)
        : m_settled(std::move(settled)),
          m_windowRows(windowRows),
          m_window(m_settled.layout.ys.size(), recipe.edgeOrder, recipe.order, m_settled.layout.bandSigma),
          m_writer(out, m_settled.layout, &helper)
    {
        m_writer.header(m_settled.comments, m_settled.names);
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
        m_settled.spacing.uniform = uniform;
        if (uniform)
            m_settled.spacing.h = h;
    }

private:
    void emit(bool final)
    {
        const StreamLayout& layout = m_settled.layout;
        std::pair<std::size_t, std::size_t> range;
        try {
            range = m_window.compute(m_settled.spacing, final);
        } catch (const GradientError& e) {
            const std::size_t column = layout.ys[m_window.failedColumn()];
            throw InputError(
                layout.source, 0, column + 1, "cannot differentiate '" + layout.names[column] + "': " + e.what());
        }
        m_writer.rows(m_window.rows(), m_window.derivatives(), m_window.bands(), range.first, range.second);
    }

    Settled m_settled;
    std::size_t m_windowRows;
    RowWindow m_window;
    RowWriter m_writer;
};

/// The writing side's state over the whole file: the uniform test, the rows held back, the bad
/// cells, and the Differentiator once what it writes is known.
class BlockSink {
public:
    BlockSink(const Settled& settled, const Recipe& recipe, const StreamSettings& settings, const StreamBand& band,
        std::ostream& out, HelperThread& helper)
        : m_settled(settled),
          m_recipe(recipe),
          m_settings(settings),
          m_band(band),
          m_out(out),
          m_helper(helper),
          m_pending(settings.pendingBytes),
          m_rule(settled.layout, recipe.yColumns.empty(), recipe.strict, settled.leftOut),
          m_decided(!settled.spacing.hasX)
    {
    }

    /// Takes the next block; false when it is to be recycled, true when it is held.
    bool take(std::unique_ptr<RowBlock>& block, SpacingScan& scan)
    {
        m_rule.note(*block);
        if (m_rule.failing())
            return false; // read on for the message the whole file gives; write nothing more
        if (m_settled.spacing.hasX)
            scan.add(block->x);
        if (!m_decided) {
            m_test.feed(block->x);
            if (!m_test.broken()) {
                m_pending.hold(std::move(block));
                return true;
            }
            m_decided = true;
        }
        if (m_rule.holdsRows()) {
            m_pending.hold(std::move(block));
            return true;
        }
        start({});
        m_differentiator->take(*block);
        return false;
    }

    /// At the end of the file: the bad-cell rule's decision, then the rows held back.
    void finish()
    {
        start(m_rule.finish());
        m_differentiator->finish();
    }

    [[nodiscard]] std::vector<InputError> warnings() const { return m_rule.warnings(); }

private:
    /// Starts writing (once): drops the columns `leftOut` (positions in layout.ys), then replays
    /// the rows held back.
    void start(const std::vector<std::size_t>& leftOut)
    {
        if (m_differentiator)
            return;
        Settled settled = m_settled;
        dropYColumns(settled.layout, settled.names, leftOut);
        if (m_band.on)
            addBand(settled, m_band);
        m_differentiator.emplace(std::move(settled), m_recipe, m_settings.windowRows, m_out, m_helper);
        if (m_settled.spacing.hasX)
            m_differentiator->setUniform(!m_test.broken(), m_test.h());
        m_pending.replay(
            [&](const RowBlock& block) { m_differentiator->take(withoutYColumns(block, leftOut, m_scratch)); });
    }

    const Settled& m_settled;
    const Recipe& m_recipe;
    const StreamSettings& m_settings;
    const StreamBand& m_band;
    std::ostream& m_out;
    HelperThread& m_helper;
    PendingRows m_pending;
    BadCellRule m_rule;
    UniformTest m_test;
    bool m_decided;
    std::optional<Differentiator> m_differentiator;
    RowBlock m_scratch;
};

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
void withReader(std::string buffer, const ByteSource& read, const Settled& settled, const StreamSettings& settings,
    HelperThread& helper, const std::function<void(BlockQueue&)>& consume)
{
    // Many-file mode runs file after file on the same threads: the blocks (a few MB of rows) stay
    // with the thread for the next file instead of being freed and faulted in again.
    thread_local std::vector<std::unique_ptr<RowBlock>> spareBlocks;
    BlockQueue queue(4, std::move(spareBlocks));
    {
        std::jthread reader([&, buffer = std::move(buffer)]() mutable {
            try {
                readBlocks(std::move(buffer), read, settled.dataLine, settled.layout, settings.chunkBytes,
                    settings.splitBytes, queue, &helper);
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

/// The warning lines in memory's order: columns left out, then the x column's spacing facts.
std::vector<std::string> streamWarnings(
    std::vector<InputError> warnings, const Settled& settled, const SpacingScan& scan, const std::string& source)
{
    if (settled.layout.x) {
        const std::size_t x = *settled.layout.x;
        const std::vector<InputError> spacing = spacingWarningMessages(
            scan.facts(), settled.layout.names[x], x, settled.dataLine, source, settled.groupCandidate);
        warnings.insert(warnings.end(), spacing.begin(), spacing.end());
    }
    return warningLines(warnings);
}

} // namespace

std::string addBandColumns(
    StreamLayout& layout, std::vector<std::string>& names, const StreamBand& band, SmoothingMethod method)
{
    const std::size_t first = layout.x ? 1 : 0;
    std::vector<std::string> banded(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(first));
    std::vector<BandProvenance> bands;
    for (std::size_t j = 0; j < layout.ys.size(); ++j) {
        const std::string& derivative = names[first + 2 * j + 1];
        banded.push_back(names[first + 2 * j]);
        banded.push_back(derivative);
        banded.push_back(bandColumnName(derivative));
        const double sigma = band.oneForAll ? band.sigma.front() : band.sigma.at(j);
        layout.bandSigma.push_back(sigma);
        bands.push_back({ layout.names[layout.ys[j]], {}, method, sigma, SigmaSource::Given });
    }
    names = std::move(banded);
    return uncertaintyProvenance(bands, band.oneForAll ? std::optional<double>(band.sigma.front()) : std::nullopt);
}

std::vector<std::string> streamCsv(std::string head, const ByteSource& read, const CsvReadOptions& csv,
    const Recipe& recipe, const std::string& source, std::ostream& out, const StreamSettings& settings,
    const StreamBand& band)
{
    readFirstRecords(head, read, settings.chunkBytes);
    const Settled settled = settle(head, csv, recipe, source, settings.sampleBytes);
    HelperThread helper;
    BlockSink sink(settled, recipe, settings, band, out, helper);
    head.erase(0, settled.dataOffset);
    SpacingScan scan;
    withReader(std::move(head), read, settled, settings, helper, [&](BlockQueue& queue) {
        while (auto block = queue.pop()) {
            if (!sink.take(block, scan))
                queue.recycle(std::move(block));
        }
        sink.finish();
    });
    return streamWarnings(sink.warnings(), settled, scan, source);
}

StreamEnd forEachCsvBlock(std::string head, const ByteSource& read, const CsvReadOptions& csv, const Recipe& recipe,
    const std::string& source, const StreamSettings& settings, const std::function<void(const StreamHeader&)>& start,
    const std::function<void(std::unique_ptr<RowBlock>&)>& take)
{
    readFirstRecords(head, read, settings.chunkBytes);
    const Settled settled = settle(head, csv, recipe, source, settings.sampleBytes);
    start(StreamHeader { settled.layout, settled.names, settled.comments, settled.dataLine });
    head.erase(0, settled.dataOffset);
    BadCellRule rule(settled.layout, recipe.yColumns.empty(), recipe.strict, settled.leftOut);
    SpacingScan scan;
    HelperThread helper;
    withReader(std::move(head), read, settled, settings, helper, [&](BlockQueue& queue) {
        while (auto block = queue.pop()) {
            rule.note(*block);
            if (!rule.failing()) { // else read on for the message the whole file gives
                if (settled.spacing.hasX)
                    scan.add(block->x);
                take(block);
            }
            if (block)
                queue.recycle(std::move(block));
        }
    });
    StreamEnd end;
    end.leftOut = rule.finish();
    end.warnings = streamWarnings(rule.warnings(), settled, scan, source);
    return end;
}

} // namespace tangent
