#include "core/smoothing/runners.h"

namespace tangent::smoothing {

MethodRun runAuto(const CleanSeries&, const SmoothingOptions&)
{
    throw SmoothingError("--method auto is not implemented yet");
}

} // namespace tangent::smoothing
