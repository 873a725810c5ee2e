#pragma once

#include "pathtimeout/PathTimeout.h"

#include <QList>

// Where the trials go: pure functions of the options and the bounds so far,
// so the run, the plan and the tests share one bisection.
//
// Idles are whole seconds: the resolution is at least a second, and "cut
// between 345 s and 352 s" reads better than fractions of a second no
// measurement here can vouch for.
namespace kt::pathtimeout {

// The first round: up to --parallel idles spread over [--min, --max] (over
// (0, --max] when --min is 0), the longest being --max, so that "every trial
// survived --max" is proven when nothing is cut.
QList<double> firstRoundIdles(const PathTimeoutOptions &options);

// A later round: idles strictly between `lowerS` and `upperS`, evenly spread,
// no more than it takes to bring the widest gap within the resolution and
// never more than --parallel. Empty when no whole second lies between.
QList<double> idlesBetween(double lowerS, double upperS, const PathTimeoutOptions &options);

// The next round after `roundsDone` rounds whose trials gave `bounds`; empty
// when the measurement is done: the bounds are within the resolution, or
// every trial survived --max, or no whole second is left to try.
QList<double> nextRoundIdles(const PathTimeoutOptions &options, const PathBounds &bounds,
                             int roundsDone);

// The widest gap between neighbours of lowerS, the idles and upperS.
double widestGap(double lowerS, const QList<double> &idles, double upperS);

// Rounds still needed once the timeout is known to lie in a gap `gapS` wide.
int roundsForGap(double gapS, const PathTimeoutOptions &options);

} // namespace kt::pathtimeout
