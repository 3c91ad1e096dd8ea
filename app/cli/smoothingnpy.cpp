// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/smoothingnpy.h"

#include "core/errors.h"
#include "core/io/atomicfile.h"
#include "core/io/npy.h"

#include <map>
#include <ostream>

namespace tangent {
namespace {

std::size_t selectedAxis(const SmoothingCliJob& job, const NdArray& input)
{
    const auto rank = static_cast<int>(input.rank());
    if (rank == 0)
        throw InputError(job.source, 0, 0, "a 0-d array has no axis to differentiate");
    if (!job.axes && rank == 1)
        return 0;
    if (!job.axes || job.axes->size() != 1)
        throw InputError(job.source, 0, 0,
            "a --method other than numpy differentiates along one axis; give exactly one with --axis A");
    const int axis = job.axes->front();
    if (axis < -rank || axis >= rank)
        throw InputError(job.source, 0, 0,
            "axis " + std::to_string(axis) + " is out of range for an array of " + std::to_string(rank)
                + " dimensions");
    return static_cast<std::size_t>(axis < 0 ? axis + rank : axis);
}

/// The positions along the axis: coordinates, or a uniform step.
Series laneSeries(const SmoothingCliJob& job, std::size_t length, const std::vector<double>& lane)
{
    if (job.spacings.size() > 1)
        throw SmoothingError("give one --spacing for the one axis, not " + std::to_string(job.spacings.size()));
    if (job.spacings.empty())
        return Series { lane, {}, 1.0 };
    const Spacing& s = job.spacings.front();
    if (!s.isCoordinates())
        return Series { lane, {}, s.step() };
    if (s.coords().size() != length)
        throw SmoothingError("the --spacing coordinates have " + std::to_string(s.coords().size())
            + " values but the axis has " + std::to_string(length));
    return Series { lane, s.coords(), 1.0 };
}

} // namespace

void runSmoothingNpy(const SmoothingCliOptions& cli, const SmoothingCliJob& job, const std::string& bytes,
    std::ostream& out, std::ostream& err)
{
    if (job.table.xColumn || job.table.dx || !job.table.yColumns.empty())
        throw SmoothingError("--x, --dx and --y apply to CSV input; for .npy use --spacing and --axis");
    if (cli.smoothed)
        throw SmoothingError("--smoothed adds a column to a CSV table; it does not apply to .npy output");
    if (job.explain)
        throw SmoothingError("--explain applies to CSV input, not to .npy arrays");
    const NdArray input = readNpy(bytes, job.source);
    const std::size_t axis = selectedAxis(job, input);
    const std::size_t length = input.shape[axis];
    std::size_t inner = 1;
    for (std::size_t a = axis + 1; a < input.rank(); ++a)
        inner *= input.shape[a];
    const std::size_t outer = length == 0 || inner == 0 ? 0 : input.size() / (length * inner);

    SmoothingOptions options = cli.options;
    options.order = job.table.order;
    options.smoothedCurve = false;
    NdArray output(input.shape, std::vector<double>(input.size()), gradientOutputDType(input.dtype));
    std::map<std::string, std::size_t> choices;
    std::vector<double> lane(length);
    for (std::size_t o = 0; o < outer; ++o) {
        for (std::size_t i = 0; i < inner; ++i) {
            const std::size_t base = o * length * inner + i;
            for (std::size_t k = 0; k < length; ++k)
                lane[k] = input.data[base + k * inner];
            SmoothingResult result;
            try {
                result = smoothDerivative(laneSeries(job, length, lane), options);
            } catch (const SmoothingError& e) {
                throw InputError(job.source, 0, 0,
                    "lane " + std::to_string(o * inner + i) + " along axis " + std::to_string(axis) + ": " + e.what());
            }
            for (std::size_t k = 0; k < length; ++k)
                output.data[base + k * inner] = result.derivative[k];
            if (result.chosenByAuto)
                ++choices[std::string(methodName(result.used.method))];
        }
    }
    for (const auto& [method, count] : choices)
        err << "tangent-cli: auto chose " << method << " for " << count << " of " << outer * inner
            << " lanes along axis " << axis << '\n';
    const auto write = [&](std::ostream& stream) { writeNpy(stream, output); };
    if (job.output == "-")
        write(out);
    else
        writeFileAtomically(job.output, write);
}

} // namespace tangent
