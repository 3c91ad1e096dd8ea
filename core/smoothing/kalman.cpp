#include "core/smoothing/runners.h"

namespace tangent::smoothing {

MethodRun runKalman(const Series&, const CleanSeries&, const SmoothingOptions&)
{
    throw SmoothingError("--method kalman is not implemented yet");
}

} // namespace tangent::smoothing
