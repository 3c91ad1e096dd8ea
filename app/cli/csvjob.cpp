// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/csvjob.h"

#include "app/cli/grouped.h"
#include "app/cli/spacingwarnings.h"
#include "app/cli/stream/inputfile.h"
#include "app/cli/stream/streamcsv.h"
#include "app/cli/uncertaintycolumns.h"
#include "app/cli/xaxis.h"
#include "core/io/atomicfile.h"
#include "core/uncertainty/uncertainty.h"

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

void runCsvJob(std::string_view bytes, const CsvReadOptions& csv, TableJob job, const SeriesOptions& series,
    const std::string& source, const std::string& output, std::ostream& out, std::ostream& err,
    std::vector<std::string>* spacing, const SmoothingCliOptions* smoothing)
{
    CsvTable table = readCsv(bytes, csv, source);
    std::optional<std::size_t> group;
    if (series.group)
        group = requireColumn(table, *series.group, source);
    const XAxis axis = settleXAxis(table, job, series.timeUnit, group, source);
    const std::span<const std::string> xText
        = axis.isDate ? std::span<const std::string>(table.columns[*axis.index].text) : std::span<const std::string>();

    if (group) {
        GroupedJob groupedJob;
        groupedJob.uncertainty = series.uncertainty;
        groupedJob.options.strict = series.strict;
        if (smoothing) {
            groupedJob.options.smoothing = smoothing->options;
            groupedJob.smoothedColumns = smoothing->smoothed;
        }
        std::vector<std::string> warnings;
        const GroupedTable grouped = differentiateGroups(table, job, *group, groupedJob, source, warnings);
        for (const std::string& line : grouped.autoChoices)
            err << "tangent-cli: " << line << '\n';
        for (const std::string& warning : warnings)
            err << "tangent-cli: " << warning << '\n';
        const std::string suffix = axis.isDate ? perTimeUnitSuffix(axis.unit, job.order) : std::string();
        writeTo(output, out, [&](std::ostream& stream) { writeGroupedCsv(stream, grouped, xText, suffix); });
        return;
    }
    const DerivativeTable result = differentiateTable(table, job, source);
    if (spacing)
        *spacing = spacingWarnings(table, result.xIndex, source);
    std::vector<CsvOutColumn> columns = outputColumns(result, table, axis, job.order);
    std::vector<std::string> comments;
    UncertaintyStorage bands;
    if (series.uncertainty.enabled) {
        std::vector<BandSource> sources;
        const std::size_t first = result.xIndex ? 1 : 0; // then (y, derivative) pairs
        const std::span<const double> x
            = result.xIndex ? std::span<const double>(table.columns[*result.xIndex].values) : std::span<const double>();
        for (std::size_t k = 0; k < result.yIndexes.size(); ++k) {
            SmoothingOptions numpy;
            numpy.method = SmoothingMethod::Numpy;
            numpy.order = job.order;
            const CsvColumn& y = table.columns[result.yIndexes[k]];
            sources.push_back({ columns[first + 2 * k + 1].name, y.name, Series { y.values, x, job.dx.value_or(1.0) },
                numpy, job.edgeOrder });
        }
        comments.push_back(insertUncertaintyColumns(columns, sources, series.uncertainty, bands));
    }
    writeTo(output, out, [&](std::ostream& stream) { writeCsv(stream, columns, ',', comments); });
}

void runCsvInput(InputFile& input, std::string head, const CsvReadOptions& csv, const TableJob& job,
    const SeriesOptions& series, const std::string& output, std::ostream& out, std::ostream& err,
    std::vector<std::string>& spacing)
{
    // The band needs whole columns (σ is estimated from all of a column): read in memory.
    if (input.atEnd() || series.group || series.uncertainty.enabled) {
        runCsvJob(input.whole(head), csv, job, series, input.source(), output, out, err, &spacing);
        return;
    }
    const ByteSource read = [&input](char* buffer, std::size_t size) { return input.read(buffer, size); };
    writeTo(output, out, [&](std::ostream& stream) {
        spacing = streamCsv(std::move(head), read, csv, job, series.timeUnit, input.source(), stream);
    });
}

} // namespace tangent
