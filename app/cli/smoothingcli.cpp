// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/smoothingcli.h"

#include "app/cli/smoothingnpy.h"
#include "core/classroom/explain.h"
#include "core/errors.h"
#include "core/io/atomicfile.h"
#include "core/io/numberformat.h"

#include <cmath>
#include <ostream>

namespace tangent {
namespace {

double parseNumberOption(const std::string& option, const std::string& text)
{
    const auto value = parseDouble(text);
    if (!value)
        throw SmoothingError(option + " expects a number, not '" + text + "'");
    return *value;
}

int parseWholeOption(const std::string& option, const std::string& text)
{
    const auto value = parseDouble(text);
    if (!value || *value != std::floor(*value) || std::abs(*value) > 1e9)
        throw SmoothingError(option + " expects a whole number, not '" + text + "'");
    return static_cast<int>(*value);
}

SmoothingMethod parseMethodOption(const std::string& text)
{
    if (const auto method = parseMethodName(text))
        return *method;
    throw SmoothingError("--method expects numpy, savgol, spline, tvr, kalman or auto, not '" + text + "'");
}

/// A location for a smoothing error in a table: the x column when x is at fault, else y's.
InputError tableError(const std::string& source, const CsvTable& table, const DerivativeTable& resolved,
    std::size_t yIndex, const SmoothingError& e)
{
    const std::string& name = table.columns[yIndex].name;
    const std::string message = "cannot smooth '" + name + "': " + e.what();
    if (e.row() == SmoothingError::npos)
        return { source, 0, yIndex + 1, message };
    const bool xAtFault = e.subject() == SmoothingError::Subject::X;
    const std::size_t column = xAtFault && resolved.xIndex ? *resolved.xIndex + 1 : yIndex + 1;
    return { source, table.firstDataLine + e.row(), column, message };
}

/// One y column's result, named and ready to write.
struct SmoothedColumn {
    std::size_t index;
    SmoothingResult result;
};

std::vector<SmoothedColumn> smoothColumns(
    const SmoothingCliOptions& cli, const SmoothingCliJob& job, const CsvTable& table, const DerivativeTable& resolved)
{
    SmoothingOptions options = cli.options;
    options.order = job.table.order;
    options.smoothedCurve = cli.smoothed;
    std::vector<SmoothedColumn> columns;
    for (std::size_t index : resolved.yIndexes) {
        const std::span<const double> x = resolved.xIndex
            ? std::span<const double>(table.columns[*resolved.xIndex].values)
            : std::span<const double>();
        const Series series { table.columns[index].values, x, job.table.dx.value_or(1.0) };
        try {
            columns.push_back({ index, smoothDerivative(series, options) });
        } catch (const SmoothingError& e) {
            throw tableError(job.source, table, resolved, index, e);
        }
    }
    return columns;
}

void writeOutput(const std::string& output, std::ostream& out, const std::function<void(std::ostream&)>& write)
{
    if (output == "-")
        write(out);
    else
        writeFileAtomically(output, write);
}

void reportAutoChoice(const std::vector<SmoothedColumn>& columns, const CsvTable& table, std::ostream& err)
{
    for (const SmoothedColumn& c : columns)
        if (c.result.chosenByAuto)
            err << "tangent-cli: auto chose " << c.result.provenance() << " for '" << table.columns[c.index].name
                << "'\n";
}

/// Rows left out of the fit (NaN y) between `from` and `to`, and what their value is.
void writeGapRows(
    std::ostream& stream, std::size_t from, std::size_t to, std::size_t before, std::size_t after, std::size_t rows)
{
    for (std::size_t r = from; r < to; ++r) {
        stream << "row " << r << ": y is NaN; ";
        if (before < rows && after < rows)
            stream << "interpolated in x between rows " << before << " and " << after << '\n';
        else
            stream << "left NaN (no value on both sides)\n";
    }
}

/// One line per row: "row 5: w * y[3] + ... = value"; rows without a value say so.
void writeSavgolRows(std::ostream& stream, const std::vector<SavgolRowWeights>& explained, std::size_t rows)
{
    std::size_t next = 0;
    std::size_t previous = rows; // none yet
    for (const SavgolRowWeights& row : explained) {
        writeGapRows(stream, next, row.row, previous, row.row, rows);
        stream << "row " << row.row << ": ";
        for (std::size_t j = 0; j < row.weights.size(); ++j)
            stream << (j > 0 ? " + " : "") << formatPythonFloat(row.weights[j]) << " * y[" << row.rows[j] << ']';
        stream << " = " << formatPythonFloat(row.value) << '\n';
        previous = row.row;
        next = row.row + 1;
    }
    writeGapRows(stream, next, rows, previous, rows, rows);
}

/// --explain: savgol's weights at every row; one line per column for the other methods.
void writeExplanation(std::ostream& stream, const std::vector<SmoothedColumn>& columns, const CsvTable& table,
    const DerivativeTable& resolved, const SmoothingCliJob& job)
{
    for (const SmoothedColumn& c : columns) {
        if (columns.size() > 1)
            stream << "# y column: " << table.columns[c.index].name << '\n';
        if (c.result.used.method != SmoothingMethod::Savgol) {
            stream << c.result.objective << " [" << c.result.provenance() << "]\n";
            continue;
        }
        stream << "# " << c.result.objective << " [" << c.result.provenance() << "]\n";
        const std::span<const double> x = resolved.xIndex
            ? std::span<const double>(table.columns[*resolved.xIndex].values)
            : std::span<const double>();
        const Series series { table.columns[c.index].values, x, job.table.dx.value_or(1.0) };
        writeSavgolRows(stream, savgolExplain(series, c.result.used), series.y.size());
    }
}

void runTable(const SmoothingCliOptions& cli, const SmoothingCliJob& job, const std::string& bytes, std::ostream& out,
    std::ostream& err)
{
    if (!job.spacings.empty() || job.axes)
        throw SmoothingError("--spacing and --axis apply to .npy input; for CSV use --x or --dx");
    const CsvTable table = readCsv(bytes, job.csv, job.source);
    // Resolves the x and y columns exactly as the numpy path does (its own derivative is unused).
    TableJob resolveOnly = job.table;
    resolveOnly.order = 1;
    const DerivativeTable resolved = differentiateTable(table, resolveOnly, job.source);
    const std::vector<SmoothedColumn> columns = smoothColumns(cli, job, table, resolved);
    reportAutoChoice(columns, table, err);
    if (job.explain) {
        writeOutput(job.output, out, [&](std::ostream& s) { writeExplanation(s, columns, table, resolved, job); });
        return;
    }
    std::vector<CsvOutColumn> outColumns;
    std::vector<std::string> comments;
    const std::string xName = resolved.xIndex ? table.columns[*resolved.xIndex].name : "x";
    if (resolved.xIndex)
        outColumns.push_back({ xName, table.columns[*resolved.xIndex].values });
    std::vector<std::string> names;
    names.reserve(columns.size() * 2);
    for (const SmoothedColumn& c : columns) {
        const std::string& y = table.columns[c.index].name;
        std::string line = "method: " + c.result.provenance();
        if (columns.size() > 1)
            line += " for column '" + y + "'";
        comments.push_back(line);
        outColumns.push_back({ y, table.columns[c.index].values });
        if (cli.smoothed) {
            names.push_back("smooth(" + y + ")");
            outColumns.push_back({ names.back(), c.result.smoothed });
        }
        names.push_back(derivativeColumnName(y, xName, job.table.order));
        outColumns.push_back({ names.back(), c.result.derivative });
    }
    UncertaintyStorage bands;
    if (job.uncertainty.enabled) {
        std::vector<BandSource> sources;
        const std::span<const double> x = resolved.xIndex
            ? std::span<const double>(table.columns[*resolved.xIndex].values)
            : std::span<const double>();
        for (const SmoothedColumn& c : columns) {
            const CsvColumn& y = table.columns[c.index];
            sources.push_back({ derivativeColumnName(y.name, xName, job.table.order), y.name,
                Series { y.values, x, job.table.dx.value_or(1.0) }, c.result.used, 1 });
        }
        comments.push_back(insertUncertaintyColumns(outColumns, sources, job.uncertainty, bands));
    }
    writeOutput(job.output, out, [&](std::ostream& s) { writeCsv(s, outColumns, ',', comments); });
}

} // namespace

bool SmoothingCliOptions::active() const
{
    const SmoothingOptions& o = options;
    return o.method != SmoothingMethod::Numpy || smoothed || o.window || o.polyorder || o.lam || o.alpha || o.iterations
        || o.ratio;
}

bool parseSmoothingOption(
    const std::string& option, const std::function<std::string()>& value, SmoothingCliOptions& cli)
{
    SmoothingOptions& o = cli.options;
    if (option == "--method")
        o.method = parseMethodOption(value());
    else if (option == "--window")
        o.window = parseWholeOption(option, value());
    else if (option == "--polyorder")
        o.polyorder = parseWholeOption(option, value());
    else if (option == "--lam")
        o.lam = parseNumberOption(option, value());
    else if (option == "--alpha")
        o.alpha = parseNumberOption(option, value());
    else if (option == "--iterations")
        o.iterations = parseWholeOption(option, value());
    else if (option == "--ratio")
        o.ratio = parseNumberOption(option, value());
    else if (option == "--smoothed")
        cli.smoothed = true;
    else
        return false;
    return true;
}

void checkGroupedSmoothing(const SmoothingCliOptions& cli, const SmoothingCliJob& job)
{
    checkSmoothingJob(cli, job);
    if (job.npy)
        throw SmoothingError("--group applies to CSV input, not to .npy arrays");
    if (job.explain)
        throw SmoothingError("--explain cannot be combined with --group; explain one group's rows on their own");
    if (!job.spacings.empty() || job.axes)
        throw SmoothingError("--spacing and --axis apply to .npy input; for CSV use --x or --dx");
}

void runSmoothingCli(const SmoothingCliOptions& cli, const SmoothingCliJob& job, const std::string& bytes,
    std::ostream& out, std::ostream& err)
{
    checkSmoothingJob(cli, job);
    if (job.uncertainty.enabled && job.npy)
        throw SmoothingError("--uncertainty applies to CSV input, not to .npy arrays");
    if (job.npy)
        runSmoothingNpy(cli, job, bytes, out, err);
    else
        runTable(cli, job, bytes, out, err);
}

void checkSmoothingJob(const SmoothingCliOptions& cli, const SmoothingCliJob& job)
{
    SmoothingOptions checked = cli.options;
    checked.order = job.table.order;
    checkSmoothingOptions(checked);
    if (checked.method == SmoothingMethod::Numpy)
        throw SmoothingError("--smoothed needs a --method other than numpy (numpy.gradient does not smooth)");
    if (job.table.edgeOrder != 1)
        throw SmoothingError("--edge-order belongs to --method numpy; --method "
            + std::string(methodName(checked.method)) + " treats the ends itself");
}

} // namespace tangent

namespace tangent {

std::string smoothingUsage()
{
    return R"(Noisy data (docs/smoothing.md); every method but numpy is labelled in the output:
  --method M         numpy (default: numpy.gradient, exactly), savgol, spline, tvr, kalman, auto
  --window W         savgol: odd window in points (default: generalised cross-validation)
  --polyorder P      savgol: polynomial order, less than W (default 3)
  --lam L            spline: lambda > 0 of sum (y - f)^2 + lambda * integral f''^2
                     (default: by generalised cross-validation, as scipy's make_smoothing_spline)
  --alpha A          tvr: weight of the total variation of the derivative (default: cross-validation)
  --iterations N     tvr: fixed-point iterations (default 20)
  --ratio R          kalman: log10(q/r), process to measurement noise (default: maximum likelihood)
  --order K          savgol up to P, spline up to 3, kalman and auto up to 2, tvr 1
  --smoothed         CSV: add the smoothed curve as a column smooth(y) after y
  --explain          savgol: the weights applied at each row; other methods: what was minimised
  Output: the derivative column keeps its name; '# method: ...' lines first say what was done
  (pandas.read_csv(comment='#') reads the table). auto also names its choice on stderr.
  Rows whose y is empty or NaN are left out of the fits; see docs/smoothing.md for their values.
)";
}

} // namespace tangent
