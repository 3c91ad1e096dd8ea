// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/methodstream.h"

#include "app/cli/stream/blockreader.h"
#include "app/cli/stream/methodcolumns.h"
#include "app/cli/stream/rowwriter.h"
#include "core/errors.h"
#include "core/smoothing/runners.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tangent {
namespace {

/// The held rows, what the first block settled, and each y column's facts.
struct MethodStream {
    StreamLayout layout;
    std::vector<std::string> names;
    std::size_t dataLine = 1;
    StreamRowX rowX;
    std::vector<ColumnFacts> facts;
};

/// A SmoothingError located at the file, row and column, as the engine locates it.
InputError located(const MethodStream& stream, std::size_t column, const SmoothingError& e)
{
    const std::size_t index = stream.layout.ys[column];
    const Message message { MessageId::CannotSmooth, { stream.layout.names[index] }, { e.userMessage() } };
    if (e.row() == SmoothingError::npos)
        return { stream.layout.source, 0, index + 1, message };
    const bool xAtFault = e.subject() == SmoothingError::Subject::X && stream.layout.x;
    return { stream.layout.source, stream.dataLine + e.row(), xAtFault ? *stream.layout.x + 1 : index + 1, message };
}

/// cleanSeries' checks that follow the rows: its first error, then too few samples.
void checkClean(const ColumnFacts& facts, const SmoothingOptions& options, const char* method)
{
    if (facts.error)
        throw *facts.error;
    const std::size_t minimum = smoothing::minimumSamples(options.method, options);
    if (facts.clean < minimum)
        throw SmoothingError(Message { MessageId::TooFewPoints,
            { std::string(method), std::to_string(minimum), std::to_string(facts.clean) }, {} });
}

/// runSavgol on one column: the window (by GCV, a pass per candidate, unless given), its checks,
/// then the filter.
MethodColumn savgolOf(PendingRows& rows, const MethodStream& stream, std::size_t column,
    const SmoothingOptions& options, std::size_t batch, std::optional<double> sigma, SmoothingResult& result)
{
    const ColumnFacts& facts = stream.facts[column];
    checkClean(facts, options, "savgol");
    const std::size_t n = facts.clean;
    int window = options.window.value_or(0);
    if (!options.window) {
        const int polyorder = options.polyorder.value_or(std::max(options.order, 3));
        smoothing::checkSavgol({ std::max(polyorder + 2, 5) | 1, polyorder, options.order }, n);
        window = smoothing::chooseSavgolWindow(n, polyorder, options.order,
            [&](int candidate) { return savgolColumnGcv(rows, column, facts, candidate, polyorder, stream.rowX); });
        result.automatic = true;
    }
    const smoothing::SavgolParams params = smoothing::savgolParams(options, window);
    smoothing::checkSavgol(params, n);
    result.used.window = params.window;
    result.used.polyorder = params.polyorder;
    const auto [uniform, h] = facts.uniform(stream.rowX.hasX, stream.rowX.h, false);
    return savgolColumn(rows, column, facts, params, stream.rowX, uniform, h, batch, sigma);
}

/// runKalman on one column: its track's check, log10(q/r) (by maximum likelihood unless given),
/// then the smoother.
MethodColumn kalmanOf(PendingRows& rows, const MethodStream& stream, std::size_t column,
    const SmoothingOptions& options, std::size_t batch, std::optional<double> sigma, SmoothingResult& result)
{
    const ColumnFacts& facts = stream.facts[column];
    checkClean(facts, options, "kalman");
    if (facts.trackError && facts.trackError->row() <= facts.lastRow)
        throw *facts.trackError;
    double ratio = options.ratio.value_or(0.0);
    if (!options.ratio) {
        ratio = kalmanColumnRatio(rows, column, facts, stream.rowX);
        result.automatic = true;
    }
    result.used.ratio = ratio;
    return kalmanColumn(rows, column, facts, ratio, options.order, stream.rowX, batch, sigma);
}

} // namespace

bool methodStreams(SmoothingMethod method)
{
    return method == SmoothingMethod::Savgol || method == SmoothingMethod::Kalman;
}

std::vector<std::string> streamMethodCsv(std::string head, const ByteSource& read, const CsvReadOptions& csv,
    const Recipe& recipe, const std::string& source, std::ostream& out, const StreamSettings& settings,
    const StreamBand& band)
{
    SmoothingOptions options = recipe.smoothing;
    options.order = recipe.order;
    options.smoothedCurve = false;
    checkSmoothingOptions(options);
    const std::string method(methodName(options.method));
    PendingRows rows(settings.pendingBytes);
    MethodStream stream;
    std::vector<std::string> comments;
    std::size_t rowCount = 0;
    const StreamEnd end = forEachCsvBlock(
        std::move(head), read, csv, recipe, source, settings,
        [&](const StreamHeader& header) {
            stream.layout = header.layout;
            stream.names = header.names;
            stream.dataLine = header.dataLine;
            stream.rowX = { header.layout.x.has_value(), recipe.dx.value_or(1.0) };
            stream.facts.resize(header.layout.ys.size());
            comments = header.comments;
        },
        [&](std::unique_ptr<RowBlock>& block) {
            for (std::size_t column = 0; column < stream.facts.size(); ++column) {
                ColumnFacts& facts = stream.facts[column];
                const std::vector<double>& ys = block->ys[column];
                for (std::size_t r = 0; r < block->rows; ++r)
                    facts.observe(rowCount + r, stream.rowX.at(*block, r, rowCount + r), ys[r], method.c_str());
            }
            rowCount += block->rows;
            rows.hold(std::move(block));
        });

    // The columns kept (a column with a bad cell may be left out, as in memory), and with a band
    // the header's sd[...] columns and each column's σ, then each column computed in turn.
    std::vector<std::size_t> kept;
    for (std::size_t column = 0; column < stream.facts.size(); ++column) {
        if (std::ranges::find(end.leftOut, column) == end.leftOut.end())
            kept.push_back(column);
    }
    StreamLayout layout = stream.layout;
    std::vector<std::string> names = stream.names;
    dropYColumns(layout, names, end.leftOut);
    std::string bandLine;
    if (band.on)
        bandLine = addBandColumns(layout, names, band, options.method);
    std::vector<MethodColumn> values;
    for (std::size_t position = 0; position < kept.size(); ++position) {
        const std::size_t column = kept[position];
        const std::optional<double> sigma
            = band.on ? std::optional<double>(layout.bandSigma.at(position)) : std::nullopt;
        SmoothingResult result;
        result.used = options;
        try {
            if (!stream.rowX.hasX && !(std::isfinite(stream.rowX.h) && stream.rowX.h > 0.0))
                throw SmoothingError(Message { MessageId::SpacingNotPositive, {}, {} });
            values.push_back(options.method == SmoothingMethod::Savgol
                    ? savgolOf(rows, stream, column, options, settings.methodBatch, sigma, result)
                    : kalmanOf(rows, stream, column, options, settings.methodBatch, sigma, result));
        } catch (const SmoothingError& e) {
            throw located(stream, column, e);
        }
        std::string line = "method: " + result.provenance();
        if (kept.size() > 1)
            line += " for column '" + stream.layout.names[stream.layout.ys[column]] + "'";
        comments.push_back(std::move(line));
    }
    if (band.on)
        comments.push_back(std::move(bandLine)); // after the methods' lines, as the engine writes it

    HelperThread helper;
    RowWriter writer(out, layout, &helper);
    writer.header(comments, names);
    for (MethodColumn& column : values) {
        column.derivative.rewind();
        if (column.sd)
            column.sd->rewind();
    }
    std::vector<std::vector<double>> derivatives(values.size());
    std::vector<std::vector<double>> bands(band.on ? values.size() : 0);
    std::size_t start = 0;
    RowBlock scratch;
    rows.visit([&](const RowBlock& block) {
        for (std::size_t k = 0; k < values.size(); ++k) {
            MethodColumn& column = values[k];
            column.derivative.read(block, start, stream.rowX, derivatives[k]);
            if (column.sd)
                column.sd->read(block, start, stream.rowX, bands[k]);
        }
        writer.rows(withoutYColumns(block, end.leftOut, scratch), derivatives, bands, 0, block.rows);
        start += block.rows;
    });
    writer.flush();
    return end.warnings;
}

} // namespace tangent
