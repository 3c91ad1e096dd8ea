// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/csvjob.h"

#include "app/cli/stream/inputfile.h"
#include "app/cli/stream/streamcsv.h"
#include "core/engine/engine.h"
#include "core/engine/spacingwarnings.h"
#include "core/io/atomicfile.h"

#include <ostream>

namespace tangent {
namespace {

void writeTo(const std::string& output, std::ostream& out, const std::function<void(std::ostream&)>& write)
{
    if (output == "-")
        write(out);
    else
        writeFileAtomically(output, write);
}

} // namespace

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

bool streamable(const Recipe& recipe)
{
    // The band needs whole columns (σ is estimated from all of a column): read in memory.
    return recipe.smoothing.method == SmoothingMethod::Numpy && !recipe.group && !recipe.smoothed
        && !recipe.uncertainty;
}

void runCsvInput(InputFile& input, std::string head, const CsvReadOptions& csv, const Recipe& recipe,
    const std::string& output, std::ostream& out, std::ostream& err, std::vector<std::string>& warnings)
{
    if (input.atEnd() || !streamable(recipe)) {
        runEngineCsv(input.whole(head), csv, recipe, false, input.source(), output, out, err, warnings);
        return;
    }
    TableJob job;
    job.xColumn = recipe.xColumn;
    job.dx = recipe.dx;
    job.yColumns = recipe.yColumns;
    job.edgeOrder = recipe.edgeOrder;
    job.order = recipe.order;
    const ByteSource read = [&input](char* buffer, std::size_t size) { return input.read(buffer, size); };
    writeTo(output, out, [&](std::ostream& stream) {
        warnings = streamCsv(std::move(head), read, csv, job, recipe.timeUnit, input.source(), stream);
    });
}

} // namespace tangent
