#include "advise/MiddleboxRule.h"

#include "schedule/Schedule.h"

#include <algorithm>

namespace kt::advise {

double safetyMarginS(double timeoutS)
{
    return std::max(2.0, timeoutS * 0.01);
}

double longestSilenceS(const KeepaliveParams &params, int hz)
{
    ScheduleInput in;
    in.params = params;
    in.scenario = Scenario::Alive;
    in.hz = hz;
    // An answer that arrives at once: the gap then starts at the probe's ACK,
    // which is the longest silence (a slower answer only shortens it).
    in.rttMs = 0;
    const Schedule schedule = computeSchedule(in);

    // Lateness carries over from one event to the next in the model, so the
    // gap's own lateness is the growth of lateness between the two packets.
    double longest = 0;
    double lastT = 0;
    double lastLateness = 0;
    for (const ScheduleEvent &e : schedule.events) {
        if (e.kind != EventKind::Probe && e.kind != EventKind::Ack)
            continue;
        const double lateness = e.latest - e.t;
        if (e.kind == EventKind::Probe)
            longest = std::max(longest, (e.t - lastT) + (lateness - lastLateness));
        lastT = e.t;
        lastLateness = lateness;
    }
    return longest;
}

MiddleboxCheck checkMiddlebox(const KeepaliveParams &params, int hz, double timeoutS)
{
    MiddleboxCheck check;
    check.timeoutS = timeoutS;
    check.longestSilenceS = longestSilenceS(params, hz);
    check.marginS = safetyMarginS(timeoutS);
    check.survives = check.longestSilenceS + check.marginS <= timeoutS;
    return check;
}

} // namespace kt::advise
