// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/batch.h"
#include "app/cli/csvjob.h"
#include "app/cli/formats/sheetinput.h"
#include "app/cli/seriesoptions.h"
#include "app/cli/smoothingcli.h"
#include "app/cli/stream/inputfile.h"
#include "core/classroom/explain.h"
#include "core/engine/spacingwarnings.h"
#include "core/errors.h"
#include "core/gradient/derivativetable.h"
#include "core/gradient/gradient.h"
#include "core/gradient/spacing.h"
#include "core/io/atomicfile.h"
#include "core/io/csv.h"
#include "core/io/fileio.h"
#include "core/io/npy.h"
#include "core/io/numberformat.h"
#include "core/recipe/recipe.h"
#include "core/sheets/xlsxwrite.h"

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
    Recipe recipe; ///< every option that determines the derivative (core/recipe/recipe.h)
    TableJob job; ///< the recipe's part that .npy input takes
    CsvReadOptions csv;
    std::vector<std::string> spacings;
    std::optional<std::vector<int>> axes;
    bool help = false;
    bool version = false;
    bool explain = false; ///< print how each derivative value is computed instead of the table
    bool quiet = false; ///< no warnings (x column, bad cells) on stderr
    SeriesOptions series; ///< --jobs for many files
    SmoothingCliOptions smoothing; ///< the recipe's method, for .npy input (app/cli/smoothingcli.h)
    std::optional<std::string> sheet; ///< --sheet of a workbook input (app/cli/formats/sheetinput.h)
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
        // Recipe options (--x, --method, --group, ...) are read by the one recipe parser; it
        // leaves i past the option, and the loop's ++i must not skip the next argument.
        if (std::size_t next = i; parseRecipeOption(args, next, options.recipe)) {
            i = next - 1;
            continue;
        }
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
        } else if (arg == "--delimiter") {
            options.csv.delimiter = parseDelimiter(value());
        } else if (arg == "--header") {
            options.csv.hasHeader = true;
        } else if (arg == "--no-header") {
            options.csv.hasHeader = false;
        } else if (arg == "--decimal-comma") {
            options.csv.decimalComma = true;
        } else if (arg == "--sheet") {
            options.sheet = value();
        } else if (arg == "--spacing") {
            options.spacings.push_back(value());
        } else if (arg == "--axis") {
            std::vector<int> axes;
            for (const std::string& item : splitList(value()))
                axes.push_back(parseInt(arg, item));
            options.axes = axes;
        } else if (parseSeriesOption(arg, value, options.series)) {
            // --jobs
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            throw UsageError("unknown option '" + arg + "' (see tangent-cli --help)");
        } else {
            positional.push_back(arg);
        }
    }
    if (options.help || options.version)
        return options;
    const Recipe& recipe = options.recipe;
    options.job.xColumn = recipe.xColumn;
    options.job.dx = recipe.dx;
    options.job.yColumns = recipe.yColumns;
    options.job.edgeOrder = recipe.edgeOrder;
    options.job.order = recipe.order;
    options.smoothing.options = recipe.smoothing;
    options.smoothing.smoothed = recipe.smoothed;
    if (recipe.givesNoiseSd() && !recipe.uncertainty)
        throw UsageError("--noise-sd is the noise level of the uncertainty band; add --uncertainty");
    if (recipe.uncertainty && options.explain)
        throw UsageError("--uncertainty adds columns to the table, and --explain writes no table; use one of them");
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

/// A .npy array smoothed by --method, lane by lane (app/cli/smoothingnpy.h).
void runSmoothingNpy(const CliOptions& options, const std::string& bytes, std::ostream& out, std::ostream& err)
{
    SmoothingCliJob job;
    job.source = displayName(options.input);
    job.output = options.output;
    job.table = options.job;
    job.axes = options.axes;
    job.npy = true;
    for (const std::string& s : options.spacings)
        job.spacings.push_back(parseSpacing(s));
    runSmoothingCli(options.smoothing, job, bytes, out, err);
}

/// What a .npy array cannot take: CSV's options, groups, --explain.
void checkNpyOptions(const CliOptions& options)
{
    const Recipe& recipe = options.recipe;
    if (recipe.group)
        throw UsageError("--group applies to CSV input, not to .npy arrays (an array has no group column)");
    if (options.explain)
        throw UsageError("--explain applies to CSV input, not to .npy arrays");
    if (recipe.strict)
        throw UsageError("--strict applies to CSV input (bad cells, short groups), not to .npy arrays");
    if (recipe.timeUnit != Recipe {}.timeUnit)
        throw UsageError("--time-unit applies to a date x column of CSV input, not to .npy arrays");
    if (recipe.uncertainty)
        throw UsageError("--uncertainty applies to CSV input, not to .npy arrays");
}

/// A workbook's sheet, read as CSV text, through the engine as a CSV file in memory is.
void runSheet(const CliOptions& options, const SheetText& sheet, std::ostream& out, std::ostream& err,
    std::vector<std::string>& warnings)
{
    if (!options.spacings.empty() || options.axes)
        throw UsageError("--spacing and --axis apply to .npy input; for a workbook use --x or --dx");
    runEngineCsv(
        sheet.csv, sheet.options, options.recipe, options.explain, sheet.source, options.output, out, err, warnings);
}

/// One input to one output (options.input, options.output).
void runOne(const CliOptions& options, std::ostream& out, std::ostream& err, std::vector<std::string>& warnings)
{
    if (const std::optional<SheetText> sheet = readSheetInput(options.input, options.sheet, options.csv)) {
        runSheet(options, *sheet, out, err, warnings);
        return;
    }
    InputFile input(options.input, displayName(options.input));
    std::string head = input.readUpTo(streamSizes().headBytes);
    if (looksLikeNpy(options.input, head)) {
        checkNpyOptions(options);
        if (options.smoothing.active())
            runSmoothingNpy(options, std::string(input.whole(head)), out, err);
        else
            runNpy(options, input.whole(head), out); // memory-mapped when it is a file
        return;
    }
    if (!options.spacings.empty() || options.axes)
        throw UsageError(options.explain ? "--explain applies to CSV input with --x or --dx, not to --spacing or --axis"
                                         : "--spacing and --axis apply to .npy input; for CSV use --x or --dx");
    if (options.explain) {
        runEngineCsv(input.whole(head), options.csv, options.recipe, true, displayName(options.input), options.output,
            out, err, warnings);
        return;
    }
    runCsvInput(input, std::move(head), options.csv, options.recipe, options.output, out, err, warnings);
}

/// -o FILE.xlsx: the CSV text of the result, then the workbook (app/cli/formats/sheetinput.h).
void runToWorkbook(const CliOptions& options, std::ostream& err, std::vector<std::string>& warnings)
{
    if (options.explain || endsWith(options.input, ".npy"))
        throw UsageError("-o .xlsx takes a table of derivatives; --explain and .npy input write text and .npy");
    CliOptions toText = options;
    toText.output = std::string(1, '-');
    std::ostringstream text;
    runOne(toText, text, err, warnings);
    writeCsvAsXlsx(text.str(), options.output);
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
   or: tangent-cli INPUT... -o FOLDER/ [--jobs N] [options]

Differentiates the columns of a CSV file or a workbook sheet, or an N-D .npy array, exactly as
numpy.gradient does.
INPUT is a table (*.csv *.tsv *.txt *.dat, or any other name: read as delimited text), a
workbook (*.xlsx *.ods; see --sheet), an array (*.npy), or - for standard input (CSV, or .npy
recognised by its magic bytes).
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
                     a line "# y column: NAME" heads each block. With --group each group is
                     explained on its own rows, under "# group 'A': N rows", each line naming
                     the group, its row and the table's row. First derivatives only.
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
        + smoothingUsage() + sheetUsage() + R"(
Exit status: 0 on success, 2 on bad input or options (one line on stderr says what and where).
CSV input longer than 1 MB is streamed in blocks (constant memory) with --method numpy, savgol
or kalman, never with --group or --smoothed, and with --uncertainty only for numpy with sigma
given. To standard output, an error
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
        if (isWorkbookOutput(options.output))
            runToWorkbook(options, err, warnings);
        else
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
