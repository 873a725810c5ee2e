#pragma once

#include "schedule/Schedule.h"

#include <QList>

namespace kt {

// An event observed on a real connection (a probe seen leaving, the abort),
// in seconds after the last segment received, to be set beside the model.
struct MeasuredEvent
{
    double t = 0;
    EventKind kind = EventKind::Probe;
    int probe = 0; // its number when known; 0: count in order of arrival

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

} // namespace kt
