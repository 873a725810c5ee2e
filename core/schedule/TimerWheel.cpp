#include "schedule/TimerWheel.h"

namespace kt::timerwheel {

namespace {

constexpr int kLvlClkShift = 3; // LVL_CLK_SHIFT
constexpr int kLvlBits = 6;     // LVL_BITS
constexpr qint64 kLvlSize = qint64(1) << kLvlBits;

// LVL_START(n): the smallest delta filed into level n (n >= 1).
qint64 levelStart(int n)
{
    return (kLvlSize - 1) << ((n - 1) * kLvlClkShift);
}

} // namespace

int levelDepth(int hz)
{
    return hz > 100 ? 9 : 8;
}

qint64 timeoutCutoffJiffies(int hz)
{
    return levelStart(levelDepth(hz));
}

int level(qint64 deltaJiffies, int hz)
{
    const int depth = levelDepth(hz);
    // Same ladder as calc_wheel_index(): the first level whose start lies
    // beyond the delta is one too far; anything past the last start goes to
    // the outermost level.
    for (int n = 1; n < depth; ++n) {
        if (deltaJiffies < levelStart(n))
            return n - 1;
    }
    return depth - 1;
}

qint64 granularityJiffies(qint64 deltaJiffies, int hz)
{
    return qint64(1) << (level(deltaJiffies, hz) * kLvlClkShift);
}

} // namespace kt::timerwheel
