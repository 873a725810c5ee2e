#include "params/KeepaliveParams.h"

#include "params/KernelLimits.h"

namespace kt {

KeepaliveParams KeepaliveParams::kernelDefaults()
{
    return {limits::kDefaultIdleS, limits::kDefaultIntervalS, limits::kDefaultCount, 0};
}

} // namespace kt
