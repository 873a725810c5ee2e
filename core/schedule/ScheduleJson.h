#pragma once

#include "schedule/Schedule.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kt {

// One modelled event as `keepalivectl schedule --json` prints it and the
// Lab's predicted events repeat it: {"t", "kind", "probe", "window": [a, b]}.
QJsonObject scheduleEventToJson(const ScheduleEvent &event);
QJsonArray scheduleEventsToJson(const QList<ScheduleEvent> &events);

} // namespace kt
