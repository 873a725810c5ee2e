#pragma once

#include <QtGlobal>

namespace kt::timerwheel {

// How the kernel's timer wheel (kernel/time/timer.c) treats a timer armed
// `deltaJiffies` ahead. The wheel has LVL_DEPTH levels of 64 buckets
// (LVL_BITS 6); level n has a granularity of 8^n jiffies (LVL_CLK_SHIFT 3,
// LVL_GRAN(n) = 1 << 3n) and holds deltas from LVL_START(n) =
// 63 << 3(n-1) on. calc_wheel_index() picks the level from the delta and
// calc_index() rounds the expiry *up* to the next bucket boundary of that
// level ("The timer wheel has to guarantee that a timer does not fire early"),
// so a timer fires between 1 and LVL_GRAN(level) jiffies after its nominal
// expiry jiffy. Deltas beyond the wheel's capacity (WHEEL_TIMEOUT_CUTOFF) are
// clamped to WHEEL_TIMEOUT_MAX; the TCP timers then fire early, find the time
// not yet elapsed and re-arm (see Schedule.cpp).

// LVL_DEPTH: 9 levels when HZ > 100, else 8.
int levelDepth(int hz);
// The level calc_wheel_index() files a timer `deltaJiffies` ahead into.
int level(qint64 deltaJiffies, int hz);
// LVL_GRAN of that level, in jiffies: the most a timer can fire late.
qint64 granularityJiffies(qint64 deltaJiffies, int hz);
// WHEEL_TIMEOUT_CUTOFF in jiffies: deltas at or above it are clamped.
qint64 timeoutCutoffJiffies(int hz);

} // namespace kt::timerwheel
