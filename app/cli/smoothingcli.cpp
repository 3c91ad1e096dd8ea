// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/smoothingcli.h"

#include "app/cli/csvjob.h"
#include "app/cli/smoothingnpy.h"
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

void runSmoothingCli(const SmoothingCliOptions& cli, const SmoothingCliJob& job, const std::string& bytes,
    std::ostream& out, std::ostream& err)
{
    checkSmoothingJob(cli, job);
    if (job.npy) {
        runSmoothingNpy(cli, job, bytes, out, err);
        return;
    }
    if (!job.spacings.empty() || job.axes)
        throw SmoothingError("--spacing and --axis apply to .npy input; for CSV use --x or --dx");
    std::vector<std::string> warnings;
    runEngineCsv(bytes, job.csv, recipeOf(job.table, SeriesOptions {}, &cli), job.explain, job.source, job.output, out,
        err, warnings);
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
  --method numpy|savgol|spline|tvr|kalman|auto
                     numpy (the default) is numpy.gradient, exactly; the others smooth
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

How far to trust a derivative (docs/uncertainty.md):
  --uncertainty      CSV and workbooks: after each derivative column NAME add sd[NAME], the
                     standard deviation of each value from the noise on y (numpy, savgol, spline
                     (order 1), kalman, auto; tvr has none). A '# uncertainty: ...' line names
                     sigma. numpy, savgol and kalman stream with sigma given for every column
                     (--noise-sd S, or COL=S for each --y); otherwise the table is computed in
                     memory.
  --noise-sd S       the noise's standard deviation on y (default: estimated per column)
  --noise-sd COL=S,COL=S  the noise's standard deviation of the columns named (header name or
                     1-based index); the other columns' is estimated
)";
}

} // namespace tangent
