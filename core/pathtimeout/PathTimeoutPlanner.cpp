#include "pathtimeout/PathTimeoutPlanner.h"

#include <algorithm>
#include <cmath>

namespace kt::pathtimeout {

namespace {

// Whole seconds, increasing, each once, and only those strictly between the
// bounds (or up to upperS itself when `includeUpper`).
QList<double> wholeSeconds(const QList<double> &points, double lowerS, double upperS,
                           bool includeUpper)
{
    QList<double> out;
    for (const double p : points) {
        const double s = double(std::llround(p));
        const bool belowUpper = includeUpper ? s <= upperS : s < upperS;
        if (s > lowerS && belowUpper && (out.isEmpty() || s > out.constLast()))
            out << s;
    }
    return out;
}

} // namespace

QList<double> firstRoundIdles(const PathTimeoutOptions &o)
{
    const int n = std::max(1, o.parallel);
    QList<double> points;
    if (n == 1) {
        points << o.maxS;
    } else if (o.minS > 0) {
        for (int k = 0; k < n; ++k)
            points << o.minS + (o.maxS - o.minS) * k / (n - 1);
    } else {
        for (int k = 1; k <= n; ++k)
            points << o.maxS * k / n;
    }
    // --min itself is worth trying; an idle of 0 s is not (it proves
    // nothing the connect did not).
    QList<double> idles = wholeSeconds(points, std::max(0.0, o.minS - 1), o.maxS, true);
    if (idles.isEmpty() || idles.constLast() != std::round(o.maxS))
        idles << std::round(o.maxS);
    return idles;
}

QList<double> idlesBetween(double lowerS, double upperS, const PathTimeoutOptions &o)
{
    const double gap = upperS - lowerS;
    if (gap <= 1)
        return {};
    // n idles cut the gap into n + 1 pieces; enough of them to make every
    // piece at most the resolution, as the parallel limit allows.
    const int needed = std::max(1, int(std::ceil(gap / std::max(1.0, o.resolutionS))) - 1);
    const int n = std::min(std::max(1, o.parallel), needed);
    QList<double> points;
    for (int k = 1; k <= n; ++k)
        points << lowerS + gap * k / (n + 1);
    return wholeSeconds(points, lowerS, upperS, false);
}

QList<double> nextRoundIdles(const PathTimeoutOptions &o, const PathBounds &bounds, int roundsDone)
{
    if (roundsDone == 0)
        return firstRoundIdles(o);
    const std::optional<double> ceiling = bounds.searchCeilingS();
    const double lower = bounds.longestSurvivedS;
    if (!ceiling) {
        // Nothing cut: done once --max itself survived. Otherwise (the
        // longest trial failed) --max is tried again, with the gap below it.
        if (lower >= std::round(o.maxS))
            return {};
        QList<double> idles = idlesBetween(lower, std::round(o.maxS), o);
        if (idles.size() >= std::max(1, o.parallel))
            idles.removeLast();
        return idles << std::round(o.maxS);
    }
    if (*ceiling - lower <= o.resolutionS)
        return {};
    return idlesBetween(lower, *ceiling, o);
}

double widestGap(double lowerS, const QList<double> &idles, double upperS)
{
    double widest = 0;
    double previous = lowerS;
    for (const double s : idles) {
        widest = std::max(widest, s - previous);
        previous = s;
    }
    return std::max(widest, upperS - previous);
}

int roundsForGap(double gapS, const PathTimeoutOptions &o)
{
    int rounds = 0;
    // The timeout may fall in any piece; the widest decides. Bounded, since
    // every round shrinks the gap by at least a whole second.
    while (gapS > o.resolutionS) {
        const QList<double> idles = idlesBetween(0, gapS, o);
        if (idles.isEmpty())
            break;
        gapS = widestGap(0, idles, gapS);
        ++rounds;
    }
    return rounds;
}

} // namespace kt::pathtimeout
