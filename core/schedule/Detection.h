#pragma once

#include "schedule/Schedule.h"

#include <QString>

#include <optional>

// The one sentence that matters — when a vanished peer is noticed — built from
// the schedule model and nothing else. Every page, the header, Copy report
// and every keepalivectl command say it through these functions, so a user
// timeout, a count of 1 or keep-alive switched off reads the same everywhere.
namespace kt {

// "A silently dead peer is noticed after 2 h 11 min 15 s (7200 + 9 × 75 s)",
// "A live peer is probed every 2 h of idleness and never given up", …; no
// full stop, so callers can place it. `schedule` is computeSchedule(input).
QString describeDetection(const ScheduleInput &input, const Schedule &schedule);

// The same sentence for input that may not be modellable: the model's reason
// when validateScheduleInput() refuses it ("These values cannot be modelled:
// …"), otherwise describeDetection() of a freshly computed schedule.
QString describeDetection(const ScheduleInput &input);

// The sentence for a page's header or a report, saying whose values they are:
// "A silently dead peer is noticed after 15 s (…) with this host's settings."
QString detectionHeadline(const ScheduleInput &input, const Schedule &schedule,
                          const QString &origin);
// The same for input that may not be modellable (then the model's reason).
QString detectionHeadline(const ScheduleInput &input, const QString &origin);

// The values a model is asked about, in words: "idle 10 s, interval 5 s,
// 9 probes, user timeout 12.000 s" ("user timeout not set" without one).
QString describeValues(const KeepaliveParams &params);

// When the model gives the connection up, in words ("15 s", "15 min 24.6 s"),
// or nothing when it never does (a live peer, keep-alive off).
std::optional<QString> detectionTimeText(const Schedule &schedule);

} // namespace kt
