#pragma once

#include "schedule/Schedule.h"

#include <QList>

namespace kt {

// A keep-alive event observed on a real connection — a probe seen leaving,
// the peer's answer, the abort — placed on the schedule model's axis so the
// two can be set side by side. The one type for what was measured: the test
// connection records it, the Timeline draws it, keepalivectl prints it.
struct MeasuredEvent
{
    // Seconds after the last segment received before the connection's first
    // measured event: the schedule's axis. With a live peer every answer
    // restarts "since the last segment", but a series of probes stays on one
    // axis and lines up with the modelled cycle.
    double t = 0;
    EventKind kind = EventKind::Probe; // Probe, Ack or Abort
    int probe = 0;                     // its number when known; 0: count in order of arrival
    // Seconds since the last segment received when it happened (equal to t
    // until the peer first answers).
    double sinceLastReceiveS = 0;

    friend bool operator==(const MeasuredEvent &, const MeasuredEvent &) = default;
};

// How one measured event compares with the model.
struct Deviation
{
    qsizetype eventIndex = -1; // the matching modelled event in Schedule::events; -1: none
    double deviationS = 0;     // measured − modelled nominal time
    bool insideWindow = false; // within [earliest, latest] of that event

    friend bool operator==(const Deviation &, const Deviation &) = default;
};

// Pairs each measured event with the modelled event of the same kind and
// number (the n-th measured probe with probe n when no number is given).
QList<Deviation> compareWithSchedule(const Schedule &schedule,
                                     const QList<MeasuredEvent> &measured);

// The scenario a series of measured events shows: the peer answered (an ACK
// was seen), or it stayed silent.
Scenario measuredScenario(const QList<MeasuredEvent> &measured);

} // namespace kt
