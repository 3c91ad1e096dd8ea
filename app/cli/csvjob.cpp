// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/csvjob.h"

#include "app/cli/memorycheck.h"
#include "app/cli/stream/inputfile.h"
#include "app/cli/stream/methodstream.h"
#include "app/cli/stream/streamcsv.h"
#include "core/engine/engine.h"
#include "core/engine/spacingwarnings.h"
#include "core/io/atomicfile.h"

#include <algorithm>
#include <optional>
#include <ostream>
#include <utility>

namespace tangent {
namespace {

StreamSizes& sizesInUse()
{
    static StreamSizes sizes;
    return sizes;
}

void writeTo(const std::string& output, std::ostream& out, const std::function<void(std::ostream&)>& write)
{
    if (output == "-")
        write(out);
    else
        writeFileAtomically(output, write);
}

} // namespace

const StreamSizes& streamSizes()
{
    return sizesInUse();
}

StreamSizes setStreamSizes(const StreamSizes& sizes)
{
    return std::exchange(sizesInUse(), sizes);
}

Recipe recipeOf(const TableJob& job, const SeriesOptions& series, const SmoothingCliOptions* smoothing)
{
    Recipe recipe;
    recipe.xColumn = job.xColumn;
    recipe.dx = job.dx;
    recipe.yColumns = job.yColumns;
    recipe.edgeOrder = job.edgeOrder;
    recipe.order = job.order;
    recipe.timeUnit = series.timeUnit;
    recipe.group = series.group;
    recipe.strict = series.strict;
    if (smoothing) {
        recipe.smoothing = smoothing->options;
        recipe.smoothed = smoothing->smoothed;
    }
    recipe.smoothing.order = job.order;
    return recipe;
}

void runEngineCsv(std::string_view bytes, const CsvReadOptions& csv, const Recipe& recipe, bool explain,
    const std::string& source, const std::string& output, std::ostream& out, std::ostream& err,
    std::vector<std::string>& warnings)
{
    checkMemoryFits(bytes, recipe, source);
    const EnginePlan plan = planDerivative(readCsv(bytes, csv, source), recipe, source);
    warnings = warningLines(plan.warnings);
    if (explain) {
        writeTo(output, out, [&](std::ostream& stream) { writeExplanation(stream, plan); });
        return;
    }
    const EngineResult result = computeDerivative(plan);
    for (const std::string& note : result.notes)
        err << "tangent-cli: " << note << '\n';
    for (const InputError& warning : result.warnings)
        err << "tangent-cli: " << warning.what() << '\n';
    writeTo(output, out, [&](std::ostream& stream) { writeDerivativeCsv(stream, plan, result); });
}

void runCsvJob(std::string_view bytes, const CsvReadOptions& csv, const TableJob& job, const SeriesOptions& series,
    const std::string& source, const std::string& output, std::ostream& out, std::ostream& err,
    std::vector<std::string>* spacing, const SmoothingCliOptions* smoothing)
{
    std::vector<std::string> warnings;
    runEngineCsv(bytes, csv, recipeOf(job, series, smoothing), false, source, output, out, err, warnings);
    if (spacing)
        *spacing = std::move(warnings);
}

namespace {

/// The band of a streamed numpy.gradient, savgol or kalman: σ must be known before the first row
/// is written, so only σ given for every column streams. An estimate is a median over the whole
/// column, which would hold the column in memory anyway. Per column, the names given must be
/// --y's, as written.
std::optional<StreamBand> streamBand(const Recipe& recipe)
{
    StreamBand band;
    if (!recipe.uncertainty)
        return band;
    band.on = true;
    if (recipe.noiseSd) {
        band.sigma = { *recipe.noiseSd };
        band.oneForAll = true;
        return band;
    }
    if (recipe.yColumns.empty() || recipe.columnNoiseSd.size() != recipe.yColumns.size())
        return std::nullopt;
    for (const std::string& y : recipe.yColumns) {
        const auto given = std::ranges::find(recipe.columnNoiseSd, y, &ColumnNoise::column);
        if (given == recipe.columnNoiseSd.end())
            return std::nullopt;
        band.sigma.push_back(given->sd);
    }
    return band;
}

} // namespace

namespace {

/// Whether the method path streams `recipe`: savgol or kalman alone (no group or smoothed column,
/// a band only with σ given for every column), with options the engine would accept (its
/// messages come from the in-memory path).
bool methodStreamable(const Recipe& recipe)
{
    if (!methodStreams(recipe.smoothing.method) || recipe.group || recipe.smoothed || recipe.edgeOrder != 1
        || (recipe.xColumn && recipe.dx))
        return false;
    if (recipe.uncertainty ? !streamBand(recipe) : recipe.givesNoiseSd())
        return false;
    SmoothingOptions options = recipe.smoothing;
    options.order = recipe.order;
    try {
        checkSmoothingOptions(options);
    } catch (const SmoothingError&) {
        return false;
    }
    return true;
}

} // namespace

bool streamable(const Recipe& recipe)
{
    if (recipe.smoothing.method != SmoothingMethod::Numpy)
        return methodStreamable(recipe);
    return !recipe.group && !recipe.smoothed && streamBand(recipe).has_value();
}

void runCsvInput(InputFile& input, std::string head, const CsvReadOptions& csv, const Recipe& recipe,
    const std::string& output, std::ostream& out, std::ostream& err, std::vector<std::string>& warnings)
{
    if (input.atEnd() || !streamable(recipe)) {
        runEngineCsv(input.whole(head), csv, recipe, false, input.source(), output, out, err, warnings);
        return;
    }
    const ByteSource read = [&input](char* buffer, std::size_t size) { return input.read(buffer, size); };
    if (recipe.smoothing.method != SmoothingMethod::Numpy) {
        writeTo(output, out, [&](std::ostream& stream) {
            warnings = streamMethodCsv(
                std::move(head), read, csv, recipe, input.source(), stream, streamSizes().blocks, *streamBand(recipe));
        });
        return;
    }
    writeTo(output, out, [&](std::ostream& stream) {
        warnings = streamCsv(
            std::move(head), read, csv, recipe, input.source(), stream, streamSizes().blocks, *streamBand(recipe));
    });
}

} // namespace tangent
