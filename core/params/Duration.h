#pragma once

#include <QString>

namespace kt {

// "2 h 11 min 15 s", "75 s", "0 s": the one way durations are written for
// people, in the GUI and the CLI. Zero components inside are left out
// ("2 h 15 s"); negative values get a leading minus.
QString formatDuration(qint64 seconds);

// "1.250 s", "250 ms": for sub-second precision (measured and modelled events).
QString formatSecondsPrecise(double seconds);

} // namespace kt
