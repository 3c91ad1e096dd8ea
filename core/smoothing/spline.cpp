#include "core/smoothing/runners.h"

namespace tangent::smoothing {

MethodRun runSpline(const CleanSeries&, const SmoothingOptions&)
{
    throw SmoothingError("--method spline is not implemented yet");
}

} // namespace tangent::smoothing
