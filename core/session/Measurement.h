#pragma once

#include "schedule/MeasuredEvent.h"

#include <QList>
#include <QString>

namespace kt {

// What one real connection did, together with the model it belongs to: its
// effective values (read back from the kernel) and the scenario it showed.
// Measured markers are drawn only over that model; over any other they would
// show deviations that mean nothing.
struct Measurement
{
    QString origin; // "the test connection to 127.0.0.1:4242"
    KeepaliveParams params;
    bool keepalive = true;
    Scenario scenario = Scenario::Dead;
    QList<MeasuredEvent> events;

    friend bool operator==(const Measurement &, const Measurement &) = default;

    bool isEmpty() const { return events.isEmpty(); }
    // The model `input` describes is the one these events were measured with.
    bool matches(const ScheduleInput &input) const;
};

} // namespace kt
