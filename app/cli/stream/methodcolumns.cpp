// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/methodcolumns.h"

#include "core/errors.h"
#include "core/smoothing/kalman/kalmanfilter.h"
#include "core/uncertainty/uncertainty.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <deque>
#include <string>
#include <utility>

namespace tangent {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Values written to a file at a time.
constexpr std::size_t kBatch = std::size_t { 1 } << 16;

[[noreturn]] void throwFileError(const char* what)
{
    throw InputError("<temporary file>", 0, 0, std::string(what) + ": " + std::strerror(errno));
}

std::FILE* temporaryFile()
{
    std::FILE* file = std::tmpfile();
    if (file == nullptr)
        throwFileError("cannot create a temporary file for a column's values");
    return file;
}

void writeAll(std::FILE* file, const void* data, std::size_t bytes)
{
    if (bytes != 0 && std::fwrite(data, 1, bytes, file) != bytes)
        throwFileError("cannot write a column's values to a temporary file");
}

void readAll(std::FILE* file, void* data, std::size_t bytes)
{
    if (bytes != 0 && std::fread(data, 1, bytes, file) != bytes)
        throwFileError("cannot read a column's values back from a temporary file");
}

void seek(std::FILE* file, std::size_t offset)
{
    if (std::fseek(file, static_cast<long>(offset), SEEK_SET) != 0)
        throwFileError("cannot seek in a temporary file");
}

/// Calls `use(row, x, y)` for every held row of `column`, in order.
template <typename Use> void forEachRow(PendingRows& rows, std::size_t column, const StreamRowX& rowX, Use use)
{
    std::size_t start = 0;
    rows.visit([&](const RowBlock& block) {
        const std::vector<double>& ys = block.ys[column];
        for (std::size_t r = 0; r < block.rows; ++r)
            use(start + r, rowX.at(block, r, start + r), ys[r]);
        start += block.rows;
    });
}

/// Drops the samples before `keep` from the front of a sliding stretch that starts at `base`,
/// once they are at least half of it (so that each sample is moved about once).
void dropBefore(std::vector<double>& values, std::size_t& base, std::size_t keep)
{
    const std::size_t drop = std::min(keep - base, values.size());
    if (drop == 0 || 2 * drop < values.size())
        return;
    values.erase(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(drop));
    base += drop;
}

/// The streamed Savitzky–Golay of one column (see savgolColumn).
class SavgolStream {
public:
    SavgolStream(const ColumnFacts& facts, const smoothing::SavgolParams& params, bool uniform, double h,
        std::size_t batch, std::optional<double> sigma, MethodColumn& out)
        : m_total(facts.clean), m_params(params), m_uniform(uniform), m_h(h), m_batch(batch), m_sigma(sigma), m_out(out)
    {
    }

    void row(double x, double y)
    {
        const bool clean = !std::isnan(y) && !std::isnan(x);
        m_waiting.push_back({ x, clean });
        if (clean) {
            m_x.push_back(x);
            m_y.push_back(y);
            ++m_seen;
            if (m_seen - m_next >= m_batch || m_seen == m_total)
                compute();
        } else if (!m_havePrevious || m_waiting.size() >= m_batch) {
            drain();
        }
    }

    void finish()
    {
        compute();
        drain();
    }

private:
    [[nodiscard]] std::size_t windowFirst(std::size_t i) const
    {
        return smoothing::savgolWindowFirst(i, m_total, m_params.window);
    }

    void compute()
    {
        const auto window = static_cast<std::size_t>(m_params.window);
        std::size_t to = m_next;
        while (to < m_total && windowFirst(to) + window <= m_seen)
            ++to;
        if (to > m_next) {
            smoothing::CleanSeries chunk;
            if (!m_uniform)
                chunk.x = m_x;
            chunk.y = m_y;
            chunk.uniform = m_uniform;
            chunk.h = m_h;
            m_computed.resize(to - m_next);
            smoothing::savgolFilterRange(chunk, m_base, m_total, m_params, m_next, to, m_computed);
            if (m_sigma) {
                m_unitSd.resize(to - m_next);
                savgolUnitSdRange(chunk, m_base, m_total, m_params, m_next, to, m_unitSd);
            }
            for (std::size_t i = m_next; i < to; ++i) {
                const double sd = m_sigma ? m_unitSd[i - m_next] * *m_sigma : kNaN; // derivativeBand's σ·unit sd
                m_values.push_back({ m_x[i - m_base], m_computed[i - m_next], sd });
            }
            m_next = to;
            const std::size_t keep = to < m_total ? windowFirst(to) : m_base + m_y.size();
            std::size_t base = m_base;
            dropBefore(m_x, base, keep);
            dropBefore(m_y, m_base, keep);
        }
        drain();
    }

    /// Writes the value (and sd) of each waiting row that has one: a clean row its own, a row left
    /// out the line between its clean neighbours' at its x (NaN before the first and after the last).
    void drain()
    {
        while (!m_waiting.empty()) {
            const Waiting row = m_waiting.front();
            Value value { row.x, kNaN, kNaN };
            if (row.clean) {
                if (m_values.empty())
                    return;
                m_previous = m_values.front();
                m_values.pop_front();
                m_havePrevious = true;
                ++m_written;
                value = m_previous;
            } else if (m_havePrevious && m_written < m_total) {
                if (m_values.empty())
                    return;
                const Value& next = m_values.front();
                if (!std::isnan(row.x)) {
                    const double w = (row.x - m_previous.x) / (next.x - m_previous.x);
                    if (w >= 0.0 && w <= 1.0) {
                        value.derivative = m_previous.derivative + w * (next.derivative - m_previous.derivative);
                        value.sd = m_previous.sd + w * (next.sd - m_previous.sd);
                    }
                }
            }
            m_out.derivative.append(value.derivative);
            if (m_out.sd)
                m_out.sd->append(value.sd);
            m_waiting.pop_front();
        }
    }

    struct Waiting {
        double x;
        bool clean;
    };

    /// A clean sample's x, derivative and sd (NaN without a band).
    struct Value {
        double x;
        double derivative;
        double sd;
    };

    std::size_t m_total;
    smoothing::SavgolParams m_params;
    bool m_uniform;
    double m_h;
    std::size_t m_batch;
    std::optional<double> m_sigma;
    MethodColumn& m_out;
    std::vector<double> m_x; ///< clean samples [m_base, m_base + size)
    std::vector<double> m_y;
    std::size_t m_base = 0;
    std::size_t m_seen = 0; ///< clean samples seen
    std::size_t m_next = 0; ///< the first clean sample without a value
    std::vector<double> m_computed;
    std::vector<double> m_unitSd;
    std::deque<Value> m_values; ///< clean samples not yet written
    std::deque<Waiting> m_waiting; ///< rows not yet written
    bool m_havePrevious = false;
    Value m_previous {};
    std::size_t m_written = 0; ///< clean samples written
};

/// A forward-filtered sample of kalman's track, as the backward pass reads it.
struct FilteredSample {
    double x;
    smoothing::KalmanVec state;
    smoothing::KalmanMat covariance;
};

} // namespace

void ColumnFacts::observe(std::size_t row, double x, double y, const char* method)
{
    if (error)
        return;
    if (clean > 0 && !std::isnan(x) && !trackError) {
        if (!(x > m_trackLast)) {
            try {
                smoothing::throwNotIncreasing(method, x, m_trackLast, row);
            } catch (const SmoothingError& e) {
                trackError = e;
            }
        }
        m_trackLast = x;
    }
    if (std::isnan(y) || std::isnan(x)) {
        complete = false;
        return;
    }
    if (!std::isfinite(y) || !std::isfinite(x)) {
        error = SmoothingError(Message { MessageId::InfiniteValue, {}, {} }, row);
        return;
    }
    if (!(x > m_previous)) {
        try {
            smoothing::throwNotIncreasing(method, x, m_previous, row);
        } catch (const SmoothingError& e) {
            error = e;
        }
        return;
    }
    if (clean == 0) {
        firstRow = row;
        firstX = x;
        m_trackLast = x;
    } else {
        const double step = x - m_previous;
        minStep = std::min(minStep, step);
        maxStep = std::max(maxStep, step);
    }
    m_previous = x;
    lastRow = row;
    lastX = x;
    if (headX.size() < 8) {
        headX.push_back(x);
        headY.push_back(y);
    }
    ++clean;
}

std::pair<bool, double> ColumnFacts::uniform(bool hasX, double h, bool needsX) const
{
    if (!hasX && complete && !needsX)
        return { true, h }; // cleanSeries gives no x at all
    if (clean < 2)
        return { false, 1.0 };
    if (!hasX && complete)
        return { true, h };
    const double step = (lastX - firstX) / static_cast<double>(clean - 1);
    // evenlySpaced's test on every difference: |d - step| is largest at the smallest or largest d.
    const double tolerance = smoothing::kUniformTolerance * step;
    return { !(std::abs(minStep - step) > tolerance) && !(std::abs(maxStep - step) > tolerance), step };
}

ColumnValues::ColumnValues() : m_file(temporaryFile()) { }

ColumnValues::~ColumnValues()
{
    if (m_file != nullptr)
        std::fclose(m_file);
}

ColumnValues::ColumnValues(ColumnValues&& other) noexcept
    : m_file(std::exchange(other.m_file, nullptr)),
      m_buffer(std::move(other.m_buffer)),
      m_track(other.m_track),
      m_firstRow(other.m_firstRow),
      m_lastRow(other.m_lastRow)
{
}

void ColumnValues::append(double value)
{
    m_buffer.push_back(value);
    if (m_buffer.size() >= kBatch)
        flush();
}

void ColumnValues::flush()
{
    writeAll(m_file, m_buffer.data(), m_buffer.size() * sizeof(double));
    m_buffer.clear();
}

void ColumnValues::writeAt(std::size_t at, const std::vector<double>& values)
{
    seek(m_file, at * sizeof(double));
    writeAll(m_file, values.data(), values.size() * sizeof(double));
}

void ColumnValues::setTrack(std::size_t firstRow, std::size_t lastRow)
{
    m_track = true;
    m_firstRow = firstRow;
    m_lastRow = lastRow;
}

void ColumnValues::rewind()
{
    flush();
    seek(m_file, 0);
}

void ColumnValues::read(const RowBlock& block, std::size_t start, const StreamRowX& rowX, std::vector<double>& out)
{
    out.resize(block.rows);
    if (!m_track) {
        readAll(m_file, out.data(), block.rows * sizeof(double));
        return;
    }
    std::size_t entries = 0;
    for (std::size_t r = 0; r < block.rows; ++r) {
        const std::size_t row = start + r;
        const bool inTrack = row >= m_firstRow && row <= m_lastRow && !std::isnan(rowX.at(block, r, row));
        entries += inTrack ? 1 : 0;
    }
    m_read.resize(entries);
    readAll(m_file, m_read.data(), entries * sizeof(double));
    std::size_t next = 0;
    for (std::size_t r = 0; r < block.rows; ++r) {
        const std::size_t row = start + r;
        const bool inTrack = row >= m_firstRow && row <= m_lastRow && !std::isnan(rowX.at(block, r, row));
        out[r] = inTrack ? m_read[next++] : kNaN;
    }
}

MethodColumn savgolColumn(PendingRows& rows, std::size_t column, const ColumnFacts& facts,
    const smoothing::SavgolParams& params, const StreamRowX& rowX, bool uniform, double h, std::size_t batch,
    std::optional<double> sigma)
{
    MethodColumn values;
    if (sigma)
        values.sd.emplace();
    SavgolStream stream(facts, params, uniform, h, std::max<std::size_t>(batch, 1), sigma, values);
    forEachRow(rows, column, rowX, [&](std::size_t, double x, double y) { stream.row(x, y); });
    stream.finish();
    return values;
}

double savgolColumnGcv(
    PendingRows& rows, std::size_t column, const ColumnFacts& facts, int window, int polyorder, const StreamRowX& rowX)
{
    smoothing::InteriorGcv gcv(facts.clean, window, polyorder);
    const std::size_t width = gcv.window();
    std::vector<double> y;
    std::size_t base = 0;
    std::size_t seen = 0;
    forEachRow(rows, column, rowX, [&](std::size_t, double x, double value) {
        if (std::isnan(value) || std::isnan(x))
            return;
        y.push_back(value);
        ++seen;
        if (seen < width)
            return;
        const std::size_t first = seen - width;
        if (first < gcv.interior() && first % gcv.stride() == 0)
            gcv.add(std::span<const double>(y).subspan(first - base, width));
        dropBefore(y, base, first + 1);
    });
    return gcv.value();
}

double kalmanColumnRatio(PendingRows& rows, std::size_t column, const ColumnFacts& facts, const StreamRowX& rowX)
{
    const double step = (facts.lastX - facts.firstX) / static_cast<double>(facts.clean - 1);
    return smoothing::kalmanLikelihoodRatio(step, [&](double logRatio) {
        smoothing::KalmanFilter filter(facts.headX, facts.headY, std::pow(10.0, logRatio));
        forEachRow(rows, column, rowX, [&](std::size_t row, double x, double y) {
            if (row >= facts.firstRow && row <= facts.lastRow && !std::isnan(x))
                filter.step(x, y);
        });
        return -filter.logLikelihood();
    });
}

MethodColumn kalmanColumn(PendingRows& rows, std::size_t column, const ColumnFacts& facts, double ratio, int order,
    const StreamRowX& rowX, std::size_t batch, std::optional<double> sigma)
{
    batch = std::max<std::size_t>(batch, 1);
    const double q = std::pow(10.0, ratio);
    std::FILE* states = temporaryFile();
    std::size_t count = 0;
    try {
        smoothing::KalmanFilter filter(facts.headX, facts.headY, q);
        std::vector<FilteredSample> pending;
        forEachRow(rows, column, rowX, [&](std::size_t row, double x, double y) {
            if (row < facts.firstRow || row > facts.lastRow || std::isnan(x))
                return;
            filter.step(x, y);
            pending.push_back({ x, filter.state(), filter.covariance() });
            if (pending.size() == batch) {
                writeAll(states, pending.data(), pending.size() * sizeof(FilteredSample));
                count += pending.size();
                pending.clear();
            }
        });
        writeAll(states, pending.data(), pending.size() * sizeof(FilteredSample));
        count += pending.size();

        MethodColumn values;
        values.derivative.setTrack(facts.firstRow, facts.lastRow);
        if (sigma) {
            values.sd.emplace();
            values.sd->setTrack(facts.firstRow, facts.lastRow);
        }
        std::vector<FilteredSample> block;
        std::vector<double> derivative;
        std::vector<double> sd;
        smoothing::KalmanVec next {};
        smoothing::KalmanMat nextP {};
        double nextX = 0.0;
        const auto k = static_cast<std::size_t>(order);
        for (std::size_t end = count; end > 0;) {
            const std::size_t begin = end > batch ? end - batch : 0;
            block.resize(end - begin);
            seek(states, begin * sizeof(FilteredSample));
            readAll(states, block.data(), block.size() * sizeof(FilteredSample));
            derivative.resize(block.size());
            sd.resize(sigma ? block.size() : 0);
            for (std::size_t i = end; i-- > begin;) {
                const FilteredSample& sample = block[i - begin];
                const bool last = i + 1 == count;
                const double h = nextX - sample.x;
                const smoothing::KalmanVec smoothed
                    = last ? sample.state : smoothing::kalmanSmoothStep(sample.state, sample.covariance, next, h, q);
                derivative[i - begin] = smoothed[k];
                next = smoothed;
                if (sigma) {
                    // The in-memory band's recursion (kalmanDerivativeSd), carried through the blocks.
                    nextP
                        = last ? sample.covariance : smoothing::kalmanSmoothCovariance(sample.covariance, nextP, h, q);
                    sd[i - begin] = smoothing::kalmanBandSd(nextP, order, *sigma);
                }
                nextX = sample.x;
            }
            values.derivative.writeAt(begin, derivative);
            if (values.sd)
                values.sd->writeAt(begin, sd);
            end = begin;
        }
        std::fclose(states);
        return values;
    } catch (...) {
        std::fclose(states);
        throw;
    }
}

} // namespace tangent
