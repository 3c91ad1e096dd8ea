#include "core/smoothing/runners.h"

namespace tangent::smoothing {

MethodRun runTvr(const CleanSeries&, const SmoothingOptions&)
{
    throw SmoothingError("--method tvr is not implemented yet");
}

} // namespace tangent::smoothing
