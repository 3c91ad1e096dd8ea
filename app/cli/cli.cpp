// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/batch.h"
#include "app/cli/csvjob.h"
#include "app/cli/seriesoptions.h"
#include "app/cli/smoothingcli.h"
#include "app/cli/spacingwarnings.h"
#include "app/cli/stream/inputfile.h"
#include "core/classroom/explain.h"
#include "core/errors.h"
#include "core/gradient/derivativetable.h"
#include "core/gradient/gradient.h"
#include "core/gradient/spacing.h"
#include "core/io/atomicfile.h"
#include "core/io/csv.h"
#include "core/io/fileio.h"
#include "core/io/npy.h"
#include "core/io/numberformat.h"

#include <cctype>
#include <charconv>
#include <filesystem>
#include <optional>
#include <ostream>
#include <sstream>

namespace tangent {
namespace {

/// A mistake in the command line itself (as opposed to the input file).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CliOptions {
    std::string input;
    std::vector<std::string> inputs; ///< several: many-file mode, into the -o folder
    std::string output = "-";
    TableJob job;
    CsvReadOptions csv;
    std::vector<std::string> spacings;
    std::optional<std::vector<int>> axes;
    bool help = false;
    bool version = false;
    bool explain = false; ///< print how each derivative value is computed instead of the table
    bool quiet = false; ///< no warnings about the x column on stderr
    SeriesOptions series; ///< dates, groups, many files
    SmoothingCliOptions smoothing; ///< --method and its parameters (core/smoothing/smoothingcli.h)
};

int parseInt(const std::string& option, const std::string& text)
{
    int value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end)
        throw UsageError(option + " expects a whole number, not '" + text + "'");
    return value;
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::size_t end = comma == std::string::npos ? text.size() : comma;
        if (end > start)
            items.push_back(text.substr(start, end - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return items;
}

char parseDelimiter(const std::string& text)
{
    if (text == "tab" || text == "\\t" || text == "\t")
        return '\t';
    if (text == "space" || text == "whitespace" || text == " ")
        return ' ';
    if (text.size() == 1 && (text == "," || text == ";" || text == "|"))
        return text[0];
    throw UsageError("--delimiter expects one of , ; | tab space, not '" + text + "'");
}

CliOptions parseArguments(const std::vector<std::string>& args)
{
    CliOptions options;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::optional<std::string> inlineValue;
        if (arg.rfind("--", 0) == 0) {
            if (auto eq = arg.find('='); eq != std::string::npos) {
                inlineValue = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
            }
        }
        auto value = [&]() -> std::string {
            if (inlineValue)
                return *inlineValue;
            if (i + 1 >= args.size())
                throw UsageError(arg + " needs a value");
            return args[++i];
        };
        if (arg == "-h" || arg == "--help") {
            options.help = true;
        } else if (arg == "--version") {
            options.version = true;
        } else if (arg == "--explain") {
            options.explain = true;
        } else if (arg == "-q" || arg == "--quiet") {
            options.quiet = true;
        } else if (arg == "-o" || arg == "--output") {
            options.output = value();
        } else if (arg == "--x") {
            options.job.xColumn = value();
        } else if (arg == "--dx") {
            const std::string text = value();
            const auto dx = parseDouble(text);
            if (!dx)
                throw UsageError("--dx expects a number, not '" + text + "'");
            options.job.dx = *dx;
        } else if (arg == "--y") {
            options.job.yColumns = splitList(value());
        } else if (arg == "--edge-order") {
            options.job.edgeOrder = parseInt(arg, value());
            if (options.job.edgeOrder != 1 && options.job.edgeOrder != 2)
                throw UsageError("--edge-order must be 1 or 2, not " + std::to_string(options.job.edgeOrder));
        } else if (arg == "--order") {
            options.job.order = parseInt(arg, value());
            if (options.job.order < 1)
                throw UsageError("--order must be 1 or more, not " + std::to_string(options.job.order));
        } else if (arg == "--delimiter") {
            options.csv.delimiter = parseDelimiter(value());
        } else if (arg == "--header") {
            options.csv.hasHeader = true;
        } else if (arg == "--no-header") {
            options.csv.hasHeader = false;
        } else if (arg == "--decimal-comma") {
            options.csv.decimalComma = true;
        } else if (arg == "--spacing") {
            options.spacings.push_back(value());
        } else if (arg == "--axis") {
            std::vector<int> axes;
            for (const std::string& item : splitList(value()))
                axes.push_back(parseInt(arg, item));
            options.axes = axes;
        } else if (parseSeriesOption(arg, value, options.series) || parseSmoothingOption(arg, value, options.smoothing)
            || parseUncertaintyOption(arg, value, options.series.uncertainty)) {
            // --time-unit, --group, ... and --method, --window, --lam, ...: read into their options
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            throw UsageError("unknown option '" + arg + "' (see tangent-cli --help)");
        } else {
            positional.push_back(arg);
        }
    }
    if (options.help || options.version)
        return options;
    if (positional.empty())
        throw UsageError("no input file given (usage: tangent-cli INPUT [-o OUTPUT] [options]; see --help)");
    options.input = positional[0];
    options.inputs = positional;
    return options;
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    if (text.size() < suffix.size())
        return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[text.size() - suffix.size() + i])) != suffix[i])
            return false;
    return true;
}

bool looksLikeNpy(const std::string& path, std::string_view bytes)
{
    return endsWith(path, ".npy") || bytes.rfind("\x93NUMPY", 0) == 0;
}

std::string displayName(const std::string& path)
{
    return path == "-" ? "<stdin>" : path;
}

void runCsv(const CliOptions& options, InputFile& input, std::string head, std::ostream& out, std::ostream& err,
    std::vector<std::string>& warnings)
{
    if (!options.spacings.empty() || options.axes)
        throw UsageError("--spacing and --axis apply to .npy input; for CSV use --x or --dx");
    runCsvInput(input, std::move(head), options.csv, options.job, options.series, options.output, out, err, warnings);
}

/// --explain: for each y column, one line per row showing the arithmetic that gave its derivative
/// ("(y[2] - y[0]) / 2 = 1.5"); a "# y column: NAME" line heads each block when there are several.
void runExplain(
    const CliOptions& options, const std::string& bytes, std::ostream& out, std::vector<std::string>& warnings)
{
    const std::string source = displayName(options.input);
    if (!options.spacings.empty() || options.axes)
        throw UsageError("--explain applies to CSV input with --x or --dx, not to --spacing or --axis");
    if (options.job.order != 1)
        throw UsageError("--explain shows first derivatives only; --order " + std::to_string(options.job.order)
            + " cannot be explained (drop --order, or use --order 1)");
    const CsvTable table = readCsv(bytes, options.csv, source);
    // Resolves and checks the columns and spacing exactly as the derivative table does.
    const DerivativeTable result = differentiateTable(table, options.job, source);
    warnings = spacingWarnings(table, result.xIndex, source);
    const ResolvedSpacing spacing(result.xIndex ? Spacing::coordinates(table.columns[*result.xIndex].values)
                                                : Spacing::uniform(options.job.dx.value_or(1.0)),
        table.rowCount);
    const AxisSpacing axis = spacing.axis();
    const auto write = [&](std::ostream& stream) {
        for (std::size_t index : result.yIndexes) {
            const CsvColumn& y = table.columns[index];
            if (result.yIndexes.size() > 1)
                stream << "# y column: " << y.name << '\n';
            // In blocks of rows, so that a long column never holds every explanation at once.
            constexpr std::size_t kBlock = 4096;
            for (std::size_t first = 0; first < y.values.size(); first += kBlock)
                for (const ExplainedPoint& point :
                    explainGradient(y.values, axis, options.job.edgeOrder, first, first + kBlock))
                    stream << explainLine(point) << '\n';
        }
    };
    if (options.output == "-")
        write(out);
    else
        writeFileAtomically(options.output, write);
}

Spacing parseSpacing(const std::string& text)
{
    if (const auto h = parseDouble(text))
        return Spacing::uniform(*h);
    try {
        return Spacing::fromArray(readNpyFile(text));
    } catch (const GradientError& e) {
        throw InputError(text, 0, 0, e.what());
    }
}

NdArray stackResults(std::vector<NdArray>&& results, const NdArray& input)
{
    const DType type = gradientOutputDType(input.dtype);
    if (results.size() == 1) {
        results[0].dtype = type;
        return std::move(results[0]);
    }
    NdArray stacked;
    stacked.shape.push_back(results.size());
    stacked.shape.insert(stacked.shape.end(), input.shape.begin(), input.shape.end());
    stacked.dtype = type;
    stacked.data.reserve(results.size() * input.size());
    for (const NdArray& r : results)
        stacked.data.insert(stacked.data.end(), r.data.begin(), r.data.end());
    return stacked;
}

void runNpy(const CliOptions& options, std::string_view bytes, std::ostream& out)
{
    const std::string source = displayName(options.input);
    if (options.job.xColumn || options.job.dx || !options.job.yColumns.empty())
        throw UsageError("--x, --dx and --y apply to CSV input; for .npy use --spacing and --axis");
    const NdArray input = readNpy(bytes, source);
    GradientOptions gradientOptions;
    gradientOptions.axes = options.axes;
    gradientOptions.edgeOrder = options.job.edgeOrder;
    for (const std::string& s : options.spacings)
        gradientOptions.spacing.push_back(parseSpacing(s));

    std::vector<NdArray> results;
    try {
        results = gradient(StridedView::of(input), gradientOptions);
        if (options.job.order > 1) {
            if (results.size() != 1)
                throw InputError(source, 0, 0, "--order above 1 needs exactly one selected axis (use --axis)");
            for (int k = 1; k < options.job.order; ++k)
                results = gradient(StridedView::of(results[0]), gradientOptions);
        }
    } catch (const GradientError& e) {
        throw InputError(source, 0, 0, e.what());
    }
    if (results.empty())
        throw InputError(source, 0, 0, "no axis selected, so there is nothing to differentiate");
    const NdArray output = stackResults(std::move(results), input);
    const auto write = [&](std::ostream& stream) { writeNpy(stream, output); };
    if (options.output == "-")
        write(out);
    else
        writeFileAtomically(options.output, write);
}

/// Every --method but numpy: the job is handed to core/smoothing/smoothingcli.cpp.
void runSmoothing(const CliOptions& options, const std::string& bytes, std::ostream& out, std::ostream& err)
{
    SmoothingCliJob job;
    job.source = displayName(options.input);
    job.output = options.output;
    job.table = options.job;
    job.csv = options.csv;
    job.axes = options.axes;
    job.explain = options.explain;
    job.npy = looksLikeNpy(options.input, bytes);
    job.uncertainty = options.series.uncertainty;
    for (const std::string& s : options.spacings)
        job.spacings.push_back(parseSpacing(s));
    if (options.series.group) {
        checkGroupedSmoothing(options.smoothing, job);
        runCsvJob(bytes, options.csv, options.job, options.series, job.source, options.output, out, err, nullptr,
            &options.smoothing);
        return;
    }
    runSmoothingCli(options.smoothing, job, bytes, out, err);
}

/// One input to one output (options.input, options.output).
void runOne(const CliOptions& options, std::ostream& out, std::ostream& err, std::vector<std::string>& warnings)
{
    if (options.series.uncertainty.enabled && options.explain)
        throw UsageError("--uncertainty adds columns to the table, and --explain writes no table; use one of them");
    if (!options.series.uncertainty.enabled && options.series.uncertainty.noiseSd)
        throw UsageError("--noise-sd is the noise level of the uncertainty band; add --uncertainty");
    if (options.smoothing.active()) {
        runSmoothing(options, readWholeFile(options.input), out, err);
        return;
    }
    if (options.explain) {
        const std::string bytes = readWholeFile(options.input);
        if (looksLikeNpy(options.input, bytes))
            throw UsageError("--explain applies to CSV input, not to .npy arrays");
        runExplain(options, bytes, out, warnings);
        return;
    }
    InputFile input(options.input, displayName(options.input));
    std::string head = input.readUpTo(kStreamHeadBytes);
    if (looksLikeNpy(options.input, head) && options.series.uncertainty.enabled)
        throw UsageError("--uncertainty applies to CSV input, not to .npy arrays");
    if (looksLikeNpy(options.input, head))
        runNpy(options, input.whole(head), out); // memory-mapped when it is a file
    else
        runCsv(options, input, std::move(head), out, err, warnings);
}

/// -o DIR/ (a name ending in '/', or an existing folder) asks for many-file mode.
bool isFolder(const std::string& output)
{
    return output != "-" && (output.ends_with('/') || std::filesystem::is_directory(output));
}

int runManyFiles(const CliOptions& options, std::ostream& err)
{
    if (!isFolder(options.output))
        throw UsageError("several inputs need -o FOLDER/ for their results (each is written there as "
                         "<name>.csv, or <name>.npy for .npy input)");
    if (options.explain)
        throw UsageError("--explain takes one input file");
    return runBatch(
        options.inputs, options.output, options.series.jobs,
        [&options](const std::string& input, const std::string& output, std::ostream& messages) {
            CliOptions one = options;
            one.input = input;
            one.output = output;
            std::ostringstream unused;
            std::vector<std::string> warnings;
            runOne(one, unused, messages, warnings);
            if (!options.quiet) {
                for (const std::string& warning : warnings)
                    messages << "tangent-cli: warning: " << warning << '\n';
            }
        },
        err);
}

} // namespace

std::string cliUsage()
{
    return std::string(R"(Usage: tangent-cli INPUT [-o OUTPUT] [options]
       tangent-cli INPUT... -o FOLDER/ [--jobs N] [options]

Differentiates the columns of a CSV file, or an N-D .npy array, exactly as numpy.gradient does.
INPUT may be - for standard input (CSV, or .npy recognised by its magic bytes).
Without -o, or with -o -, the result goes to standard output.

CSV input:
  --x COL            x coordinates from column COL (header name or 1-based index)
  --dx H             uniform spacing H instead of an x column
                     (default: a one-column table uses spacing 1, a wider one its first column as x)
  --y COLS           comma-separated columns to differentiate (default: every numeric column but x)
  --delimiter C      , ; | tab or space (default: detected)
  --header, --no-header
                     whether the first row is a header (default: detected)
  --decimal-comma    numbers use a decimal comma (default: detected)
  --explain          instead of the table, print how each derivative value is computed,
                     one line per row, e.g. "(y[2] - y[0]) / 2 = 1.5" or, on uneven x,
                     "-0.05 * y[1] + 0.0 * y[2] + 0.05 * y[3] = 0.35" (numpy's own weights and
                     operation order; numbers as Python prints floats). With several y columns
                     a line "# y column: NAME" heads each block. First derivatives only.
  Output: a header row, the x column (if any), then each y column followed by its derivative,
  named d(y)/d(x) (d2(y)/d(x)2 for --order 2). Numbers round-trip exactly; NaN is written nan.

.npy input (dtypes f8 f4 i1-i8 u1-u8, either byte order, C or Fortran order):
  --spacing S        a number, or a 1-D .npy file of coordinates; give none, one for all axes,
                     or one per selected axis (repeat the option)
  --axis A[,A...]    axes to differentiate, negative counts from the end (default: all)
  Output: .npy of the input's shape for one axis; for several, stacked along a new first axis.

Both:
  --edge-order 1|2   accuracy of the one-sided differences at the ends (default 1, as numpy)
  --order K          derivative order: the gradient applied K times (default 1)
  -q, --quiet        no warnings about the x column (not increasing, repeated values, gaps,
                     nearly but not exactly even spacing); they go to stderr otherwise
  -o, --output FILE  write here (written to a temporary first: a failure leaves no partial file)
  -h, --help         this text
  --version          the version

)" + std::string(seriesOptionsUsage())
        + smoothingUsage() + uncertaintyUsage() + R"(
Exit status: 0 on success, 2 on bad input or options (one line on stderr says what and where).
CSV input longer than 1 MB is streamed in blocks (constant memory). To standard output, an error
found after output has begun (a bad row far down) still exits 2 with its message, and what was
written is incomplete; with -o nothing is written.
)");
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    try {
        const CliOptions options = parseArguments(args);
        if (options.help) {
            out << cliUsage();
            return 0;
        }
        if (options.version) {
            out << "tangent-cli " << TANGENT_VERSION << '\n';
            return 0;
        }
        // One input with -o DIR (no slash) stays an error, as writing over a folder always was.
        if (options.inputs.size() > 1 || options.output.ends_with('/'))
            return runManyFiles(options, err);
        std::vector<std::string> warnings;
        runOne(options, out, err, warnings);
        out.flush();
        // Only after a successful run: a failure stays one line on stderr.
        if (!options.quiet) {
            for (const std::string& warning : warnings)
                err << "tangent-cli: warning: " << warning << '\n';
        }
        return 0;
    } catch (const std::exception& e) {
        err << "tangent-cli: " << e.what() << '\n';
    }
    return kCliErrorStatus;
}

} // namespace tangent
