#pragma once

#include "lab/LabScenario.h"
#include "schedule/Schedule.h"

#include <QString>

namespace kt::lab {

// How a Lab run ends, as JSON names it.
enum class LabOutcomeKind
{
    ETimedOut,  // "etimedout": the connection was given up (keep-alive, retransmissions)
    EConnReset, // "econnreset": the peer answered with an RST
    Survived,   // "survived": the connection is still there (and the data arrived)
    Cut,        // "cut": a middlebox forgot the flow; the data never arrived
    Error,      // "error": another socket error
};

QString outcomeKindName(LabOutcomeKind kind);
std::optional<LabOutcomeKind> outcomeKindFromName(const QString &name);

// What the model says a run will show, before it runs: the events with their
// windows (the schedule model's, composed for the scenario), the outcome,
// and how long the run takes. Times are seconds after the peer's last
// segment, as in the schedule.
struct LabPrediction
{
    ScheduleInput input; // the model the events come from, for the Timeline
    Schedule schedule;   // the predicted events
    LabOutcomeKind outcome = LabOutcomeKind::ETimedOut;
    double outcomeT = 0;
    double outcomeEarliest = 0;
    double outcomeLatest = 0;
    // When the client's data is predicted to leave (data-in-flight: at once;
    // a middlebox that cut the flow: at send-after). The retransmission
    // timer counts from there, so the retransmissions (and for
    // data-in-flight the abort) are set against the data's measured
    // departure: the runner may be scheduled a little late to send it.
    std::optional<double> dataSentS;
    // The middlebox rule's figure: the longest silence of the flow.
    double longestSilenceS = 0;
    // The runner watches this long after the peer's last segment at most.
    double observeUntilS = 0;
    // The whole run, sandbox set-up included: what --max-duration is
    // compared with and the page's progress counts down.
    double durationS = 0;
};

// The prediction for a scenario with these values at the kernel's HZ. The
// values must pass validateLabValues().
LabPrediction predictLab(LabScenarioId id, const LabValues &values, int hz);

// The set-up the estimate adds to what is watched: the namespace, the rules,
// the connection (a few hundred milliseconds at most).
inline constexpr double kLabSetupS = 0.5;

} // namespace kt::lab
